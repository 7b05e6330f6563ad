/**
 * The glossary's own text (src/lib/i18n/glossary.ts): complete against the report's Part 3,
 * consistent in its links, and true to the site's rule that no figure is typed into prose.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { TERMS, type TermContent } from '$lib/i18n/glossary';
import { PLACEHOLDER } from '$lib/i18n';

const part3 = csvParse(readFileSync('data/glossary.csv', 'utf8'));
const part3Ids = new Set(part3.map((r) => r.id!));
const ids = new Set(TERMS.map((t) => t.id));

/** Placeholders the text may use: the unit, and any figure of the data package. */
const knownPlaceholders = new Set([
	'units.wan',
	...['figures-accounts', 'figures-performance'].flatMap((f) =>
		csvParse(readFileSync(`data/${f}.csv`, 'utf8')).map((r) => r.id!)
	)
]);

/** Digits a text may hold outside placeholders: years, which are names, not figures. */
const ALLOWED_NUMBERS = new Set(['2018', '2019', '2020']);

const TEXT_FIELDS = [
	'term_zh',
	'term_en',
	'short_zh',
	'short_en',
	'plain_zh',
	'plain_en',
	'source_zh',
	'source_en'
] as const;
const texts = (t: TermContent) => TEXT_FIELDS.flatMap((f) => (t[f] === undefined ? [] : [[f, t[f]!] as const]));

describe('glossary content', () => {
	it('has exactly one entry for every Part 3 term of data/glossary.csv', () => {
		expect(part3).toHaveLength(21);
		for (const id of part3Ids)
			expect(
				TERMS.filter((t) => t.id === id),
				id
			).toHaveLength(1);
	});

	it('has unique, well-formed ids', () => {
		expect(ids.size).toBe(TERMS.length);
		for (const t of TERMS) {
			if (!part3Ids.has(t.id)) expect(t.id, t.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
		}
	});

	it('relates every term to two to four terms that exist, never itself', () => {
		for (const t of TERMS) {
			expect(t.related.length, t.id).toBeGreaterThanOrEqual(2);
			expect(t.related.length, t.id).toBeLessThanOrEqual(4);
			expect(new Set(t.related).size, t.id).toBe(t.related.length);
			expect(t.related, t.id).not.toContain(t.id);
			for (const r of t.related) expect(ids, `${t.id} → ${r}`).toContain(r);
		}
	});

	it('names and sources every term the report does not define', () => {
		for (const t of TERMS.filter((t) => !part3Ids.has(t.id))) {
			for (const f of ['term_zh', 'term_en', 'source_zh', 'source_en'] as const)
				expect(t[f]?.trim(), `${t.id}.${f}`).toBeTruthy();
		}
	});

	it('leaves names and sources of Part 3 terms to the data package, but shortens long 科目 names', () => {
		for (const t of TERMS.filter((t) => part3Ids.has(t.id))) {
			for (const f of ['term_zh', 'term_en', 'source_zh', 'source_en'] as const)
				expect(t[f], `${t.id}.${f}`).toBeUndefined();
		}
		for (const row of part3.filter((r) => r.term_zh!.includes('（项）'))) {
			const t = TERMS.find((x) => x.id === row.id)!;
			expect(t.short_zh?.trim(), `${t.id}.short_zh`).toBeTruthy();
			expect(t.short_en?.trim(), `${t.id}.short_en`).toBeTruthy();
			expect(t.short_zh!.length, t.id).toBeLessThan(row.term_zh!.length);
		}
	});

	it('explains every term in both languages, in one to three sentences', () => {
		const cjk = /[\u4e00-\u9fff]/g;
		for (const t of TERMS) {
			expect(t.plain_zh.trim(), `${t.id}.plain_zh`).not.toBe('');
			expect(t.plain_en.trim(), `${t.id}.plain_en`).not.toBe('');
			expect(t.plain_zh.match(cjk)?.length ?? 0, `${t.id}.plain_zh is Chinese`).toBeGreaterThan(t.plain_zh.length / 2);
			const latin = t.plain_en.match(/[A-Za-z]/g)?.length ?? 0;
			expect(latin, `${t.id}.plain_en is English`).toBeGreaterThan(4 * (t.plain_en.match(cjk)?.length ?? 0));
			const zhSentences = t.plain_zh.split(/[。！？]/).filter((s) => s.trim()).length;
			const enSentences = t.plain_en.split(/[.!?](?:\s|$)/).filter((s) => s.trim()).length;
			expect(zhSentences, `${t.id}.plain_zh`).toBeLessThanOrEqual(3);
			expect(enSentences, `${t.id}.plain_en`).toBeLessThanOrEqual(3);
		}
	});

	it('types no figure: no digit outside placeholders, but for the years', () => {
		const offenders: string[] = [];
		for (const t of TERMS) {
			for (const [f, s] of texts(t)) {
				const bare = s.replace(PLACEHOLDER, '');
				for (const m of bare.matchAll(/[0-9０-９]+/g))
					if (!ALLOWED_NUMBERS.has(m[0])) offenders.push(`${t.id}.${f}: "${m[0]}"`);
			}
		}
		expect(offenders).toEqual([]);
	});

	it('uses only placeholders the site can fill', () => {
		for (const t of TERMS) {
			for (const [f, s] of texts(t)) {
				for (const m of s.matchAll(PLACEHOLDER)) expect(knownPlaceholders, `${t.id}.${f}`).toContain(m[1]);
				// A brace that is not a well-formed placeholder is a typo.
				expect(s.replace(PLACEHOLDER, ''), `${t.id}.${f}`).not.toMatch(/[{}]/);
			}
		}
	});

	it('writes 万元 as the unit placeholder in English', () => {
		expect(TERMS.find((t) => t.id === 'wan-yuan')!.plain_en).toContain('{units.wan}');
	});

	it('the digit check catches a typed-in figure', () => {
		const bare = 'spent 5,852.77万元, about {units.wan} in 2019'.replace(PLACEHOLDER, '');
		expect([...bare.matchAll(/[0-9]+/g)].map((m) => m[0]).filter((d) => !ALLOWED_NUMBERS.has(d))).toEqual([
			'5',
			'852',
			'77'
		]);
	});
});
