import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { csvParse } from 'd3-dsv';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

/** The data package the build reads; expected numbers come from here, never typed in. */
export const FIGURES_CSV = fileURLToPath(new URL('../../data/figures-accounts.csv', import.meta.url));

let figureCache: Map<string, number> | undefined;

function loadFigures(): Map<string, number> {
	if (figureCache) return figureCache;
	const rows = csvParse(readFileSync(FIGURES_CSV, 'utf8'));
	const map = new Map<string, number>();
	for (const row of rows) {
		const id = row.id?.trim();
		const raw = row.value?.trim();
		if (!id || raw === undefined || raw === '') continue;
		const value = Number(raw);
		if (!Number.isFinite(value)) throw new Error(`${FIGURES_CSV}: value of ${id} is not a number: "${raw}"`);
		map.set(id, value);
	}
	figureCache = map;
	return map;
}

/** `value` of the row with this `id` in data/figures-accounts.csv; throws if missing. */
export function figureValue(id: string): number {
	const value = loadFigures().get(id);
	if (value === undefined) throw new Error(`figure "${id}" not found in ${FIGURES_CSV}`);
	return value;
}

/** Chinese rendering of an amount in 万元, as the site contract defines it. */
export function formatWanYuanZh(value: number): string {
	return new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 }).format(value) + '万元';
}

/** The headline figures every page must render inside [data-testid="headline"]. */
export const HEADLINE_FIGURES = [
	'totals.all.2019',
	'totals.all.2018',
	'totals.all.change',
	'totals.all.growth',
	'totals.all.informatization',
	'totals.all.lfl-growth'
] as const;

export type Lang = 'zh-CN' | 'en';

export interface SitePage {
	lang: Lang;
	path: string;
}

export const ZH: SitePage = { lang: 'zh-CN', path: '/' };
export const EN: SitePage = { lang: 'en', path: '/en/' };
export const PAGES: ReadonlyArray<{ page: SitePage; other: SitePage }> = [
	{ page: ZH, other: EN },
	{ page: EN, other: ZH }
];

/** The only host the pages may talk to. */
export const LOCAL_HOST = '127.0.0.1';

export interface PageProblems {
	consoleErrors: string[];
	pageErrors: string[];
	failedRequests: string[];
	foreignRequests: string[];
	badResponses: string[];
}

/**
 * Starts recording everything that should never happen on a page: console errors, uncaught
 * exceptions, failed requests, requests to any host but 127.0.0.1, and HTTP errors (>= 400).
 * Call before page.goto(). `allowStatus` lists URLs (pathname) whose error status is expected.
 */
export function watchPage(page: Page, options: { allowStatus?: string[] } = {}): PageProblems {
	const allowStatus = new Set(options.allowStatus ?? []);
	const problems: PageProblems = {
		consoleErrors: [],
		pageErrors: [],
		failedRequests: [],
		foreignRequests: [],
		badResponses: []
	};
	page.on('console', (msg) => {
		if (msg.type() === 'error') {
			const loc = msg.location();
			// Chromium logs the expected error status of an allowed URL (e.g. a 404 page) too.
			if (loc.url && allowStatus.has(new URL(loc.url).pathname) && msg.text().startsWith('Failed to load resource')) {
				return;
			}
			problems.consoleErrors.push(`${msg.text()}${loc.url ? ` (${loc.url}:${loc.lineNumber})` : ''}`);
		}
	});
	page.on('pageerror', (err) => {
		problems.pageErrors.push(`${err.name}: ${err.message}`);
	});
	page.on('requestfailed', (req) => {
		// A request the page itself cancelled (a new navigation aborts e.g. a pending favicon) is
		// not a failure of the site; a missing file shows up as an HTTP error instead.
		if (req.failure()?.errorText === 'net::ERR_ABORTED') return;
		problems.failedRequests.push(`${req.method()} ${req.url()}: ${req.failure()?.errorText ?? 'failed'}`);
	});
	page.on('request', (req) => {
		const url = new URL(req.url());
		if (/^(https?|wss?):$/.test(url.protocol) && url.hostname !== LOCAL_HOST) {
			problems.foreignRequests.push(`${req.method()} ${req.url()}`);
		}
	});
	page.on('response', (res) => {
		if (res.status() >= 400 && !allowStatus.has(new URL(res.url()).pathname)) {
			problems.badResponses.push(`${res.status()} ${res.url()}`);
		}
	});
	return problems;
}

