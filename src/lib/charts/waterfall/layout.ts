/**
 * Geometry of a waterfall chart and of the informatization split. Pure: no DOM, no Svelte.
 *
 * Bars run from a total through signed steps to a total; each step starts where the previous
 * one ended, and the value scale keeps 0 on its baseline. Text is placed here too, from width
 * estimates (textWidth), so that labels never overlap at any width the page can have: vertical
 * columns on wide screens, horizontal rows (label and value above each bar) on narrow ones.
 */
import { bandScale, linearScale } from './scales';

/** One step of a waterfall, with its text already formatted for the reader. */
export interface WaterfallStep {
	id: string;
	/** `total` bars stand on 0; `delta` bars start where the previous bar ended. */
	kind: 'total' | 'delta';
	value: number;
	/** What the bar is, in the reader's language. */
	label: string;
	/** The signed value as the bar shows it ("+1,538.3万元"). */
	valueText: string;
}

export type Orientation = 'vertical' | 'horizontal';

export interface WaterfallLayoutOptions {
	width: number;
	/** Height of a vertical chart (a horizontal one is as tall as its rows); @default 360 */
	height?: number;
	orientation: Orientation;
	/** How many bars are built (the rest keep their space); @default all */
	shown?: number;
	/** Font size of the labels in px; @default 14 */
	fontSize?: number;
}

/** A block of text: top-left corner, estimated size, its lines, and how it is anchored. */
export interface TextBox {
	x: number;
	y: number;
	width: number;
	height: number;
	lines: string[];
	/** `start`: x is the left edge; `middle`: x is the centre; `end`: x is the right edge. */
	align: 'start' | 'middle' | 'end';
}

export interface WaterfallBar {
	id: string;
	index: number;
	kind: 'total' | 'rise' | 'fall';
	value: number;
	/** Where the bar starts and ends on the value scale. */
	start: number;
	end: number;
	/** The drawn rectangle (at least MIN_THICKNESS thick, so a tiny step stays visible). */
	x: number;
	y: number;
	width: number;
	height: number;
	label: string;
	valueText: string;
	labelBox: TextBox;
	valueBox: TextBox;
}

export interface Connector {
	id: string;
	from: string;
	to: string;
	x1: number;
	y1: number;
	x2: number;
	y2: number;
}

export interface Tick {
	value: number;
	x1: number;
	y1: number;
	x2: number;
	y2: number;
}

export interface WaterfallLayout {
	width: number;
	height: number;
	orientation: Orientation;
	fontSize: number;
	lineHeight: number;
	/** Bars built so far (the first `shown`). */
	bars: WaterfallBar[];
	/** Dashed links from the end of one built bar to the start of the next. */
	connectors: Connector[];
	/** Gridlines at round values of the scale. */
	ticks: Tick[];
	/** The line at 0. */
	baseline: { x1: number; y1: number; x2: number; y2: number };
}

export const MIN_THICKNESS = 2;
const BAR_THICKNESS = 22; // horizontal bars
const ROW_GAP = 16;
const LABEL_GAP = 4;
/** Values are drawn bold (Waterfall.svelte: weight 650), wider than textWidth's regular estimate. */
const BOLD = 1.12;

/**
 * Lays out a waterfall: bars, connectors, gridlines and text boxes, for the given size.
 * @example
 * const { bars } = waterfallLayout(steps, { width: 343, orientation: 'horizontal' });
 * bars[1].start === bars[0].end // true: a step starts where the previous bar ended
 */
