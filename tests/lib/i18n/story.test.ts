/**
 * The story's narrative (src/lib/i18n/story.ts): the same shape in both languages, every step
 * written in both, no figure typed in, every placeholder and glossary mark resolvable.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { storyEn, storyZh } from '$lib/i18n/story';
import { TERMS } from '$lib/i18n/glossary';

const stories = { en: storyEn, zh: storyZh } as const;
const locales = ['en', 'zh'] as const;

const csv = (name: string) => csvParse(readFileSync(`data/${name}.csv`, 'utf8'));

/** `{id}` or `{id|modifier}`, as the renderer reads them (src/lib/i18n). */
const PLACEHOLDER = /\{([a-z0-9][a-z0-9.-]*)(?:\|(signed|abs))?\}/g;
/** `[[term-id|shown text]]`. */
const TERM_MARK = /\[\[([a-z0-9][a-z0-9.-]*)\|([^\]]+)\]\]/g;

/** Digits a string may hold outside placeholders: years, which are names, not figures. */
const ALLOWED_NUMBERS = new Set(['2018', '2019', '2020']);

/** Every string of an object, with its dotted key. */
function allStrings(obj: unknown, prefix = ''): [string, string][] {
	if (typeof obj === 'string') return [[prefix, obj]];
	if (obj && typeof obj === 'object') {
		return Object.entries(obj).flatMap(([k, v]) => allStrings(v, prefix ? `${prefix}.${k}` : k));
	}
	return [];
}

// ── The placeholder ids the text may use, from the data package's CSVs ─────────────────────────
const figureIds = new Set([...csv('figures-accounts'), ...csv('figures-performance')].map((r) => r.id!));
const functional = new Map(csv('functional').map((r) => [r.id!, r]));
const indicators = new Map(csv('performance-indicators').map((r) => [r.id!, r]));
const CHECK_COUNTS = new Set(['total', 'exact', 'rounding', 'discrepancy']);

/** Whether a placeholder id resolves under the site's rules (src/lib/data/figures.ts). */
function resolves(id: string): boolean {
	if (id === 'units.wan') return true;
	if (figureIds.has(id)) return true;
	if (id.startsWith('checks.')) return CHECK_COUNTS.has(id.slice('checks.'.length));
	if (id.startsWith('functional.')) {
		const rest = id.slice('functional.'.length);
		if (functional.has(rest)) return true;
		const rate = rest.match(/^(.+)\.rate$/);
		if (rate) {
			const node = functional.get(rate[1]!);
			return node?.level === 'item' && node.completion_rate !== '';
		}
		const share = rest.match(/^(.+)\.share$/);
		if (share) {
			const node = functional.get(share[1]!);
			return node?.level === 'class' && node.share_printed !== '';
		}
		return false;
	}
	const ind = id.match(/^indicator\.(.+)\.(target|actual)$/);
	if (ind) {
		const row = indicators.get(ind[1]!);
		const v = ind[2] === 'target' ? row?.target_value : row?.actual_value;
		return v !== undefined && v !== '';
	}
	return false;
}

const termIds = new Set(TERMS.map((t) => t.id));
const stepIds = Object.keys(storyEn.steps);

describe('the id rules of the test itself', () => {
	it('accept what the package has and refuse what it does not', () => {
		for (const ok of [
			'totals.all.2019',
			'eval.hd-video.telegram-actual',
			'functional.gps',
			'functional.gps.party',
			'functional.gps.party.operation',
			'functional.sci.admin.other.rate',
			'functional.health.share',
			'indicator.hd-video.6.target',
			'indicator.hd-video.6.actual',
			'checks.discrepancy',
			'units.wan'
		])
			expect(resolves(ok), ok).toBe(true);
		for (const bad of [
			'totals.all.2091',
			'functional.gps.rate',
			'functional.gps.party.operation.share',
			'functional.gps.party.share',
			'functional.nothing',
			'indicator.hd-video.1.target',
			'indicator.hd-video.2.actual',
			'checks.all',
			'units.yuan'
		])
			expect(resolves(bad), bad).toBe(false);
	});
});

