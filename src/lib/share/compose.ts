/**
 * A share card → the SVG of a 1200×630 share image: text on the left, the chart on a panel on
 * the right, the source along the bottom. Pure: no DOM, no file system; the SVG string is what
 * src/lib/share/render.server.ts hands to resvg.
 *
 * Text is measured with the fonts' own advance widths where the caller passes them (fontMeasure),
 * else estimated (textWidth, which errs wide); it is wrapped and, where it would not fit, set
 * smaller. Every run of text names its font, so Chinese is set in the CJK font and Latin text and
 * numbers in the Latin one (see fonts.ts).
 */
import type { Locale } from '$lib/format';
import { textWidth, waterfallLayout, wrapText, type WaterfallLayout } from '$lib/charts/waterfall/layout';
import { sunburstLayout } from '$lib/charts/sunburst/layout';
import type { ShareCard, ShareDrawing } from './cards';
import { FAMILY, type Script } from './fonts';
import type { FontMetrics } from './glyphs';
import { SHARE_SIZE } from '$lib/actions/share-images';
import { SITE_PALETTE } from '$lib/site/palette';
import { escapeMarkup } from '$lib/site/escape';

/** Colours of the page (light scheme), so a card looks like the page it links to. */
export const SHARE_COLOURS = SITE_PALETTE.light;

const { width: W, height: H } = SHARE_SIZE;
const MARGIN = 64;
/** The chart panel on the right. */
const PANEL = { x: 704, y: MARGIN, width: W - MARGIN - 704, height: 472 } as const;
/** Left column: from the margin to a gap before the panel. */
const COLUMN = { x: MARGIN, width: PANEL.x - 40 - MARGIN } as const;
/** The rule above the source line; text above it must end before it. */
const FOOTER_RULE = 560;

export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** One block of text, wrapped: its lines, size and box. */
export interface TextBlock {
	key: 'kicker' | 'title' | 'label' | 'figure' | 'first' | 'second' | 'source' | 'unitNote';
	lines: string[];
	fontSize: number;
	lineHeight: number;
	weight: 400 | 700;
	fill: string;
	box: Box;
}

export interface ShareLayout {
	blocks: TextBlock[];
	panel: Box;
	/** Scale applied to the left column's type so that it fits above the footer (1 = as designed). */
	scale: number;
}

/** CJK ideographs, kana, CJK and full-width punctuation. */
function isCjk(cp: number): boolean {
	return (
		(cp >= 0x2e80 && cp <= 0x9fff) ||
		(cp >= 0xf900 && cp <= 0xfaff) ||
		(cp >= 0xfe30 && cp <= 0xfe4f) ||
		(cp >= 0xff00 && cp <= 0xffef) ||
		(cp >= 0x3000 && cp <= 0x303f) ||
		cp >= 0x20000
	);
}

/** In Chinese text, quotes, the middle dot, dashes and ellipses take the CJK font's full-width forms. */
const ZH_PUNCTUATION = new Set([...'“”‘’·—…'].map((c) => c.codePointAt(0)!));

/**
 * Splits text into runs by the font that should set it.
 * @example scriptRuns('比2018年增长', 'zh') // [{ script: 'cjk', text: '比' }, { script: 'latin', text: '2018' }, …]
 */
export function scriptRuns(text: string, locale: Locale): { script: Script; text: string }[] {
	const runs: { script: Script; text: string }[] = [];
	for (const ch of text) {
		const cp = ch.codePointAt(0)!;
		const script: Script = isCjk(cp) || (locale === 'zh' && ZH_PUNCTUATION.has(cp)) ? 'cjk' : 'latin';
		const last = runs[runs.length - 1];
		// A space between two CJK runs stays with them, so runs do not split on every space.
		if (last && (last.script === script || (ch === ' ' && last.script === 'cjk'))) last.text += ch;
		else runs.push({ script, text: ch });
	}
	return runs;
}

const escapeXml = escapeMarkup;

/** Width in px of one line of text at a size, weight and language. */
export type Measure = (text: string, fontSize: number, style: { weight: 400 | 700; locale: Locale }) => number;

/** The estimate used without font metrics: generous, so text placed with it does not collide. */
export const estimate: Measure = (text, fontSize) => textWidth(text, fontSize);

