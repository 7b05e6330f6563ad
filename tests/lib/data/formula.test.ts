import { describe, expect, it } from 'vitest';
import { evaluateFormula, formulaIds, sumTerms } from '$lib/data/formula';

const values = new Map([
	['totals.all.2019', 5852.77],
	['spending.total', 5000],
	['totals.all.lfl-growth', -7.07]
]);
const lookup = (id: string) => values.get(id);

describe('sumTerms(formula)', () => {
	it('gives each operand of a sum or difference of ids with its sign, ids with hyphens too', () => {
		expect(sumTerms('totals.all.2019 - spending.total + totals.all.lfl-growth')).toEqual([
			{ sign: '+', id: 'totals.all.2019' },
			{ sign: '-', id: 'spending.total' },
			{ sign: '+', id: 'totals.all.lfl-growth' }
		]);
		expect(sumTerms('  a  ')).toEqual([{ sign: '+', id: 'a' }]);
	});

	it.each([
		['a * b', /only \+ and - make a sum of ids, got "\*"/],
		['a - ( b + c )', /expected a figure id, got "\("/],
		['a -', /ends with an operator/],
		['a b c', /only \+ and - make a sum of ids, got "b"/],
		['a + 100', /expected a figure id, got "100"/],
		['', /formula is empty/]
	])('refuses "%s", naming the formula', (formula, message) => {
		expect(() => sumTerms(formula)).toThrow(message);
	});

	it('names the same ids as formulaIds, and evaluates to the same sum', () => {
		const f = 'totals.all.2019 - spending.total';
		expect(sumTerms(f).map((t) => t.id)).toEqual(formulaIds(f));
		const sum = sumTerms(f).reduce((a, t) => a + (t.sign === '+' ? 1 : -1) * lookup(t.id)!, 0);
		expect(sum).toBeCloseTo(evaluateFormula(f, lookup), 10);
	});
});
