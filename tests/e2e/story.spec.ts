/**
 * The scrollytelling story in a real browser, at the phone (375×812, touch) and desktop (1280×800)
 * sizes of playwright.config.ts, in both languages: the active step, the URL hash and the sticky
 * stages follow the scroll; fast scrolls, reloads and deep links land in the right state; the flat
 * layout (reduced motion, no JavaScript); the language switch, the contents and the progress bar;
 * axe. The steps are read from the DOM (`[data-step-index]`), never typed in; the expected chart
 * of each step follows src/lib/story/steps.ts, and the sunburst's largest and smallest items are
 * found in data/functional.csv the way steps.ts finds them.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { csvParse } from 'd3-dsv';
import { test, expect, type Browser, type Page, type TestInfo, type BrowserContextOptions } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { PAGES, expectNoProblems, scrollToBottom, watchPage } from './helpers';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** scrollama's offset in StoryScroll: a step is entered when its top crosses 60% of the viewport. */
const TRIGGER = 0.6;

// Every test opens its own page (or context): safe to spread over the workers. The timeout leaves
// room for a loaded two-core CI machine; axe tests set their own.
test.describe.configure({ mode: 'parallel', timeout: 60_000 });

// ---------------------------------------------------------------------------------------------
// Expectations derived from the data package and from the semantics of steps.ts
// ---------------------------------------------------------------------------------------------

const functional = csvParse(readFileSync(fileURLToPath(new URL('../../data/functional.csv', import.meta.url)), 'utf8'));
const items = functional.filter((r) => r.level === 'item');
/** As steps.ts: the first item of largest / smallest amount. */
const LARGEST_ITEM = items.reduce((a, b) => (Number(b.amount) > Number(a.amount) ? b : a)).id!;
const SMALLEST_ITEM = items.reduce((a, b) => (Number(b.amount) < Number(a.amount) ? b : a)).id!;

type ChartKind = 'waterfall' | 'info-split' | 'sunburst' | 'three-public' | 'bars';

/** The chart kind steps.ts gives a step, by its id. */
function expectedKind(id: string): ChartKind {
	if (id === 'rise-split') return 'info-split';
	if (id.startsWith('rise-')) return 'waterfall';
	if (id.startsWith('function-')) return 'sunburst';
	if (id === 'three-public') return 'three-public';
	return 'bars';
}

/** Bars built at the waterfall steps of steps.ts, in order: one more per step up to the four, then four. */
const WATERFALL_BUILD = ['rise-2018', 'rise-informatization', 'rise-other', 'rise-2019'];
const expectedBars = (id: string) => {
	const i = WATERFALL_BUILD.indexOf(id);
	return i >= 0 ? i + 1 : 4;
};

/** The node the sunburst outlines at a step (steps.ts), or null. */
function expectedHighlight(id: string): string | null {
	if (id === 'function-largest') return LARGEST_ITEM;
	if (id === 'function-smallest') return SMALLEST_ITEM;
	return null;
}

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

interface StepInfo {
	id: string;
	index: number;
	/** Section id without the `sec-` prefix, as in `stage-<section>`. */
	section: string;
}

/** The steps in DOM order, checked to be numbered 0..n-1 in that order. */
async function readSteps(page: Page): Promise<StepInfo[]> {
	const steps = await page.locator('[data-step-index]').evaluateAll((els) =>
		els.map((el) => ({
			id: el.id,
			index: Number((el as HTMLElement).dataset.stepIndex),
			section: (el.closest('section[id^="sec-"]')?.id ?? '').replace(/^sec-/, '')
		}))
	);
	expect(steps.length, 'story steps in the page').toBeGreaterThan(10);
	expect(
		steps.map((s) => s.index),
		'data-step-index numbers the steps 0..n-1 in document order'
	).toEqual(steps.map((_, i) => i));
	for (const s of steps) {
		expect(s.id, `step ${s.index} has an id`).not.toBe('');
		expect(s.section, `step ${s.id} is inside a section#sec-…`).not.toBe('');
	}
	return steps;
}

