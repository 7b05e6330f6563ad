/**
 * Geometry of the waterfall, from the real data.
 *
 * The golden fixture __fixtures__/geometry.json holds the layout of every chart at two sizes,
 * rounded to 3 decimals. After an intended change to the layout, regenerate it with
 *   UPDATE_GOLDEN=1 npx vitest run tests/lib/charts/waterfall/layout.test.ts
 * and review the diff of the JSON before committing it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadPackage } from '$lib/data/load';
import { reconcile } from '$lib/data/reconcile';
import { SCOPES, waterfallData } from '$lib/charts/waterfall/data';
import {
	fitsVertically,
	MIN_THICKNESS,
	orientationFor,
	splitLayout,
	textWidth,
	waterfallLayout,
	wrapText,
	type Orientation,
	type TextBox,
	type WaterfallBar,
	type WaterfallLayout,
	type WaterfallStep
} from '$lib/charts/waterfall/layout';
import { scopeSteps, threePublicSteps } from '$lib/charts/waterfall/present';

const pkg = loadPackage('data');
const data = waterfallData(pkg, reconcile(pkg));
const LOCALES = ['zh', 'en'] as const;
const EPS = 1e-6;

/** Every chart of the page: the three scopes and the "three public" expenses, in both languages. */
const charts = LOCALES.flatMap((locale) => [
	...data.scopes.map((s) => ({
		name: `${locale}/${s.id}`,
		locale,
		steps: scopeSteps(s, locale),
		total: pkg.figures.get(`totals.${s.id}.2019`)!.value
	})),
	{
		name: `${locale}/three-public`,
		locale,
		steps: threePublicSteps(data.threePublic, locale),
		total: pkg.figures.get('tp.total')!.value
	}
]);
/** Widths the page can give the chart: 320 and 375 px phones, a tablet, the desktop column. */
const SIZES: { width: number; orientation: Orientation }[] = [
	{ width: 288, orientation: 'horizontal' },
	{ width: 343, orientation: 'horizontal' },
	{ width: 559, orientation: 'horizontal' },
	{ width: 560, orientation: 'vertical' },
	{ width: 720, orientation: 'vertical' },
	{ width: 928, orientation: 'vertical' }
];
const cases = charts.flatMap((c) =>
	SIZES.map((size) => ({ ...c, ...size, label: `${c.name} ${size.orientation} ${size.width}px` }))
);

/** The box a TextBox covers, as [x0, y0, x1, y1]. */
function rectOf(b: TextBox): [number, number, number, number] {
	const x0 = b.align === 'start' ? b.x : b.align === 'middle' ? b.x - b.width / 2 : b.x - b.width;
	return [x0, b.y, x0 + b.width, b.y + b.height];
}
const overlaps = (a: number[], b: number[]) => a[0]! < b[2]! && b[0]! < a[2]! && a[1]! < b[3]! && b[1]! < a[3]!;

