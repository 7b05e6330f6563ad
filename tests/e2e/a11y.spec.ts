/**
 * axe (WCAG 2.2 AA tags) over every route, in one place: the story in both languages, the six
 * embeds and the 404 page, each in the light and the dark scheme at 320 and 1280 px, plus two
 * states: a glossary popover open and the sunburst zoomed into a class. Zero violations.
 *
 * One page load per route: the scheme (emulateMedia) and the width (setViewportSize) change in
 * place, since the pages follow both live. Desktop project only: the viewports are set here.
 * On failure, every combination is listed with its violation ids and targets.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, islandReady } from './helpers';

const SCHEMES = ['light', 'dark'] as const;
const WIDTHS = [1280, 320] as const;

test.describe.configure({ mode: 'parallel' });
test.beforeEach(({}, testInfo) => {
	test.skip(testInfo.project.name !== 'desktop', 'the matrix sets its own viewports: desktop project only');
});

type Kind = 'story' | 'embed' | '404';

/**
 * The story hydrated (a glossary term became a button, Term.svelte) and scrollama wired; an embed or 404
 * loaded (an embed's chart code waits for the reader: its states below bring it).
 */
async function ready(page: Page, kind: Kind) {
	if (kind !== 'story') return void (await page.waitForLoadState('load'));
	await expect(page.locator('.term[role="button"]').first()).toBeAttached({ timeout: 30_000 });
	if (kind === 'story')
		await expect(page.locator('[data-step-index]').last()).toHaveAttribute('data-scrollama-index', /^\d+$/, {
			timeout: 30_000
		});
}

/** Lets layout, resize observers and transitions settle after a change of size or scheme. */
async function settle(page: Page) {
	await page.evaluate(
		() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 150))))
	);
	await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
}

/** One axe run; returns a line per violation, prefixed with the combination. */
async function scan(page: Page, combination: string, include?: string): Promise<string[]> {
	return axeViolations(page, { include, context: combination });
}

/** The route at both schemes and both widths, loaded once. */
async function matrix(page: Page, path: string, kind: Kind): Promise<{ violations: string[]; combinations: number }> {
	await page.setViewportSize({ width: WIDTHS[0], height: 800 });
	await page.emulateMedia({ colorScheme: SCHEMES[0] });
	await page.goto(path, { waitUntil: 'domcontentloaded' });
	await ready(page, kind);
	const violations: string[] = [];
	let combinations = 0;
	for (const width of WIDTHS) {
		await page.setViewportSize({ width, height: width < 600 ? 640 : 800 });
		for (const colorScheme of SCHEMES) {
			await page.emulateMedia({ colorScheme });
			await settle(page);
			violations.push(...(await scan(page, `${path} ${colorScheme} ${width}px`)));
			combinations++;
		}
	}
	return { violations, combinations };
}

function report(label: string, combinations: number, violations: string[]) {
	console.log(
		`a11y ${label}: ${combinations} combinations, ${violations.length} violations${violations.length ? '\n  ' + violations.join('\n  ') : ''}`
	);
	expect(violations, `${label}: axe violations by combination`).toEqual([]);
}

/** Zooms the sunburst into its second class from the keyboard (as tests/e2e/sunburst.spec.ts does). */
async function zoomSunburst(page: Page) {
	const tree = page.locator('#sunburst-chart').getByRole('tree');
	await tree.focus();
	// Focus brings the chart's code (src/lib/islands): the keys work once it has taken over.
	await islandReady(page, 'sunburst-figure');
	await tree.focus();
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Enter');
	await expect(page.locator('#sunburst-chart path.is-centre')).not.toHaveAttribute('data-node', /^(total|gpb)$/);
	await expect(page.locator('#sunburst-chart svg[role="tree"]')).not.toHaveAttribute('data-zooming');
}

/** Opens the first glossary popover of the page with the keyboard. */
async function openPopover(page: Page) {
	// A link until the chart's code is live (an embed's terms): Enter then opens the popover once it is.
	const term = page.locator('.term').first();
	await term.focus();
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('term-popover')).toBeVisible({ timeout: 30_000 });
}

for (const [path, state] of [
	['/', 'popover'],
	['/en/', 'zoomed']
] as const) {
	test(`story ${path}: light and dark at 320 and 1280 px, and with the ${state === 'popover' ? 'glossary popover open' : 'sunburst zoomed'}`, async ({
		page
	}) => {
		test.setTimeout(360_000);
		const { violations, combinations } = await matrix(page, path, 'story');
		// The state, at the narrow dark combination left at the end of the matrix: only what it
		// changes is scanned again (the rest of the page was, just before).
		if (state === 'popover') await openPopover(page);
		else await zoomSunburst(page);
		await settle(page);
		violations.push(
			...(await scan(
				page,
				`${path} dark 320px, ${state}`,
				state === 'popover' ? '[data-testid="term-popover"]' : '#sunburst-chart'
			))
		);
		report(`story ${path}`, combinations + 1, violations);
	});
}

// Each language scanned as Lighthouse does it, on a phone just loaded, before any scrolling: the
// matrix above loads at desktop size, where a link's neighbours sit elsewhere. (A page that lays
// out blocks only as the reader nears them fails here first: axe finds the room around a target
// by hitting the page, which it cannot do in a block not yet laid out.)
for (const path of ['/', '/en/']) {
	test(`story ${path} just loaded on a phone (412×823, as Lighthouse): every target measurable (target-size)`, async ({
		browser,
		baseURL
	}) => {
		const context = await browser.newContext({
			baseURL,
			viewport: { width: 412, height: 823 },
			deviceScaleFactor: 1.75,
			isMobile: true,
			hasTouch: true
		});
		try {
			const page = await context.newPage();
			await page.goto(path, { waitUntil: 'domcontentloaded' });
			await ready(page, 'story');
			await settle(page);
			const { violations } = await new AxeBuilder({ page }).withRules(['target-size']).analyze();
			expect(
				violations.flatMap((v) =>
					v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ')}`)
				)
			).toEqual([]);
		} finally {
			await context.close();
		}
	});
}

for (const prefix of ['', '/en']) {
	for (const chart of ['sunburst', 'waterfall', 'three-public'] as const) {
		const path = `${prefix}/embed/${chart}/`;
		test(`embed ${path}: light and dark at 320 and 1280 px${chart === 'waterfall' ? '' : ', and in a state'}`, async ({
			page
		}) => {
			test.setTimeout(240_000);
			const { violations, combinations } = await matrix(page, path, 'embed');
			let extra = 0;
			if (chart !== 'waterfall') {
				// Sunburst: zoomed into a class; three-public: its glossary popover open. Both at 320 dark, then 1280 light.
				for (const [width, colorScheme] of [
					[320, 'dark'],
					[1280, 'light']
				] as const) {
					await page.setViewportSize({ width, height: 800 });
					await page.emulateMedia({ colorScheme });
					if (chart === 'sunburst') {
						if (width === 320) await zoomSunburst(page);
					} else await openPopover(page);
					await settle(page);
					violations.push(
						...(await scan(
							page,
							`${path} ${colorScheme} ${width}px, ${chart === 'sunburst' ? 'zoomed' : 'popover open'}`
						))
					);
					if (chart !== 'sunburst') await page.keyboard.press('Escape');
					extra++;
				}
			}
			report(`embed ${path}`, combinations + extra, violations);
		});
	}
}

test('404: /404.html light and dark at 320 and 1280 px', async ({ page }) => {
	test.setTimeout(120_000);
	const { violations, combinations } = await matrix(page, '/404.html', '404');
	report('/404.html', combinations, violations);
});