/** Steps grouped by section, sections in document order. */
function bySection(steps: StepInfo[]): Map<string, StepInfo[]> {
	const map = new Map<string, StepInfo[]>();
	for (const s of steps) map.set(s.section, [...(map.get(s.section) ?? []), s]);
	return map;
}

/**
 * Waits until the story is wired: scrollama (loaded by a dynamic import after hydration) marks
 * each step with `data-scrollama-index` when set up; its IntersectionObservers report the first
 * time within a frame or two after that.
 */
async function storyReady(page: Page): Promise<void> {
	await expect(page.locator('[data-step-index]').last(), 'scrollama set up on the steps').toHaveAttribute(
		'data-scrollama-index',
		/^\d+$/
	);
	await page.evaluate(
		() =>
			new Promise<void>((resolve) =>
				requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 100)))
			)
	);
}

/** Scrolls at once (no smooth scrolling) so that the step's top sits at `at` × the viewport height. */
async function scrollStepTo(page: Page, id: string, at = 0.5): Promise<void> {
	await page.evaluate(
		([id, at]) => {
			const el = document.getElementById(id);
			if (!el) throw new Error(`no element #${id}`);
			const top = window.scrollY + el.getBoundingClientRect().top - window.innerHeight * at;
			window.scrollTo({ top, behavior: 'instant' });
		},
		[id, at] as const
	);
}

const activeIds = (page: Page) => page.locator('.step.active').evaluateAll((els) => els.map((e) => e.id));
const locationHash = (page: Page) => page.evaluate(() => location.hash);
const stageOf = (page: Page, section: string) => page.getByTestId(`stage-${section}`);

/** The story shows this step: it alone is active, the hash names it, its section's stage shows it in its chart kind. */
async function expectOnStep(page: Page, step: StepInfo, what = ''): Promise<void> {
	const at = `${what}${what ? ': ' : ''}step ${step.id}`;
	await expect.poll(() => activeIds(page), { message: `${at} is the only active step` }).toEqual([step.id]);
	await expect.poll(() => locationHash(page), { message: `${at}: location.hash` }).toBe(`#${step.id}`);
	const stage = stageOf(page, step.section);
	await expect(stage, `${at}: stage-${step.section} shows it`).toHaveAttribute('data-stage-step', step.id);
	await expect(stage.locator('.step-chart-body'), `${at}: chart kind on the stage`).toHaveAttribute(
		'data-chart',
		expectedKind(step.id)
	);
}

/** Every stage: its section's active step, its first step before the section, its last after. */
async function expectStagesFor(page: Page, steps: StepInfo[], active: number, what: string): Promise<void> {
	for (const [section, list] of bySection(steps)) {
		const first = list[0]!;
		const last = list[list.length - 1]!;
		const shown = active <= first.index ? first : active >= last.index ? last : list.find((s) => s.index === active)!;
		await expect(stageOf(page, section), `${what}: stage-${section}`).toHaveAttribute('data-stage-step', shown.id);
	}
}

/** Context options of the running project (viewport, touch…) plus `extra`. */
function projectContext(testInfo: TestInfo, extra: BrowserContextOptions): BrowserContextOptions {
	const use = testInfo.project.use;
	return {
		baseURL: use.baseURL,
		viewport: use.viewport,
		isMobile: use.isMobile,
		hasTouch: use.hasTouch,
		deviceScaleFactor: use.deviceScaleFactor,
		...extra
	};
}

async function withContext<T>(
	browser: Browser,
	testInfo: TestInfo,
	extra: BrowserContextOptions,
	run: (page: Page) => Promise<T>
): Promise<T> {
	const context = await browser.newContext(projectContext(testInfo, extra));
	try {
		return await run(await context.newPage());
	} finally {
		await context.close();
	}
}

/** Built waterfall bars of a chart as the reader sees it (the displayed plot only). */
const shownBars = (page: Page, scope: string) => page.locator(`${scope} .plot:visible g.bar[data-step]`);

/**
 * The flat layout: stages not displayed, each step's own chart shown after its text, in that
 * step's state (chart kind, built waterfall bars, sunburst outline).
 */