describe('story text', () => {
	it('has the same keys in Chinese and English', () => {
		const keys = (d: unknown) =>
			allStrings(d)
				.map(([k]) => k)
				.sort();
		expect(keys(storyZh)).toEqual(keys(storyEn));
	});

	it('has the steps of the brief, in order', () => {
		expect(stepIds).toEqual([
			'rise-2018',
			'rise-informatization',
			'rise-other',
			'rise-2019',
			'rise-fiscal',
			'rise-gpb',
			'rise-split',
			'income',
			'spending-type',
			'spending-basic',
			'function-whole',
			'function-classes',
			'function-largest',
			'function-smallest',
			'three-public',
			'three-public-vehicles',
			'running-costs',
			'procurement',
			'funds',
			'assets',
			'performance-projects',
			'performance-telegrams',
			'performance-score'
		]);
	});

	it.each(locales)('%s: every step has a text and an alt', (locale) => {
		const steps = stories[locale].steps as Record<string, { text: string; alt: string }>;
		for (const id of stepIds) {
			expect(steps[id]?.text.trim(), `${id}.text`).toBeTruthy();
			expect(steps[id]?.alt.trim(), `${id}.alt`).toBeTruthy();
		}
	});

	it.each(locales)('%s: no string is empty', (locale) => {
		for (const [k, s] of allStrings(stories[locale])) expect(s.trim(), k).not.toBe('');
	});

	it.each(locales)('%s: no digit outside placeholders, but for years', (locale) => {
		const offenders: string[] = [];
		for (const [key, s] of allStrings(stories[locale])) {
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

	it.each(locales)('%s: every placeholder resolves to a figure', (locale) => {
		const unknown: string[] = [];
		for (const [key, s] of allStrings(stories[locale])) {
			for (const m of s.matchAll(PLACEHOLDER)) if (!resolves(m[1]!)) unknown.push(`${key}: {${m[1]}}`);
		}
		expect(unknown).toEqual([]);
	});

	it.each(locales)('%s: every glossary mark names a term of the glossary', (locale) => {
		const unknown: string[] = [];
		for (const [key, s] of allStrings(stories[locale])) {
			for (const m of s.matchAll(TERM_MARK)) if (!termIds.has(m[1]!)) unknown.push(`${key}: [[${m[1]}|…]]`);
		}
		expect(unknown).toEqual([]);
	});

	it.each(locales)(
		'%s: no mark holds a placeholder or another mark, and no brace or bracket is left malformed',
		(locale) => {
			for (const [key, s] of allStrings(stories[locale])) {
				for (const m of s.matchAll(TERM_MARK)) expect(m[2], key).not.toMatch(/[{}[]/);
				const rest = s.replace(TERM_MARK, '').replace(PLACEHOLDER, '');
				expect(rest, key).not.toMatch(/[{}]|\[\[|\]\]/);
			}
		}
	);

	it.each(locales)('%s: a term is marked at most once in a step', (locale) => {
		const steps = stories[locale].steps as Record<string, { text: string; alt: string }>;
		for (const id of stepIds) {
			const marked = [...steps[id]!.text.matchAll(TERM_MARK)].map((m) => m[1]!);
			expect(new Set(marked).size, id).toBe(marked.length);
		}
	});

	it.each(locales)('%s: titles, labels and alts carry no glossary marks', (locale) => {
		const story = stories[locale];
		const plain = [
			...allStrings(story.toc),
			...Object.entries(story.sections).map(([k, v]) => [k, v.title] as [string, string]),
			...allStrings(story.sections.checks.kinds),
			...Object.entries(story.steps).map(([k, v]) => [k, v.alt] as [string, string])
		];
		for (const [key, s] of plain) expect(s, key).not.toMatch(TERM_MARK);
	});

	it.each(locales)('%s: section titles and labels hold no placeholder', (locale) => {
		const story = stories[locale];
		const c = story.sections.checks;
		const labels = [
			...allStrings(story.toc),
			...Object.values(story.sections).map((v) => v.title),
			...allStrings(c.kinds).map(([, s]) => s),
			c.printed,
			c.computed,
			c.difference,
			c.range
		].map((x) => (typeof x === 'string' ? x : x[1]));
		for (const s of labels) expect(s).not.toMatch(PLACEHOLDER);
	});

	it.each(locales)('%s: each step is short, one to three sentences', (locale) => {
		const steps = stories[locale].steps as Record<string, { text: string; alt: string }>;
		const sentences = (s: string) => {
			const bare = s.replace(PLACEHOLDER, 'X');
			return locale === 'zh'
				? (bare.match(/[。！？]/g) ?? []).length
				: (bare.match(/[.!?][”’")]*(?=\s|$)/g) ?? []).length;
		};
		for (const id of stepIds) {
			const n = sentences(steps[id]!.text);
			expect(n, `${id}: ${n} sentences`).toBeGreaterThanOrEqual(1);
			expect(n, `${id}: ${n} sentences`).toBeLessThanOrEqual(3);
		}
	});
});
