import { describe, expect, it } from 'vitest';
import { loadPackage } from '$lib/data/load';
import { storyFigures } from '$lib/i18n/figures';
import { allStrings, figureIdsOf, messages, parseTemplate, PLACEHOLDER } from '$lib/i18n';

/** Digits a prose string may hold outside placeholders: years, which are names, not figures. */
const ALLOWED_NUMBERS = new Set(['2018', '2019', '2020']);

describe('locale dictionaries', () => {
	it('have the same keys in Chinese and English', () => {
		const keys = (d: unknown) =>
			allStrings(d)
				.map(([k]) => k)
				.sort();
		expect(keys(messages.zh)).toEqual(keys(messages.en));
	});

	it.each(['zh', 'en'] as const)('%s: no string is empty', (locale) => {
		for (const [k, s] of allStrings(messages[locale])) expect(s.trim(), k).not.toBe('');
	});

	it.each(['zh', 'en'] as const)('%s: no digit in prose outside placeholders, but for years', (locale) => {
		const offenders: string[] = [];
		for (const [key, s] of allStrings(messages[locale])) {
			const bare = s.replace(PLACEHOLDER, '');
			for (const m of bare.matchAll(/[0-9０-９]+/g))
				if (!ALLOWED_NUMBERS.has(m[0])) offenders.push(`${key}: "${m[0]}"`);
		}
		expect(offenders).toEqual([]);
	});

	it('the digit check catches a typed-in figure', () => {
		const bare = 'spent 5,852.77万元 in {totals.all.2019}'.replace(PLACEHOLDER, '');
		expect([...bare.matchAll(/[0-9]+/g)].map((m) => m[0])).toEqual(['5', '852', '77']);
	});

	it.each(['zh', 'en'] as const)('%s: every placeholder names a figure of the package', (locale) => {
		const pkg = loadPackage('data');
		const figures = storyFigures(pkg, locale);
		expect(Object.keys(figures).sort()).toEqual(figureIdsOf(messages[locale]));
	});

	it('an unknown placeholder fails loudly', () => {
		const pkg = loadPackage('data');
		const broken = { ...messages.en, headline: { ...messages.en.headline, lede: 'spent {totals.all.2091}' } };
		const original = messages.en;
		messages.en = broken;
		try {
			expect(() => storyFigures(pkg, 'en')).toThrow('text (en) refers to unknown figure "{totals.all.2091}"');
		} finally {
			messages.en = original;
		}
	});
});

describe('parseTemplate', () => {
	it('splits text and figures, keeping modifiers', () => {
		expect(parseTemplate('up {a.b|signed}, down {c-d|abs}.')).toEqual([
			{ text: 'up ' },
			{ id: 'a.b', modifier: 'signed' },
			{ text: ', down ' },
			{ id: 'c-d', modifier: 'abs' },
			{ text: '.' }
		]);
	});
});
