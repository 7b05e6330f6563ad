/**
 * Each figure carries the approximation its quote gives it: 约 about, 余 more than, 左右 around,
 * 以上 that or more, 以内 that or less, or none. Read from the quote around the printed number, so a
 * figure marked wrongly, or a qualifier dropped, fails here.
 */
import { describe, expect, it } from 'vitest';
import { loadPackage } from '$lib/data/load';
import { formatDecimal } from '$lib/format';

const pkg = loadPackage();

/** The qualifier the quote puts on the number `num` (printed with its counter after it), if it occurs once. */
function qualifierIn(quote: string, num: string): string | null | undefined {
	const at = [...quote.matchAll(new RegExp(`(?<![\\d.,])${num.replace(/[.,]/g, '\\$&')}(?![\\d.])`, 'g'))];
	if (at.length !== 1) return undefined; // not found, or ambiguous
	const i = at[0]!.index!;
	const before = quote.slice(Math.max(0, i - 1), i);
	const after = quote.slice(i + num.length, i + num.length + 6);
	if (before === '约') return 'about';
	if (/^[^\d\s，。、；：（）]{0,2}余/.test(after)) return 'over';
	const m = /^[^\d，。；、\s]{0,3}?(左右|及以上|以上|以内)/.exec(after);
	if (m) return { 左右: 'around', 及以上: 'at-least', 以上: 'at-least', 以内: 'at-most' }[m[1]!]!;
	return null;
}

describe('approximations in the data package', () => {
	it('the reader of quotes finds each kind', () => {
		expect(qualifierIn('当年实际收发为3,800余份，数量上相差较大', '3,800')).toBe('over');
		expect(qualifierIn('收发电报 50,000份左右 约3,800份。', '50,000')).toBe('around');
		expect(qualifierIn('收发电报 50,000份左右 约3,800份。', '3,800')).toBe('about');
		expect(qualifierIn('4幅及以上', '4')).toBe('at-least');
		expect(qualifierIn('开支控制在10万元以内', '10')).toBe('at-most');
		expect(qualifierIn('召开了187次电视电话会议', '187')).toBeNull();
	});

	const rows = [...pkg.figures.values()].filter(
		(f) => f.status === 'printed' && (f.unit === 'count' || f.unit === 'wan-yuan')
	);
	it.each(rows.map((f) => [f.id, f] as const))("%s carries its quote's qualifier", (_, f) => {
		const found = qualifierIn(f.quote, formatDecimal(f.value, 'zh', 0, 2));
		if (found === undefined) return; // the number is not in the quote once (chart data, a repeat)
		expect(f.approx).toBe(found);
	});

	it("the performance tables' targets and results carry theirs", () => {
		for (const r of pkg.indicators) {
			for (const [printed, value, approx] of [
				[r.target_zh, r.target_value, r.target_approx],
				[r.actual_zh, r.actual_value, r.actual_approx]
			] as const) {
				if (value === null) continue;
				const found = qualifierIn(printed, formatDecimal(value, 'zh', 0, 2));
				if (found === undefined) continue;
				expect(approx, `${r.id}: "${printed}"`).toBe(found);
			}
		}
	});
});