export function waterfallLayout(steps: WaterfallStep[], options: WaterfallLayoutOptions): WaterfallLayout {
	const { width, orientation } = options;
	const fontSize = options.fontSize ?? 14;
	const lineHeight = Math.round(fontSize * 1.4);
	const shown = Math.max(0, Math.min(steps.length, options.shown ?? steps.length));

	// Running totals: a delta starts at the previous end; a total stands on 0.
	let level = 0;
	const spans = steps.map((s) => {
		const start = s.kind === 'total' ? 0 : level;
		const end = s.kind === 'total' ? s.value : level + s.value;
		level = end;
		const kind: WaterfallBar['kind'] = s.kind === 'total' ? 'total' : s.value < 0 ? 'fall' : 'rise';
		return { start, end, kind };
	});
	const values = spans.flatMap((s) => [s.start, s.end]);
	// The scale always includes 0: bars are read against the baseline, never a cut axis.
	const domain: [number, number] = [Math.min(0, ...values), Math.max(0, ...values)];
	if (domain[0] === domain[1]) domain[1] = 1;

	const geometry =
		orientation === 'vertical'
			? vertical(steps, spans, domain, width, options.height ?? 360, fontSize, lineHeight)
			: horizontal(steps, spans, domain, width, fontSize, lineHeight);
	const bars = geometry.bars.slice(0, shown);
	const connectors: Connector[] = [];
	for (let i = 1; i < bars.length; i++) {
		const a = bars[i - 1]!;
		const b = bars[i]!;
		connectors.push(
			orientation === 'vertical'
				? {
						id: `${a.id}→${b.id}`,
						from: a.id,
						to: b.id,
						x1: a.x + a.width,
						y1: geometry.pos(a.end),
						x2: b.x,
						y2: geometry.pos(a.end)
					}
				: {
						id: `${a.id}→${b.id}`,
						from: a.id,
						to: b.id,
						x1: geometry.pos(a.end),
						y1: a.y + a.height,
						x2: geometry.pos(a.end),
						y2: b.y
					}
		);
	}
	return {
		width,
		height: geometry.height,
		orientation,
		fontSize,
		lineHeight,
		bars,
		connectors,
		ticks: geometry.ticks,
		baseline: geometry.baseline
	};
}

/** Below this width bars always run horizontally: four columns would be too thin to read. */
export const MIN_VERTICAL_WIDTH = 560;
/** Most lines a column's label may take. */
const MAX_LABEL_LINES = 3;

/**
 * Whether columns fit at this width: every label (wrapped, no word wider than its column) and
 * every value fits its own column, so no text can reach a neighbour's.
 * @example fitsVertically(steps, 928) // true for the report's four steps
 */
export function fitsVertically(
	steps: Pick<WaterfallStep, 'id' | 'label' | 'valueText'>[],
	width: number,
	fontSize = 14
): boolean {
	if (width < MIN_VERTICAL_WIDTH || steps.length === 0) return false;
	const band = bandScale(
		steps.map((s) => s.id),
		[0, width],
		{ paddingInner: 0.3, paddingOuter: 0.15 }
	);
	const room = band.step() - 8;
	return steps.every((s) => {
		const lines = wrapText(s.label, room, fontSize);
		return (
			lines.length <= MAX_LABEL_LINES &&
			lines.every((l) => textWidth(l, fontSize) <= room) &&
			textWidth(s.valueText, fontSize) * BOLD <= room
		);
	});
}

/**
 * The orientation for a width: columns where all their text fits (fitsVertically), else rows.
 * @example orientationFor(steps, 320) // "horizontal"
 */
export function orientationFor(
	steps: Pick<WaterfallStep, 'id' | 'label' | 'valueText'>[],
	width: number,
	fontSize = 14
): Orientation {
	return fitsVertically(steps, width, fontSize) ? 'vertical' : 'horizontal';
}

type Span = { start: number; end: number; kind: WaterfallBar['kind'] };

function vertical(
	steps: WaterfallStep[],
	spans: Span[],
	domain: [number, number],
	width: number,
	height: number,
	fontSize: number,
	lineHeight: number
) {
	const band = bandScale(
		steps.map((s) => s.id),
		[0, width],
		{ paddingInner: 0.3, paddingOuter: 0.15 }
	);
	// Labels may use the gap between columns, but keep a little air on each side.
	const labelWidth = band.step() - 8;
	const lines = steps.map((s) => wrapText(s.label, labelWidth, fontSize));
	const maxLines = Math.max(1, ...lines.map((l) => l.length));
	const top = lineHeight + LABEL_GAP + 2;
	const bottom = height - (LABEL_GAP * 2 + maxLines * lineHeight);
	// No nice(): rounding the domain up would leave up to a third of a narrow chart empty.
	const y = linearScale(domain, [bottom, top]);
	const bars = steps.map((s, index): WaterfallBar => {
		const { start, end, kind } = spans[index]!;
		const bx = band(s.id)!;
		const cx = bx + band.bandwidth() / 2;
		const y0 = y(Math.max(start, end));
		const y1 = y(Math.min(start, end));
		let ry = y0;
		let rh = y1 - y0;
		if (rh < MIN_THICKNESS) {
			// Grow a tiny bar away from where it starts, so it still touches its connector.
			ry = kind === 'fall' ? y(start) : y(start) - MIN_THICKNESS;
			rh = MIN_THICKNESS;
		}
		const valueWidth = textWidth(s.valueText, fontSize) * BOLD;
		// Rises and totals carry their value above; falls below, clear of the connector at their top.
		const below = kind === 'fall' && ry + rh + LABEL_GAP + lineHeight <= y(0) - LABEL_GAP;
		const valueBox: TextBox = {
			x: cx,
			y: below ? ry + rh + LABEL_GAP : ry - LABEL_GAP - lineHeight,
			width: valueWidth,
			height: lineHeight,
			lines: [s.valueText],
			align: 'middle'
		};
		const l = lines[index]!;
		const labelBox: TextBox = {
			x: cx,
			y: y(0) + LABEL_GAP * 2,
			width: Math.max(0, ...l.map((t) => textWidth(t, fontSize))),
			height: l.length * lineHeight,
			lines: l,
			align: 'middle'
		};
		return {
			id: s.id,
			index,
			kind,
			value: s.value,
			start,
			end,
			x: bx,
			y: ry,
			width: band.bandwidth(),
			height: rh,
			label: s.label,
			valueText: s.valueText,
			labelBox,
			valueBox
		};
	});
	const [d0, d1] = y.domain() as [number, number];
	const ticks = y
		.ticks(Math.max(2, Math.floor((bottom - top) / 56)))
		.filter((t) => t >= d0 && t <= d1 && t !== 0)
		.map((t) => ({ value: t, x1: 0, y1: y(t), x2: width, y2: y(t) }));
	return { bars, height, pos: (v: number) => y(v), ticks, baseline: { x1: 0, y1: y(0), x2: width, y2: y(0) } };
}