async function expectFlat(page: Page, steps: StepInfo[], what: string): Promise<void> {
	const stages = page.locator('[data-testid^="stage-"]');
	expect(await stages.count(), `${what}: one stage per section`).toBe(bySection(steps).size);
	for (const [section] of bySection(steps)) {
		await expect(stageOf(page, section), `${what}: stage-${section} is display:none`).toHaveCSS('display', 'none');
	}
	for (const step of steps) {
		const flat = page.locator(`[id="${step.id}"] > .flat-chart`);
		await expect(flat, `${what}: flat chart of ${step.id} shown`).toBeVisible();
		await expect(flat.locator('.step-chart-body'), `${what}: flat chart kind of ${step.id}`).toHaveAttribute(
			'data-chart',
			expectedKind(step.id)
		);
		const kind = expectedKind(step.id);
		if (kind === 'waterfall') {
			await expect(
				shownBars(page, `[id="${step.id}"] > .flat-chart`),
				`${what}: bars built in the flat waterfall of ${step.id}`
			).toHaveCount(expectedBars(step.id));
		}
		if (kind === 'sunburst') {
			const hl = flat.locator('path.seg.highlight');
			const want = expectedHighlight(step.id);
			if (want === null) await expect(hl, `${what}: no outline in the flat sunburst of ${step.id}`).toHaveCount(0);
			else await expect(hl, `${what}: outline in the flat sunburst of ${step.id}`).toHaveAttribute('data-node', want);
		}
	}
}

// ---------------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------------