describe('waterfallLayout(steps, { width, orientation })', () => {
	it.each(cases)(
		'$label: each step starts where the previous bar ended; totals stand on 0',
		({ steps, width, orientation }) => {
			const { bars } = waterfallLayout(steps, { width, orientation });
			expect(bars).toHaveLength(steps.length);
			bars.forEach((bar, i) => {
				if (steps[i]!.kind === 'total') expect(bar.start, bar.id).toBe(0);
				else expect(bar.start, bar.id).toBe(bars[i - 1]!.end);
				expect(bar.end - bar.start).toBeCloseTo(steps[i]!.value, 9);
			});
		}
	);

	it.each(cases)(
		'$label: the last bar is the reported 2019 total, and the steps arrive there',
		({ steps, width, orientation, total }) => {
			const { bars } = waterfallLayout(steps, { width, orientation });
			const last = bars[bars.length - 1]!;
			expect(last.kind).toBe('total');
			expect(last.end).toBe(total);
			expect(Math.abs(bars[bars.length - 2]!.end - total)).toBeLessThan(0.005);
		}
	);

	it.each(cases)(
		'$label: connectors run from the end of one bar to the start of the next',
		({ steps, width, orientation }) => {
			const { bars, connectors } = waterfallLayout(steps, { width, orientation });
			expect(connectors).toHaveLength(bars.length - 1);
			connectors.forEach((c, i) => {
				const a = bars[i]!;
				const b = bars[i + 1]!;
				expect([c.from, c.to]).toEqual([a.id, b.id]);
				if (orientation === 'vertical') {
					expect(c.x1).toBeCloseTo(a.x + a.width, 6);
					expect(c.x2).toBeCloseTo(b.x, 6);
					expect(c.y1).toBe(c.y2);
					// At the level where a ends: a's top (rise, total) or bottom (fall) edge.
					const edge = a.kind === 'fall' ? a.y + a.height : a.y;
					if (a.height > MIN_THICKNESS) expect(c.y1).toBeCloseTo(edge, 6);
				} else {
					expect(c.x1).toBe(c.x2);
					expect(c.y1).toBeCloseTo(a.y + a.height, 6);
					expect(c.y2).toBeCloseTo(b.y, 6);
					const edge = a.kind === 'fall' ? a.x : a.x + a.width;
					if (a.width > MIN_THICKNESS) expect(c.x1).toBeCloseTo(edge, 6);
				}
			});
		}
	);

	it.each(cases)('$label: the baseline is at 0 and every total bar stands on it', ({ steps, width, orientation }) => {
		const { bars, baseline } = waterfallLayout(steps, { width, orientation });
		for (const bar of bars.filter((b) => b.kind === 'total')) {
			if (orientation === 'vertical') expect(bar.y + bar.height).toBeCloseTo(baseline.y1, 6);
			else expect(bar.x).toBeCloseTo(baseline.x1, 6);
		}
	});

	it.each(cases)(
		'$label: no two labels overlap, no label covers a bar, all stay inside the chart',
		({ steps, width, orientation }) => {
			const layout = waterfallLayout(steps, { width, orientation });
			const boxes = layout.bars.flatMap((b) => [
				{ what: `${b.id} label`, r: rectOf(b.labelBox) },
				{ what: `${b.id} value`, r: rectOf(b.valueBox) }
			]);
			const problems: string[] = [];
			boxes.forEach((a, i) =>
				boxes.slice(i + 1).forEach((b) => {
					if (overlaps(a.r, b.r)) problems.push(`${a.what} × ${b.what}`);
				})
			);
			for (const box of boxes) {
				for (const bar of layout.bars)
					if (overlaps(box.r, [bar.x, bar.y, bar.x + bar.width, bar.y + bar.height]))
						problems.push(`${box.what} × bar ${bar.id}`);
				if (box.r[0] < -EPS || box.r[2] > width + EPS || box.r[1] < -EPS || box.r[3] > layout.height + EPS)
					problems.push(`${box.what} outside`);
			}
			expect(problems).toEqual([]);
		}
	);

	it.each(cases)(
		'$label: rises and falls are told apart by kind, totals are totals',
		({ steps, width, orientation }) => {
			const { bars } = waterfallLayout(steps, { width, orientation });
			bars.forEach((bar, i) => {
				const s = steps[i]!;
				expect(bar.kind).toBe(s.kind === 'total' ? 'total' : s.value < 0 ? 'fall' : 'rise');
				expect(Math.min(bar.width, bar.height)).toBeGreaterThanOrEqual(MIN_THICKNESS - EPS);
			});
		}
	);

	it('a vertical chart is as tall as asked; a horizontal one grows with its rows', () => {
		const steps = charts[0]!.steps;
		expect(waterfallLayout(steps, { width: 700, height: 333, orientation: 'vertical' }).height).toBe(333);
		const narrow = waterfallLayout(steps, { width: 288, orientation: 'horizontal' });
		const wide = waterfallLayout(steps, { width: 559, orientation: 'horizontal' });
		expect(narrow.height).toBeGreaterThanOrEqual(wide.height);
		expect(narrow.bars[3]!.y).toBeGreaterThan(narrow.bars[2]!.y);
	});

	it('shown: only the first bars are built, the chart keeps its size and its scale', () => {
		const steps = charts[0]!.steps;
		for (const orientation of ['vertical', 'horizontal'] as const) {
			const all = waterfallLayout(steps, { width: 400, orientation });
			const two = waterfallLayout(steps, { width: 400, orientation, shown: 2 });
			expect(two.bars.map((b) => b.id)).toEqual(['start', 'info']);
			expect(two.connectors).toHaveLength(1);
			expect(two.height).toBe(all.height);
			expect(two.bars).toEqual(all.bars.slice(0, 2));
			expect(waterfallLayout(steps, { width: 400, orientation, shown: 0 }).bars).toEqual([]);
			expect(waterfallLayout(steps, { width: 400, orientation, shown: 99 }).bars).toHaveLength(steps.length);
		}
	});

	it('a step too small to see is drawn MIN_THICKNESS thick from where it starts', () => {
		const steps: WaterfallStep[] = [
			{ id: 'a', kind: 'total', value: 1000, label: 'a', valueText: '1' },
			{ id: 'b', kind: 'delta', value: -0.01, label: 'b', valueText: '2' },
			{ id: 'c', kind: 'total', value: 999.99, label: 'c', valueText: '3' }
		];
		const v = waterfallLayout(steps, { width: 600, orientation: 'vertical' }).bars[1]!;
		const h = waterfallLayout(steps, { width: 300, orientation: 'horizontal' }).bars[1]!;
		expect(v.height).toBe(MIN_THICKNESS);
		expect(h.width).toBe(MIN_THICKNESS);
		// A fall starts at its top (vertical) and right end (horizontal).
		const va = waterfallLayout(steps, { width: 600, orientation: 'vertical' }).bars[0]!;
		expect(v.y).toBeCloseTo(va.y, 6);
		const ha = waterfallLayout(steps, { width: 300, orientation: 'horizontal' }).bars[0]!;
		expect(h.x + h.width).toBeCloseTo(ha.x + ha.width, 6);
	});

	it('keeps 0 on the scale even when every value is far from it', () => {
		const steps: WaterfallStep[] = [
			{ id: 'a', kind: 'total', value: 900, label: 'a', valueText: 'x' },
			{ id: 'b', kind: 'delta', value: 10, label: 'b', valueText: 'y' },
			{ id: 'c', kind: 'total', value: 910, label: 'c', valueText: 'z' }
		];
		const { bars, baseline } = waterfallLayout(steps, { width: 600, orientation: 'vertical' });
		// A cut axis would make the 900 bar a stub; on a 0 baseline it is 900/910 of the tallest.
		expect(bars[0]!.height / bars[2]!.height).toBeCloseTo(900 / 910, 6);
		expect(bars[0]!.y + bars[0]!.height).toBeCloseTo(baseline.y1, 6);
	});
});

