/**
 * The glossary popover and the glossary section, in a real Chromium at phone and desktop sizes.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { axeViolations, scrollIntoView } from './helpers';

const part3 = csvParse(readFileSync('data/glossary.csv', 'utf8'));

async function errorsOf(page: Page) {
	const errors: string[] = [];
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	page.on('pageerror', (e) => errors.push(e.message));
	return errors;
}

/** The popover's box lies inside the viewport. */
async function expectInsideViewport(page: Page) {
	const popover = page.getByTestId('term-popover');
	// The bottom sheet rises into place: measure where it comes to rest.
	await popover.evaluate((el) => Promise.all(el.getAnimations().map((a) => a.finished)));
	const box = (await popover.boundingBox())!;
	const vp = page.viewportSize()!;
	expect(box.x).toBeGreaterThanOrEqual(0);
	expect(box.y).toBeGreaterThanOrEqual(0);
	expect(box.x + box.width).toBeLessThanOrEqual(vp.width + 0.5);
	expect(box.y + box.height).toBeLessThanOrEqual(vp.height + 0.5);
}

for (const path of ['/', '/en/']) {
	test.describe(`glossary on ${path}`, () => {
		test('a term opens by tap or click, closes by Escape, and focus returns to it', async ({ page }) => {
			const errors = await errorsOf(page);
			await page.goto(path);
			const trigger = page.locator('.term[role="button"][data-term="like-for-like"]').first();
			await expect(trigger).toHaveAttribute('aria-expanded', 'false');
			await scrollIntoView(trigger);
			if (test.info().project.use.hasTouch) await trigger.tap();
			else await trigger.click();
			const popover = page.getByTestId('term-popover');
			await expect(popover).toBeVisible();
			await expect(trigger).toHaveAttribute('aria-expanded', 'true');
			await expect(popover.locator('h2')).toBeFocused();
			await expectInsideViewport(page);
			await page.keyboard.press('Escape');
			await expect(popover).toBeHidden();
			await expect(trigger).toHaveAttribute('aria-expanded', 'false');
			await expect(trigger).toBeFocused();
			expect(errors).toEqual([]);
		});

		test('opens from the keyboard with Enter and with Space; one popover at a time', async ({ page }) => {
			await page.goto(path);
			const first = page.locator('.term[role="button"]').first();
			const second = page.locator('.term[role="button"]').nth(1);
			await first.focus();
			await page.keyboard.press('Enter');
			await expect(page.getByTestId('term-popover')).toBeVisible();
			await page.keyboard.press('Escape');
			await expect(first).toBeFocused();
			await second.focus();
			await page.keyboard.press('Space');
			await expect(second).toHaveAttribute('aria-expanded', 'true');
			await expect(first).toHaveAttribute('aria-expanded', 'false');
			await expect(page.locator('.term[role="button"][aria-expanded="true"]')).toHaveCount(1);
		});

		test('a tap outside closes it', async ({ page }) => {
			await page.goto(path);
			const trigger = page.locator('.term[role="button"]').first();
			await trigger.click();
			await expect(page.getByTestId('term-popover')).toBeVisible();
			await page.mouse.click(5, 5);
			await expect(page.getByTestId('term-popover')).toBeHidden();
		});

		test('shows the report’s own wording for a Part 3 term', async ({ page }) => {
			const entry = part3.find((r) => r.id === 'three-public-expenses')!;
			await page.goto(`${path}#term-${entry.id}`);
			const article = page.locator(`[id="term-${entry.id}"]`);
			await expect(article).toBeVisible();
			await expect(article).toContainText(entry.definition_zh!);
			expect(await article.evaluate((el) => el.matches(':target'))).toBe(true);
		});

		test('zero axe violations with a popover open', async ({ page }) => {
			test.setTimeout(120_000);
			await page.goto(path);
			await page.locator('.term[role="button"]').first().click();
			await expect(page.getByTestId('term-popover')).toBeVisible();
			expect(await axeViolations(page)).toEqual([]);
		});

		test('the filter box narrows the list and every Part 3 term is listed', async ({ page }) => {
			await page.goto(path);
			for (const r of part3) await expect(page.locator(`[id="term-${r.id}"]`)).toHaveCount(1);
			const all = await page.locator('#glossary article:visible').count();
			expect(all).toBeGreaterThanOrEqual(part3.length);
			await page.locator('#glossary-filter').fill('三公');
			const some = await page.locator('#glossary article:visible').count();
			expect(some).toBeGreaterThan(0);
			expect(some).toBeLessThan(all);
			await page.locator('#glossary-filter').fill('zzzz-no-such-term');
			await expect(page.locator('#glossary article:visible')).toHaveCount(0);
		});
	});
}

test('without JavaScript each term is a link to its entry', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/');
	const link = page.locator('a.term').first();
	const href = await link.getAttribute('href');
	expect(href).toMatch(/^#term-/);
	await expect(page.locator(`[id="${href!.slice(1)}"]`)).toHaveCount(1);
	await context.close();
});
