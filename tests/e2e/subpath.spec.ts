/**
 * The site served from a sub-path by a plain static file server (no Vite, no Kit): the build for
 * BASE_PATH=/budget (tests/helpers/subpath.ts, reused when fresh) behind tests/helpers/static-server.ts.
 * The story and an embed load and hydrate, the downloads and a share image are there, nothing 404s.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { serveStatic, type StaticServer } from '$lib/../../tests/helpers/static-server';
import { ensureSubpathBuild, SUBPATH } from '$lib/../../tests/helpers/subpath';
import { expectNoProblems, watchPage } from './helpers';
import { SUNBURST_SECTION } from './nodes';

let server: StaticServer;
test.beforeAll(async () => {
	// Building takes a minute or two on a loaded machine; after the build tier it is reused.
	test.setTimeout(360_000);
	server = await serveStatic({ root: await ensureSubpathBuild(), base: SUBPATH.base });
});
test.afterAll(() => server?.close());

/** A URL of the sub-path site: `at('en/')` is http://127.0.0.1:PORT/budget/en/. */
const at = (path = '') => new URL(path, server.url).href;

/** The absolute href of the first element matching `selector`, resolved by the page. */
const hrefOf = (page: Page, selector: string) =>
	page
		.locator(selector)
		.first()
		.evaluate((a) => (a as HTMLAnchorElement).href);

for (const { path, lang, other, otherLang } of [
	{ path: '', lang: 'zh-CN', other: 'en/', otherLang: 'en' },
	{ path: 'en/', lang: 'en', other: '', otherLang: 'zh-CN' }
]) {
	test(`${SUBPATH.base}/${path}: the story loads and hydrates, and the language switch stays under the sub-path`, async ({
		page
	}) => {
		const problems = watchPage(page);
		await page.goto(at(path));
		await expect(page.locator('html')).toHaveAttribute('lang', lang);
		// Hydrated, and its lazy chunk (scrollama) loaded from /budget/_app/: it marks the steps.
		await expect(page.locator('[data-step-index]').last()).toHaveAttribute('data-scrollama-index', /^\d+$/, {
			timeout: 20_000
		});
		await page.getByTestId('lang-switch').first().click();
		await page.waitForURL((u) => u.pathname === `${SUBPATH.base}/${other}`);
		await expect(page.locator('html')).toHaveAttribute('lang', otherLang);
		await expect(page.locator('[data-step-index]').last()).toHaveAttribute('data-scrollama-index', /^\d+$/, {
			timeout: 20_000
		});
		await page.waitForLoadState('networkidle');
		expectNoProblems(problems);
	});
}

test('an embed page loads under the sub-path and applies its query (so it hydrated)', async ({ page }) => {
	const problems = watchPage(page);
	await page.goto(at(`en/embed/sunburst/?focus=${SUNBURST_SECTION}&theme=dark`), { waitUntil: 'networkidle' });
	await expect(page.getByTestId('embed')).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await expect(page.locator('#sunburst-chart path.is-centre')).toHaveAttribute('data-node', SUNBURST_SECTION);
	expect(new URL(await hrefOf(page, '[data-testid="embed-story"]')).pathname).toBe(`${SUBPATH.base}/en/`);
	expectNoProblems(problems);
});

test('the story links its CSV, the data package and its share image under the sub-path, and they are served', async ({
	page,
	request
}) => {
	const problems = watchPage(page);
	await page.goto(at(), { waitUntil: 'networkidle' });

	const csvUrl = await hrefOf(page, 'a[download][href$=".csv"]');
	expect(new URL(csvUrl).pathname).toMatch(new RegExp(`^${SUBPATH.base}/data/[a-z-]+\\.csv$`));
	const csv = await request.get(csvUrl);
	expect(csv.status()).toBe(200);
	expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
	// Published with a UTF-8 byte-order mark in front of the package's file (see README, The data).
	const file = new URL(csvUrl).pathname.slice(`${SUBPATH.base}/data/`.length);
	expect(Buffer.compare(await csv.body(), Buffer.concat([Buffer.from('\uFEFF'), readFileSync(`data/${file}`)]))).toBe(
		0
	);

	const pkgUrl = await hrefOf(page, 'a[href$="/datapackage.json"]');
	expect(new URL(pkgUrl).pathname).toBe(`${SUBPATH.base}/data/datapackage.json`);
	const pkg = await request.get(pkgUrl);
	expect(pkg.status()).toBe(200);
	expect(await pkg.json()).toEqual(JSON.parse(readFileSync('data/datapackage.json', 'utf8')));

	// og:image is absolute on SITE_URL's origin; its path is the image's under the sub-path.
	const og = new URL((await page.locator('meta[property="og:image"]').getAttribute('content'))!);
	expect(og.pathname).toBe(`${SUBPATH.base}/share/story.png`);
	const png = await request.get(at(og.pathname.slice(SUBPATH.base.length + 1)));
	expect(png.status()).toBe(200);
	expect(png.headers()['content-type']).toBe('image/png');
	const bytes = await png.body();
	expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
	expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);
	expectNoProblems(problems);
});

test('the static server is plain: outside the sub-path and unknown paths are 404, a directory gets its slash', async ({
	request
}) => {
	expect((await request.get(new URL('/', server.url).href)).status()).toBe(404);
	expect((await request.get(new URL('/en/', server.url).href)).status()).toBe(404);
	expect((await request.get(at('no-such-page/'))).status()).toBe(404);
	const noSlash = await request.get(at('en'), { maxRedirects: 0 });
	expect([noSlash.status(), noSlash.headers().location]).toEqual([301, `${SUBPATH.base}/en/`]);
	// Nothing the pages asked for was missing.
	expect(server.log.filter((r) => r.status >= 400 && !/^\/(en\/)?$|no-such-page/.test(r.path))).toEqual([]);
});
