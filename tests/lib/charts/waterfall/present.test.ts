import { describe, expect, it } from 'vitest';
import { loadPackage } from '$lib/data/load';
import { reconcile } from '$lib/data/reconcile';
import { formatAmount, formatRate, MINUS } from '$lib/format';
import { waterfallData } from '$lib/charts/waterfall/data';
import {
	checkEquation,
	checkInWords,
	fill,
	formatComputed,
	formulaEquation,
	scopeFromSearch,
	scopeSteps,
	scopeTable,
	splitView,
	templateParts,
	threePublicSteps,
	urlWithScope,
	type EquationPart
} from '$lib/charts/waterfall/present';

const pkg = loadPackage('data');
const data = waterfallData(pkg, reconcile(pkg));
const all = data.scopes[0]!;
const text = (parts: EquationPart[]) => parts.map((p) => ('text' in p ? p.text : p.value)).join('');

describe('scopeFromSearch(search)', () => {
	it.each([
		['?scope=fiscal', 'fiscal'],
		['?scope=gpb&x=1', 'gpb'],
		['?scope=all', 'all'],
		['?scope=nonsense', 'all'],
		['?scope=', 'all'],
		['?scope=GPB', 'all'],
		['', 'all']
	])('%s → %s', (search, scope) => {
		expect(scopeFromSearch(search)).toBe(scope);
	});
});

describe('urlWithScope(href, scope)', () => {
	it('sets scope and keeps the other parameters and the hash', () => {
		const url = new URL(urlWithScope('https://x.test/en/?a=1&scope=all&b=2#waterfall', 'gpb'));
		expect(url.searchParams.get('scope')).toBe('gpb');
		expect(url.searchParams.get('a')).toBe('1');
		expect(url.searchParams.get('b')).toBe('2');
		expect(url.hash).toBe('#waterfall');
		expect(url.pathname).toBe('/en/');
	});
});

describe('scopeSteps(scope, locale)', () => {
	it('zh: 2018 → informatization → everything else → 2019, signed values with a true minus', () => {
		const steps = scopeSteps(all, 'zh');
		expect(steps.map((s) => [s.id, s.kind, s.figureId])).toEqual([
			['start', 'total', 'totals.all.2018'],
			['info', 'delta', 'totals.all.informatization'],
			['other', 'delta', 'waterfall.all.other'],
			['end', 'total', 'totals.all.2019']
		]);
		expect(steps[1]!.valueText).toBe('+' + formatAmount(all.informatization.value, 'zh'));
		expect(steps[2]!.valueText.startsWith(MINUS)).toBe(true);
		expect(steps[2]!.valueText).not.toContain('-');
		expect(steps[0]!.valueText).toBe(formatAmount(all.start.value, 'zh'));
	});

	it('marks the derived step in its label and its accessible name', () => {
		for (const locale of ['zh', 'en'] as const) {
			const other = scopeSteps(all, locale)[2]!;
			expect(other.derived).toBe(true);
			expect(other.label).toMatch(locale === 'zh' ? /推算/ : /derived/);
			expect(other.ariaLabel).toMatch(locale === 'zh' ? /推算/ : /derived/);
			expect(scopeSteps(all, locale)[1]!.derived).toBe(false);
		}
	});

	it('accessible names say what, how much, and which way, in the reader’s language', () => {
		const zh = scopeSteps(all, 'zh');
		expect(zh[1]!.ariaLabel).toContain('信息化建设');
		expect(zh[1]!.ariaLabel).toContain(zh[1]!.valueText);
		expect(zh[1]!.ariaLabel).toContain('增加');
		expect(zh[2]!.ariaLabel).toContain('减少');
		expect(zh[0]!.ariaLabel).toContain('收、支总计');
		const en = scopeSteps(data.scopes[2]!, 'en');
		expect(en[1]!.ariaLabel).toMatch(
			/^Informatization task \(信息化建设\), general public budget spending: \+.* million yuan, an increase$/
		);
		expect(en[2]!.ariaLabel).toMatch(/a decrease$/);
		expect(en[3]!.ariaLabel).toBe(
			`2019 total, general public budget spending: ${formatAmount(data.scopes[2]!.end.value, 'en')}`
		);
	});

	it('has no leftover $slots', () => {
		for (const locale of ['zh', 'en'] as const) {
			for (const s of [
				...data.scopes.flatMap((x) => scopeSteps(x, locale)),
				...threePublicSteps(data.threePublic, locale)
			])
				expect(s.ariaLabel).not.toMatch(/\$/);
		}
	});
});

describe('threePublicSteps(data, locale)', () => {
	it('2018 (derived) → overseas → vehicles → receptions → 2019', () => {
		const steps = threePublicSteps(data.threePublic, 'en');
		expect(steps.map((s) => s.figureId)).toEqual([
			'tp.total.2018',
			'tp.overseas.change',
			'tp.vehicles.change',
			'tp.reception.change',
			'tp.total'
		]);
		expect(steps[0]!.derived).toBe(true);
		expect(steps[2]!.valueText.startsWith(MINUS)).toBe(true);
	});
});

