import { describe, expect, it } from 'vitest';
import { loadPackage } from '$lib/data/load';
import { buildGlossary, collator } from '$lib/glossary/glossary';
import { TERMS } from '$lib/i18n/glossary';
import { messages, parseTemplate, termIdsOf } from '$lib/i18n';
import { normalise, sourceText } from '$lib/../../tests/helpers/source';

const pkg = loadPackage('data');

describe('buildGlossary(pkg, locale)', () => {
	const zh = buildGlossary(pkg, 'zh');
	const en = buildGlossary(pkg, 'en');

	it('holds every Part 3 definition, quoted verbatim from the report', () => {
		const part3 = zh.filter((e) => e.definition);
		expect(part3).toHaveLength(21);
		for (const e of part3)
			expect(sourceText).toContain(normalise(`${e.definition!.number}.${e.term_zh}：${e.definition!.zh}`));
	});

	it('explains the terms the report uses without defining, each with its source', () => {
		const extra = en.filter((e) => !e.definition);
		expect(extra.length).toBeGreaterThanOrEqual(15);
		for (const e of extra) expect(e.source, e.id).toBeTruthy();
		for (const id of [
			'final-accounts',
			'wan-yuan',
			'like-for-like',
			'informatization',
			'classification',
			'general-public-budget',
			'government-fund-budget',
			'state-capital-budget',
			'government-procurement',
			'fixed-assets',
			'intangible-assets'
		]) {
			expect(en.map((e) => e.id)).toContain(id);
		}
	});

	it('sorts Chinese by pinyin and English alphabetically', () => {
		const keys = (list: typeof zh) => list.map((e) => e.short ?? e.term);
		expect(keys(zh)).toEqual([...keys(zh)].sort(collator('zh').compare));
		expect(keys(en)).toEqual([...keys(en)].sort(collator('en').compare));
		expect(collator('zh').compare('基本支出', '项目支出')).toBeLessThan(0); // jī < xiàng
		expect(collator('zh').compare('项目支出', '基本支出')).toBeGreaterThan(0);
	});

	it('links related terms both ways by name', () => {
		for (const e of zh)
			for (const r of e.related)
				expect(
					zh.some((x) => x.id === r.id),
					`${e.id} → ${r.id}`
				).toBe(true);
	});

	it('refuses content that misses a Part 3 term', () => {
		expect(() =>
			buildGlossary(
				pkg,
				'zh',
				TERMS.filter((t) => t.id !== 'other-income')
			)
		).toThrow('no explanation for Part 3 term "other-income"');
	});

	it('refuses a related term that does not exist', () => {
		const broken = TERMS.map((t) => (t.id === 'other-income' ? { ...t, related: ['no-such-term'] } : t));
		expect(() => buildGlossary(pkg, 'en', broken)).toThrow('relates to unknown term "no-such-term"');
	});
});

describe('terms marked in prose', () => {
	it('parseTemplate reads [[id|words]] marks beside figures', () => {
		expect(parseTemplate('a [[like-for-like|同口径]] fall of {totals.all.lfl-growth|abs}')).toEqual([
			{ text: 'a ' },
			{ term: 'like-for-like', text: '同口径' },
			{ text: ' fall of ' },
			{ id: 'totals.all.lfl-growth', modifier: 'abs' }
		]);
	});

	it.each(['zh', 'en'] as const)('%s: every marked term resolves to an entry', (locale) => {
		const ids = new Set(buildGlossary(pkg, locale).map((e) => e.id));
		const marked = termIdsOf(messages[locale]);
		expect(marked.length).toBeGreaterThan(3);
		for (const id of marked) expect(ids, id).toContain(id);
	});
});
