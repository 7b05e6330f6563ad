import { describe, expect, it } from 'vitest';
import { composeChartSvg, exportFileName, wrapLines, type ComposeOptions } from '$lib/charts/shared/export-svg';

/** Every character 8 px wide at size 16, scaled with the size; a CJK character twice that. */
const measure = (s: string, size = 16) =>
	[...s].reduce((w, c) => w + (/[\u2e80-\u9fff\uff00-\uffef]/.test(c) ? 1 : 0.5), 0) * size;

const options = (over: Partial<ComposeOptions> = {}): ComposeOptions => ({
	chart: { markup: '<rect x="0" y="0" width="400" height="300" fill="rgb(1, 2, 3)"/>', width: 400, height: 300 },
	title: {
		text: 'Without the informatization task, the office’s money would have shrunk, not grown',
		size: 20,
		weight: 700,
		color: 'rgb(29, 29, 31)'
	},
	source: {
		text: 'Source: 2019 final accounts (部门决算) & our arithmetic <on> its figures.',
		size: 13,
		weight: 400,
		color: 'rgb(85, 88, 94)'
	},
	background: 'rgb(253, 252, 250)',
	font: 'system-ui, "Noto Sans CJK SC", sans-serif',
	lang: 'en',
	measure: (s, size) => measure(s, size),
	...over
});

describe('wrapLines(text, maxWidth, measure)', () => {
	it('breaks Latin text at spaces, keeping each line within the width', () => {
		const lines = wrapLines('one two three four five', 80, (s) => measure(s));
		expect(lines).toEqual(['one two', 'three four', 'five']);
		for (const l of lines) expect(measure(l)).toBeLessThanOrEqual(80);
	});

	it('breaks Chinese text between characters, never before closing punctuation', () => {
		const lines = wrapLines('来源：中共攀枝花市委办公室，部门决算。', 64, (s) => measure(s));
		expect(lines.join('')).toBe('来源：中共攀枝花市委办公室，部门决算。');
		for (const l of lines) expect(l).not.toMatch(/^[，。：]/);
		expect(lines.length).toBeGreaterThan(2);
	});

	it('leaves a word wider than the line on a line of its own', () => {
		expect(wrapLines('a informatization b', 40, (s) => measure(s))).toEqual(['a', 'informatization', 'b']);
	});

	it('gives no lines for blank text', () => {
		expect(wrapLines('  \n ', 100, (s) => measure(s))).toEqual([]);
	});
});

describe('composeChartSvg(options)', () => {
	it('is a standalone SVG whose width, height and viewBox agree', () => {
		const { svg, width, height } = composeChartSvg(options());
		expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" /);
		expect(svg).toContain(`width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"`);
		expect(Number.isInteger(width) && Number.isInteger(height)).toBe(true);
		expect(width).toBe(432);
		// Title lines, the chart and the source lines all fit in the height.
		expect(height).toBeGreaterThan(300 + 2 * 16);
		expect(svg.endsWith('</svg>')).toBe(true);
	});

	it('holds the title and the source as text, escaped, and the chart as given', () => {
		const { svg } = composeChartSvg(options());
		const text = svg.replace(/<[^>]+>/g, ' ');
		expect(text).toContain('Without the informatization task,');
		expect(text.replace(/\s+/g, ' ')).toContain('&amp; our arithmetic &lt;on&gt; its figures.');
		expect(svg).toContain('<rect x="0" y="0" width="400" height="300" fill="rgb(1, 2, 3)"/>');
		expect(svg).toContain('<rect width="432" height="');
		expect(svg).toContain('font-family="system-ui, &quot;Noto Sans CJK SC&quot;, sans-serif"');
		expect(svg).toContain('lang="en"');
	});

	it('wraps a long title over several lines, each within the image', () => {
		const { svg, width } = composeChartSvg(options());
		const title = svg.match(/<text font-size="20"[^>]*>(.*?)<\/text>/)![1]!;
		const lines = [...title.matchAll(/<tspan x="16" y="[\d.]+">(.*?)<\/tspan>/g)].map((m) => m[1]!);
		expect(lines.length).toBeGreaterThan(1);
		for (const l of lines) expect(measure(l, 20)).toBeLessThanOrEqual(width - 32);
	});

	it('places the chart between the title and the source', () => {
		const { svg } = composeChartSvg(options());
		const chartY = Number(svg.match(/<g transform="translate\([\d.]+ ([\d.]+)\)">/)![1]);
		const titleYs = [...svg.matchAll(/<text font-size="20".*?<\/text>/g)][0]![0]
			.match(/y="([\d.]+)"/g)!
			.map((m) => Number(m.slice(3, -1)));
		const sourceY = Number(svg.match(/<text font-size="13"[^>]*><tspan x="16" y="([\d.]+)"/)![1]);
		expect(Math.max(...titleYs)).toBeLessThan(chartY);
		expect(chartY + 300).toBeLessThan(sourceY);
	});

	it('keeps a minimum width for a small chart, centring it', () => {
		const { svg, width } = composeChartSvg(options({ chart: { markup: '', width: 100, height: 100 } }));
		expect(width).toBe(320);
		expect(svg).toContain('<g transform="translate(110 ');
	});

	it('refers to nothing outside itself', () => {
		const { svg } = composeChartSvg(options());
		expect(svg).not.toMatch(/(href|src)="|url\(|@import|<image|<foreignObject/);
	});
});

describe('exportFileName(options)', () => {
	it.each([
		[{ chart: 'waterfall', locale: 'zh', scope: 'fiscal', ext: 'svg' }, 'panzhihua-2019-waterfall-fiscal.svg'],
		[{ chart: 'waterfall', locale: 'en', ext: 'png' }, 'panzhihua-2019-waterfall-all-en.png'],
		[{ chart: 'sunburst', locale: 'zh', focus: null, ext: 'png' }, 'panzhihua-2019-sunburst.png'],
		[{ chart: 'sunburst', locale: 'en', focus: 'gps.party', ext: 'svg' }, 'panzhihua-2019-sunburst-gps-party-en.svg'],
		[{ chart: 'three-public', locale: 'zh', scope: 'gpb', ext: 'svg' }, 'panzhihua-2019-three-public.svg']
	] as const)('%j → %s', (o, want) => {
		expect(exportFileName(o)).toBe(want);
	});
});
