/**
 * What the story's first load carries, and what it leaves for later: the checks, the glossary
 * list and the headline are drawn by the server alone (Static.svelte), and the step texts too
 * (ServerProse); the popover's entries are fetched from /glossary/<lang>.json, and the flat copies
 * of the charts travel inside <noscript> (flats.ts). Its styles are in the page: no stylesheet to
 * wait for before the first paint.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { messages, termIdsOf } from '$lib/i18n';
import { proseHtml } from '$lib/components/prose';
import { storyFigures } from '$lib/i18n/figures';
import { getData } from '$lib/data/server';

const BUILD = process.env.BUILD_DIR ?? 'build';
const read = (...p: string[]) => readFileSync(join(BUILD, ...p), 'utf8');
const pages = { zh: read('index.html'), en: read('en', 'index.html') };

/** The inline script that starts the app: the page's data as Kit serialises it. */
const bootData = (doc: string) =>
	[...doc.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).find((s) => s.includes('kit.start('))!;

describe.each(['zh', 'en'] as const)('story %s', (locale) => {
	const doc = pages[locale];

	it('draws the checks and the glossary list, but sends neither list as data', () => {
		expect(doc).toContain('data-static="check-list"');
		expect(doc).toContain('data-static="glossary-list"');
		expect(doc.match(/data-check="/g)?.length ?? 0).toBeGreaterThan(5);
		expect(doc.match(/<article id="term-/g)?.length ?? 0).toBeGreaterThan(30);
		const data = bootData(doc);
		expect(data).toBeDefined();
		expect(data, 'no check rows in the data').not.toMatch(/\barithmetic:"/);
		expect(data, 'no glossary entries in the data').not.toMatch(/definition:/);
		expect(data).toContain('glossaryIds:');
	});

	it('keeps every step’s flat chart inside <noscript>, and the stages outside', () => {
		const flats = [...doc.matchAll(/<div class="flat-chart[^"]*"[^>]*>\s*<noscript>([\s\S]*?)<\/noscript>/g)];
		const steps = doc.match(/data-step-index="/g)?.length ?? 0;
		expect(steps).toBeGreaterThan(20);
		expect(flats).toHaveLength(steps);
		for (const [, inner] of flats) expect(inner).toMatch(/data-island="step-chart"[\s\S]*data-chart="/);
		const withoutNoscript = doc.replace(/<noscript>[\s\S]*?<\/noscript>/g, '');
		expect(withoutNoscript.match(/class="stage[^"]*"/g)?.length ?? 0).toBeGreaterThan(4);
		expect(withoutNoscript).toMatch(/class="stage[\s\S]*?data-chart="/);
	});

	it('publishes the popover’s entries: every term the text marks, once', () => {
		const entries = JSON.parse(read('glossary', `${locale}.json`)) as { id: string; term: string; plain: string }[];
		const ids = entries.map((e) => e.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of termIdsOf(messages[locale])) expect(ids, id).toContain(id);
		for (const e of entries) expect(e.term && e.plain, e.id).toBeTruthy();
		expect(bootData(doc)).toContain(`glossaryIds:[${ids.map((id) => `"${id}"`).join(',')}]`);
	});

	it('draws every step’s text and the headline, and sends neither as data', () => {
		const { pkg, checks } = getData();
		const figures = storyFigures(pkg, locale, checks);
		const data = bootData(doc);
		const link = (id: string) => ({ href: `#term-${id}` });
		const steps = Object.entries(messages[locale].story.steps);
		expect(steps.length).toBeGreaterThan(20);
		for (const [id, step] of steps) {
			// Drawn: the step's text as Prose draws it, in its step.
			const li = doc.slice(doc.indexOf(`id="${id}"`), doc.indexOf('</li>', doc.indexOf(`id="${id}"`)));
			expect(li, id).toContain(proseHtml(step.text, figures, locale, { buttons: false, link }));
			expect(li, id).toContain(proseHtml(step.alt, figures, locale, { buttons: false, link }));
			// Not sent: its raw template, with its placeholders, is nowhere in the data.
			expect(data, id).not.toContain(JSON.stringify(step.text).slice(1, 40));
		}
		const headline = messages[locale].headline;
		expect(doc).toContain('data-static="headline"');
		expect(doc).toContain(proseHtml(headline.lede, figures, locale, { buttons: false, link }));
		expect(data).not.toContain(JSON.stringify(headline.lede).slice(1, 40));
	});

	it('waits for no stylesheet: every rule is inline, the links Kit keeps are disabled', () => {
		const head = doc.slice(0, doc.indexOf('</head>'));
		const links = [...head.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)].map((m) => m[0]);
		expect(links.length).toBeGreaterThan(0);
		for (const l of links) expect(l).toMatch(/\bdisabled\b/);
		for (const l of links) {
			const href = /href="([^"]+)"/.exec(l)![1]!;
			const css = read(...href.replace(/^\//, '').split('/'));
			expect(head, href).toContain(css.trim().slice(0, 200));
		}
	});
});
