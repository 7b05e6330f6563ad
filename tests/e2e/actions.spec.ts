/**
 * A chart's actions, in a real browser against the built site: the "embed this chart" dialog
 * (its tabs: the frame, AMP and the still image; codes, copy, preview widths, Escape), share (the copy-link fallback, also inside a
 * cross-origin frame where the Clipboard API is blocked) and the image downloads (SVG, PNG).
 * Desktop only but for one phone check of the dialog: the rest does not depend on the screen.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { axeViolations, scrollIntoView } from './helpers';

/** No share sheet: the share buttons fall back to copying (Chromium on Linux has none either). */
const NO_SHARE = () => {
	delete (Navigator.prototype as { share?: unknown }).share;
};

let hostServer: Server;
let host: string;
test.beforeAll(async () => {
	// A host page on another origin ("localhost" vs the site's 127.0.0.1) with one embed in a frame
	// that is not allowed the clipboard.
	hostServer = createServer((req, res) => {
		const src = new URL(req.url ?? '/', 'http://localhost').searchParams.get('src')!;
		res.setHeader('content-type', 'text/html; charset=utf-8');
		res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,"></head>
<body style="margin:0"><iframe id="chart" src="${src}" title="Chart" style="border:0;width:700px" height="3000"></iframe></body></html>`);
	});
	await new Promise<void>((resolve) => hostServer.listen(0, '127.0.0.1', resolve));
	host = `http://localhost:${(hostServer.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => hostServer.close(() => resolve())));

test.beforeEach(async ({ context, baseURL }, testInfo) => {
	if (!testInfo.title.includes('@phone'))
		test.skip(testInfo.project.name !== 'desktop', 'does not depend on the screen: desktop only');
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
	await context.addInitScript(NO_SHARE);
});

/** A chart's figure, scrolled to. */
async function chartFigure(page: Page, id: string): Promise<Locator> {
	const figure = page.locator(`figure#${id}`);
	// Scrolled to by id: the chart's code may replace the server-drawn figure as it comes into view.
	await expect(async () => {
		await page.evaluate((i) => document.getElementById(i)!.scrollIntoView(), id);
		await expect(figure.getByTestId('chart-actions')).toBeVisible({ timeout: 1000 });
	}).toPass({ timeout: 20_000 });
	return figure;
}

/** Picks a waterfall scope once the chart's code runs (the URL follows it then). */
async function chooseScope(page: Page, figure: Locator, scope: string) {
	await expect(async () => {
		await figure.locator(`input[name="waterfall-scope"][value="${scope}"]`).check();
		await expect(page).toHaveURL(new RegExp(`scope=${scope}`), { timeout: 1000 });
	}).toPass({ timeout: 20_000 });
}

async function openDialog(page: Page, figure: Locator): Promise<Locator> {
	const dialog = page.locator('dialog[open]');
	// The figure's code may still be loading: click until the dialog opens.
	await expect(async () => {
		if (!(await dialog.count())) await figure.getByTestId('embed-open').click({ timeout: 2000 });
		await expect(dialog).toBeVisible({ timeout: 5000 });
	}).toPass({ timeout: 30_000 });
	return dialog;
}

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

test('embed dialog: both codes, copy says so, preview at three widths, Escape returns focus', async ({
	page,
	baseURL
}) => {
	await page.goto('/en/#waterfall-chart', { waitUntil: 'domcontentloaded' });
	const figure = await chartFigure(page, 'waterfall-chart');
	await chooseScope(page, figure, 'fiscal');
	// Nothing of the preview is loaded before the dialog opens.
	await expect(page.getByTestId('embed-preview')).toHaveCount(0);

	const dialog = await openDialog(page, figure);
	await expect(dialog.getByRole('heading', { name: 'Embed this chart' })).toBeVisible();
	const iframeCode = await dialog.getByTestId('embed-code-iframe').inputValue();
	const scriptCode = await dialog.getByTestId('embed-code-script').inputValue();
	// The code links to the site where readers reach it (SITE_URL, as the canonical link does).
	const site = new URL((await page.locator('link[rel=canonical]').getAttribute('href'))!).origin;
	expect(iframeCode).toMatch(new RegExp(`^<iframe src="${site}/en/embed/waterfall/\\?scope=fiscal" title="[^"]+"`));
	expect(scriptCode).toBe(`<script async src="${site}/embed.js"></script>`);

	await dialog.getByTestId('embed-copy-iframe').click();
	await expect(dialog.getByTestId('embed-status')).toHaveText('Frame code copied');
	expect(await clipboard(page)).toBe(iframeCode);
	await dialog.getByTestId('embed-copy-script').click();
	await expect(dialog.getByTestId('embed-status')).toHaveText('Script copied');
	expect(await clipboard(page)).toBe(scriptCode);

	const preview = dialog.getByTestId('embed-preview');
	await expect(preview).toHaveAttribute('src', `${baseURL}/en/embed/waterfall/?scope=fiscal`);
	const stage = await dialog.boundingBox();
	for (const width of [320, 600, 1000]) {
		await dialog.getByTestId(`embed-width-${width}`).check();
		await expect(preview).toHaveAttribute('width', String(width));
		// Wider than the dialog, the frame is scaled down to fit it.
		const box = (await preview.boundingBox())!;
		expect(box.width).toBeLessThanOrEqual(stage!.width);
		if (width === 1000) expect(box.width).toBeLessThan(1000);
		else expect(box.width).toBeCloseTo(width, 0);
	}
	// The embed posts its height; the preview takes it.
	await expect.poll(async () => Number(await preview.getAttribute('height'))).not.toBe(1500);

	// The dialog itself (the embed page in the preview has its own axe test in embed.spec.ts).
	expect(await axeViolations(page, { include: 'dialog[open]', exclude: '[data-testid=embed-preview]' })).toEqual([]);

	await page.keyboard.press('Escape');
	await expect(page.locator('dialog[open]')).toHaveCount(0);
	await expect(figure.getByTestId('embed-open')).toBeFocused();
	await expect(page.getByTestId('embed-preview')).toHaveCount(0);
});

test('embed dialog @phone: fits a phone, in Chinese, its controls at least 44 px', async ({ page }, testInfo) => {
	test.skip(testInfo.project.name !== 'phone', 'phone only');
	// The narrowest phone the site is made for.
	await page.setViewportSize({ width: 320, height: 640 });
	await page.goto('/#sunburst-chart', { waitUntil: 'domcontentloaded' });
	const figure = await chartFigure(page, 'sunburst-chart');
	const dialog = await openDialog(page, figure);
	await expect(dialog.getByRole('heading', { name: '嵌入此图表' })).toBeVisible();
	expect(await dialog.getByTestId('embed-code-iframe').inputValue()).toContain('/embed/sunburst/');
	const box = (await dialog.boundingBox())!;
	expect(box.x).toBeGreaterThanOrEqual(0);
	expect(box.x + box.width).toBeLessThanOrEqual(320);
	// Each tab in turn: what it shows fits, and its controls are large enough to tap.
	for (const kind of ['iframe', 'amp', 'image']) {
		await dialog.getByTestId(`embed-tab-${kind}`).click();
		await expect(dialog.getByTestId(`embed-panel-${kind}`)).toBeVisible();
		if (kind === 'image') await expect(dialog.getByTestId('embed-image-preview')).toBeVisible();
		for (const control of await dialog.locator(':is(button, a, label:has(input[type=radio])):visible').all()) {
			const b = (await control.boundingBox())!;
			expect(b.height, `${kind}: ${await control.textContent()}`).toBeGreaterThanOrEqual(44);
			expect(b.x + b.width, `${kind}: ${await control.textContent()}`).toBeLessThanOrEqual(box.x + box.width);
		}
		const overflow = await dialog.evaluate((d) => d.scrollWidth - d.clientWidth);
		expect(overflow, kind).toBeLessThanOrEqual(0);
	}
	const still = (await dialog.getByTestId('embed-image-preview').boundingBox())!;
	expect(still.x + still.width).toBeLessThanOrEqual(box.x + box.width);
	await dialog.getByTestId('embed-close').click();
	await expect(figure.getByTestId('embed-open')).toBeFocused();
});

/** As escapeMarkup writes text into an attribute. */
const attr = (s: string) =>
	s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

test('embed dialog: AMP and image tabs by keyboard, their codes, the image in the build, copy', async ({
	page,
	baseURL,
	request
}) => {
	await page.goto('/en/#waterfall-chart', { waitUntil: 'domcontentloaded' });
	const figure = await chartFigure(page, 'waterfall-chart');
	await chooseScope(page, figure, 'gpb');
	const dialog = await openDialog(page, figure);
	const site = new URL((await page.locator('link[rel=canonical]').getAttribute('href'))!).origin;

	const tabs = dialog.getByRole('tablist', { name: 'Ways to embed' }).getByRole('tab');
	await expect(tabs).toHaveText(['Responsive frame (recommended)', 'AMP', 'Image']);
	await expect(dialog.getByRole('tab', { selected: true })).toHaveText('Responsive frame (recommended)');
	await expect(dialog.getByTestId('embed-panel-iframe')).toBeVisible();

	// AMP, by the arrow key: selection follows focus, one panel shows.
	await dialog.getByTestId('embed-tab-iframe').focus();
	await page.keyboard.press('ArrowRight');
	const ampTab = dialog.getByTestId('embed-tab-amp');
	await expect(ampTab).toBeFocused();
	await expect(ampTab).toHaveAttribute('aria-selected', 'true');
	await expect(ampTab).toHaveAttribute('tabindex', '0');
	await expect(dialog.getByTestId('embed-tab-iframe')).toHaveAttribute('tabindex', '-1');
	const ampPanel = dialog.getByRole('tabpanel', { name: 'AMP' });
	await expect(ampPanel).toBeVisible();
	await expect(dialog.getByTestId('embed-panel-iframe')).toBeHidden();
	await expect(ampPanel).toContainText('https');
	// The preview of the embed stays: the AMP frame shows the same page.
	await expect(dialog.getByTestId('embed-preview')).toBeVisible();
	// This build's SITE_URL decides whether AMP would show its frames.
	await expect(dialog.getByTestId('embed-amp-http')).toHaveCount(site.startsWith('https:') ? 0 : 1);

	const ampField = dialog.getByTestId('embed-code-amp');
	// The placeholder's alt text arrives with the image's details.
	await expect(ampField).toHaveValue(/<amp-img [^>]* alt="[^"]{40,}"><\/amp-img>/);
	const amp = await ampField.inputValue();
	expect(amp).toMatch(
		new RegExp(
			`^<amp-iframe src="${site}/en/embed/waterfall/\\?scope=gpb" title="[^"]+" layout="fixed-height" width="auto" height="\\d+" ` +
				`sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox" resizable frameborder="0">\\n`
		)
	);
	expect(amp).toContain('\n  <div overflow tabindex="0" role="button" aria-label="Show all">Show all</div>\n');
	expect(amp).toContain(`<amp-img placeholder layout="fill" object-fit="contain" src="${site}/en/share/waterfall.png"`);
	expect(amp.endsWith('</amp-iframe>')).toBe(true);
	const ampScript = await dialog.getByTestId('embed-code-ampScript').inputValue();
	expect(ampScript).toBe(
		'<script async custom-element="amp-iframe" src="https://cdn.ampproject.org/v0/amp-iframe-0.1.js"></script>'
	);

	await dialog.getByTestId('embed-copy-amp').click();
	await expect(dialog.getByTestId('embed-status')).toHaveText('AMP frame code copied');
	expect(await clipboard(page)).toBe(amp);
	await dialog.getByTestId('embed-copy-ampScript').click();
	await expect(dialog.getByTestId('embed-status')).toHaveText('amp-iframe script copied');
	expect(await clipboard(page)).toBe(ampScript);

	// The image, by End; the frame's preview goes out of the way.
	await ampTab.focus();
	await page.keyboard.press('End');
	const imageTab = dialog.getByTestId('embed-tab-image');
	await expect(imageTab).toBeFocused();
	await expect(imageTab).toHaveAttribute('aria-selected', 'true');
	await expect(dialog.getByRole('tabpanel', { name: 'Image' })).toBeVisible();
	await expect(ampPanel).toBeHidden();
	await expect(dialog.getByTestId('embed-preview')).toBeHidden();
	await expect(dialog.getByTestId('embed-status')).toHaveText('');
	// A scope was picked: the image says it shows the whole chart.
	await expect(dialog.getByText('The image shows the whole chart')).toBeVisible();

	const code = await dialog.getByTestId('embed-code-image').inputValue();
	const alt = await dialog.getByTestId('embed-code-alt').inputValue();
	expect(alt.length).toBeGreaterThan(40);
	const src = code.match(/<img src="([^"]+)"/)?.[1];
	expect(src).toBe(`${site}/en/share/waterfall.png`);
	expect(code).toContain(`alt="${attr(alt)}"`);
	// The alt text is the card's own, as the embed page's link previews carry it.
	const embedDoc = await (await request.get(`${baseURL}/en/embed/waterfall/`)).text();
	const ogAlt = await page.evaluate(
		(html) =>
			new DOMParser()
				.parseFromString(html, 'text/html')
				.querySelector('meta[property="og:image:alt"]')!
				.getAttribute('content'),
		embedDoc
	);
	expect(alt).toBe(ogAlt);

	// The PNG is in the build, at the size the code gives.
	const png = await request.get(`${baseURL}${new URL(src!).pathname}`);
	expect(png.status()).toBe(200);
	expect(png.headers()['content-type']).toBe('image/png');
	const bytes = await png.body();
	const [w, h] = [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
	expect(code).toContain(`width="${w}" height="${h}"`);

	// The caption: the embed's source line, linked to a step of this story.
	const caption = code.match(/<figcaption>Source: <a href="([^"]+)">([^<]+)<\/a><\/figcaption>/);
	expect(caption?.[2]).toContain('部门决算');
	const href = new URL(caption![1]!);
	expect(`${href.origin}${href.pathname}`).toBe(`${site}/en/`);
	await expect(page.locator(`[id="${href.hash.slice(1)}"]`)).toHaveCount(1);
	await expect(dialog.getByTestId('embed-image-download')).toHaveAttribute('href', `${baseURL}/en/share/waterfall.png`);
	await expect(dialog.getByTestId('embed-image-download')).toHaveAttribute('download', '');
	const still = dialog.getByTestId('embed-image-preview');
	await expect(still).toHaveAttribute('alt', alt);
	await expect.poll(() => still.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(w);

	await dialog.getByTestId('embed-copy-image').click();
	await expect(dialog.getByTestId('embed-status')).toHaveText('Image code copied');
	expect(await clipboard(page)).toBe(code);
	await dialog.getByTestId('embed-copy-alt').click();
	await expect(dialog.getByTestId('embed-status')).toHaveText('Alt text copied');
	expect(await clipboard(page)).toBe(alt);

	expect(await axeViolations(page, { include: 'dialog[open]', exclude: '[data-testid=embed-preview]' })).toEqual([]);

	// Arrows wrap around: right from the image is the frame again, with its preview.
	await imageTab.focus();
	await page.keyboard.press('ArrowRight');
	await expect(dialog.getByTestId('embed-tab-iframe')).toBeFocused();
	await expect(dialog.getByTestId('embed-preview')).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(page.locator('dialog[open]')).toHaveCount(0);
	await expect(figure.getByTestId('embed-open')).toBeFocused();
});

test('share falls back to copying the link: the page at its step, a chart at its anchor', async ({ page, baseURL }) => {
	await page.goto('/#rise-2019');
	// The page has hydrated and is wired (its glossary terms are buttons): a tap before does nothing yet.
	await expect(page.locator('.term[role="button"]').first()).toBeAttached({ timeout: 15_000 });
	await page.getByTestId('page-share').click();
	await expect(page.locator('.bar [role=status]')).toHaveText('链接已复制');
	expect(await clipboard(page)).toBe(`${baseURL}/#rise-2019`);

	const figure = await chartFigure(page, 'three-public-chart');
	await expect(async () => {
		await figure.getByTestId('chart-share').click();
		await expect(figure.getByText('链接已复制')).toBeVisible({ timeout: 1000 });
	}).toPass({ timeout: 20_000 });
	expect(await clipboard(page)).toBe(`${baseURL}/#three-public-chart`);
});

test('the share button shows once it works: not while the page’s code is still loading, not without JavaScript', async ({
	browser,
	baseURL
}) => {
	// The page's code never arrives: the server's button would take a tap and do nothing.
	const stalled = await browser.newContext({ baseURL });
	try {
		const page = await stalled.newPage();
		await page.route('**/_app/immutable/**', (route) => route.abort());
		await page.goto('/');
		await expect(page.getByTestId('headline')).toBeVisible();
		await expect(page.getByTestId('page-share')).toBeHidden();
		// Its place is kept: the language switch beside it does not move when it shows.
		expect(await page.getByTestId('page-share').evaluate((el) => el.getBoundingClientRect().width)).toBeGreaterThan(0);
	} finally {
		await stalled.close();
	}
	const noJs = await browser.newContext({ baseURL, javaScriptEnabled: false });
	try {
		const page = await noJs.newPage();
		await page.goto('/');
		await expect(page.getByTestId('headline')).toBeVisible();
		await expect(page.getByTestId('page-share')).toBeHidden();
		expect(
			await page.getByTestId('page-share').evaluate((el) => el.getBoundingClientRect().width),
			'no room taken without JavaScript'
		).toBe(0);
	} finally {
		await noJs.close();
	}
	// With its code, it shows.
	const live = await browser.newContext({ baseURL });
	try {
		const page = await live.newPage();
		await page.goto('/');
		await expect(page.getByTestId('page-share')).toBeVisible({ timeout: 15_000 });
	} finally {
		await live.close();
	}
});

test('share inside a cross-origin frame still yields the story step’s link', async ({ page }) => {
	await page.goto(
		`${host}/?src=${encodeURIComponent(`http://127.0.0.1:${new URL(test.info().project.use.baseURL!).port}/en/embed/waterfall/?scope=gpb`)}`
	);
	const frame = page.frameLocator('#chart');
	const button = frame.getByTestId('embed-share');
	// Live first: the canonical link follows the scope the URL asks for, which the page's code applies.
	await expect(button).toBeVisible({ timeout: 15_000 });
	const canonical = await frame.locator('link[rel=canonical]').getAttribute('href');
	expect(canonical).toMatch(/\/en\/#/);
	await scrollIntoView(button);
	await expect(async () => {
		await button.click();
		await expect(frame.getByText('Link copied').or(frame.getByTestId('embed-share-manual'))).toBeVisible({
			timeout: 1000
		});
	}).toPass({ timeout: 20_000 });
	const manual = frame.getByTestId('embed-share-manual');
	if (await manual.count()) {
		await expect(manual).toHaveValue(canonical!);
		expect(await manual.evaluate((el: HTMLInputElement) => [el.selectionStart, el.selectionEnd])).toEqual([
			0,
			canonical!.length
		]);
	} else {
		await page.context().grantPermissions(['clipboard-read'], { origin: host });
		expect(await clipboard(page)).toBe(canonical);
	}
});

/** Clicks a download in a figure's menu; returns the file's name and bytes. */
async function download(page: Page, figure: Locator, format: 'svg' | 'png'): Promise<{ name: string; bytes: Buffer }> {
	const menu = figure.locator('details.downloads');
	if ((await menu.getAttribute('open')) === null) await menu.locator('summary').click();
	const [file] = await Promise.all([page.waitForEvent('download'), figure.getByTestId(`download-${format}`).click()]);
	return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

/** What a browser reads in an SVG file. */
const parseSvg = (page: Page, text: string) =>
	page.evaluate((t) => {
		const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
		const root = doc.documentElement;
		return {
			error: !!doc.querySelector('parsererror'),
			name: root.nodeName,
			width: Number(root.getAttribute('width')),
			height: Number(root.getAttribute('height')),
			viewBox: root.getAttribute('viewBox'),
			text: root.textContent?.replace(/\s+/g, '') ?? '',
			shapes: root.querySelectorAll('path, rect').length
		};
	}, text);

test('downloads: SVG and PNG of the chart as shown, with title and source; data files', async ({ page }) => {
	await page.goto('/en/#waterfall-chart', { waitUntil: 'domcontentloaded' });
	const figure = await chartFigure(page, 'waterfall-chart');
	await chooseScope(page, figure, 'fiscal');
	const title = (await figure.locator('.chart-title').textContent())!.replace(/\s+/g, '');
	const source = (await figure.locator('.chart-source').textContent())!.replace(/\s+/g, '');

	const svg = await download(page, figure, 'svg');
	expect(svg.name).toBe('panzhihua-2019-waterfall-fiscal-en.svg');
	const text = svg.bytes.toString('utf8');
	// Nothing outside the file: references are to its own ids.
	expect(text).not.toMatch(/(href|src)="(?!#)|url\((?!(&quot;|["'])?#)|@import|<image|<foreignObject/);
	const parsed = await parseSvg(page, text);
	expect(parsed).toMatchObject({ error: false, name: 'svg', viewBox: `0 0 ${parsed.width} ${parsed.height}` });
	expect(parsed.width).toBeGreaterThan(300);
	expect(parsed.text).toContain(title);
	expect(parsed.text).toContain(source);
	// The bars' labels of the scope shown: the 2019 total of fiscal appropriations.
	expect(parsed.text).toContain(
		(await figure.locator('[data-value-for="end"]').first().textContent())!.replace(/\s+/g, '')
	);
	expect(parsed.shapes).toBeGreaterThan(4);

	const png = await download(page, figure, 'png');
	expect(png.name).toBe('panzhihua-2019-waterfall-fiscal-en.png');
	expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	// IHDR: width and height, twice the SVG's.
	expect([png.bytes.readUInt32BE(16), png.bytes.readUInt32BE(20)]).toEqual([parsed.width * 2, parsed.height * 2]);

	const csv = figure.getByTestId('download-csv');
	const res = await page.request.get((await csv.getAttribute('href'))!);
	expect(res.ok()).toBe(true);
	expect([...(await res.body()).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	expect((await page.request.get((await figure.getByTestId('download-datapackage').getAttribute('href'))!)).ok()).toBe(
		true
	);
});

test('downloads on an embed page: the sunburst at its zoom, in Chinese', async ({ page }) => {
	await page.goto('/embed/sunburst/?focus=gps');
	const figure = page.locator('figure#sunburst-chart');
	// Zoomed on the client (the URL's focus), so its code runs.
	await expect(figure.locator('.centre-name')).toHaveText(/一般公共服务/);
	// One row of small actions: downloads, embed, share and the story.
	const row = figure.getByTestId('chart-actions');
	for (const id of ['embed-open', 'embed-share', 'embed-story']) await expect(row.getByTestId(id)).toHaveCount(1);
	const title = (await figure.locator('.chart-title').textContent())!.replace(/\s+/g, '');
	const svg = await download(page, figure, 'svg');
	expect(svg.name).toBe('panzhihua-2019-sunburst-gps.svg');
	const parsed = await parseSvg(page, svg.bytes.toString('utf8'));
	expect(parsed.error).toBe(false);
	expect(parsed.text).toContain(title);
	expect(parsed.text).toContain('一般公共服务');
});