/**
 * A measure from the fonts' advance widths: each run in the font that sets it (see scriptRuns),
 * a character the Latin font lacks in the CJK font, as resvg falls back. Kerning is ignored.
 * @example fontMeasure(metrics)('58.5 million yuan', 100, { weight: 700, locale: 'en' })
 */
export function fontMeasure(metrics: Record<Script, Record<400 | 700, FontMetrics>>): Measure {
	return (text, fontSize, { weight, locale }) => {
		let em = 0;
		for (const run of scriptRuns(text, locale)) {
			const own = metrics[run.script][weight];
			const cjk = metrics.cjk[weight];
			for (const ch of run.text) {
				const cp = ch.codePointAt(0)!;
				em += own.advance.get(cp) ?? cjk.advance.get(cp) ?? 1;
			}
		}
		return em * fontSize;
	};
}

/** The largest size (≤ `max`, ≥ `min`) at which one line of text fits `width`. */
function fitSize(
	text: string,
	width: number,
	max: number,
	min: number,
	measure: (text: string, size: number) => number
): number {
	const w1 = measure(text, 1);
	return Math.max(min, Math.min(max, Math.floor(width / Math.max(w1, 1e-6))));
}

interface Spec {
	key: TextBlock['key'];
	text: string;
	size: number;
	weight: 400 | 700;
	fill: string;
	maxLines: number;
	/** Space above the block. */
	gap: number;
	/** Line height as a multiple of the size. */
	leading: number;
}

/** After a comma, colon or semicolon (CJK, or Latin followed by a space): where a line breaks best. */
const PHRASE_END = /(?<=[，。：；、]|[,:;] )/;

/**
 * Wraps text to `width`, keeping phrases whole where they fit: a title reads
 * "没有信息化建设任务，/收支不增反降", not "…任务，收支不/增反降". Within a phrase too long for a
 * line, it breaks as wrapText does.
 * @example phraseWrap('Cars, trips, receptions: the bill fell', 300, 40, measure) // ['Cars, trips, receptions:', 'the bill fell']
 */
export function phraseWrap(
	text: string,
	width: number,
	size: number,
	measure: (text: string, size: number) => number
): string[] {
	const lines: string[] = [];
	let line = '';
	for (const phrase of text.split(PHRASE_END)) {
		if (measure((line + phrase).trimEnd(), size) <= width) line += phrase;
		else if (measure(phrase.trim(), size) <= width) {
			if (line.trim()) lines.push(line.trimEnd());
			line = phrase.trimStart();
		} else {
			const wrapped = wrapText((line + phrase).trim(), width, size, measure);
			lines.push(...wrapped.slice(0, -1));
			line = wrapped[wrapped.length - 1]!;
		}
	}
	if (line.trim()) lines.push(line.trimEnd());
	// No lone word on the last line ("… 15.4 million / yuan"): bring the word before it down too.
	const [prev, last] = [lines[lines.length - 2], lines[lines.length - 1]];
	if (prev !== undefined && last !== undefined && /^\S+$/.test(last) && /[A-Za-z]/.test(last) && prev.includes(' ')) {
		const cut = prev.lastIndexOf(' ');
		const joined = `${prev.slice(cut + 1)} ${last}`;
		if (measure(joined, size) <= width) lines.splice(-2, 2, prev.slice(0, cut), joined);
	}
	return lines.length ? lines : [''];
}

/** Wraps a block to the column; if it takes more than `maxLines`, sets it smaller until it fits (down to 70%). */
function wrapBlock(
	s: Spec,
	width: number,
	measure: (text: string, size: number) => number
): { lines: string[]; size: number } {
	for (let size = s.size; size >= Math.round(s.size * 0.7); size -= 1) {
		const lines = phraseWrap(s.text, width, size, measure);
		if (lines.length <= s.maxLines) return { lines, size };
	}
	const size = Math.round(s.size * 0.7);
	return { lines: phraseWrap(s.text, width, size, measure), size };
}

/**
 * Where every piece of text of a card goes. The left column is set at full size if it fits above
 * the footer, else scaled down in steps until it does.
 * @example shareLayout(card).blocks.find((b) => b.key === 'title')?.box // the title's band
 */
