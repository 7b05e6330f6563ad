import { describe, expect, it } from 'vitest';
import { formatDecimal, type Locale } from '$lib/format';

/** What the page printed before formatDecimal: Intl's own output for the same options. */
const byIntl = (x: number, locale: Locale, min: number, max: number) =>
	new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en-GB', {
		minimumFractionDigits: min,
		maximumFractionDigits: max
	}).format(x);

/** A deterministic spread of values: every magnitude the report has and the rounding edges. */
function values(): number[] {
	const out = [
		0, -0, 0.5, 1.5, 2.5, 0.995, 9.995, 999.5, 999_999.5, 1.005, 2.675, 8.345, 0.125, 5852.77, 4641.04, 1538.3, 26.1,
		-7.07, 3800, 50_000, 123_456_789.125, 1e-6, 1e20, 0.000_001_5
	];
	let seed = 20_191_231;
	const rand = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
	for (let i = 0; i < 4000; i++) {
		const magnitude = 10 ** Math.floor(rand() * 12 - 4);
		const digits = Math.floor(rand() * 5);
		// Values like the report's: a few decimals, sometimes exactly on a rounding half.
		const v =
			Math.round(rand() * magnitude * 10 ** digits) / 10 ** digits + (rand() < 0.2 ? 5 / 10 ** (digits + 1) : 0);
		out.push(rand() < 0.25 ? -v : v);
	}
	return out;
}

describe('formatDecimal', () => {
	it.each(['zh', 'en'] as const)('prints what Intl.NumberFormat prints (%s)', (locale) => {
		const misses: string[] = [];
		for (const x of values())
			for (const [min, max] of [
				[0, 0],
				[0, 1],
				[0, 2],
				[0, 3],
				[1, 1],
				[2, 2],
				[1, 3]
			] as const) {
				const got = formatDecimal(x, locale, min, max);
				const want = byIntl(x, locale, min, max);
				if (got !== want) misses.push(`${x} (${min}–${max}): ${got} ≠ ${want}`);
			}
		expect(misses.slice(0, 10)).toEqual([]);
	});

	it('rounds half away from zero on the decimal the reader sees, and carries', () => {
		expect(formatDecimal(0.995, 'en', 0, 2)).toBe('1');
		expect(formatDecimal(999_999.5, 'zh', 0, 0)).toBe('1,000,000');
		expect(formatDecimal(2.675, 'en', 0, 2)).toBe('2.68');
		expect(formatDecimal(-1538.25, 'zh', 0, 1)).toBe('-1,538.3');
	});

	it('hands exponent forms and non-finite values to Intl', () => {
		expect(formatDecimal(1e21, 'en', 0, 0)).toBe(byIntl(1e21, 'en', 0, 0));
		expect(formatDecimal(1e-7, 'en', 0, 2)).toBe('0');
		expect(formatDecimal(Number.POSITIVE_INFINITY, 'en', 0, 0)).toBe('∞');
	});
});