describe('wrapText(text, maxWidth, fontSize)', () => {
	it.each([
		['Informatization task (信息化建设)', 150, ['Informatization', 'task (信息化建设)']],
		['Everything else (derived)', 400, ['Everything else (derived)']],
		['其余增减（推算）', 60, ['其余增减', '（推算）']],
		['一般公共预算财政拨款支出', 84, ['一般公共预算', '财政拨款支出']],
		['因公出国（境）', 500, ['因公出国（境）']]
	])('%s in %ipx', (text, width, lines) => {
		expect(wrapText(text, width, 14)).toEqual(lines);
	});

	it('never starts a line with closing punctuation', () => {
		for (let w = 14; w < 200; w += 7) {
			for (const line of wrapText('收支总计（全部资金），财政拨款。', w, 14).slice(1))
				expect(line, `${w}px`).not.toMatch(/^[）)，。]/);
		}
	});

	it('each line fits unless it is one unbreakable token', () => {
		const text = 'Like for like (同口径), without the informatization task';
		for (const w of [80, 120, 200]) {
			for (const line of wrapText(text, w, 14))
				if (line.includes(' ')) expect(textWidth(line, 14), line).toBeLessThanOrEqual(w);
		}
	});

	it('textWidth counts a CJK character as a full em, Latin narrower', () => {
		expect(textWidth('信息', 10)).toBe(20);
		expect(textWidth('ab', 10)).toBeLessThan(20);
	});
});

describe('splitLayout(parts, { width })', () => {
	it('lays the informatization sources end to end across the width', () => {
		const parts = data.split.parts.map((p) => ({ id: p.value.id, value: p.value.value }));
		const segs = splitLayout(parts, { width: 100 });
		expect(segs[0]!.x).toBe(0);
		segs.slice(1).forEach((s, i) => expect(s.x).toBeCloseTo(segs[i]!.x + segs[i]!.width, 9));
		const last = segs[segs.length - 1]!;
		expect(last.x + last.width).toBeCloseTo(100, 9);
		expect(segs.reduce((a, s) => a + s.share, 0)).toBeCloseTo(1, 12);
		expect(segs[0]!.share).toBeCloseTo(data.split.parts[0]!.value.value / data.split.total.value, 3);
	});
});

