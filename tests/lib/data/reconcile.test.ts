import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPackage } from '$lib/data/load';
import { evaluate, rangeOf, reconcile, roundTo, type Operand } from '$lib/data/reconcile';

const op = (value: number, precision = 0.01, id = 'x'): Operand => ({
	id,
	value,
	precision,
	unit: 'wan-yuan',
	label_zh: id,
	label_en: id
});
const sum = (v: number[]) => v.reduce((a, b) => a + b, 0);

describe('evaluate(spec) classifies by arithmetic', () => {
	it.each([
		['exact sum', 10.5, [4.2, 6.3], 'exact'],
		['one cent off, two parts: within their rounding', 10.51, [4.2, 6.3], 'rounding'],
		['three cents off, two parts: a discrepancy', 10.53, [4.2, 6.3], 'discrepancy']
	] as const)('%s', (_, printed, parts, cls) => {
		const r = evaluate({
			id: 't',
			group: 'g',
			kind: 'sum',
			printed: op(printed),
			inputs: parts.map((p) => op(p)),
			expression: '',
			compute: sum
		});
		expect(r.class).toBe(cls);
		expect(r.difference).toBeCloseTo(sum([...parts]) - printed, 9);
	});

	it('a share that cannot round to the printed value is a discrepancy (卫生健康 0.02%)', () => {
		const r = evaluate({
			id: 't',
			group: 'g',
			kind: 'share',
			printed: op(0.02),
			inputs: [op(1.4), op(5511.12)],
			expression: '',
			compute: ([a, b]) => (a! / b!) * 100
		});
		expect(r.computed).toBeCloseTo(0.0254, 4);
		expect(r.class).toBe('discrepancy');
	});

	it('the same figure printed twice, one cent apart, is a discrepancy, not rounding', () => {
		const r = evaluate({
			id: 't',
			group: 'g',
			kind: 'restatement',
			printed: op(5851.12),
			inputs: [op(5851.13)],
			expression: '{0}',
			compute: ([x]) => x!
		});
		expect(r.class).toBe('discrepancy');
	});
});

describe('rangeOf(f, inputs)', () => {
	it('widens a sum by half a unit per input', () => {
		expect(rangeOf(sum, [op(1), op(2), op(3)])).toEqual([expect.closeTo(5.985, 9), expect.closeTo(6.015, 9)]);
	});
	it('finds the extremes of a growth rate at the right corners', () => {
		const [lo, hi] = rangeOf(([c, y]) => (c! / (y! - c!)) * 100, [op(0.56), op(2.59)]);
		expect(lo).toBeCloseTo((0.555 / (2.595 - 0.555)) * 100, 9);
		expect(hi).toBeCloseTo((0.565 / (2.585 - 0.565)) * 100, 9);
	});
	it('leaves exact inputs alone', () => {
		expect(rangeOf(sum, [op(1, 0), op(2, 0)])).toEqual([3, 3]);
	});
});

describe('roundTo', () => {
	it.each([
		[2.675, 0.01, 2.68],
		[26.065, 0.1, 26.1],
		[-7.0658, 0.01, -7.07],
		[99.9966, 0.01, 100]
	])('roundTo(%d, %d) = %d', (v, p, want) => expect(roundTo(v, p)).toBeCloseTo(want, 9));
});

describe('reconcile(pkg) on the real report', () => {
	const checks = reconcile(loadPackage('data'));
	const byId = new Map(checks.map((c) => [c.id, c]));

	it('runs every family of checks', () => {
		const kinds = new Set(checks.map((c) => c.kind));
		for (const k of [
			'sum',
			'share',
			'growth',
			'prior-year',
			'like-for-like',
			'restatement',
			'completion',
			'execution',
			'bound',
			'tally'
		])
			expect(kinds).toContain(k);
		expect(checks.length).toBeGreaterThan(170);
		expect(new Set(checks.map((c) => c.id)).size, 'ids are unique').toBe(checks.length);
		for (const c of checks) expect(c.relation === '=', c.id).toBe(c.kind !== 'bound');
	});

	it('recomputes the headline: +26.1% and −7.07% like for like, both exact', () => {
		expect(byId.get('totals.all.growth')).toMatchObject({ class: 'exact' });
		expect(byId.get('totals.all.growth')!.computed).toBeCloseTo(26.07, 2);
		expect(byId.get('totals.all.like-for-like')!.computed).toBeCloseTo(-7.066, 3);
		expect(byId.get('totals.all.like-for-like')!.class).toBe('exact');
	});

	it('finds the report’s discrepancies by itself', () => {
		const found = checks
			.filter((c) => c.class === 'discrepancy')
			.map((c) => c.id)
			.sort();
		expect(found).toEqual(['annex.spending.total.restated', 'functional.health.share']);
	});

	it('sees rounding where the report’s parts miss its totals by a cent', () => {
		for (const id of [
			'spending.sum',
			'assets.current.column',
			'assets.fixed.column',
			'tp.overseas.growth',
			'tp.reception.growth',
			'totals.fiscal.within-income-and-carryover'
		]) {
			expect(byId.get(id)?.class, id).toBe('rounding');
		}
	});

	it('every class of 类 sums exactly to its items, and the classes to the total', () => {
		for (const c of checks.filter((c) => c.group === 'functional' && c.kind === 'sum'))
			expect(c.class, c.id).toBe('exact');
	});

	it('a corrected copy of the report has no discrepancy in that place', () => {
		const dir = mkdtempSync(join(tmpdir(), 'pkg-'));
		try {
			cpSync('data', dir, { recursive: true });
			const f = join(dir, 'functional.csv');
			writeFileSync(f, readFileSync(f, 'utf8').replace(',1.4,,0.02,printed,', ',1.4,,0.03,printed,'));
			const fixed = reconcile(loadPackage(dir)).find((c) => c.id === 'functional.health.share')!;
			expect(fixed.class).toBe('exact');
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
