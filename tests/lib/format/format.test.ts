import { describe, expect, it } from 'vitest';
import { decimalsOf, formatAmount, formatCount, formatFigure, formatPoints, formatRate, MINUS } from '$lib/format';

describe('formatAmount(wan, locale, opts)', () => {
	it.each([
		[5852.77, 'zh', {}, '5,852.77万元'],
		[4642.5, 'zh', {}, '4,642.5万元'],
		[0.45, 'zh', {}, '0.45万元'],
		[1210.27, 'zh', { sign: true }, '+1,210.27万元'],
		[-69.83, 'zh', { sign: true }, `${MINUS}69.83万元`],
		[-69.83, 'zh', {}, `${MINUS}69.83万元`],
		[0, 'zh', { sign: true }, '0万元'],
		[5852.77, 'zh', { unit: false }, '5,852.77'],
		[5852.77, 'en', {}, '58.5 million yuan'],
		[1538.3, 'en', {}, '15.4 million yuan'],
		[228.0, 'en', {}, '2.28 million yuan'],
		[100, 'en', {}, '1 million yuan'],
		[32.91, 'en', {}, '329,100 yuan'],
		[0.45, 'en', {}, '4,500 yuan'],
		[-18.17, 'en', { sign: true }, `${MINUS}181,700 yuan`],
		[1210.27, 'en', { sign: true }, '+12.1 million yuan'],
		[5852.77, 'en', { style: 'table' }, '58,527,700 yuan'],
		[4525.36, 'en', { style: 'table', unit: false }, '45,253,600'],
		[7.673, 'en', { style: 'table' }, '76,730 yuan']
	] as const)('formatAmount(%d, %s, %o) = %s', (v, locale, opts, want) => {
		expect(formatAmount(v, locale, opts)).toBe(want);
	});

	it('keeps every printed digit of every 万元 amount in English tables', () => {
		for (const v of [5852.77, 0.01, 2463.45, 4525.36, 1.4]) {
			const yuan = Number(formatAmount(v, 'en', { style: 'table', unit: false }).replaceAll(',', ''));
			expect(yuan / 10000).toBeCloseTo(v, 9);
		}
	});
});

describe('formatRate(pct, locale, opts)', () => {
	it.each([
		[26.1, { precision: 0.1 }, '26.1%'],
		[26.1, { precision: 0.1, sign: true }, '+26.1%'],
		[-7.07, { sign: true }, `${MINUS}7.07%`],
		[-7.07, {}, `${MINUS}7.07%`],
		[100, { precision: 0.01 }, '100%'],
		[99.93, {}, '99.93%'],
		[0.0254, { decimals: 4 }, '0.0254%'],
		[21.985, { precision: 0.01 }, '21.99%']
	] as const)('formatRate(%d, %o) = %s', (v, opts, want) => {
		expect(formatRate(v, 'zh', opts)).toBe(want);
		expect(formatRate(v, 'en', opts)).toBe(want);
	});
});

describe('decimalsOf(precision)', () => {
	it.each([
		[0.01, 2],
		[0.1, 1],
		[0.5, 1],
		[0.001, 3],
		[1, 0],
		[0, 0]
	])('decimalsOf(%d) = %d', (p, d) => expect(decimalsOf(p)).toBe(d));
});

describe('formatCount and formatPoints', () => {
	it.each([
		[3800, 'zh', { counter: '份', approx: 'about' }, '约3,800份'],
		[3800, 'en', { counter: 'telegrams', approx: 'about' }, 'about 3,800 telegrams'],
		[187, 'zh', { counter: '次' }, '187次'],
		[50000, 'en', {}, '50,000'],
		[1, 'en', { counter: 'vehicle|vehicles' }, '1 vehicle'],
		[9, 'en', { counter: 'vehicle|vehicles' }, '9 vehicles'],
		[1, 'en', { counter: 'person|people' }, '1 person']
	] as const)('formatCount(%d, %s, %o) = %s', (n, l, o, want) => expect(formatCount(n, l, o)).toBe(want));

	it('signs percentage points with a true minus', () => {
		expect(formatPoints(-0.09, 'en')).toBe(`${MINUS}0.09 pp`);
		expect(formatPoints(0.09, 'zh')).toBe('+0.09个百分点');
	});
});

