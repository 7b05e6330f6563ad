/**
 * The Content Security Policy in a real Chromium: the story (both languages, scrolled to the
 * bottom, so every lazy chunk and chart has run) and an embed page run with zero violations and
 * talk to no other host. A script the policy does not list is blocked, so the policy is live.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoProblems, scrollToBottom, watchPage, scrollIntoView } from './helpers';
import { SUNBURST_SECTION as SECTION } from './nodes';

/** Records every `securitypolicyviolation` of the page (and its frames), from the first byte. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
	await page.addInitScript(() => {
		const list: string[] = [];
		(window as unknown as { cspViolations: string[] }).cspViolations = list;
		document.addEventListener('securitypolicyviolation', (e) =>
			list.push(
				`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`
			)
		);
	});
	return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

/** The policy the page is under, from its meta tag. */
const policyOf = (page: Page) => page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');

for (const path of ['/', '/en/']) {
	test(`${path}: the story runs to its end under the policy, with no violation and no other host`, async ({ page }) => {
		const violations = await recordViolations(page);
		const problems = watchPage(page);
		await page.goto(path);
		expect(await policyOf(page)).toMatch(/script-src 'self' 'sha256-/);
		// Hydrated, and the lazy scrollama chunk loaded: it marks the steps.
		await expect(page.locator('[data-step-index]').last()).toHaveAttribute('data-scrollama-index', /^\d+$/, {
			timeout: 20_000
		});
		await scrollToBottom(page);
		expect(await violations()).toEqual([]);
		expectNoProblems(problems);
	});
}

test('an embed page runs its theme script and hydrates under the policy; an unlisted inline script is blocked', async ({
	page
}) => {
	const violations = await recordViolations(page);
	const problems = watchPage(page);
	await page.goto(`/en/embed/sunburst/?theme=dark&focus=${SECTION}`, { waitUntil: 'networkidle' });
	expect(await policyOf(page)).toMatch(/script-src 'self' 'sha256-/);
	// The inline theme script ran (its hash is listed) ...
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	// ... and so did the app: only the client reads the query's focus.
	await expect(page.locator('#sunburst-chart path.is-centre')).toHaveAttribute('data-node', SECTION);
	await scrollToBottom(page);
	expect(await violations()).toEqual([]);
	expectNoProblems(problems);

	// The policy is live: an inline script it does not list never runs, and is reported.
	await page.evaluate(() => {
		const s = document.createElement('script');
		s.textContent = 'window.injected = true';
		document.head.append(s);
	});
	await expect.poll(violations).toEqual([expect.stringMatching(/^script-src-elem blocked inline/)]);
	expect(await page.evaluate(() => 'injected' in window)).toBe(false);
});

test('the chart actions run under the policy: the embed preview frame (frame-src) and a PNG export (a blob: image)', async ({
	page
}) => {
	const violations = await recordViolations(page);
	const problems = watchPage(page);
	await page.goto('/en/#waterfall-chart', { waitUntil: 'domcontentloaded' });
	const figure = page.locator('figure#waterfall-chart');
	const dialog = page.locator('dialog[open]');
	// The chart's code loads as it comes into view: until then its buttons do nothing.
	// A click whose dialog came up after the check is not repeated: the open dialog is modal.
	await expect(async () => {
		if (!(await dialog.count())) {
			await scrollIntoView(figure);
			await figure.getByTestId('embed-open').click({ timeout: 1000 });
		}
		await expect(dialog).toBeVisible({ timeout: 1000 });
	}).toPass({ timeout: 20_000 });
	await expect(dialog.frameLocator('iframe').first().getByTestId('embed')).toBeVisible({ timeout: 20_000 });
	await page.keyboard.press('Escape');
	await expect(dialog).toHaveCount(0);

	await figure.locator('details.downloads summary').click();
	const [png] = await Promise.all([page.waitForEvent('download'), figure.getByTestId('download-png').click()]);
	expect(png.suggestedFilename()).toMatch(/\.png$/);
	expect(await violations()).toEqual([]);
	expectNoProblems(problems);
});
