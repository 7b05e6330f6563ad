import { describe, expect, it } from 'vitest';
import { loadPackage, type DataPackage } from '$lib/data/load';
import { reconcile } from '$lib/data/reconcile';
import { SCOPES, termsOf, waterfallData } from '$lib/charts/waterfall/data';

const pkg = loadPackage('data');
const checks = reconcile(pkg);
const data = waterfallData(pkg, checks);
const value = (id: string) => pkg.figures.get(id)!.value;
/** Amounts are printed to 0.01 万元: sums agree to half of that. */
const CENT = 0.005;

describe('waterfallData(pkg, checks)', () => {
	it('has the three scopes of the report, widest first', () => {
		expect(data.scopes.map((s) => s.id)).toEqual([...SCOPES]);
		expect(SCOPES).toEqual(['all', 'fiscal', 'gpb']);
	});

	it.each(SCOPES)('%s: start, informatization and end are the printed totals of that scope', (scope) => {
		const s = data.scopes.find((x) => x.id === scope)!;
		expect(s.start).toMatchObject({
			id: `totals.${scope}.2018`,
			value: value(`totals.${scope}.2018`),
			status: 'printed'
		});
		expect(s.informatization).toMatchObject({
			id: `totals.${scope}.informatization`,
			value: value(`totals.${scope}.informatization`)
		});
		expect(s.end).toMatchObject({
			id: `totals.${scope}.2019`,
			value: value(`totals.${scope}.2019`),
			status: 'printed'
		});
		expect(s.change.value).toBe(value(`totals.${scope}.change`));
	});

	it.each(SCOPES)(
		'%s: "everything else" is 2019 − 2018 − informatization, marked derived with its formula',
		(scope) => {
			const s = data.scopes.find((x) => x.id === scope)!;
			expect(s.other.status).toBe('derived');
			expect(s.other.formula).toBe(`totals.${scope}.2019 - totals.${scope}.2018 - totals.${scope}.informatization`);
			expect(s.other.value).toBeCloseTo(
				value(`totals.${scope}.2019`) - value(`totals.${scope}.2018`) - value(`totals.${scope}.informatization`),
				9
			);
			expect(s.other.terms!.map((t) => [t.op, t.id])).toEqual([
				['+', `totals.${scope}.2019`],
				['−', `totals.${scope}.2018`],
				['−', `totals.${scope}.informatization`]
			]);
			// The steps close: 2018 + informatization + everything else = 2019.
			expect(Math.abs(s.start.value + s.informatization.value + s.other.value - s.end.value)).toBeLessThan(CENT);
			expect(s.other.label.zh).not.toBe('');
			expect(s.other.label.en).not.toBe('');
		}
	);

	it('"everything else" is a fall at every scope: the like-for-like story', () => {
		for (const s of data.scopes) expect(s.other.value, s.id).toBeLessThan(0);
	});

	it.each(SCOPES)('%s: rates as printed beside the engine’s recomputation', (scope) => {
		const s = data.scopes.find((x) => x.id === scope)!;
		const lfl = checks.find((c) => c.id === `totals.${scope}.like-for-like`)!;
		const growth = checks.find((c) => c.id === `totals.${scope}.growth`)!;
		expect(s.likeForLike).toMatchObject({
			checkId: lfl.id,
			computed: lfl.computed,
			class: lfl.class,
			expression: lfl.expression
		});
		expect(s.likeForLike.printed).toMatchObject({
			id: `totals.${scope}.lfl-growth`,
			value: value(`totals.${scope}.lfl-growth`),
			unit: 'percent'
		});
		expect(s.growth).toMatchObject({ checkId: growth.id, computed: growth.computed, class: growth.class });
		expect(s.growth.printed.value).toBe(value(`totals.${scope}.growth`));
		expect(s.likeForLike.inputs.map((i) => i.id)).toEqual(lfl.inputs.map((i) => i.id));
	});

	it('the informatization split sums to the total informatization funds', () => {
		const sum = data.split.parts.reduce((a, p) => a + p.value.value, 0);
		expect(data.split.total.id).toBe('totals.all.informatization');
		expect(Math.abs(sum - value('totals.all.informatization'))).toBeLessThan(CENT);
		expect(data.split.parts.map((p) => [p.key, p.value.id, p.value.status])).toEqual([
			['gpb', 'totals.gpb.informatization', 'printed'],
			['fund', 'info.fund', 'derived'],
			['other', 'info.other', 'derived']
		]);
		for (const p of data.split.parts.filter((x) => x.value.status === 'derived')) {
			expect(p.value.formula, p.key).toBeTruthy();
			const fromTerms = p.value.terms!.reduce((a, t) => a + (t.op === '+' ? t.value : -t.value), 0);
			expect(fromTerms).toBeCloseTo(p.value.value, 9);
		}
	});

	it.each(SCOPES)('%s: the sources that scope counts add up to its informatization funds', (scope) => {
		const counted = data.split.parts.filter((p) => p.scopes.includes(scope)).reduce((a, p) => a + p.value.value, 0);
		expect(Math.abs(counted - value(`totals.${scope}.informatization`))).toBeLessThan(CENT);
	});

	it('"three public": 2018 total + each printed change = the printed 2019 total', () => {
		const tp = data.threePublic;
		expect(tp.start).toMatchObject({ id: 'tp.total.2018', status: 'derived' });
		expect(tp.end).toMatchObject({ id: 'tp.total', status: 'printed', value: value('tp.total') });
		expect(tp.items.map((i) => i.key)).toEqual(['overseas', 'vehicles', 'reception']);
		const end = tp.items.reduce((a, i) => a + i.change.value, tp.start.value);
		expect(Math.abs(end - tp.end.value)).toBeLessThan(CENT);
		for (const i of tp.items) {
			expect(i.before.status, i.key).toBe('derived');
			expect(i.before.terms!.map((t) => t.id)).toEqual([`tp.${i.key}`, `tp.${i.key}.change`]);
			expect(i.change.status).toBe('printed');
			expect(i.after.value).toBe(value(`tp.${i.key}`));
		}
		expect(tp.reason.purchase.value).toBe(value('tp.vehicles.purchase-2018'));
		expect(tp.reason.purchased).toMatchObject({ unit: 'count', counter: { zh: '台' } });
	});

	it('is plain data: it survives JSON, as page data must', () => {
		expect(JSON.parse(JSON.stringify(data))).toEqual(data);
	});

	it('refuses a package without a figure it needs, naming it', () => {
		const figures = new Map(pkg.figures);
		figures.delete('totals.fiscal.informatization');
		const broken: DataPackage = { ...pkg, figures };
		expect(() => waterfallData(broken, checks)).toThrow('"totals.fiscal.informatization"');
	});

	it('refuses checks without the like-for-like recomputation', () => {
		expect(() =>
			waterfallData(
				pkg,
				checks.filter((c) => c.id !== 'totals.gpb.like-for-like')
			)
		).toThrow('"totals.gpb.like-for-like"');
	});
});

describe('termsOf(formula, lookup)', () => {
	const lookup = (id: string) => ({ value: id.length, label: { zh: id, en: id } });
	it('splits a sum of ids into signed terms', () => {
		expect(termsOf('a - bb + ccc', lookup).map((t) => [t.op, t.id, t.value])).toEqual([
			['+', 'a', 1],
			['−', 'bb', 2],
			['+', 'ccc', 3]
		]);
	});
	it('refuses products and dangling operators', () => {
		expect(() => termsOf('a * b', lookup)).toThrow('only + and -');
		expect(() => termsOf('a -', lookup)).toThrow('ends with an operator');
	});
});
