/**
 * An embed is a chart, not a page: at a news column's width (600 px) and a phone's (320 px), in
 * both languages and every scope, an embed page is at most 800 px (900 px on the phone) tall, and
 * the chart (its controls, legend and plot) takes at least half of it, drawn by the server and
 * live alike. Everything else sits behind one disclosure that grows the page when opened and gives
 * the height back when closed. `?title=0` hides headline and description for a CMS that sets its own.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

/** The iframe's height before its first height message (src/lib/actions/embed-code.ts), read as the build reads it. */
const INITIAL_HEIGHT = Object.fromEntries(
	[
		...readFileSync(new URL('../../src/lib/actions/embed-code.ts', import.meta.url), 'utf8')
			.match(/INITIAL_HEIGHT[^=]*=\s*\{([^}]*)\}/)![1]!
			.matchAll(/'?([\w-]+)'?:\s*(\d+)/g)
	].map((m) => [m[1]!, Number(m[2])])
) as Record<'sunburst' | 'waterfall' | 'three-public', number>;

/** Tallest an embed may be, by the width of its frame. */
const TALLEST: Record<number, number> = { 600: 800, 320: 900 };
const PAGES = ['', '/en'].flatMap((prefix) => [
	`${prefix}/embed/sunburst/`,
	`${prefix}/embed/waterfall/`,
	`${prefix}/embed/waterfall/?scope=fiscal`,
	`${prefix}/embed/waterfall/?scope=gpb`,
	`${prefix}/embed/three-public/`
]);

/** The page's height, and the chart's: its controls and its body (legend, plot, trail, readout). */
async function measure(page: Page) {
	return page.evaluate(() => {
		const h = (el: Element | null) => (el ? el.getBoundingClientRect().height : 0);
		const embed = document.querySelector('[data-testid="embed"]')!;
		return {
			page: h(document.body),
			chart: h(embed.querySelector('.chart-controls')) + h(embed.querySelector('[data-chart-body]'))
		};
	});
}

/** Waits for layout to settle: two frames (ResizeObservers and Svelte's updates run in between). */
const settle = (page: Page) =>
	page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));

test.describe('an embed is the chart', () => {
	test.skip(({ isMobile }) => isMobile, 'the widths are set here; one project is enough');

	for (const path of PAGES) {
		test(`${path}: at most 800 px tall at 600 px, 900 at 320, the chart at least half, server-drawn and live`, async ({
			page
		}) => {
			const found: string[] = [];
			for (const width of [600, 320]) {
				await page.setViewportSize({ width, height: 900 });
				await page.goto(path, { waitUntil: 'networkidle' });
				await settle(page);
				const states: [string, () => Promise<void>][] = [
					['server-drawn', async () => {}],
					[
						'live',
						async () => {
							await page.mouse.move(width / 2, 200);
							await expect(page.locator('[data-island]')).toHaveAttribute('data-island-ready', '');
							await settle(page);
						}
					]
				];
				for (const [state, enter] of states) {
					await enter();
					const m = await measure(page);
					if (m.page > TALLEST[width]!)
						found.push(`${width} px, ${state}: ${Math.ceil(m.page)} px tall (at most ${TALLEST[width]})`);
					if (m.chart < m.page / 2)
						found.push(
							`${width} px, ${state}: the chart is ${Math.round(m.chart)} of ${Math.round(m.page)} px (less than half)`
						);
				}
			}
			expect(found, found.join('\n')).toEqual([]);
		});
	}

	test('the embed code asks for about the height the chart takes in a 600 px column (the host page jumps little)', async ({
		page
	}) => {
		await page.setViewportSize({ width: 600, height: 900 });
		expect(Object.keys(INITIAL_HEIGHT).sort()).toEqual(['sunburst', 'three-public', 'waterfall']);
		for (const [chart, initial] of Object.entries(INITIAL_HEIGHT)) {
			for (const prefix of ['', '/en']) {
				await page.goto(`${prefix}/embed/${chart}/`, { waitUntil: 'networkidle' });
				const h = (await measure(page)).page;
				expect(
					Math.abs(h - initial),
					`${prefix}/embed/${chart}/ is ${Math.round(h)} px, the code asks for ${initial}`
				).toBeLessThanOrEqual(100);
			}
		}
	});

	test('the disclosure holds the rest: opened, the page grows to show caption, table and method; closed, it is as tall as before', async ({
		page
	}) => {
		await page.setViewportSize({ width: 600, height: 900 });
		for (const path of ['/en/embed/waterfall/', '/embed/sunburst/']) {
			await page.goto(path, { waitUntil: 'networkidle' });
			const before = (await measure(page)).page;
			const more = page.getByTestId('embed-more');
			await expect(more.locator('table').first()).toBeHidden();
			await more.locator('> summary').click();
			await expect(page.locator('[data-island]')).toHaveAttribute('data-island-ready', '');
			await expect(more.locator('table').first()).toBeVisible();
			await expect(more.locator('.chart-caption')).toBeVisible();
			expect((await measure(page)).page, path).toBeGreaterThan(before + 300);
			await more.locator('> summary').click();
			await expect(more.locator('table').first()).toBeHidden();
			await settle(page);
			expect(Math.abs((await measure(page)).page - before), path).toBeLessThanOrEqual(1);
		}
	});

	test('?title=0: no headline or description on screen, the heading still there for screen readers; the page is shorter', async ({
		page
	}) => {
		await page.setViewportSize({ width: 600, height: 900 });
		for (const path of ['/en/embed/waterfall/', '/embed/three-public/', '/en/embed/sunburst/']) {
			await page.goto(path, { waitUntil: 'networkidle' });
			const withTitle = (await measure(page)).page;
			await expect(page.getByTestId('embed-dek')).toBeVisible();
			await page.goto(`${path}?title=0`, { waitUntil: 'networkidle' });
			await expect(page.locator('html')).toHaveAttribute('data-title', '0');
			const h1 = page.locator('h1');
			await expect(h1).toHaveCount(1);
			expect((await h1.textContent())!.trim().length, 'the heading keeps its text').toBeGreaterThan(20);
			const box = (await h1.boundingBox())!;
			expect(box.width * box.height, 'the heading takes no room on screen').toBeLessThanOrEqual(1);
			await expect(page.getByTestId('embed-dek')).toBeHidden();
			expect((await measure(page)).page, path).toBeLessThan(withTitle - 50);
			// Anything else falls back to the title shown.
			await page.goto(`${path}?title=banana`, { waitUntil: 'networkidle' });
			await expect(page.locator('html')).not.toHaveAttribute('data-title');
			expect((await h1.boundingBox())!.height).toBeGreaterThan(20);
		}
	});
});
