/**
 * What a reader without JavaScript gets: the prerendered files in build/ (run after `vite build`).
 */
import { typedInDigits } from './digits';
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadPackage } from '$lib/data/load';
import { reconcile } from '$lib/data/reconcile';
import { formatFigure } from '$lib/format';
import { figureIdsOf, messages } from '$lib/i18n';
import { ensureSubpathBuild } from '$lib/../../tests/helpers/subpath';

const pkg = loadPackage('data');
/** BUILD_DIR, as the build took it (svelte.config.js), so a second build can be tested beside build/. */
const BUILD = process.env.BUILD_DIR ?? 'build';
const html = (route: string, dir = BUILD) => readFileSync(join(dir, route, 'index.html'), 'utf8');
const pages = { zh: html(''), en: html('en') };

/** Text of the element with the given data-figure, first occurrence. */
const figureText = (doc: string, id: string) =>
	doc.match(new RegExp(`data-figure="${id.replaceAll('.', '\\.')}"[^>]*>([^<]*)<`))?.[1];

const files = (dir: string): string[] =>
	readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));

describe('prerendered story pages', () => {
	it.each([
		['zh', 'zh-CN'],
		['en', 'en']
	] as const)('%s sets <html lang="%s">', (locale, lang) => {
		expect(pages[locale]).toContain(`<html lang="${lang}">`);
	});

	it.each(['zh', 'en'] as const)('%s renders the headline figures from data, without JS', (locale) => {
		const ids = [
			'totals.all.2019',
			'totals.all.2018',
			'totals.all.change',
			'totals.all.growth',
			'totals.all.informatization',
			'totals.all.lfl-growth'
		];
		for (const id of ids) {
			const f = pkg.figures.get(id)!;
			// The lede words the fall ("fell by", "下降"), so it shows the like-for-like rate unsigned.
			const shown = id === 'totals.all.lfl-growth' ? { ...f, value: Math.abs(f.value) } : f;
			expect(figureText(pages[locale], id), id).toBe(formatFigure(shown, locale));
		}
	});

	it.each(['zh', 'en'] as const)('%s: the stat cards carry signed changes', (locale) => {
		const stats = pages[locale].slice(pages[locale].indexOf('class="stats'));
		expect(figureText(stats, 'totals.all.change')).toBe(
			formatFigure(pkg.figures.get('totals.all.change')!, locale, 'signed')
		);
		expect(figureText(stats, 'totals.all.lfl-growth')).toBe(
			formatFigure(pkg.figures.get('totals.all.lfl-growth')!, locale, 'signed')
		);
	});

	it.each(['zh', 'en'] as const)('%s: no digit in the visible text outside figures, but for years', (locale) => {
		const main = pages[locale].slice(pages[locale].indexOf('<main'), pages[locale].indexOf('</main>'));
		// Numbers may stand only in elements the format module fills (class="num") and in labels
		// read from the data package (data-from="data", e.g. the name of the 6th congress).
		const digits = typedInDigits(main);
		expect(digits).toEqual([]);
	});

	it.each(['zh', 'en'] as const)('%s links its language alternates with absolute URLs', (locale) => {
		const doc = pages[locale];
		expect(doc).toMatch(/<link rel="alternate" hreflang="zh-CN" href="https?:\/\/[^"]+\/"/);
		expect(doc).toMatch(/<link rel="alternate" hreflang="en" href="https?:\/\/[^"]+\/en\/"/);
		expect(doc).toMatch(/<link rel="alternate" hreflang="x-default" href="https?:\/\/[^"]+\/"/);
		expect(doc).toMatch(/<link rel="canonical" href="https?:\/\/[^"]+"/);
		expect(doc).toMatch(/<title>[^<]+<\/title>/);
		expect(doc).toMatch(/<meta name="description" content="[^"]+"/);
	});

	it('the language switch points at the other language', () => {
		expect(pages.zh).toMatch(/href="\/en\/"[^>]*data-testid="lang-switch"/);
		expect(pages.en).toMatch(/href="\/"[^>]*data-testid="lang-switch"/);
	});

	it('has a 404 page and a favicon', () => {
		expect(readFileSync(join(BUILD, '404.html'), 'utf8')).toContain('href="/"');
		expect(existsSync(join(BUILD, 'favicon.svg'))).toBe(true);
	});
});

describe('what the client receives', () => {
	it('no client file carries the raw package (quotes, sections, CSV)', () => {
		const client = files(join(BUILD, '_app')).concat(files(BUILD).filter((f) => f.endsWith('__data.json')));
		const sample = pkg.figures.get('totals.all.2019')!.quote;
		for (const f of client) {
			const text = readFileSync(f, 'utf8');
			expect(text, f).not.toContain(sample);
			expect(text, f).not.toContain('"quote"');
		}
	});

	it('the story data holds only the figures its text needs', () => {
		const data = readFileSync(join(BUILD, '__data.json'), 'utf8');
		expect(data).toContain('totals.all.2019');
		const used = new Set([...figureIdsOf(messages.zh), ...figureIdsOf(messages.en)]);
		const unused = [...pkg.figures.keys()].filter((id) => !used.has(id) && !data.includes(`"${id}"`));
		// Most figures are not in the page's text, and none of those reach the client by id.
		expect(unused.length).toBeGreaterThan(20);
		for (const id of [...pkg.figures.keys()].filter((id) => !used.has(id))) expect(data, id).not.toContain(`"${id}":{`);
	});
});

describe('published data', () => {
	it('checks.json lists every reconciliation check with its class', () => {
		const json = JSON.parse(readFileSync(join(BUILD, 'data/checks.json'), 'utf8')) as {
			count: number;
			checks: { id: string; class: string }[];
		};
		const checks = reconcile(pkg);
		expect(json.count).toBe(checks.length);
		expect(json.checks.map((c) => c.class)).toEqual(checks.map((c) => c.class));
	});

	it('the data package and the report text are published unchanged (the CSVs with a UTF-8 BOM in front, see downloads.test.ts)', () => {
		for (const r of pkg.descriptor.resources)
			expect(readFileSync(join(BUILD, 'data', r.path), 'utf8')).toBe('\uFEFF' + readFileSync(`data/${r.path}`, 'utf8'));
		expect(readFileSync(join(BUILD, 'data/datapackage.json'), 'utf8')).toBe(
			readFileSync('data/datapackage.json', 'utf8')
		);
		expect(pkg.source.length).toBeGreaterThan(10000);
		expect(readFileSync(join(BUILD, 'data/source/panzhihua-party-office-2019-final-accounts.zh.txt'), 'utf8')).toBe(
			pkg.source
		);
	});
});

describe('a build for a sub-path', () => {
	it('BASE_PATH=/budget resolves every asset and link under /budget/', { timeout: 300_000 }, async () => {
		const dir = await ensureSubpathBuild();
		const doc = html('', dir);
		const refs = [...doc.matchAll(/(?:href|src)="([^"]+)"/g)].map((m) => m[1]!).filter((u) => u.startsWith('/'));
		expect(refs.length).toBeGreaterThan(3);
		for (const u of refs) expect(u, u).toMatch(/^\/budget\//);
		expect(doc).toContain('href="/budget/en/"');
		expect(existsSync(join(dir, 'en/index.html'))).toBe(true);
		// The share image too: written at its path inside the build, linked under the base path.
		expect(doc).toMatch(/<meta property="og:image" content="https?:\/\/[^/"]+\/budget\/share\/story\.png"/);
		expect(existsSync(join(dir, 'share/story.png'))).toBe(true);
		expect(existsSync(join(dir, 'en/share/story.png'))).toBe(true);
	});
});
