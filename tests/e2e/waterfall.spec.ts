/**
 * The waterfall figures in a real browser, at the phone (375×812) and desktop (1280×800) sizes of
 * playwright.config.ts, in both languages and at every scope: what shows, that nothing overlaps,
 * that the scope switch and the URL agree, keyboard access, contrast, and axe.
 * Expected numbers are read from data/figures-accounts.csv, never typed in.
 */
import { test, expect, type Page } from '@playwright/test';
import { formatAmount } from '$lib/format/index';
import {
	axeViolations,
	PAGES,
	expectNoProblems,
	figureValue,
	islandReady,
	watchPage,
	type SitePage,
	scrollIntoView
} from './helpers';

const SCOPES = ['all', 'fiscal', 'gpb'] as const;
const locale = (site: SitePage) => (site.lang === 'zh-CN' ? 'zh' : 'en') as 'zh' | 'en';

const MAIN = '[data-testid="waterfall-wf-main"]';
const THREE_PUBLIC = '[data-testid="waterfall-wf-three-public"]';

/** The chart as the reader sees it: the one plot that is displayed. */
const visiblePlot = (page: Page, chart: string) => page.locator(`${chart} .plot:visible`);

/**
 * Overlaps between the chart's text boxes, and between text and bars, measured by the browser.
 * Text is measured line by line (each line is an inline span of its own width).
 */
async function overlapsIn(page: Page, chart: string): Promise<string[]> {
	return page.locator(`${chart} .plot:visible`).evaluate((plot) => {
		const texts = [...plot.querySelectorAll('.label')].flatMap((label) => {
			const who = (label as HTMLElement).dataset.labelFor ?? (label as HTMLElement).dataset.valueFor;
			const kind = label.classList.contains('value') ? 'value' : 'label';
			const parts = [...label.querySelectorAll('.line, .num')];
			return parts.map((p) => {
				const range = document.createRange();
				range.selectNodeContents(p);
				return { what: `${kind} ${who}: ${p.textContent}`, r: range.getBoundingClientRect() };
			});
		});
		const bars = [...plot.querySelectorAll('rect.mark')].map((m) => ({
			what: `bar ${(m.closest('[data-step]') as HTMLElement).dataset.step}`,
			r: m.getBoundingClientRect()
		}));
		const hit = (a: DOMRect, b: DOMRect) =>
			a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
		const out: string[] = [];
		texts.forEach((a, i) => {
			for (const b of texts.slice(i + 1)) if (hit(a.r, b.r)) out.push(`${a.what} × ${b.what}`);
			for (const b of bars) if (hit(a.r, b.r)) out.push(`${a.what} × ${b.what}`);
		});
		const box = plot.getBoundingClientRect();
		for (const t of texts)
			if (t.r.left < box.left - 1 || t.r.right > box.right + 1) out.push(`${t.what} sticks out of the chart`);
		return out;
	});
}

/** WCAG contrast ratio of two CSS colours in rgb()/rgba() form (alpha ignored: the bars are opaque). */
function contrast(a: string, b: string): number {
	const lum = (css: string) => {
		const [r, g, bl] = (css.match(/[\d.]+/g) ?? [])
			.slice(0, 3)
			.map(Number)
			.map((c) => {
				const s = c / 255;
				return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
			});
		return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
	};
	const [l1, l2] = [lum(a), lum(b)].sort((x, y) => y - x);
	return (l1! + 0.05) / (l2! + 0.05);
}

