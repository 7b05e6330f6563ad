/**
 * The embed pages, in a real Chromium: each chart alone at /embed/<chart>/ and /en/embed/<chart>/,
 * embedded by a host page on another origin (localhost vs 127.0.0.1) that reads the height
 * messages, with and without /embed.js; head tags, widths, query fallbacks and axe.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, expectNoProblems, watchPage } from './helpers';

const CHARTS = ['sunburst', 'waterfall', 'three-public'] as const;
const LOCALES = [
	{ prefix: '', lang: 'zh-CN', story: '/' },
	{ prefix: '/en', lang: 'en', story: '/en/' }
] as const;
/** The story step each embed stands for (src/lib/story/steps.ts). */
const STEP: Record<(typeof CHARTS)[number], string> = {
	sunburst: 'function-whole',
	waterfall: 'rise-2019',
	'three-public': 'three-public'
};

/**
 * The host pages, served by a small server of this test on another port, under the name
 * "localhost": another origin than the embeds' 127.0.0.1, but on the same machine (Chromium's
 * local network access checks block loopback frames in a page that does not come from one).
 * `/host?src=&width=&script=1&extra=` is an article with one iframe of `src` that records every
 * message it receives, and loads /embed.js from the embed's origin with `script`;
 * `/forger` posts a forged height to its parent.
 */