const GOLDEN = fileURLToPath(new URL('./__fixtures__/geometry.json', import.meta.url));
const r3 = (v: number) => Math.round(v * 1000) / 1000 + 0; // + 0 turns −0 into 0
const box = (b: TextBox) => ({
	x: r3(b.x),
	y: r3(b.y),
	w: r3(b.width),
	h: r3(b.height),
	align: b.align,
	lines: b.lines
});
function snapshot(l: WaterfallLayout) {
	return {
		width: r3(l.width),
		height: r3(l.height),
		bars: l.bars.map((b) => ({
			id: b.id,
			kind: b.kind,
			start: r3(b.start),
			end: r3(b.end),
			x: r3(b.x),
			y: r3(b.y),
			w: r3(b.width),
			h: r3(b.height),
			label: box(b.labelBox),
			value: box(b.valueBox)
		})),
		connectors: l.connectors.map((c) => [c.id, r3(c.x1), r3(c.y1), r3(c.x2), r3(c.y2)]),
		ticks: l.ticks.map((t) => [r3(t.value), r3(t.x1), r3(t.y1), r3(t.x2), r3(t.y2)]),
		baseline: [r3(l.baseline.x1), r3(l.baseline.y1), r3(l.baseline.x2), r3(l.baseline.y2)]
	};
}

describe('golden geometry', () => {
	const current = Object.fromEntries(
		charts.flatMap((c) => [
			[
				`${c.name} vertical 928x360`,
				snapshot(waterfallLayout(c.steps, { width: 928, height: 360, orientation: 'vertical' }))
			],
			[`${c.name} horizontal 343`, snapshot(waterfallLayout(c.steps, { width: 343, orientation: 'horizontal' }))]
		])
	);
	if (process.env.UPDATE_GOLDEN) writeFileSync(GOLDEN, JSON.stringify(current, null, '\t') + '\n');

	it('the fixture exists (generate it with UPDATE_GOLDEN=1)', () => {
		expect(existsSync(GOLDEN)).toBe(true);
	});

	it.each(Object.keys(current))('%s matches __fixtures__/geometry.json at 3 decimals', (key) => {
		const golden = JSON.parse(readFileSync(GOLDEN, 'utf8')) as Record<string, unknown>;
		expect(current[key]).toEqual(golden[key]);
	});

	it('the fixture has no chart the code no longer draws', () => {
		const golden = JSON.parse(readFileSync(GOLDEN, 'utf8')) as Record<string, unknown>;
		expect(Object.keys(golden).sort()).toEqual(Object.keys(current).sort());
	});

	it('covers every scope', () => {
		for (const s of SCOPES) expect(Object.keys(current).some((k) => k.includes(`/${s} `))).toBe(true);
	});
});

describe('fitsVertically / orientationFor', () => {
	const step = (id: string, label: string, valueText = '+1') => ({ id, label, valueText });
	const short = ['a', 'b', 'c', 'd'].map((id) => step(id, id.toUpperCase()));

	it('columns from 560 px when every label and value fits its column', () => {
		expect(orientationFor(short, 559)).toBe('horizontal');
		expect(orientationFor(short, 560)).toBe('vertical');
		expect(fitsVertically(short, 1200)).toBe(true);
	});

	it('rows where one word, one value or a fourth line would not fit its column', () => {
		const word = [...short.slice(0, 3), step('d', 'Informatizationinformatization')];
		expect(fitsVertically(word, 560)).toBe(false);
		expect(fitsVertically(word, 1200)).toBe(true);
		const value = [...short.slice(0, 3), step('d', 'D', '+15.4 million yuan, an increase')];
		expect(fitsVertically(value, 560)).toBe(false);
		const lines = [...short.slice(0, 3), step('d', 'one two three four five six seven eight nine ten eleven twelve')];
		expect(fitsVertically(lines, 560)).toBe(false);
	});
});

describe('horizontal rows where a word of the label does not fit beside the value', () => {
	it('the label takes the whole line, the value the next, and the bar comes after both', () => {
		const steps: WaterfallStep[] = [
			{ id: 'a', kind: 'total', value: 10, label: 'Informatizationtask', valueText: '+15.4 million yuan' },
			{ id: 'b', kind: 'total', value: 5, label: 'B', valueText: '5' }
		];
		const { bars } = waterfallLayout(steps, { width: 256, orientation: 'horizontal' });
		const [a, b] = bars as [WaterfallBar, WaterfallBar];
		const bottom = (t: TextBox) => t.y + t.height;
		expect(a.valueBox.y, 'the value under the label').toBeGreaterThanOrEqual(bottom(a.labelBox));
		expect(a.y, 'the bar under the value').toBeGreaterThanOrEqual(bottom(a.valueBox));
		// A short label keeps its value on its line.
		expect(b.valueBox.y).toBe(b.labelBox.y);
	});
});