/** Fails with every recorded problem listed, so one run shows all of them. */
export function expectNoProblems(problems: PageProblems): void {
	expect(problems, 'console errors, page errors, failed / foreign requests, HTTP errors').toEqual({
		consoleErrors: [],
		pageErrors: [],
		failedRequests: [],
		foreignRequests: [],
		badResponses: []
	});
}

/**
 * Scrolls to the bottom in screen-sized steps (instant, so CSS smooth scrolling cannot stop it
 * early), letting scroll-driven code run at each step, then waits for the network to settle.
 */
export async function scrollToBottom(page: Page, maxSteps = 400): Promise<void> {
	for (let i = 0; i < maxSteps; i++) {
		const atBottom = await page.evaluate(() => {
			const el = document.scrollingElement ?? document.documentElement;
			const step = Math.max(100, Math.round(window.innerHeight * 0.6));
			window.scrollTo({ top: el.scrollTop + step, behavior: 'instant' });
			return Math.ceil(el.scrollTop + window.innerHeight) >= el.scrollHeight - 1;
		});
		await page.waitForTimeout(50);
		if (atBottom) break;
	}
	await page.waitForLoadState('networkidle');
}

/** Absolute URL an element's href resolves to (relative hrefs resolved by the browser). */
export async function resolvedHref(page: Page, selector: string): Promise<URL> {
	const href = await page
		.locator(selector)
		.first()
		.evaluate((el) => {
			const raw = el.getAttribute('href');
			if (raw === null) throw new Error('element has no href');
			return new URL(raw, document.baseURI).href;
		});
	return new URL(href);
}

/** Texts of every rendering of each headline figure (a figure may appear more than once), by id. */
export async function headlineFigureTexts(page: Page): Promise<Record<string, string[]>> {
	const out: Record<string, string[]> = {};
	for (const id of HEADLINE_FIGURES) {
		const texts = await page.getByTestId('headline').locator(`[data-figure="${id}"]`).allInnerTexts();
		out[id] = texts.map((t) => t.replace(/\s+/g, ' ').trim());
	}
	return out;
}

/**
 * Brings a chart of the story to life the way a reader does, by scrolling to it, and waits until
 * its code has loaded and taken over the server's drawing (src/lib/islands).
 * A wait, not a check: the island tests are in story.spec.ts.
 */
export async function islandReady(page: Page, name: 'waterfall-figure' | 'sunburst-figure'): Promise<void> {
	const island = page.locator(`[data-island="${name}"]`);
	await scrollIntoView(island);
	await expect(island).toHaveAttribute('data-island-ready', '', { timeout: 15_000 });
}

/** The axe rules every page is held to: WCAG 2.2 A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * One axe run (WCAG_TAGS) over the page or a part of it; a line per violation (rule, impact,
 * help, the first targets), prefixed with `context`, so a failing test says what and where.
 * Only violations are collected: gathering every pass is most of axe's time on the long story.
 */
export async function axeViolations(
	page: Page,
	{ include, exclude, context = '' }: { include?: string; exclude?: string; context?: string } = {}
): Promise<string[]> {
	let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS).options({ resultTypes: ['violations'] });
	if (include) builder = builder.include(include);
	if (exclude) builder = builder.exclude(exclude);
	const { violations } = await builder.analyze();
	const where = context ? `${context}: ` : '';
	return violations.map(
		(v) =>
			`${where}${v.id} [${v.impact ?? 'n/a'}] ${v.help}: ${v.nodes
				.slice(0, 6)
				.map((n) => n.target.map(String).join(' '))
				.join(' | ')}`
	);
}

/**
 * Scrolls an element to the middle of the viewport with the browser's own scrollIntoView, as the
 * page's links and scripts do. Playwright's scrollIntoViewIfNeeded scrolls by the DevTools
 * protocol, which does not draw a block laid out only near the viewport (content-visibility):
 * it can land beside an element inside one.
 */
export async function scrollIntoView(target: Locator): Promise<void> {
	await target.evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
}
