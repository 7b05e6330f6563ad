/**
 * The standalone SVG of a downloaded chart: the chart's drawing under its title, over its source
 * line, on the page's background, and the names of the downloaded files. Pure: no DOM, no Svelte
 * (export.ts measures and snapshots the page, then calls these).
 */
import { escapeMarkup } from '$lib/site/escape';
import type { Locale } from '$lib/format';
import type { ScopeId } from '$lib/site/charts';
import type { EmbedChart } from '$lib/site/charts';

/** Width of a string at a font size and weight, in px (a canvas's measureText in the browser). */
export type Measure = (text: string, size: number, weight: number) => number;

/** A block of text in the image: its words, size, weight and colour. */
export interface TextBlock {
	text: string;
	size: number;
	weight: number;
	color: string;
}

export interface ComposeOptions {
	/** The chart as SVG elements in its own px coordinates (from export.ts), and its size. */
	chart: { markup: string; width: number; height: number };
	title: TextBlock;
	source: TextBlock;
	/** The page's background colour. */
	background: string;
	/** The font stack, as CSS writes it. */
	font: string;
	/** The text's language (BCP 47), so that viewers pick the right glyphs. */
	lang: string;
	measure: Measure;
	/** Space around and between the parts, px. @default 16 */
	padding?: number;
	/** Narrowest image, px: the title needs room even beside a small chart. @default 320 */
	minWidth?: number;
}

/** A word may break after a space, or anywhere between CJK characters and punctuation. */
const TOKEN =
	/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]+\s*|\s+/g;
/** Characters that must not begin a line (Chinese line-breaking rules, simplified). */
const NO_START = /^[，。、；：？！）」』”’》〉】,.;:?!)\]]/;

/**
 * Breaks `text` into lines no wider than `maxWidth`: at spaces in Latin text, between characters
 * in Chinese; a word wider than the line stands alone.
 * @example wrapLines('one two three', 40, (s) => s.length * 6) // ['one ', 'two ', 'three']
 */
export function wrapLines(text: string, maxWidth: number, measure: (s: string) => number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const token of text.replace(/\s+/g, ' ').trim().match(TOKEN) ?? []) {
		const next = line + token;
		if (line && measure(next.trimEnd()) > maxWidth && !NO_START.test(token)) {
			lines.push(line.trimEnd());
			line = token.trimStart();
		} else line = next;
	}
	if (line.trim()) lines.push(line.trimEnd());
	return lines;
}

/** Escapes text for XML content and double-quoted attributes. */
export const xml = escapeMarkup;

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * One standalone SVG document: the title (wrapped) above the chart, the source line (wrapped)
 * below, on the background colour; whole-pixel width and height and a matching viewBox.
 * @example composeChartSvg({ chart: { markup: '<rect width="10" height="10"/>', width: 10, height: 10 }, … }).width // 320
 */
export function composeChartSvg(o: ComposeOptions): { svg: string; width: number; height: number } {
	const pad = o.padding ?? 16;
	const width = Math.ceil(Math.max(o.minWidth ?? 320, o.chart.width + 2 * pad));
	const inner = width - 2 * pad;
	let y = pad;
	const parts: string[] = [];

	const block = (b: TextBlock, lineHeight: number) => {
		const lines = wrapLines(b.text, inner, (s) => o.measure(s, b.size, b.weight));
		if (!lines.length) return;
		const step = round(b.size * lineHeight);
		// The first baseline sits one size below the top of the block, less the descent.
		const tspans = lines
			.map((l, i) => `<tspan x="${pad}" y="${round(y + b.size * 0.95 + i * step)}">${xml(l)}</tspan>`)
			.join('');
		parts.push(`<text font-size="${b.size}" font-weight="${b.weight}" fill="${xml(b.color)}">${tspans}</text>`);
		y += round(lines.length * step);
	};

	block(o.title, 1.35);
	y += pad * 0.75;
	const chartX = round((width - o.chart.width) / 2);
	parts.push(`<g transform="translate(${chartX} ${round(y)})">${o.chart.markup}</g>`);
	y += o.chart.height + pad * 0.75;
	block(o.source, 1.45);
	const height = Math.ceil(y + pad);

	const svg =
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" lang="${xml(o.lang)}" font-family="${xml(o.font)}">` +
		`<rect width="${width}" height="${height}" fill="${xml(o.background)}"/>` +
		parts.join('') +
		`</svg>`;
	return { svg, width, height };
}

export interface FileNameOptions {
	chart: EmbedChart;
	locale: Locale;
	/** The waterfall's scope. */
	scope?: ScopeId;
	/** The sunburst's zoom; null or absent for the whole. */
	focus?: string | null;
	ext: 'svg' | 'png';
}

/**
 * The downloaded image's name: the chart and what it shows; English copies say so (Chinese is the
 * story's first language, as its URLs are).
 * @example exportFileName({ chart: 'waterfall', scope: 'fiscal', locale: 'zh', ext: 'svg' }) // 'panzhihua-2019-waterfall-fiscal.svg'
 */
export function exportFileName({ chart, locale, scope, focus, ext }: FileNameOptions): string {
	const state = chart === 'waterfall' ? (scope ?? 'all') : chart === 'sunburst' && focus ? focus : '';
	const slug = (s: string) =>
		s
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-|-$/g, '');
	return ['panzhihua', '2019', chart, slug(state), locale === 'en' ? 'en' : ''].filter(Boolean).join('-') + `.${ext}`;
}
