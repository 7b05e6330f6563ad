/**
 * Downloads a chart as the reader sees it (zoom, scope, language, colour scheme) as SVG or PNG:
 * snapshots the chart's SVG with its computed styles inlined, turns the HTML labels laid over it
 * into SVG text, and adds the title and the source line (export-svg.ts). Browser only; imported
 * on click, so none of it weighs on the page's first view.
 */
import type { Locale } from '$lib/format';
import type { ScopeId } from '$lib/site/charts';
import type { EmbedChart } from '$lib/site/charts';
import { composeChartSvg, exportFileName, xml, type TextBlock } from './export-svg';

/**
 * The computed properties an SVG element needs to look the same outside the page's CSS, with the
 * values an SVG file gets without them (the image's root sets its font).
 */
const SVG_PROPS: Record<string, string> = {
	fill: 'rgb(0, 0, 0)',
	'fill-opacity': '1',
	'fill-rule': 'nonzero',
	stroke: 'none',
	'stroke-width': '1px',
	'stroke-opacity': '1',
	'stroke-dasharray': 'none',
	'stroke-linecap': 'butt',
	'stroke-linejoin': 'miter',
	opacity: '1',
	'font-size': '16px',
	'font-weight': '400',
	'font-style': 'normal',
	'letter-spacing': 'normal',
	'text-anchor': 'start',
	'dominant-baseline': 'auto',
	'paint-order': 'normal'
};

/** `url("http://host/page#p")` → `url(#p)`: references stay inside the file. */
const localRefs = (v: string) => v.replace(/url\(\s*(["']?)[^)"']*?(#[^)"']+)\1\s*\)/g, 'url($2)');

const num = (n: number) => Math.round(n * 100) / 100;

/** A copy of a drawn <svg> with its computed styles inlined, placed where it is drawn in `box`. */
function snapshotSvg(svg: SVGSVGElement, box: DOMRect): string {
	const copy = svg.cloneNode(true) as SVGSVGElement;
	const from = [svg, ...svg.querySelectorAll('*')];
	const to = [copy, ...copy.querySelectorAll('*')];
	const styles = new Map(from.map((el) => [el, getComputedStyle(el)]));
	from.forEach((el, i) => {
		const out = to[i] as SVGElement;
		const style = styles.get(el)!;
		// Hidden parts (a focus ring not in use) are left out.
		if (style.display === 'none' || (style.visibility === 'hidden' && !el.childElementCount)) return out.remove();
		out.removeAttribute('style');
		out.removeAttribute('class');
		out.removeAttribute('tabindex');
		const parent = el === svg ? null : styles.get(el.parentElement!);
		// Only what differs from what the element would get anyway: its parent's value, or the default.
		for (const [p, initial] of Object.entries(SVG_PROPS)) {
			const value = style.getPropertyValue(p);
			if (value !== (parent ? parent.getPropertyValue(p) : initial)) out.style.setProperty(p, localRefs(value));
		}
		for (const a of ['fill', 'stroke']) if (out.hasAttribute(a)) out.setAttribute(a, localRefs(out.getAttribute(a)!));
	});
	const r = svg.getBoundingClientRect();
	copy.setAttribute('x', String(num(r.left - box.left)));
	copy.setAttribute('y', String(num(r.top - box.top)));
	copy.setAttribute('width', String(num(r.width)));
	copy.setAttribute('height', String(num(r.height)));
	copy.setAttribute('overflow', 'visible');
	return new XMLSerializer().serializeToString(copy);
}

/** One line of HTML text as it is laid out: its characters and their box. */
interface Line {
	text: string;
	left: number;
	top: number;
	bottom: number;
}

/** The lines of one text node as the browser broke them (characters grouped by their row). */
function textLines(node: Text): Line[] {
	const text = node.data;
	const range = document.createRange();
	const lines: Line[] = [];
	let line: Line | null = null;
	for (let i = 0; i < text.length; i++) {
		range.setStart(node, i);
		range.setEnd(node, i + 1);
		const r = range.getClientRects()[0];
		if (!r || (r.width === 0 && /\s/.test(text[i]!))) {
			if (line) line.text += text[i];
			continue;
		}
		if (!line || Math.abs(r.top - line.top) > r.height / 2)
			lines.push((line = { text: '', left: r.left, top: r.top, bottom: r.bottom }));
		line.text += text[i];
		line.bottom = Math.max(line.bottom, r.bottom);
	}
	return lines.filter((l) => l.text.trim());
}

