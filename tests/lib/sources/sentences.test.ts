import { describe, expect, it } from 'vitest';
import { sentences } from '$lib/sources/sentences';

describe('sentences(text, locale)', () => {
	it('splits Chinese after 。！？, keeping a closing quote with its sentence', () => {
		expect(
			sentences('先看起点。2018年，收、支总计{totals.all.2018}；这个口径。报告说“指标设置不合理。”再看！', 'zh')
		).toEqual(['先看起点。', '2018年，收、支总计{totals.all.2018}；这个口径。', '报告说“指标设置不合理。”', '再看！']);
	});
	it('keeps a text without an end mark whole', () => {
		expect(sentences('收、支总计{totals.all.2019}', 'zh')).toEqual(['收、支总计{totals.all.2019}']);
		expect(sentences('Taken in and spent in 2019', 'en')).toEqual(['Taken in and spent in 2019']);
	});
	it('splits English at an end mark followed by a space and what starts a sentence', () => {
		expect(
			sentences(
				'Start with 2018. That year it came to {totals.all.2018}. [[informatization|Informatization]] rose. {tp.total} in all? “Quoted.” Next',
				'en'
			)
		).toEqual([
			'Start with 2018.',
			'That year it came to {totals.all.2018}.',
			'[[informatization|Informatization]] rose.',
			'{tp.total} in all?',
			'“Quoted.”',
			'Next'
		]);
	});
	it('does not split inside a placeholder or before a lower-case word', () => {
		expect(sentences('It fell by {totals.all.lfl-growth|abs}. and so on', 'en')).toHaveLength(1);
	});
});