export function shareLayout(card: ShareCard, opts: { measure?: Measure } = {}): ShareLayout {
	const c = SHARE_COLOURS;
	const measure = opts.measure ?? estimate;
	const by = (weight: 400 | 700) => (text: string, size: number) =>
		measure(text, size, { weight, locale: card.locale });
	let result: ShareLayout | undefined;
	for (const scale of [1, 0.94, 0.88, 0.82, 0.76, 0.7]) {
		const figureSize = fitSize(card.figure, COLUMN.width, Math.round(100 * scale), 40, by(700));
		const specs: Spec[] = [
			{ key: 'kicker', text: card.kicker, size: 22, weight: 400, fill: c.muted, maxLines: 1, gap: 0, leading: 1.3 },
			{
				key: 'title',
				text: card.title,
				size: Math.round(44 * scale),
				weight: 700,
				fill: c.text,
				maxLines: 3,
				gap: 20,
				leading: 1.25
			},
			{
				key: 'label',
				text: card.label,
				size: Math.round(25 * scale),
				weight: 400,
				fill: c.muted,
				maxLines: 2,
				gap: Math.round(34 * scale),
				leading: 1.3
			},
			{
				key: 'figure',
				text: card.figure,
				size: figureSize,
				weight: 700,
				fill: c.text,
				maxLines: 1,
				gap: 0,
				leading: 1.15
			},
			{
				key: 'first',
				text: card.first,
				size: Math.round(26 * scale),
				weight: 400,
				fill: c.text,
				maxLines: 2,
				gap: Math.round(8 * scale),
				leading: 1.35
			},
			{
				key: 'second',
				text: card.second,
				size: Math.round(26 * scale),
				weight: 400,
				fill: c.text,
				maxLines: 2,
				gap: Math.round(6 * scale),
				leading: 1.35
			}
		];
		let y = MARGIN - 6;
		const blocks: TextBlock[] = specs.map((s) => {
			const { lines, size } = wrapBlock(s, COLUMN.width, by(s.weight));
			const lineHeight = Math.round(size * s.leading);
			y += s.gap;
			const width = Math.min(COLUMN.width, Math.max(...lines.map((l) => by(s.weight)(l, size))));
			const block: TextBlock = {
				key: s.key,
				lines,
				fontSize: size,
				lineHeight,
				weight: s.weight,
				fill: s.fill,
				box: { x: COLUMN.x, y, width, height: lines.length * lineHeight }
			};
			y += block.box.height;
			return block;
		});
		result = { blocks, panel: { ...PANEL }, scale };
		if (y <= FOOTER_RULE - 20) break;
	}
	const sourceSize = fitSize(card.source, W - 2 * MARGIN, 20, 14, by(400));
	const unitSize = 16;
	const blocks = result!.blocks;
	blocks.push({
		key: 'source',
		lines: [card.source],
		fontSize: sourceSize,
		lineHeight: Math.round(sourceSize * 1.3),
		weight: 400,
		fill: c.muted,
		box: {
			x: MARGIN,
			y: FOOTER_RULE + 22,
			width: by(400)(card.source, sourceSize),
			height: Math.round(sourceSize * 1.3)
		}
	});
	// The waterfall's values leave out their unit; a note under the chart gives it.
	if (card.drawing.kind === 'waterfall') {
		const lineHeight = Math.round(unitSize * 1.3);
		blocks.push({
			key: 'unitNote',
			lines: [card.unitNote],
			fontSize: unitSize,
			lineHeight,
			weight: 400,
			fill: c.muted,
			box: {
				x: PANEL.x + 20,
				y: PANEL.y + PANEL.height - 20 - lineHeight,
				width: by(400)(card.unitNote, unitSize),
				height: lineHeight
			}
		});
	}
	return result!;
}

/** The font-family list of a run: CJK text in the CJK font; Latin text in the Latin font, the CJK font behind it. */
const familyOf = (script: Script) => (script === 'cjk' ? `'${FAMILY.cjk}'` : `'${FAMILY.latin}', '${FAMILY.cjk}'`);

/** Opening CJK punctuation whose glyph sits in the right half of its em: it hangs into the margin at a line start. */
const HANGING = /^[“‘（《「『【]/;