/** The HTML laid over the chart (labels, legend, centre text) as SVG text and rectangles. */
function snapshotHtml(root: Element, box: DOMRect): string {
	const out: string[] = [];
	const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
		acceptNode: (n) =>
			n instanceof SVGSVGElement || (n instanceof Element && n.classList.contains('visually-hidden'))
				? NodeFilter.FILTER_REJECT
				: NodeFilter.FILTER_ACCEPT
	});
	for (let n = walker.nextNode(); n; n = walker.nextNode()) {
		if (n instanceof Text) {
			const style = getComputedStyle(n.parentElement!);
			if (style.visibility === 'hidden' || !n.data.trim()) continue;
			for (const l of textLines(n)) {
				out.push(
					`<text x="${num(l.left - box.left)}" y="${num((l.top + l.bottom) / 2 - box.top)}" dominant-baseline="central"` +
						` font-size="${parseFloat(style.fontSize)}" font-weight="${style.fontWeight}" fill="${xml(style.color)}">${xml(l.text.trim())}</text>`
				);
			}
		} else if (n instanceof HTMLElement && !n.childElementCount && !n.textContent?.trim()) {
			// A legend swatch: a box drawn with CSS.
			const style = getComputedStyle(n);
			const r = n.getBoundingClientRect();
			if (!r.width || !r.height || style.visibility === 'hidden') continue;
			const border = parseFloat(style.borderTopWidth) || 0;
			const bg = style.backgroundColor;
			const hatched = style.backgroundImage !== 'none';
			const fill = hatched ? style.borderTopColor : bg;
			if (fill === 'rgba(0, 0, 0, 0)' && !border) continue;
			out.push(
				`<rect x="${num(r.left - box.left)}" y="${num(r.top - box.top)}" width="${num(r.width)}" height="${num(r.height)}"` +
					` fill="${xml(fill)}"${hatched ? ' fill-opacity="0.4"' : ''}${border ? ` stroke="${xml(style.borderTopColor)}" stroke-width="${border}"` : ''}/>`
			);
		}
	}
	return out.join('');
}

/** The chart inside `figure` (its element marked data-chart-export) as SVG markup in its own px. */
function snapshotChart(figure: Element): { markup: string; width: number; height: number } {
	const root = figure.querySelector('[data-chart-export]');
	if (!root) throw new Error('export: no chart in this figure');
	const box = root.getBoundingClientRect();
	const svgs = [...root.querySelectorAll('svg')].filter((s) => {
		const r = s.getBoundingClientRect();
		return r.width > 0 && r.height > 0 && !s.parentElement?.closest('svg');
	});
	return {
		markup: svgs.map((s) => snapshotSvg(s, box)).join('') + snapshotHtml(root, box),
		width: num(box.width),
		height: num(box.height)
	};
}

/** Text of an element as a block of the image, in its computed size, weight and colour. */
function textBlock(el: Element | null, { max }: { max: number }): TextBlock {
	const style = el ? getComputedStyle(el) : getComputedStyle(document.body);
	return {
		text: (el?.textContent ?? '').replace(/\s+/g, ' ').trim(),
		size: Math.min(max, parseFloat(style.fontSize) || 16),
		weight: Number(style.fontWeight) || 400,
		color: style.color
	};
}

/** The image of the chart in `figure` as SVG text, with its size. */
export function chartSvg(figure: Element, locale: Locale): { svg: string; width: number; height: number } {
	const font = getComputedStyle(document.body).fontFamily;
	const ctx = document.createElement('canvas').getContext('2d')!;
	return composeChartSvg({
		chart: snapshotChart(figure),
		title: textBlock(figure.querySelector('.chart-title'), { max: 22 }),
		source: textBlock(figure.querySelector('.chart-source'), { max: 13 }),
		background: getComputedStyle(document.body).backgroundColor,
		font,
		lang: locale === 'zh' ? 'zh-CN' : 'en',
		measure: (text, size, weight) => {
			ctx.font = `${weight} ${size}px ${font}`;
			return ctx.measureText(text).width;
		}
	});
}

/** How many image pixels per CSS pixel a PNG gets. */
export const PNG_SCALE = 2;

/** Draws SVG text onto a canvas at PNG_SCALE and encodes it as PNG. */
async function svgToPng(svg: string, width: number, height: number): Promise<Blob> {
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
	try {
		const img = new Image(width, height);
		img.src = url;
		await img.decode();
		const canvas = document.createElement('canvas');
		canvas.width = width * PNG_SCALE;
		canvas.height = height * PNG_SCALE;
		canvas.getContext('2d')!.drawImage(img, 0, 0, canvas.width, canvas.height);
		return await new Promise<Blob>((done, fail) =>
			canvas.toBlob((b) => (b ? done(b) : fail(new Error('export: no PNG'))), 'image/png')
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}

/** Saves a blob under a name, through a link with `download`. */
function save(blob: Blob, name: string) {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	a.hidden = true;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export interface ExportOptions {
	/** The chart's <figure> (ChartFrame). */
	figure: Element;
	format: 'svg' | 'png';
	chart: EmbedChart;
	locale: Locale;
	scope?: ScopeId;
	focus?: string | null;
}

/** Downloads the chart in `figure` as it is shown now, as an SVG or a PNG file. */
export async function exportChart({ figure, format, chart, locale, scope, focus }: ExportOptions): Promise<void> {
	const { svg, width, height } = chartSvg(figure, locale);
	const name = exportFileName({ chart, locale, scope, focus, ext: format });
	const blob = format === 'svg' ? new Blob([svg], { type: 'image/svg+xml' }) : await svgToPng(svg, width, height);
	save(blob, name);
}