function horizontal(
	steps: WaterfallStep[],
	spans: Span[],
	domain: [number, number],
	width: number,
	fontSize: number,
	lineHeight: number
) {
	const x = linearScale(domain, [1, width - 1]);
	let rowTop = 2;
	const bars = steps.map((s, index): WaterfallBar => {
		const { start, end, kind } = spans[index]!;
		const valueWidth = textWidth(s.valueText, fontSize) * BOLD;
		// The label takes what the value, right-aligned on the same line, leaves free; where one of
		// its words would not fit there, the label takes the whole line and the value the next.
		const beside = width - valueWidth - 12;
		let lines = wrapText(s.label, beside, fontSize);
		const stacked = lines.some((t) => textWidth(t, fontSize) > beside);
		if (stacked) lines = wrapText(s.label, width, fontSize);
		const labelBox: TextBox = {
			x: 0,
			y: rowTop,
			width: Math.max(0, ...lines.map((t) => textWidth(t, fontSize))),
			height: lines.length * lineHeight,
			lines,
			align: 'start'
		};
		const valueBox: TextBox = {
			x: width,
			y: stacked ? rowTop + lines.length * lineHeight : rowTop,
			width: valueWidth,
			height: lineHeight,
			lines: [s.valueText],
			align: 'end'
		};
		const by = rowTop + (lines.length + (stacked ? 1 : 0)) * lineHeight + LABEL_GAP;
		const x0 = x(Math.min(start, end));
		const x1 = x(Math.max(start, end));
		let rx = x0;
		let rw = x1 - x0;
		if (rw < MIN_THICKNESS) {
			rx = kind === 'fall' ? x(start) - MIN_THICKNESS : x(start);
			rw = MIN_THICKNESS;
		}
		rowTop = by + BAR_THICKNESS + ROW_GAP;
		return {
			id: s.id,
			index,
			kind,
			value: s.value,
			start,
			end,
			x: rx,
			y: by,
			width: rw,
			height: BAR_THICKNESS,
			label: s.label,
			valueText: s.valueText,
			labelBox,
			valueBox
		};
	});
	const height = rowTop - ROW_GAP + 4;
	const [d0, d1] = x.domain() as [number, number];
	const ticks = x
		.ticks(Math.max(2, Math.floor(width / 80)))
		.filter((t) => t >= d0 && t <= d1 && t !== 0)
		.map((t) => ({ value: t, x1: x(t), y1: 0, x2: x(t), y2: height }));
	return { bars, height, pos: (v: number) => x(v), ticks, baseline: { x1: x(0), y1: 0, x2: x(0), y2: height } };
}

/** A part of a whole, laid along one line: x and width, in order. */
export interface SplitSegment {
	id: string;
	value: number;
	x: number;
	width: number;
	/** Share of the whole, 0 to 1. */
	share: number;
}

/**
 * Lays parts end to end across `width`, each as wide as its share of their sum.
 * @example
 * splitLayout([{ id: 'a', value: 3 }, { id: 'b', value: 1 }], { width: 100 })
 * // [{ id: 'a', x: 0, width: 75, … }, { id: 'b', x: 75, width: 25, … }]
 */