interface LineStyle {
	size: number;
	weight: 400 | 700;
	fill: string;
	locale: Locale;
	anchor?: 'start' | 'middle' | 'end';
	measure: Measure;
}

/**
 * One line of text, each run of one script as its own `<text>`, placed one after the other by
 * measured width. resvg shapes a `<text>` with the fonts of its first run, so a `<tspan>` per
 * run would not keep Chinese and Latin in their own fonts.
 */
function textLine(text: string, x: number, baseline: number, style: LineStyle): string {
	const runs = scriptRuns(text, style.locale);
	const widths = runs.map((r) => style.measure(r.text, style.size, style));
	const total = widths.reduce((a, w) => a + w, 0);
	let at = style.anchor === 'middle' ? x - total / 2 : style.anchor === 'end' ? x - total : x;
	if ((style.anchor ?? 'start') === 'start' && runs[0]?.script === 'cjk' && HANGING.test(text)) at -= style.size * 0.5;
	return runs
		.map((r, i) => {
			const el =
				`<text x="${r3(at)}" y="${r3(baseline)}" font-family="${familyOf(r.script)}" ` +
				`font-size="${style.size}" font-weight="${style.weight}" fill="${style.fill}" xml:space="preserve">${escapeXml(r.text)}</text>`;
			at += widths[i]!;
			return el;
		})
		.join('');
}

/** Baseline of line `i` of a block whose top is `top`: the glyphs' em box centred in the line. */
const baselineOf = (top: number, i: number, lineHeight: number, size: number) =>
	top + i * lineHeight + (lineHeight - size) / 2 + size * 0.86;

const r3 = (v: number) => Math.round(v * 1000) / 1000;

function drawBlock(b: TextBlock, locale: Locale, measure: Measure): string {
	return b.lines
		.map((line, i) =>
			textLine(line, b.box.x, baselineOf(b.box.y, i, b.lineHeight, b.fontSize), {
				size: b.fontSize,
				weight: b.weight,
				fill: b.fill,
				locale,
				measure
			})
		)
		.join('');
}

/** The waterfall, drawn from waterfallLayout: totals grey, rises red, falls hatched blue, as on the page. */
function drawWaterfall(
	steps: Extract<ShareDrawing, { kind: 'waterfall' }>['steps'],
	area: Box,
	locale: Locale,
	measure: Measure
): string {
	const c = SHARE_COLOURS;
	const layout: WaterfallLayout = waterfallLayout(steps, {
		width: area.width,
		height: area.height,
		orientation: 'vertical',
		fontSize: 16
	});
	const at = (x: number, y: number) => `translate(${r3(area.x + x)},${r3(area.y + y)})`;
	const parts: string[] = [
		`<defs><pattern id="fall" patternUnits="userSpaceOnUse" width="7" height="7" patternTransform="rotate(45)">` +
			`<line x1="1.5" y1="0" x2="1.5" y2="7" stroke="${c.fall}" stroke-width="2.5"/></pattern></defs>`,
		`<g transform="${at(0, 0)}">`
	];
	const b = layout.baseline;
	parts.push(
		`<line x1="${r3(b.x1)}" y1="${r3(b.y1)}" x2="${r3(b.x2)}" y2="${r3(b.y2)}" stroke="${c.text}" stroke-width="1.5"/>`
	);
	for (const k of layout.connectors)
		parts.push(
			`<line x1="${r3(k.x1)}" y1="${r3(k.y1)}" x2="${r3(k.x2)}" y2="${r3(k.y2)}" ` +
				`stroke="${c.muted}" stroke-width="1.25" stroke-dasharray="3 3"/>`
		);
	for (const bar of layout.bars) {
		const fill = bar.kind === 'total' ? c.muted : bar.kind === 'rise' ? c.rise : 'url(#fall)';
		const stroke = bar.kind === 'fall' ? ` stroke="${c.fall}" stroke-width="2"` : '';
		parts.push(
			`<rect x="${r3(bar.x)}" y="${r3(bar.y)}" width="${r3(bar.width)}" height="${r3(bar.height)}" fill="${fill}"${stroke}/>`
		);
		for (const box of [bar.valueBox, bar.labelBox]) {
			const isValue = box === bar.valueBox;
			box.lines.forEach((line, i) => {
				const fill = isValue ? (bar.kind === 'rise' ? c.rise : bar.kind === 'fall' ? c.fall : c.text) : c.muted;
				parts.push(
					textLine(line, box.x, baselineOf(box.y, i, layout.lineHeight, layout.fontSize), {
						size: layout.fontSize,
						weight: isValue ? 700 : 400,
						fill,
						locale,
						anchor: 'middle',
						measure
					})
				);
			});
		}
	}
	parts.push('</g>');
	return parts.join('');
}

