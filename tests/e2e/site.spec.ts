import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { test, expect } from '@playwright/test';
import {
	axeViolations,
	EN,
	HEADLINE_FIGURES,
	PAGES,
	ZH,
	expectNoProblems,
	figureValue,
	formatWanYuanZh,
	headlineFigureTexts,
	resolvedHref,
	scrollToBottom,
	watchPage
} from './helpers';

const MINUS = '\u2212';
const zhNumber = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });

const isPercent = (id: string) => id.endsWith('growth');

for (const { page: site, other } of PAGES) {
	test.describe(`${site.lang} ${site.path}`, () => {
		test('headline is visible and shows the 2019 total', async ({ page }) => {
			await page.goto(site.path);
			await expect(page.locator('html')).toHaveAttribute('lang', site.lang);

			const headline = page.getByTestId('headline');
			await expect(headline).toBeVisible();
			for (const id of HEADLINE_FIGURES) {
				const fig = headline.locator(`[data-figure="${id}"]`).first();
				await expect(fig, `figure ${id}`).toBeVisible();
				await expect(fig, `figure ${id}`).toHaveText(/\d/);
			}

			const total = headline.locator('[data-figure="totals.all.2019"]').first();
			if (site.lang === 'zh-CN') {
				const expected = formatWanYuanZh(figureValue('totals.all.2019'));
				await expect(total).toHaveText(expected);
				await expect(headline).toContainText(expected);
			} else {
				await expect(total).not.toBeEmpty();
				await expect(total).toContainText('million');
			}
		});

		if (site.lang === 'zh-CN') {
			test('Chinese figures follow the data package (amounts in 万元, signed percentages)', async ({ page }) => {
				await page.goto(site.path);
				const headline = page.getByTestId('headline');
				await expect(headline).toBeVisible();
				for (const id of HEADLINE_FIGURES) {
					const value = figureValue(id);
					const abs = zhNumber.format(Math.abs(value));
					// A figure may appear more than once: in prose the verb carries the sign
					// ("增长26.1%", "下降7.07%"), in the figure panel the number does ("+26.1%", "−7.07%").
					const texts = (await headline.locator(`[data-figure="${id}"]`).allInnerTexts()).map((t) =>
						t.replace(/\s+/g, ' ').trim()
					);
					expect(texts.length, `${id} rendered`).toBeGreaterThan(0);
					for (const text of texts) {
						expect(text, `${id} has no hyphen-minus`).not.toContain('-');
						expect(text, id).toContain(isPercent(id) ? `${abs}%` : `${abs}万元`);
					}
					if (isPercent(id) && value !== 0) {
						const signed = `${value < 0 ? MINUS : '+'}${abs}%`;
						expect(texts, `${id} shown signed at least once`).toContain(signed);
					}
				}
			});
		}

		test('no console errors, page errors, failed or foreign requests while loading and scrolling', async ({ page }) => {
			const problems = watchPage(page);
			await page.goto(site.path, { waitUntil: 'networkidle' });
			await scrollToBottom(page);
			expectNoProblems(problems);
		});

		test('no horizontal overflow', async ({ page }) => {
			await page.goto(site.path, { waitUntil: 'networkidle' });
			const measure = () =>
				page.evaluate(() => ({
					scrollWidth: document.documentElement.scrollWidth,
					innerWidth: window.innerWidth
				}));
			const top = await measure();
			expect(top.scrollWidth, `scrollWidth at top vs innerWidth ${top.innerWidth}`).toBeLessThanOrEqual(top.innerWidth);
			await scrollToBottom(page);
			const bottom = await measure();
			expect(bottom.scrollWidth, `scrollWidth after scrolling vs innerWidth ${bottom.innerWidth}`).toBeLessThanOrEqual(
				bottom.innerWidth
			);
		});

		test('works without JavaScript: same headline figures', async ({ browser, page }, testInfo) => {
			const use = testInfo.project.use;
			const context = await browser.newContext({
				javaScriptEnabled: false,
				baseURL: use.baseURL,
				viewport: use.viewport,
				isMobile: use.isMobile,
				hasTouch: use.hasTouch,
				deviceScaleFactor: use.deviceScaleFactor
			});
			try {
				const noJs = await context.newPage();
				await noJs.goto(site.path);
				await expect(noJs.locator('html')).toHaveAttribute('lang', site.lang);
				await expect(noJs.getByTestId('headline')).toBeVisible();
				const staticTexts = await headlineFigureTexts(noJs);
				for (const [id, texts] of Object.entries(staticTexts)) {
					expect(texts.length, `figure ${id} rendered without JS`).toBeGreaterThan(0);
					for (const text of texts) expect(text, `figure ${id} without JS`).not.toBe('');
				}
				const total = staticTexts['totals.all.2019'] ?? [];
				if (site.lang === 'zh-CN') {
					expect(total[0]).toBe(formatWanYuanZh(figureValue('totals.all.2019')));
				} else {
					expect(total[0]).toContain('million');
				}

				// With JS the hydrated page must settle on the very same texts, instance for instance.
				await page.goto(site.path);
				for (const [id, texts] of Object.entries(staticTexts)) {
					await expect(
						page.getByTestId('headline').locator(`[data-figure="${id}"]`),
						`figure ${id} with JS`
					).toHaveText(texts);
				}
			} finally {
				await context.close();
			}
		});

		test('language switch goes to the other language and back', async ({ page }) => {
			await page.goto(site.path, { waitUntil: 'networkidle' });
			const onPath = (path: string) => (url: URL) => url.pathname === path;

			for (const [from, to] of [
				[site, other],
				[other, site]
			] as const) {
				const sw = page.getByTestId('lang-switch');
				await expect(sw, `switch on ${from.path}`).toBeVisible();
				expect((await resolvedHref(page, '[data-testid="lang-switch"]')).pathname).toBe(to.path);
				await sw.first().click();
				await page.waitForURL(onPath(to.path));
				await expect(page.locator('html'), `<html lang> after switching to ${to.path}`).toHaveAttribute(
					'lang',
					to.lang
				);
				const total = page.getByTestId('headline').locator('[data-figure="totals.all.2019"]').first();
				if (to.lang === 'zh-CN') {
					await expect(total).toHaveText(formatWanYuanZh(figureValue('totals.all.2019')));
				} else {
					await expect(total).toContainText('million');
				}
				await page.waitForLoadState('networkidle');
			}
		});

		test('hreflang alternates point to both language pages', async ({ page }) => {
			await page.goto(site.path);
			const alt = (hreflang: string) => `link[rel="alternate"][hreflang="${hreflang}"]`;
			for (const hreflang of ['zh-CN', 'en', 'x-default']) {
				await expect(page.locator(alt(hreflang)), `one ${hreflang} alternate`).toHaveCount(1);
			}
			const zh = await resolvedHref(page, alt('zh-CN'));
			const en = await resolvedHref(page, alt('en'));
			const xDefault = await resolvedHref(page, alt('x-default'));

			// Absolute (production) URLs may carry another origin and a base path: compare the
			// ends of the paths, and exact paths when the links are local.
			expect(en.pathname.endsWith(EN.path), `en alternate ${en.href}`).toBe(true);
			expect(zh.pathname.endsWith(ZH.path) && !zh.pathname.endsWith(EN.path), `zh-CN alternate ${zh.href}`).toBe(true);
			expect(en.pathname, 'en alternate is the zh-CN alternate + "en/"').toBe(`${zh.pathname}en/`);
			expect(en.origin).toBe(zh.origin);
			expect(xDefault.href, 'x-default points to the Chinese page').toBe(zh.href);
			if (zh.hostname === '127.0.0.1') {
				expect(zh.pathname).toBe(ZH.path);
				expect(en.pathname).toBe(EN.path);
			}
		});

		test('zero axe violations (WCAG 2.2 AA)', async ({ page }) => {
			await page.goto(site.path, { waitUntil: 'networkidle' });
			expect(await axeViolations(page)).toEqual([]);
		});
	});
}