describe('the arithmetic of the note', () => {
	it('formulaEquation: operands at full precision, the result with its unit', () => {
		expect(text(formulaEquation(all.other, 'zh'))).toBe(
			[all.end, all.start, all.informatization]
				.map((v) => formatAmount(v.value, 'zh', { style: 'table', unit: false }))
				.join(' − ') +
				' = ' +
				formatAmount(all.other.value, 'zh', { style: 'table' })
		);
	});

	it('formulaEquation: a negative operand after an operator is bracketed', () => {
		const vehicles = data.threePublic.items.find((i) => i.key === 'vehicles')!;
		const eq = text(formulaEquation(vehicles.before, 'zh'));
		expect(eq).toContain(` − (${MINUS}`);
		expect(eq).not.toContain(`− ${MINUS}`);
	});

	it('checkEquation: the engine’s identity, its inputs, and the recomputed rate', () => {
		const eq = checkEquation(all.likeForLike, 'zh');
		const s = text(eq);
		expect(s).not.toContain('100');
		expect(s.endsWith(' = ' + formatComputed(all.likeForLike, 'zh'))).toBe(true);
		expect(eq.filter((p) => 'figure' in p).map((p) => ('figure' in p ? p.figure : ''))).toEqual([
			'totals.all.change',
			'totals.all.informatization',
			'totals.all.2019',
			'totals.all.change',
			'totals.all.like-for-like'
		]);
		expect(checkInWords(all.likeForLike, 'zh')).not.toMatch(/\{\d\}/);
	});

	it('formatComputed shows one digit more than printed, so rounding is visible', () => {
		expect(formatComputed(all.likeForLike, 'en')).toBe(
			formatRate(all.likeForLike.computed, 'en', { decimals: 3, sign: true })
		);
		expect(formatComputed(all.growth, 'en')).toBe(formatRate(all.growth.computed, 'en', { decimals: 2, sign: true }));
	});
});

describe('fill and templateParts', () => {
	it('fill replaces known slots and leaves unknown ones visible', () => {
		expect(fill('$what: $amount ($nope)', { what: 'A', amount: 'B' })).toBe('A: B ($nope)');
	});
	it('templateParts splits at slots', () => {
		expect(templateParts('recomputed: $value, $verdict')).toEqual([
			{ text: 'recomputed: ' },
			{ slot: 'value' },
			{ text: ', ' },
			{ slot: 'verdict' }
		]);
	});
});

describe('splitView(split, locale, scope)', () => {
	it('gives every source of the informatization funds its words and amount, adding up to the total', () => {
		const v = splitView(data.split, 'en');
		expect(v.parts.map((p) => p.id)).toEqual(data.split.parts.map((p) => p.value.id));
		expect(v.parts.every((p) => p.label.length > 0 && p.valueText.length > 0)).toBe(true);
		const sum = v.parts.reduce((a, p) => a + p.value, 0);
		expect(sum).toBeCloseTo(data.split.total.value, 2);
		expect(v.total).toEqual({
			id: data.split.total.id,
			label: expect.any(String),
			valueText: formatAmount(data.split.total.value, 'en')
		});
	});

	it('marks derived sources as derived', () => {
		const v = splitView(data.split, 'zh');
		expect(v.parts.map((p) => p.derived)).toEqual(data.split.parts.map((p) => p.value.status === 'derived'));
	});

	it('counts every source without a scope, and only a scope’s own with one', () => {
		expect(splitView(data.split, 'en').parts.every((p) => p.included)).toBe(true);
		const gpb = splitView(data.split, 'en', 'gpb');
		expect(gpb.parts.map((p) => p.included)).toEqual(data.split.parts.map((p) => p.scopes.includes('gpb')));
		// The narrowest scope does not count every source: else the mark would never show.
		expect(gpb.parts.some((p) => !p.included)).toBe(true);
	});
});

describe('scopeTable(scopes, locale)', () => {
	const rows = scopeTable(data.scopes, 'en');
	it('has a row per amount and rate, a cell per scope, each tied to its figure or check', () => {
		expect(rows.map((r) => r.key)).toEqual([
			'start',
			'info',
			'other',
			'end',
			'change',
			'growth',
			'likeForLike',
			'growthComputed',
			'likeForLikeComputed'
		]);
		for (const r of rows) expect(r.cells).toHaveLength(data.scopes.length);
		expect(rows[0]!.cells.map((c) => c.figure)).toEqual(data.scopes.map((s) => s.start.id));
		expect(rows.at(-1)!.cells.map((c) => c.figure)).toEqual(data.scopes.map((s) => s.likeForLike.checkId));
	});
	it('prints changes signed at full precision, rates recomputed one digit finer', () => {
		const info = rows.find((r) => r.key === 'info')!;
		expect(info.cells[0]!.text).toBe(formatAmount(all.informatization.value, 'en', { sign: true, style: 'table' }));
		const computed = rows.find((r) => r.key === 'growthComputed')!;
		expect(computed.cells[0]!.text).toBe(formatComputed(all.growth, 'en'));
		expect(rows.find((r) => r.key === 'start')!.cells[0]!.text).not.toMatch(/^\+/);
	});
});