/** The sunburst, drawn from sunburstLayout at the root; the largest class keeps its label. */
function drawSunburst(d: Extract<ShareDrawing, { kind: 'sunburst' }>, area: Box, locale: Locale): string {
	const c = SHARE_COLOURS;
	const radius = Math.min(area.width, area.height) / 2;
	const fontSize = 17;
	const arcs = sunburstLayout(d.root, { radius, locale, fontSize });
	const cx = area.x + area.width / 2;
	const cy = area.y + area.height / 2;
	const parts = [`<g transform="translate(${r3(cx)},${r3(cy)})">`];
	for (const a of arcs) {
		if (!a.visible) continue;
		parts.push(`<path d="${a.d}" fill="${a.fill.light}" stroke="${a.centre ? 'none' : c.bg}" stroke-width="1"/>`);
	}
	const top = arcs.find((a) => a.id === d.highlight && a.visible && a.label);
	if (top) {
		const attrs = `font-size="${fontSize}" font-weight="700" fill="${top.ink.light}" text-anchor="middle" dominant-baseline="central"`;
		// A label on a path is one <text>: set it in the font of its first script (class names are all Chinese or all English).
		const family = familyOf(scriptRuns(top.label!, locale)[0]?.script ?? 'latin');
		if (top.labelPath) {
			parts.push(
				`<path id="label-path" d="${top.labelPath}" fill="none"/>`,
				`<text ${attrs} font-family="${family}"><textPath href="#label-path" startOffset="50%">${escapeXml(top.label!)}</textPath></text>`
			);
		} else if (top.labelTransform) {
			parts.push(
				`<text ${attrs} font-family="${family}" transform="${top.labelTransform}">${escapeXml(top.label!)}</text>`
			);
		}
	}
	parts.push('</g>');
	return parts.join('');
}

/**
 * The SVG of a share image, 1200×630.
 * @example
 * const svg = composeShareSvg(shareCard({ pkg, checks, image: 'story', locale: 'zh' }));
 * svg.includes('5,852.77万元') // true (the 2019 total, from the data)
 */
export function composeShareSvg(card: ShareCard, opts: { measure?: Measure } = {}): string {
	const c = SHARE_COLOURS;
	const layout = shareLayout(card, opts);
	const p = layout.panel;
	// The waterfall leaves room below for its unit note; the sunburst has none.
	const inner: Box = {
		x: p.x + 20,
		y: p.y + 20,
		width: p.width - 40,
		height: p.height - 40 - (card.drawing.kind === 'waterfall' ? 28 : 0)
	};
	const measure = opts.measure ?? estimate;
	const drawing =
		card.drawing.kind === 'waterfall'
			? drawWaterfall(card.drawing.steps, inner, card.locale, measure)
			: drawSunburst(card.drawing, inner, card.locale);
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">`,
		`<title>${escapeXml(card.alt)}</title>`,
		`<rect width="${W}" height="${H}" fill="${c.bg}"/>`,
		`<rect x="0" y="0" width="${W}" height="8" fill="${c.accent}"/>`,
		`<rect x="${p.x}" y="${p.y}" width="${p.width}" height="${p.height}" rx="14" fill="${c.surface}"/>`,
		drawing,
		...layout.blocks.map((b) => drawBlock(b, card.locale, measure)),
		`<line x1="${MARGIN}" y1="${FOOTER_RULE}" x2="${W - MARGIN}" y2="${FOOTER_RULE}" stroke="${c.rule}" stroke-width="1.5"/>`,
		'</svg>'
	].join('');
}