describe("approximations: each of the report's qualifiers is its own claim", () => {
	it.each([
		// 约 about, before the number
		[3800, 'about', '份', '约3,800份', 'about 3,800 telegrams'],
		// 余 more than, between the number and its counter
		[3800, 'over', '份', '3,800余份', 'more than 3,800 telegrams'],
		// 左右 around, after the counter
		[50000, 'around', '份', '50,000份左右', 'roughly 50,000 telegrams'],
		// 以上 that or more
		[4, 'at-least', '份', '4份以上', 'at least 4 telegrams'],
		// 以内 that or less
		[10, 'at-most', '份', '10份以内', 'at most 10 telegrams']
	] as const)('%d %s: %s / %s', (n, kind, counter, zh, en) => {
		expect(formatCount(n, 'zh', { counter, approx: kind })).toBe(zh);
		expect(formatCount(n, 'en', { counter: 'telegram|telegrams', approx: kind })).toBe(en);
	});
	it('no two kinds read alike, in either language', () => {
		for (const l of ['zh', 'en'] as const) {
			const out = (['about', 'over', 'around', 'at-least', 'at-most'] as const).map((k) =>
				formatCount(50, l, { counter: '篇', approx: k })
			);
			expect(new Set(out).size).toBe(5);
		}
	});
	it('qualifies amounts too: 余 sits before 万元', () => {
		expect(formatAmount(1500, 'zh', { approx: 'over' })).toBe('1,500余万元');
		expect(formatAmount(1500, 'en', { approx: 'over' })).toBe('more than 15 million yuan');
		expect(formatAmount(1296.8, 'en', { approx: 'around' })).toBe('roughly 13.0 million yuan');
		expect(formatFigure({ value: 1500, unit: 'wan-yuan', precision: 0.01, approx: 'about' }, 'zh')).toBe('约1,500万元');
	});
	it('an exact figure has no qualifier', () => {
		expect(formatCount(187, 'zh', { counter: '次', approx: null })).toBe('187次');
		expect(formatCount(187, 'en', { counter: 'conferences' })).toBe('187 conferences');
	});
});

describe('English prose amounts keep three significant figures', () => {
	it.each([
		[1296.8, '13.0 million yuan'],
		[4096.8, '41.0 million yuan'],
		[1000, '10 million yuan'],
		[100, '1 million yuan'],
		[5852.77, '58.5 million yuan']
	] as const)('%d 万元 = %s', (wan, want) => expect(formatAmount(wan, 'en')).toBe(want));
});

describe('formatFigure(figure, locale, style)', () => {
	const growth = { value: 26.1, unit: 'percent', precision: 0.1 } as const;
	const fall = { value: -7.07, unit: 'percent', precision: 0.01 } as const;
	const telegrams = {
		value: 3800,
		unit: 'count',
		precision: 1,
		approx: 'over',
		counter_zh: '份',
		counter_en: 'telegrams'
	} as const;
	it.each([
		[growth, 'zh', 'signed', '+26.1%'],
		[fall, 'en', 'signed', `${MINUS}7.07%`],
		[fall, 'en', 'plain', `${MINUS}7.07%`],
		[telegrams, 'zh', 'plain', '3,800余份'],
		[telegrams, 'en', 'plain', 'more than 3,800 telegrams'],
		[{ value: 95, unit: 'score', precision: 0.5 }, 'en', 'plain', '95'],
		[{ value: 5852.77, unit: 'wan-yuan', precision: 0.01 }, 'en', 'table', '58,527,700 yuan']
	] as const)('%o in %s (%s) = %s', (f, l, style, want) => expect(formatFigure(f, l, style)).toBe(want));
});