test.describe('404 and favicon', () => {
	test('/404.html is prerendered, answers 200 and links back home', async ({ page }) => {
		const res = await page.goto('/404.html');
		expect(res?.status()).toBe(200);
		await expect(page.locator('html')).toHaveAttribute('lang', /^(zh-CN|en)$/);
		const paths = await page
			.locator('a[href]')
			.evaluateAll((as) => as.map((a) => new URL(a.getAttribute('href') ?? '', document.baseURI).pathname));
		expect(paths, 'a link to the home page').toContain('/');
	});

	test('/does-not-exist/ answers 404, not a soft 404 copy of a page', async ({ page }) => {
		// `vite preview` renders Kit's error page here rather than build/404.html (static hosts
		// serve 404.html: see the next test), so only the status and the absence of the story are checked.
		const res = await page.goto('/does-not-exist/');
		expect(res?.status()).toBe(404);
		await expect(page.locator('html')).toHaveAttribute('lang', /^(zh-CN|en)$/);
		await expect(page.getByTestId('headline')).toHaveCount(0);
	});

	test('404.html served at an unknown nested path (as static hosts do) loads cleanly', async ({ page }) => {
		// GitHub Pages, Netlify & co. answer any unknown URL with /404.html. Serve the built file the
		// same way so that relative asset paths in it are exercised from a deep URL.
		// BUILD_DIR, as the build took it, so a second build (and its preview) is tested as a whole.
		const file = process.env.BUILD_DIR
			? resolve(process.env.BUILD_DIR, '404.html')
			: fileURLToPath(new URL('../../build/404.html', import.meta.url));
		test.skip(!existsSync(file), `${file} not built`);
		const body = readFileSync(file, 'utf8');
		const deep = '/no/such/page/';
		await page.route(`**${deep}`, (route) =>
			route.fulfill({ status: 404, contentType: 'text/html; charset=utf-8', body })
		);
		const problems = watchPage(page, { allowStatus: [deep] });
		const res = await page.goto(deep, { waitUntil: 'networkidle' });
		expect(res?.status()).toBe(404);
		const paths = await page
			.locator('a[href]')
			.evaluateAll((as) => as.map((a) => new URL(a.getAttribute('href') ?? '', document.baseURI).pathname));
		expect(paths, 'a link to the home page from a deep URL').toContain('/');
		expectNoProblems(problems);
	});

	test('favicon answers 200', async ({ page, request }) => {
		await page.goto('/');
		const icons = page.locator('link[rel~="icon"]');
		const href = (await icons.count()) > 0 ? (await resolvedHref(page, 'link[rel~="icon"]')).href : '/favicon.ico';
		const res = await request.get(href);
		expect(res.status(), `GET ${href}`).toBe(200);
		expect((await res.body()).length, `${href} is not empty`).toBeGreaterThan(0);
	});
});