/** A forged height, which no frame may take. */
const FORGED = 4321;
let hostServer: Server;
let host: string;
test.beforeAll(async () => {
	hostServer = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		const p = url.searchParams;
		res.setHeader('content-type', 'text/html; charset=utf-8');
		if (url.pathname === '/forger') {
			res.end(
				`<!doctype html><title>f</title>` +
					`<script>setInterval(() => parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: ${FORGED} }, '*'), 100)</script>`
			);
			return;
		}
		const src = p.get('src')!;
		res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,">
<script>window.received = []; addEventListener('message', (e) => received.push({ origin: e.origin, data: e.data }));</script></head>
<body style="margin:0"><main><h1>An article</h1>
<iframe id="chart" src="${src}" title="Chart" style="border:0;width:${Number(p.get('width'))}px" height="150" data-pzh-embed="x"></iframe>
${p.get('extra') ?? ''}
${p.get('script') ? `<script async src="${new URL(src).origin}/embed.js"></script>` : ''}
</main></body></html>`);
	});
	await new Promise<void>((resolve) => hostServer.listen(0, '127.0.0.1', resolve));
	host = `http://localhost:${(hostServer.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => hostServer.close(() => resolve())));

interface Received {
	origin: string;
	data: unknown;
}

/** Opens a host page with one iframe of `src` (absolute), `width` px wide; returns the iframe. */
async function openHost(page: Page, src: string, options: { width: number; script?: boolean; extra?: string }) {
	const q = new URLSearchParams({
		src,
		width: String(options.width),
		...(options.script ? { script: '1' } : {}),
		...(options.extra ? { extra: options.extra } : {})
	});
	await page.goto(`${host}/host?${q}`);
	return page.locator('#chart');
}

const received = (page: Page) => page.evaluate(() => (window as unknown as { received: Received[] }).received);

/** The heights the host has received in each format from the embed's origin. */
async function heights(page: Page, embed: string) {
	const all = (await received(page)).filter((m) => m.origin === embed);
	const amp = all.flatMap((m) => {
		const d = m.data as { sentinel?: string; type?: string; height?: number };
		return d && d.sentinel === 'amp' && d.type === 'embed-size' ? [d.height!] : [];
	});
	const pym = all.flatMap((m) => (typeof m.data === 'string' ? [m.data] : []));
	const dw = all.flatMap((m) => {
		const d = m.data as Record<string, Record<string, number>> | null;
		return d && typeof d === 'object' && 'datawrapper-height' in d ? [d['datawrapper-height']!] : [];
	});
	return { amp, pym, dw };
}

/** The embed page's own content height, measured inside the frame. */
async function contentHeight(page: Page): Promise<number> {
	const frame = page.frame({ url: /\/embed\// })!;
	return frame.evaluate(() => document.body.getBoundingClientRect().height);
}

test.describe('embedded on another origin', () => {
	for (const chart of CHARTS) {
		test(`${chart}: the host receives AMP, pym.js and Datawrapper heights; a narrower frame reports a new one`, async ({
			page,
			baseURL
		}) => {
			const embed = new URL(baseURL!).origin;
			const frame = await openHost(page, `${embed}/en/embed/${chart}/?childId=graphic-1`, { width: 600 });
			await expect.poll(async () => (await heights(page, embed)).amp.length, { timeout: 15_000 }).toBeGreaterThan(0);
			await page.waitForTimeout(300);
			const wide = await heights(page, embed);
			const h600 = wide.amp.at(-1)!;
			expect(h600).toBeGreaterThan(0);
			expect(wide.pym.at(-1)).toBe(`pymxPYMxgraphic-1xPYMxheightxPYMx${h600}`);
			expect(wide.dw.at(-1)).toEqual({ [chart]: h600 });
			// Nothing is sent twice for the same height.
			expect(new Set(wide.amp).size).toBe(wide.amp.length);

			await frame.evaluate((el) => (el.style.width = '300px'));
			await expect.poll(async () => (await heights(page, embed)).amp.at(-1), { timeout: 10_000 }).not.toBe(h600);
			await page.waitForTimeout(300);
			const narrow = await heights(page, embed);
			const h300 = narrow.amp.at(-1)!;
			expect(h300).toBeGreaterThan(0);
			expect(narrow.pym.at(-1)).toBe(`pymxPYMxgraphic-1xPYMxheightxPYMx${h300}`);
			expect(narrow.dw.at(-1)).toEqual({ [chart]: h300 });
			// Without a resizer the frame keeps its height: the embed measures its content, not its window.
			expect(await frame.evaluate((el) => el.getBoundingClientRect().height)).toBe(150);
		});
	}

	for (const { prefix } of LOCALES) {
		test(`${prefix || '/'} waterfall: with /embed.js the iframe ends at the content's height, at 600 and 300 px`, async ({
			page,
			baseURL
		}) => {
			const problems = watchPage(page);
			const embed = new URL(baseURL!).origin;
			const frame = await openHost(page, `${embed}${prefix}/embed/waterfall/?scope=fiscal`, {
				width: 600,
				script: true
			});
			/** How far the frame is from its content: height apart, and what would scroll inside it. */
			const mismatch = async () => {
				const f = page.frame({ url: /\/embed\// })!;
				const inside = await f.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
				return Math.max(
					Math.abs((await frame.evaluate((el) => el.getBoundingClientRect().height)) - (await contentHeight(page))),
					inside
				);
			};
			for (const width of [600, 300]) {
				await frame.evaluate((el, w) => (el.style.width = `${w}px`), width);
				await expect.poll(mismatch, { timeout: 10_000 }).toBeLessThanOrEqual(2);
				// And it stays so once the page has settled (hydration may change its height: the frame follows).
				await page.waitForTimeout(500);
				await expect.poll(mismatch, { timeout: 5_000 }).toBeLessThanOrEqual(2);
			}
			expect(problems.pageErrors).toEqual([]);
			expect(problems.consoleErrors).toEqual([]);
		});
	}

	test('/embed.js ignores heights from another origin and from windows that are not its iframes', async ({
		page,
		context,
		baseURL
	}) => {
		const embed = new URL(baseURL!).origin;
		// A frame on the host's origin that claims to be an embed, and a popup on the embed's origin (not an iframe).
		await context.route(`${embed}/popup-forger`, (route) =>
			route.fulfill({
				contentType: 'text/html',
				body:
					`<!doctype html><title>p</title>` +
					`<script>setInterval(() => opener && opener.postMessage('pymxPYMxxxPYMxheightxPYMx${FORGED}', '*'), 100)</script>`
			})
		);
		const frame = await openHost(page, `${embed}/embed/three-public/`, {
			width: 600,
			script: true,
			extra: `<iframe id="forger" src="${host}/forger" title="forger" data-pzh-embed="three-public" height="50" style="border:0"></iframe>`
		});
		await expect
			.poll(
				async () =>
					Math.abs((await frame.evaluate((el) => el.getBoundingClientRect().height)) - (await contentHeight(page))),
				{ timeout: 10_000 }
			)
			.toBeLessThanOrEqual(2);
		const popup = await Promise.all([
			page.waitForEvent('popup'),
			page.evaluate((url) => void window.open(url), `${embed}/popup-forger`)
		]).then(([p]) => p);
		await popup.waitForLoadState();
		// The host's own window posts one too.
		await page.evaluate((h) => window.postMessage({ sentinel: 'amp', type: 'embed-size', height: h }, '*'), FORGED);
		// Forgeries arrived from all three: the host's origin, the embed's origin (the popup), the page itself.
		const forged = async (origin: string) =>
			(await received(page)).filter((m) => m.origin === origin && JSON.stringify(m.data).includes(String(FORGED)))
				.length;
		await expect.poll(() => forged(embed)).toBeGreaterThan(1);
		await expect.poll(() => forged(host)).toBeGreaterThan(1);
		expect(await frame.evaluate((el) => el.getBoundingClientRect().height)).not.toBe(FORGED);
		await expect
			.poll(async () =>
				Math.abs((await frame.evaluate((el) => el.getBoundingClientRect().height)) - (await contentHeight(page)))
			)
			.toBeLessThanOrEqual(2);
		expect(await page.locator('#forger').evaluate((el) => el.getBoundingClientRect().height)).toBe(50);
		await popup.close();
	});
});

for (const { prefix, lang, story } of LOCALES) {
	for (const chart of CHARTS) {
		const path = `${prefix}/embed/${chart}/`;
		test.describe(`embed ${path}`, () => {
			test('loads without errors, noindex, canonical to the story step, the page language', async ({
				page,
				baseURL
			}) => {
				const problems = watchPage(page);
				await page.goto(path, { waitUntil: 'networkidle' });
				await expect(page.locator('html')).toHaveAttribute('lang', lang);
				await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
				const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
				expect(canonical).toMatch(/^https?:\/\//);
				const url = new URL(canonical!);
				expect(url.pathname + url.hash).toBe(`${story}#${STEP[chart]}`);
				// The chart with its headline as the one h1, its table, a source line and the story link; no page furniture.
				await expect(page.locator('h1')).toHaveCount(1);
				await expect(page.locator('h1 .num').first()).toBeVisible();
				await expect(page.locator('details.chart-table').first()).toBeAttached();
				const source = page.getByTestId('embed-source').locator('a');
				expect(new URL((await source.getAttribute('href'))!, baseURL).hash).toBe(`#${STEP[chart]}`);
				await expect(page.getByTestId('embed-story')).toHaveAttribute('target', '_blank');
				await expect(page.locator('[data-testid="lang-switch"], .skip, #glossary')).toHaveCount(0);
				expectNoProblems(problems);
			});

			test('no horizontal overflow from 280 to 1200 px', async ({ page }) => {
				await page.goto(path, { waitUntil: 'networkidle' });
				for (const width of [280, 300, 1200]) {
					await page.setViewportSize({ width, height: 800 });
					await expect
						.poll(() =>
							page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
						)
						.toBeLessThanOrEqual(0);
				}
				// The chart still has room at 300 px.
				await page.setViewportSize({ width: 300, height: 800 });
				const widest = await page
					.locator('.chart-body svg')
					.evaluateAll((svgs) => Math.max(...svgs.map((s) => s.getBoundingClientRect().width)));
				expect(widest).toBeGreaterThan(240);
			});

			test('zero axe violations (WCAG 2.2 AA), light and forced dark', async ({ page }) => {
				for (const query of ['', '?theme=dark']) {
					await page.goto(path + query, { waitUntil: 'networkidle' });
					expect(await axeViolations(page, { context: path + query })).toEqual([]);
				}
			});
		});
	}
}

test.describe('query parameters', () => {
	test('unknown values fall back silently to the default state', async ({ page }) => {
		const problems = watchPage(page);
		await page.goto(
			'/en/embed/waterfall/?scope=nonsense&theme=%3Cscript%3Ealert(1)%3C/script%3E&childId=%3Cx%3E&id=a%20b&initialWidth=600&parentTitle=x',
			{ waitUntil: 'networkidle' }
		);
		await expect(page.locator('#waterfall-chart input[value="all"]')).toBeChecked();
		await expect(page.locator('h1 [data-figure="totals.all.growth"]')).toBeVisible();
		await expect(page.locator('html')).not.toHaveAttribute('data-theme');
		await page.goto('/embed/sunburst/?focus=nope&theme=purple', { waitUntil: 'networkidle' });
		// The whole, not a zoom: the centre names the total.
		await expect(page.locator('.centre-amount [data-figure="total"]')).toBeVisible();
		await expect(page.locator('html')).not.toHaveAttribute('data-theme');
		expectNoProblems(problems);
	});

	test('scope and theme apply; the headline and canonical step follow the scope, also when the reader switches', async ({
		page
	}) => {
		await page.emulateMedia({ colorScheme: 'light' });
		await page.goto('/en/embed/waterfall/?scope=gpb&theme=dark', { waitUntil: 'networkidle' });
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		expect(bg).toBe('rgb(20, 21, 23)');
		await expect(page.locator('#waterfall-chart input[value="gpb"]')).toBeChecked();
		await expect(page.locator('h1 [data-figure="totals.gpb.growth"]')).toBeVisible();
		await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/en\/#rise-gpb$/);
		// Keyboard: arrows move through the scopes; the headline follows.
		await page.locator('#waterfall-chart input[value="gpb"]').focus();
		await page.keyboard.press('ArrowLeft');
		await expect(page.locator('#waterfall-chart input[value="fiscal"]')).toBeChecked();
		await expect(page.locator('h1 [data-figure="totals.fiscal.growth"]')).toBeVisible();
		await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/en\/#rise-fiscal$/);

		await page.emulateMedia({ colorScheme: 'dark' });
		await page.goto('/embed/sunburst/?theme=light&focus=gps', { waitUntil: 'networkidle' });
		expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(253, 252, 250)');
		await expect(page.locator('[data-testid="sunburst-details"] .name')).toHaveText('一般公共服务');
		await expect(page.locator('.centre-name')).toHaveText('一般公共服务');
	});
});

test.describe('same behaviour as in the story', () => {
	test('glossary popover from the headline: opens, Escape closes, focus returns; its full entry opens the story', async ({
		page
	}) => {
		const problems = watchPage(page);
		await page.goto('/en/embed/three-public/', { waitUntil: 'networkidle' });
		// The chart's code loads at the reader's first touch: the first click on the term (a link to
		// its entry until then) must open the popover all the same, in the frame.
		await expect(
			page.locator('[data-island]'),
			'nothing of the chart loaded before the reader does anything'
		).not.toHaveAttribute('data-island-ready');
		await page.locator('h1 .term').click();
		const term = page.locator('h1 .term[role="button"]');
		const popover = page.getByTestId('term-popover');
		expect(new URL(page.url()).pathname, 'still on the embed').toBe('/en/embed/three-public/');
		await expect(popover).toBeVisible();
		await expect(popover.locator('h2')).toBeFocused();
		// Beside its trigger, also on a phone: a bottom sheet would open at the foot of an auto-height frame, out of sight.
		const gap = async () => {
			const [p, t] = [(await popover.boundingBox())!, (await term.boundingBox())!];
			return p.y - (t.y + t.height);
		};
		await expect.poll(gap).toBeGreaterThanOrEqual(0);
		expect(await gap()).toBeLessThan(40);
		const more = popover.locator('.more a');
		await expect(more).toHaveAttribute('href', '/en/#term-three-public-expenses');
		await expect(more).toHaveAttribute('target', '_blank');
		await page.keyboard.press('Escape');
		await expect(popover).toBeHidden();
		await expect(term).toBeFocused();
		expectNoProblems(problems);
	});

	test('the data table opens; the sunburst zooms from the keyboard', async ({ page }) => {
		await page.goto('/en/embed/sunburst/', { waitUntil: 'networkidle' });
		// Opened with the reader's first click, maybe before the chart's code arrived: it stays open.
		await page.locator('details.chart-table > summary').click();
		await expect(page.locator('[data-island]')).toHaveAttribute('data-island-ready', '');
		await expect(page.getByTestId('sunburst-table')).toBeVisible();
		const tree = page.getByRole('tree');
		await tree.focus();
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('Enter');
		await expect(page.getByTestId('sunburst-live')).not.toBeEmpty();
	});
});