for (const { page: site, other } of PAGES) {
	test.describe(`story ${site.lang} ${site.path}`, () => {
		test('scrolling through every step: active step, hash, stage and its chart follow; history does not grow', async ({
			page
		}) => {
			test.slow(); // ~23 steps with several polls each, on a shared two-core machine
			const problems = watchPage(page);
			await page.goto(site.path);
			await storyReady(page);
			const steps = await readSteps(page);
			expect(await activeIds(page), 'no active step at the top of the page').toEqual([]);
			const historyBefore = await page.evaluate(() => history.length);

			const highlights = new Map<string, string | null>();
			for (const step of steps) {
				await scrollStepTo(page, step.id, 0.5);
				await expectOnStep(page, step, 'scrolling down');
				const stage = stageOf(page, step.section);
				const kind = expectedKind(step.id);
				if (kind === 'waterfall') {
					await expect(shownBars(page, `[data-testid="stage-${step.section}"]`), `bars built at ${step.id}`).toHaveCount(
						expectedBars(step.id)
					);
				}
				if (kind === 'sunburst') {
					const hl = stage.locator('path.seg.highlight');
					const want = expectedHighlight(step.id);
					if (want === null) await expect(hl, `no outlined node at ${step.id}`).toHaveCount(0);
					else await expect(hl, `outlined node at ${step.id}`).toHaveAttribute('data-node', want);
					highlights.set(step.id, (await hl.count()) ? await hl.getAttribute('data-node') : null);
				}
			}

			// The waterfall is built bar by bar: 1, 2, 3, 4 (checked above per step; here as a sequence).
			expect(WATERFALL_BUILD.every((id) => steps.some((s) => s.id === id)), 'the four build steps exist').toBe(true);
			// The sunburst's state differs between the largest and the smallest item.
			expect(highlights.get('function-largest'), 'function-largest outlines a node').toBeTruthy();
			expect(highlights.get('function-smallest'), 'function-smallest outlines a node').toBeTruthy();
			expect(highlights.get('function-largest')).not.toBe(highlights.get('function-smallest'));

			expect(await page.evaluate(() => history.length), 'history.length after scrolling (replaceState only)').toBe(
				historyBefore
			);
			expectNoProblems(problems);
		});

		test('a step becomes active when its top crosses 60% of the viewport', async ({ page }) => {
			await page.goto(site.path);
			await storyReady(page);
			const steps = await readSteps(page);
			const [before, step] = [steps[3]!, steps[4]!];
			await scrollStepTo(page, before.id, 0.5);
			await expectOnStep(page, before, 'setting up');
			// Just below the trigger line: still the step before.
			await scrollStepTo(page, step.id, TRIGGER + 0.04);
			await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 150)))));
			expect(await activeIds(page), `${step.id} just below the line`).toEqual([before.id]);
			// Just above it: this step.
			await scrollStepTo(page, step.id, TRIGGER - 0.04);
			await expectOnStep(page, step, 'top crossed the line');
			// And back below it (scrolling up): the step before again.
			await scrollStepTo(page, step.id, TRIGGER + 0.04);
			await expectOnStep(page, before, 'top back below the line');
		});

		test('fast scroll: a jump straight to a late step lands in its state without visiting the steps between', async ({
			page
		}) => {
			const problems = watchPage(page);
			await page.goto(site.path);
			await storyReady(page);
			const steps = await readSteps(page);
			const target = steps[steps.length - 2]!;
			const back = steps[2]!;

			// Record every step that becomes active and every step a stage is switched to.
			await page.evaluate(() => {
				const seen: string[] = [];
				(window as unknown as { __seen: string[] }).__seen = seen;
				new MutationObserver((records) => {
					for (const r of records) {
						const el = r.target as HTMLElement;
						if (r.attributeName === 'class' && el.matches('.step.active') && !(r.oldValue ?? '').split(/\s+/).includes('active'))
							seen.push(`active:${el.id}`);
						if (r.attributeName === 'data-stage-step') seen.push(`${el.dataset.testid}:${el.dataset.stageStep}`);
					}
				}).observe(document.body, {
					subtree: true,
					attributes: true,
					attributeOldValue: true,
					attributeFilter: ['class', 'data-stage-step']
				});
			});
			const seen = () => page.evaluate(() => (window as unknown as { __seen: string[] }).__seen.splice(0));

			await scrollStepTo(page, target.id, 0.5);
			await expectOnStep(page, target, 'jump down');
			await expectStagesFor(page, steps, target.index, 'after the jump down');
			const down = await seen();
			expect(
				down.filter((s) => s.startsWith('active:')),
				'steps made active by the jump down'
			).toEqual([`active:${target.id}`]);
			expect(
				down.filter((s) => s.startsWith(`stage-${target.section}:`)),
				`stage-${target.section} goes straight to ${target.id}`
			).toEqual([`stage-${target.section}:${target.id}`]);

			await scrollStepTo(page, back.id, 0.5);
			await expectOnStep(page, back, 'jump back up');
			await expectStagesFor(page, steps, back.index, 'after the jump back up');
			const up = await seen();
			expect(
				up.filter((s) => s.startsWith('active:')),
				'steps made active by the jump back up'
			).toEqual([`active:${back.id}`]);
			expectNoProblems(problems);
		});

		test('reload mid-page keeps the active step and the stage', async ({ page }) => {
			const problems = watchPage(page);
			await page.goto(site.path);
			await storyReady(page);
			const steps = await readSteps(page);
			const middle = steps[Math.floor(steps.length / 2)]!;
			// …and a short step: the last of a section.
			const sections = [...bySection(steps).values()];
			const lastOfSection = sections[Math.floor(sections.length / 2)]!.at(-1)!;

			for (const step of [middle, lastOfSection]) {
				await scrollStepTo(page, step.id, 0.5);
				await expectOnStep(page, step, 'before reload');
				await page.reload();
				await storyReady(page);
				await expectOnStep(page, step, 'after reload');
				await expectStagesFor(page, steps, step.index, `after reload on ${step.id}`);
			}
			expectNoProblems(problems);
		});

		for (const id of ['rise-other', 'function-largest', 'assets']) {
			test(`deep link ${site.path}#${id} lands on that step`, async ({ page }) => {
				const problems = watchPage(page);
				await page.goto(`${site.path}#${id}`);
				await storyReady(page);
				const steps = await readSteps(page);
				const step = steps.find((s) => s.id === id);
				expect(step, `step #${id} exists`).toBeTruthy();
				await expectOnStep(page, step!, `deep link #${id}`);
				await expectStagesFor(page, steps, step!.index, `deep link #${id}`);
				await expect(page.locator(`[id="${id}"] .card`), `the text of #${id} is on screen`).toBeInViewport();
				expectNoProblems(problems);
			});
		}

		test('reduced motion: flat layout, every step followed by its own chart in its state', async ({ browser }, testInfo) => {
			await withContext(browser, testInfo, { reducedMotion: 'reduce' }, async (page) => {
				const problems = watchPage(page);
				await page.goto(site.path);
				await storyReady(page);
				const steps = await readSteps(page);
				await expectFlat(page, steps, 'reduced motion');
				// Still flat (no stage appears) after scrolling through.
				await scrollToBottom(page);
				await expectFlat(page, steps, 'reduced motion, after scrolling');
				expectNoProblems(problems);
			});
		});

		test('without JavaScript: flat layout, every step\'s text and chart shown', async ({ browser }, testInfo) => {
			await withContext(browser, testInfo, { javaScriptEnabled: false }, async (page) => {
				const problems = watchPage(page);
				await page.goto(site.path);
				const steps = await readSteps(page);
				await expectFlat(page, steps, 'no JS');
				for (const step of steps) {
					const text = page.locator(`[id="${step.id}"] .card > p:not(.visually-hidden)`);
					await expect(text, `text of ${step.id} without JS`).toBeVisible();
					await expect(text, `text of ${step.id} without JS`).not.toBeEmpty();
				}
				expect(await page.locator('.step.active').count(), 'no step is marked active without JS').toBe(0);
				// With JavaScript disabled Chromium refuses the <link rel="modulepreload"> fetches ("csp"): expected here.
				problems.failedRequests = problems.failedRequests.filter((r) => !/^GET \S+\/_app\/immutable\/\S+\.js: csp$/.test(r));
				expectNoProblems(problems);
			});
		});

		test('the language switch keeps the active step', async ({ page }) => {
			const problems = watchPage(page);
			await page.goto(site.path);
			await storyReady(page);
			const steps = await readSteps(page);
			const sw = page.getByTestId('lang-switch');
			await expect(sw, 'switch href at the top: no step yet').toHaveAttribute('href', new RegExp(`${other.path}$`));

			const step = steps.find((s) => s.id === 'function-classes') ?? steps[Math.floor(steps.length / 2)]!;
			await scrollStepTo(page, step.id, 0.5);
			await expectOnStep(page, step, 'before switching');
			await expect(sw, 'switch href names the step').toHaveAttribute('href', new RegExp(`${other.path}#${step.id}$`));

			await sw.click();
			await page.waitForURL((url) => url.pathname === other.path);
			expect(new URL(page.url()).hash, 'the other language opens at the step').toBe(`#${step.id}`);
			await storyReady(page);
			const otherSteps = await readSteps(page);
			expect(otherSteps.map((s) => s.id), 'both languages tell the same steps').toEqual(steps.map((s) => s.id));
			await expectOnStep(page, otherSteps.find((s) => s.id === step.id)!, `after switching to ${other.path}`);
			await expect(page.getByTestId('lang-switch'), 'and the switch back keeps it too').toHaveAttribute(
				'href',
				new RegExp(`${site.path}#${step.id}$`)
			);
			expectNoProblems(problems);
		});

		test('reading progress grows with the scroll; the contents link to each section', async ({ page }) => {
			const problems = watchPage(page);
			await page.goto(site.path);
			await storyReady(page);
			const steps = await readSteps(page);

			const bar = page.getByRole('progressbar');
			await expect(bar).toHaveCount(1);
			await expect(bar).toHaveAttribute('aria-valuemin', '0');
			await expect(bar).toHaveAttribute('aria-valuemax', '100');
			const now = async () => Number(await bar.getAttribute('aria-valuenow'));
			await expect.poll(now, { message: 'progress at the top' }).toBe(0);
			let last = 0;
			for (const step of [steps[0]!, steps[Math.floor(steps.length / 2)]!, steps[steps.length - 1]!]) {
				await scrollStepTo(page, step.id, 0.5);
				await expect.poll(now, { message: `progress at ${step.id} is above ${last}` }).toBeGreaterThan(last);
				last = await now();
			}
			await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }));
			await expect.poll(now, { message: 'progress at the bottom' }).toBe(100);

			// Contents: one link per story section, each to an existing section, which clicking scrolls to.
			const sections = [...bySection(steps).keys()];
			const toc = page.locator('nav.toc');
			const sectionLinks = toc.locator('a[href^="#sec-"]');
			expect(await sectionLinks.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(
				sections.map((s) => `#sec-${s}`)
			);
			for (const section of sections) {
				await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
				await toc.locator(`a[href="#sec-${section}"]`).click();
				const target = page.locator(`section#sec-${section}`);
				await expect
					.poll(() => target.evaluate((el) => Math.round(el.getBoundingClientRect().top)), {
						message: `#sec-${section} scrolled to the top of the viewport`
					})
					.toBeLessThanOrEqual(2);
				await expect(target.locator('h2').first(), `heading of #sec-${section} wholly on screen`).toBeInViewport({ ratio: 1 });
				expect(
					await target.evaluate((el) => el.getBoundingClientRect().top),
					`#sec-${section} stays where the link put it (no layout shift above it)`
				).toBeGreaterThanOrEqual(-2);
			}
			expectNoProblems(problems);
		});

		test('stages are hidden from assistive technology; each step carries its alt text', async ({ page }) => {
			await page.goto(site.path);
			const steps = await readSteps(page);
			for (const [section] of bySection(steps)) {
				const stage = stageOf(page, section);
				await expect(stage, `stage-${section} aria-hidden`).toHaveAttribute('aria-hidden', 'true');
				await expect(stage, `stage-${section} inert`).toHaveAttribute('inert', '');
			}
			for (const step of steps) {
				const alt = page.locator(`[id="${step.id}"] .card p.visually-hidden`);
				await expect(alt, `alt text of ${step.id}`).toHaveCount(1);
				await expect(alt, `alt text of ${step.id}`).not.toBeEmpty();
				await expect(alt, `alt text of ${step.id} is clipped, not display:none`).toHaveCSS('position', 'absolute');
				expect(await alt.evaluate((el) => el.getBoundingClientRect().width), `alt text of ${step.id} is 1px`).toBeLessThanOrEqual(1);
			}
		});

		test('zero axe violations (WCAG 2.2 AA) scrolled to a middle step', async ({ page }) => {
			test.setTimeout(120_000);
			await page.goto(site.path);
			await storyReady(page);
			const steps = await readSteps(page);
			const step = steps[Math.floor(steps.length / 2)]!;
			await scrollStepTo(page, step.id, 0.5);
			await expectOnStep(page, step, 'before axe');
			const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
			const violations = results.violations.map(
				(v) =>
					`${v.id} [${v.impact ?? 'n/a'}] ${v.help}: ${v.nodes
						.slice(0, 5)
						.map((n) => n.target.map(String).join(' '))
						.join(' | ')}`
			);
			expect(violations).toEqual([]);
		});

		for (const hash of ['#no-such-step', '#<script>', '#%E0%A4%A']) {
			test(`unknown hash ${hash}: no error, first state, the story still follows the scroll`, async ({ page }) => {
				const problems = watchPage(page);
				await page.goto(`${site.path}${hash}`);
				// Either the story gets wired (scrollama marks the steps) or the page throws: whichever first.
				await expect
					.poll(async () => problems.pageErrors.length > 0 || (await page.locator('[data-scrollama-index]').count()) > 0, {
						message: 'story wired or page error'
					})
					.toBe(true);
				expect(problems.pageErrors, `uncaught errors with ${hash}`).toEqual([]);
				await storyReady(page);
				const steps = await readSteps(page);
				expect(await activeIds(page), 'no active step').toEqual([]);
				await expectStagesFor(page, steps, -1, `hash ${hash}`);
				await expect(page.getByTestId('lang-switch'), 'switch href names no step').toHaveAttribute(
					'href',
					new RegExp(`${other.path}$`)
				);
				// The story is alive: scrolling to a step activates it.
				const step = steps[1]!;
				await scrollStepTo(page, step.id, 0.5);
				await expectOnStep(page, step, `after ${hash}`);
				expectNoProblems(problems);
			});
		}
	});
}