export function splitLayout(parts: { id: string; value: number }[], options: { width: number }): SplitSegment[] {
	const total = parts.reduce((a, p) => a + p.value, 0);
	const x = linearScale([0, total || 1], [0, options.width]);
	let acc = 0;
	return parts.map((p) => {
		const seg = {
			id: p.id,
			value: p.value,
			x: x(acc),
			width: x(acc + p.value) - x(acc),
			share: total ? p.value / total : 0
		};
		acc += p.value;
		return seg;
	});
}

/**
 * Estimated width of a line of text in px. Deliberately generous (it follows DejaVu Sans, the
 * widest of the usual system sans fonts, and full-width CJK), so boxes placed with it do not
 * collide in a real browser.
 */
export function textWidth(text: string, fontSize: number): number {
	let em = 0;
	for (const ch of text) em += charWidth(ch);
	return em * fontSize;
}

function charWidth(ch: string): number {
	const c = ch.codePointAt(0)!;
	if (isWide(c)) return 1;
	if (/[0-9]/.test(ch)) return 0.64;
	if (/[ijl.,:;!|'’]/.test(ch)) return 0.32;
	if (/[frt()[\]]/.test(ch)) return 0.42;
	if (/[mw]/.test(ch)) return 0.92;
	if (/[MW%]/.test(ch)) return 0.96;
	if (/[A-Z]/.test(ch)) return 0.74;
	if (/[a-z]/.test(ch)) return 0.62;
	if (ch === ' ') return 0.33;
	if (/[+\u2212=×<>~]/.test(ch)) return 0.84;
	return 0.62;
}

/** CJK ideographs, kana, full-width forms and CJK punctuation take a full em. */
function isWide(c: number): boolean {
	return (
		(c >= 0x2e80 && c <= 0x9fff) ||
		(c >= 0xf900 && c <= 0xfaff) ||
		(c >= 0xfe30 && c <= 0xfe4f) ||
		(c >= 0xff00 && c <= 0xffef) ||
		(c >= 0x3000 && c <= 0x303f) ||
		c === 0x201c ||
		c === 0x201d
	);
}

const CLOSING = /^[）)，。、：；！？”’»\]]/;
const OPENING = /[（(“‘«[]$/;

/**
 * Breaks a label into lines no wider than `maxWidth` (estimated): between words, and between
 * CJK characters but never before closing or after opening punctuation. A single token wider
 * than the line stands alone on its line. `measure` replaces the estimate where real font
 * metrics are known (the share images read them from their fonts).
 * @example wrapText('Informatization task (信息化建设)', 120, 14) // ['Informatization', 'task (信息化建设)']
 */
export function wrapText(
	text: string,
	maxWidth: number,
	fontSize: number,
	measure: (text: string, fontSize: number) => number = textWidth
): string[] {
	const tokens = tokenize(text);
	const lines: string[] = [];
	let line = '';
	for (const t of tokens) {
		const candidate = line + t;
		if (line && measure(candidate.trimEnd(), fontSize) > maxWidth) {
			lines.push(line.trimEnd());
			line = t.trimStart();
		} else {
			line = candidate;
		}
	}
	if (line.trim()) lines.push(line.trimEnd());
	return lines.length ? lines : [''];
}

/** Words (with their trailing space) and single CJK characters, punctuation kept with its neighbour. */
function tokenize(text: string): string[] {
	// Keep a short bracketed term such as "（推算）" or "(信息化建设)" on one line.
	const grouped: string[] = [];
	let open: string | null = null;
	for (const t of tokenizeFlat(text)) {
		if (open !== null) {
			open += t;
			if (/[)）]/.test(t)) {
				grouped.push(...(open.length <= 12 ? [open] : tokenizeFlat(open)));
				open = null;
			}
		} else if (/[(（]/.test(t) && !/[)）]/.test(t)) open = t;
		else grouped.push(t);
	}
	if (open !== null) grouped.push(...tokenizeFlat(open));
	return grouped;
}

function tokenizeFlat(text: string): string[] {
	const out: string[] = [];
	let word = '';
	for (const ch of text) {
		if (isWide(ch.codePointAt(0)!)) {
			if (word) out.push(word);
			word = '';
			out.push(ch);
		} else if (ch === ' ') {
			out.push(word + ' ');
			word = '';
		} else word += ch;
	}
	if (word) out.push(word);
	const glued: string[] = [];
	for (const t of out) {
		const prev = glued[glued.length - 1];
		if (prev !== undefined && (CLOSING.test(t) || OPENING.test(prev.trimEnd()))) glued[glued.length - 1] = prev + t;
		else glued.push(t);
	}
	return glued;
}
