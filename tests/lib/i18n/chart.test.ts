import { describe, expect, it } from 'vitest';
import { allStrings } from '$lib/i18n';
import { actionsEn, actionsZh } from '$lib/i18n/chart';
import { dialogEn, dialogZh } from '$lib/i18n/embed-dialog';

const pairs = [
	['actions', actionsEn, actionsZh],
	['embed dialog', dialogEn, dialogZh]
] as const;

describe.each(pairs)('%s text', (_, en, zh) => {
	it('has the same keys in Chinese and English', () => {
		const keys = (d: unknown) =>
			allStrings(d)
				.map(([k]) => k)
				.sort();
		expect(keys(zh)).toEqual(keys(en));
	});

	it.each([
		['en', en],
		['zh', zh]
	] as const)('%s: no string is empty, none holds a typed-in digit, slots match', (_locale, d) => {
		for (const [k, s] of allStrings(d)) {
			expect(s.trim(), k).not.toBe('');
			expect(s, k).not.toMatch(/[0-9０-９]/);
		}
		const slots = (d: unknown) => allStrings(d).map(([k, s]) => [k, [...s.matchAll(/\$\w+/g)].map((m) => m[0]).sort()]);
		expect(slots(d)).toEqual(slots(en));
	});

	it('Chinese text is written in Chinese', () => {
		for (const [k, s] of allStrings(zh)) expect(s, k).toMatch(/[\u4e00-\u9fff]/);
	});
});
