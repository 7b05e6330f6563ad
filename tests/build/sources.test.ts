/**
 * The sources of the site's words as the build publishes them: /data/claims.json, and the
 * passages under each story step in the prerendered pages (what a reader without JS, or a
 * printer, gets).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { storyEn } from '$lib/i18n/story';

const BUILD = process.env.BUILD_DIR ?? 'build';
const read = (path: string) => readFileSync(join(BUILD, path), 'utf8');
const report = readFileSync('data/source/panzhihua-party-office-2019-final-accounts.zh.txt', 'utf8').replace(
	/\s+/g,
	' '
);
const claims = JSON.parse(read('data/claims.json')) as {
	count: number;
	claims: {
		locale: 'zh' | 'en';
		key: string;
		text: string;
		sentences: { text: string; template: string; sources: { id: string; kind: string; passages: string[] }[] }[];
	}[];
	passages: Record<string, { section: string; quote: string; en: string }>;
};
const pages = { zh: read('index.html'), en: read('en/index.html') };
const unescape = (s: string) =>
	s
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&apos;/g, "'")
		.replace(/&amp;/g, '&');

describe('/data/claims.json', () => {
	it('lists every sentence of both languages, each with sources', () => {
		for (const locale of ['zh', 'en'] as const) {
			const keys = new Set(claims.claims.filter((c) => c.locale === locale).map((c) => c.key));
			for (const id of Object.keys(storyEn.steps)) expect(keys, `${locale} ${id}`).toContain(`story.steps.${id}.text`);
			for (const k of [
				'headline.lede',
				'waterfall.title',
				'sunburst.caption',
				'embed.charts.waterfall.title.all',
				'share.cards.story.title'
			])
				expect(keys).toContain(k);
		}
		expect(claims.count).toBe(claims.claims.reduce((n, c) => n + c.sentences.length, 0));
		for (const c of claims.claims)
			for (const s of c.sentences) expect(s.sources.length, `${c.locale} ${c.key}: ${s.text}`).toBeGreaterThan(0);
	});
	it('gives sentences as the reader reads them: figures formatted, no placeholder or term mark left', () => {
		for (const c of claims.claims) for (const s of c.sentences) expect(s.text, c.key).not.toMatch(/\{[a-z]|\[\[/);
		const lede = claims.claims.find((c) => c.locale === 'en' && c.key === 'headline.lede')!;
		expect(lede.text).toContain('58.5 million yuan');
	});
	it('holds every passage it cites, verbatim in the report, with an English rendering', () => {
		const cited = new Set(
			claims.claims.flatMap((c) => c.sentences.flatMap((s) => s.sources.flatMap((x) => x.passages)))
		);
		expect(new Set(Object.keys(claims.passages))).toEqual(cited);
		for (const [id, p] of Object.entries(claims.passages)) {
			expect(report.includes(p.quote.replace(/\s+/g, ' ')), id).toBe(true);
			expect(p.en.length, id).toBeGreaterThan(0);
		}
	});
});

describe('the passages under each step, without JS', () => {
	it.each(['zh', 'en'] as const)(
		'%s: every step has a closed "What the report says" with its passages, verbatim',
		(locale) => {
			const html = pages[locale];
			for (const id of Object.keys(storyEn.steps)) {
				const step = html.slice(html.indexOf(`id="${id}"`));
				const block = step.slice(0, step.indexOf('</details>'));
				expect(block, id).toContain(locale === 'zh' ? '<summary>报告原文' : '<summary>What the report says');
				const quotes = [...block.matchAll(/<blockquote lang="zh-CN" data-from="data">([^<]*)<\/blockquote>/g)].map(
					(m) => unescape(m[1]!)
				);
				expect(quotes.length, id).toBeGreaterThan(0);
				for (const q of quotes) expect(report.includes(q), `${id}: ${q}`).toBe(true);
				const wanted = new Set(
					claims.claims
						.find((c) => c.locale === locale && c.key === `story.steps.${id}.text`)!
						.sentences.flatMap((s) => s.sources.flatMap((x) => x.passages))
				);
				expect(quotes.length, id).toBe(wanted.size);
			}
		}
	);
	it('the English page adds its own rendering and an English name of the section', () => {
		const en = pages.en.slice(pages.en.indexOf('id="rise-2019"'));
		const block = en.slice(0, en.indexOf('</details>'));
		expect(block).toContain('class="rendering"');
		expect(block).toContain(
			'Report, Part 2, section 1</span> <span lang="zh-CN" data-from="data">(第二部分 一)</span>'
		);
		expect(pages.zh).not.toContain('class="rendering"');
	});
});