for (const { page: site } of PAGES) {
	const loc = locale(site);
	test.describe(`waterfall ${site.lang} ${site.path}`, () => {
		test('at 320 px, the narrowest phone, no label runs into another or into a bar, at any scope', async ({
			page
		}, testInfo) => {
			test.skip(testInfo.project.name !== 'phone', 'a phone width');
			await page.setViewportSize({ width: 320, height: 568 });
			for (const scope of SCOPES) {
				await page.goto(`${site.path}?scope=${scope}`, { waitUntil: 'networkidle' });
				await islandReady(page, 'waterfall-figure');
				await scrollIntoView(page.locator('#waterfall-chart'));
				await expect(visiblePlot(page, MAIN)).toHaveAttribute('data-orientation', 'horizontal');
				expect(await overlapsIn(page, MAIN), `scope=${scope}`).toEqual([]);
				expect(await overlapsIn(page, THREE_PUBLIC), `scope=${scope}`).toEqual([]);
			}
			// The story's own waterfalls laid out flat (here under reduced motion): pictures drawn by
			// the server that never load their code, so their labels must fit at this width as drawn.
			await page.emulateMedia({ reducedMotion: 'reduce' });
			await page.goto(site.path);
			await expect(page.locator('#sec-rise .flat-chart .waterfall').first()).toBeVisible({ timeout: 15_000 });
			const steps = await page.locator('#sec-rise .step').count();
			for (let i = 0; i < steps; i++) {
				const chart = `#sec-rise .step:nth-child(${i + 1}) .flat-chart .waterfall`;
				if (!(await page.locator(chart).count())) continue;
				await scrollIntoView(page.locator(chart));
				expect(await overlapsIn(page, chart), `flat waterfall of step ${i + 1}`).toEqual([]);
			}
		});

		for (const scope of SCOPES) {
			test(`scope=${scope}: the four steps end on the reported 2019 total, labels clear of each other, no errors, no axe violations`, async ({
				page
			}, testInfo) => {
				test.slow(); // axe on a shared two-core machine can take most of the default 30 s
				const problems = watchPage(page);
				await page.goto(`${site.path}?scope=${scope}`, { waitUntil: 'networkidle' });
				await islandReady(page, 'waterfall-figure');
				const figure = page.locator('#waterfall-chart');
				await scrollIntoView(figure);

				await expect(figure.locator(`input[type="radio"][value="${scope}"]`)).toBeChecked();
				const plot = visiblePlot(page, MAIN);
				await expect(plot).toHaveCount(1);
				await expect(plot).toHaveAttribute(
					'data-orientation',
					testInfo.project.name === 'phone' ? 'horizontal' : 'vertical'
				);
				const bars = plot.getByRole('listitem');
				await expect(bars).toHaveCount(4);

				const y18 = figureValue(`totals.${scope}.2018`);
				const y19 = figureValue(`totals.${scope}.2019`);
				const info = figureValue(`totals.${scope}.informatization`);
				const other = y19 - y18 - info;
				await expect(plot.locator(`[data-value-for="start"] [data-figure="totals.${scope}.2018"]`)).toHaveText(
					formatAmount(y18, loc)
				);
				await expect(
					plot.locator(`[data-value-for="info"] [data-figure="totals.${scope}.informatization"]`)
				).toHaveText(formatAmount(info, loc, { sign: true }));
				await expect(plot.locator(`[data-value-for="other"] [data-figure="waterfall.${scope}.other"]`)).toHaveText(
					formatAmount(other, loc, { sign: true })
				);
				await expect(plot.locator(`[data-value-for="end"] [data-figure="totals.${scope}.2019"]`)).toHaveText(
					formatAmount(y19, loc)
				);
				// The fall carries a true minus sign, never a hyphen.
				await expect(plot.locator('[data-value-for="other"]')).toContainText('\u2212');
				await expect(plot.locator('[data-value-for="other"]')).not.toContainText('-');
				// Each bar's name says what it is and how much, in the page's language.
				await expect(bars.nth(1)).toHaveAttribute(
					'aria-label',
					new RegExp(loc === 'zh' ? '信息化建设' : 'Informatization')
				);
				await expect(bars.nth(1)).toHaveAttribute(
					'aria-label',
					new RegExp(formatAmount(info, loc, { sign: true }).replace(/[.+]/g, '\\$&'))
				);

				expect(await overlapsIn(page, MAIN)).toEqual([]);
				expect(await overlapsIn(page, THREE_PUBLIC)).toEqual([]);

				expect(await axeViolations(page, { include: '#waterfall' })).toEqual([]);
				expectNoProblems(problems);
			});
		}

		test('an unknown scope in the URL shows the first scope, without errors', async ({ page }) => {
			const problems = watchPage(page);
			await page.goto(`${site.path}?scope=nonsense`, { waitUntil: 'networkidle' });
			await islandReady(page, 'waterfall-figure');
			await expect(page.locator('#waterfall-chart input[value="all"]')).toBeChecked();
			await expect(visiblePlot(page, MAIN).locator('[data-figure="totals.all.2019"]')).toHaveText(
				formatAmount(figureValue('totals.all.2019'), loc)
			);
			expectNoProblems(problems);
		});

		test('switching scope redraws the chart and writes scope into the URL, keeping other parameters and the hash', async ({
			page
		}) => {
			const problems = watchPage(page);
			await page.goto(`${site.path}?from=test#waterfall`, { waitUntil: 'networkidle' });
			await islandReady(page, 'waterfall-figure');
			await page.locator('#waterfall-chart label.option', { has: page.locator('input[value="gpb"]') }).click();
			await expect(page.locator('#waterfall-chart input[value="gpb"]')).toBeChecked();
			await expect(
				visiblePlot(page, MAIN).locator('[data-value-for="end"] [data-figure="totals.gpb.2019"]')
			).toHaveText(formatAmount(figureValue('totals.gpb.2019'), loc));
			await expect(page.locator('[data-testid="waterfall-rates"] [data-figure="totals.gpb.lfl-growth"]')).toBeVisible();
			await expect.poll(() => new URL(page.url()).searchParams.get('scope')).toBe('gpb');
			const url = new URL(page.url());
			expect(url.searchParams.get('from')).toBe('test');
			expect(url.hash).toBe('#waterfall');
			expect(url.pathname).toBe(site.path);
			// Arrow keys move between the options of the radio group.
			await page.locator('#waterfall-chart input[value="gpb"]').focus();
			await page.keyboard.press('ArrowLeft');
			await expect(page.locator('#waterfall-chart input[value="fiscal"]')).toBeChecked();
			await expect(visiblePlot(page, MAIN).locator('[data-figure="totals.fiscal.2019"]')).toBeVisible();
			expectNoProblems(problems);
		});

		test('bars take keyboard focus, one by one, with a visible focus ring', async ({ page }) => {
			await page.goto(site.path, { waitUntil: 'networkidle' });
			await islandReady(page, 'waterfall-figure');
			const bars = visiblePlot(page, MAIN).getByRole('listitem');
			await bars.first().focus();
			for (let i = 0; i < 4; i++) {
				const focused = page.locator(':focus');
				await expect(focused).toHaveAttribute('role', 'listitem');
				await expect(focused).toHaveAttribute('aria-label', (await bars.nth(i).getAttribute('aria-label'))!);
				await expect(focused.locator('.focus-ring')).toHaveCSS('visibility', 'visible');
				await page.keyboard.press('Tab');
			}
		});

		test('the "three public" waterfall: 2018 (derived) → three changes → 2019, and why vehicles fell', async ({
			page
		}) => {
			await page.goto(site.path, { waitUntil: 'networkidle' });
			await islandReady(page, 'waterfall-figure');
			const plot = visiblePlot(page, THREE_PUBLIC);
			await expect(plot.getByRole('listitem')).toHaveCount(5);
			const y2018 = (['overseas', 'vehicles', 'reception'] as const).reduce(
				(a, k) => a + figureValue(`tp.${k}`) - figureValue(`tp.${k}.change`),
				0
			);
			await expect(plot.locator('[data-value-for="start"] .num')).toHaveText(formatAmount(y2018, loc));
			await expect(plot.locator('[data-value-for="vehicles"] .num')).toHaveText(
				formatAmount(figureValue('tp.vehicles.change'), loc, { sign: true })
			);
			await expect(plot.locator('[data-value-for="end"] .num')).toHaveText(formatAmount(figureValue('tp.total'), loc));
			await expect(plot.locator('[data-label-for="start"]')).toContainText(loc === 'zh' ? '推算' : 'derived');
			await expect(
				page.getByTestId('three-public-reason').locator('[data-figure="tp.vehicles.purchase-2018"]')
			).toHaveText(formatAmount(figureValue('tp.vehicles.purchase-2018'), loc));
		});

		test('the data table opens from a visible toggle and holds every scope', async ({ page }) => {
			await page.goto(site.path, { waitUntil: 'networkidle' });
			await islandReady(page, 'waterfall-figure');
			const toggle = page.locator('#waterfall-chart > details > summary');
			await expect(toggle).toBeVisible();
			await toggle.click();
			const table = page.locator('#waterfall-chart table').first();
			await expect(table).toBeVisible();
			for (const scope of SCOPES) {
				await expect(table.locator(`[data-figure="totals.${scope}.informatization"]`)).toHaveText(
					formatAmount(figureValue(`totals.${scope}.informatization`), loc, { style: 'table', sign: true })
				);
			}
		});

		for (const scheme of ['light', 'dark'] as const) {
			test(`${scheme}: bars stand out from the page at 3:1 or more; no axe violations`, async ({ page }) => {
				test.slow();
				await page.emulateMedia({ colorScheme: scheme });
				await page.goto(site.path, { waitUntil: 'networkidle' });
				await islandReady(page, 'waterfall-figure');
				const colours = await visiblePlot(page, MAIN).evaluate((plot) => {
					const bg = getComputedStyle(document.body).backgroundColor;
					const style = (sel: string) => getComputedStyle(plot.querySelector(sel)!);
					return {
						bg,
						total: style('rect.mark.total').fill,
						rise: style('rect.mark.rise').fill,
						fall: style('rect.mark.fall').stroke
					};
				});
				for (const kind of ['total', 'rise', 'fall'] as const) {
					expect(
						contrast(colours[kind], colours.bg),
						`${kind} ${colours[kind]} on ${colours.bg}`
					).toBeGreaterThanOrEqual(3);
				}
				expect(await axeViolations(page, { include: '#waterfall' })).toEqual([]);
			});
		}

		test('without JavaScript the prerendered chart is complete, in the orientation that fits', async ({
			browser
		}, testInfo) => {
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
				const page = await context.newPage();
				await page.goto(site.path);
				const plot = visiblePlot(page, MAIN);
				await expect(plot).toHaveCount(1);
				await expect(plot).toHaveAttribute(
					'data-orientation',
					testInfo.project.name === 'phone' ? 'horizontal' : 'vertical'
				);
				await expect(plot.getByRole('listitem')).toHaveCount(4);
				await expect(plot.locator('[data-figure="totals.all.2019"]')).toHaveText(
					formatAmount(figureValue('totals.all.2019'), loc)
				);
				// A switch that cannot work is not shown; the table, open without JS, holds every scope.
				await expect(page.locator('#waterfall-chart [data-scope-switch]')).toBeHidden();
				await expect(
					page.locator('#waterfall-chart table').first().locator('[data-figure="totals.gpb.2019"]')
				).toBeVisible();
			} finally {
				await context.close();
			}
		});
	});
}
