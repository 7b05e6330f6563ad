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
import {
	test,
	expect,
	type Browser,
	type BrowserContextOptions,
	type Locator,
	type Page,
	type TestInfo
} from '@playwright/test';
import { axeViolations, PAGES, expectNoProblems, resolvedHref, watchPage, type PageProblems } from './helpers';

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

const classOf = (id: string) => id.split('.')[0]!;
/** The node the sunburst is zoomed to at a step (steps.ts), or null for the whole tree (its root). */
function expectedZoom(id: string): string | null {
	if (id === 'function-classes') return 'gpb';
	if (id === 'function-largest') return classOf(LARGEST_ITEM);
	if (id === 'function-smallest') return classOf(SMALLEST_ITEM);
	return null;
}

/**
 * The sunburst inside `scope` is in the state of the step: the outlined segment
 * (`path.seg.highlight[data-node]`) and the zoomed node named in the centre
 * (`.centre-label [data-figure]`). Returns both, as seen.
 */
async function expectSunburstState(
	scope: Locator,
	stepId: string,
	what: string
): Promise<{ highlight: string | null; zoom: string | null }> {
	const hl = scope.locator('path.seg.highlight');
	const want = expectedHighlight(stepId);
	if (want === null) await expect(hl, `${what}: no outlined segment at ${stepId}`).toHaveCount(0);
	else await expect(hl, `${what}: outlined segment at ${stepId}`).toHaveAttribute('data-node', want);
	const centre = scope.locator('.centre-label [data-figure]');
	const zoom = expectedZoom(stepId);
	if (zoom !== null) await expect(centre, `${what}: zoomed node at ${stepId}`).toHaveAttribute('data-figure', zoom);
	return {
		highlight: (await hl.count()) ? await hl.getAttribute('data-node') : null,
		zoom: await centre.getAttribute('data-figure')
	};
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
	// A wait, not a check of behaviour: hydration plus the dynamic import can be slow on a loaded machine.
	await expect(page.locator('[data-step-index]').last(), 'scrollama set up on the steps').toHaveAttribute(
		'data-scrollama-index',
		/^\d+$/,
		{ timeout: 15_000 }
	);
	await page.evaluate(
		() =>
			new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 100))))
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
const stageOf = (page: Page, section: string) => page.getByTestId(`stage-${section}`);

/** What the page shows for one section: the active steps, the hash, the section's stage and its chart kind. */
function storyState(page: Page, section: string) {
	return page.evaluate((section) => {
		const stage = document.querySelector(`[data-testid="stage-${section}"]`);
		return {
			active: [...document.querySelectorAll('.step.active')].map((e) => e.id),
			hash: location.hash,
			stage: stage?.getAttribute('data-stage-step') ?? null,
			chart: stage?.querySelector('.step-chart-body')?.getAttribute('data-chart') ?? null
		};
	}, section);
}

/** The story shows this step: it alone is active, the hash names it, its section's stage shows it in its chart kind. */
async function expectOnStep(page: Page, step: StepInfo, what = ''): Promise<void> {
	await expect
		.poll(() => storyState(page, step.section), {
			message: `${what}${what ? ': ' : ''}step ${step.id}: active steps, location.hash, stage-${step.section} and its chart`
		})
		.toEqual({ active: [step.id], hash: `#${step.id}`, stage: step.id, chart: expectedKind(step.id) });
}

/**
 * Whether the reader can see the start of a step's text: 'visible', 'off screen', or which sticky
 * stage lies over it. Geometry, not elementFromPoint: the stages are inert, and hit testing skips
 * inert elements although they are painted over the text.
 */
async function cardSight(page: Page, id: string): Promise<string> {
	return page.evaluate((id) => {
		const card = document.querySelector(`[id="${id}"] .card`);
		if (!card) return 'no card';
		const r = card.getBoundingClientRect();
		const probe = { x: r.left + Math.min(16, r.width / 2), y: r.top + Math.min(16, r.height / 2) };
		if (probe.y < 0 || probe.y >= window.innerHeight) return `off screen (top ${Math.round(r.top)})`;
		for (const stage of document.querySelectorAll<HTMLElement>('[data-testid^="stage-"]')) {
			const s = stage.getBoundingClientRect();
			if (s.width && s.height && probe.x >= s.left && probe.x < s.right && probe.y >= s.top && probe.y < s.bottom)
				return `covered by ${stage.dataset.testid} (text top ${Math.round(r.top)}, stage bottom ${Math.round(s.bottom)})`;
		}
		return 'visible';
	}, id);
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

/**
 * Drops the requests the test itself cut short by leaving the page (reload, language switch):
 * Chromium reports a request still in flight then (typically the favicon) as net::ERR_ABORTED.
 */
function forgetAbortedByLeaving(problems: PageProblems): void {
	problems.failedRequests = problems.failedRequests.filter((r) => !r.endsWith(': net::ERR_ABORTED'));
}

/** Path and hash the language switch points to (resolved as the browser would). */
async function switchTarget(page: Page): Promise<string> {
	const url = await resolvedHref(page, '[data-testid="lang-switch"]');
	return url.pathname + url.hash;
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
 * step's state (chart kind, built waterfall bars, sunburst outline and zoom). Read in one go and
 * compared as a whole, so a failure lists every step that is wrong.
 */
async function expectFlat(page: Page, steps: StepInfo[], what: string): Promise<void> {
	const seen = await page.evaluate(() => ({
		stages: [...document.querySelectorAll<HTMLElement>('[data-testid^="stage-"]')].map(
			(s) => `${s.dataset.testid}: ${getComputedStyle(s).display}`
		),
		flats: [...document.querySelectorAll<HTMLElement>('[data-step-index]')].map((step) => {
			const flat = step.querySelector<HTMLElement>(':scope > .flat-chart');
			const plots = [...(flat?.querySelectorAll<HTMLElement>('.plot') ?? [])].filter((p) => p.checkVisibility());
			return {
				id: step.id,
				shown: !!flat && flat.checkVisibility() && flat.getBoundingClientRect().height > 0,
				chart: flat?.querySelector('.step-chart-body')?.getAttribute('data-chart') ?? null,
				bars: plots.reduce((n, p) => n + p.querySelectorAll('g.bar[data-step]').length, 0),
				highlight: [...(flat?.querySelectorAll('path.seg.highlight') ?? [])].map((e) => e.getAttribute('data-node')),
				zoom: flat?.querySelector('.centre-label [data-figure]')?.getAttribute('data-figure') ?? null
			};
		})
	}));
	const sections = [...bySection(steps).keys()];
	expect(seen.stages, `${what}: every stage display:none`).toEqual(sections.map((s) => `stage-${s}: none`));
	const comparable = (f: (typeof seen.flats)[number]) => {
		const kind = expectedKind(f.id);
		return {
			id: f.id,
			shown: f.shown,
			chart: f.chart,
			...(kind === 'waterfall' ? { bars: f.bars } : {}),
			...(kind === 'sunburst'
				? { highlight: f.highlight, ...(expectedZoom(f.id) !== null ? { zoom: f.zoom } : {}) }
				: {})
		};
	};
	const expected = steps.map((s) => {
		const kind = expectedKind(s.id);
		const hl = expectedHighlight(s.id);
		const zoom = expectedZoom(s.id);
		return {
			id: s.id,
			shown: true,
			chart: kind,
			...(kind === 'waterfall' ? { bars: expectedBars(s.id) } : {}),
			...(kind === 'sunburst' ? { highlight: hl === null ? [] : [hl], ...(zoom !== null ? { zoom } : {}) } : {})
		};
	});
	expect(seen.flats.map(comparable), `${what}: each step's flat chart, in its state`).toEqual(expected);
}

// ---------------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------------

for (const { page: site, other } of PAGES) {
	test.describe(`story ${site.lang} ${site.path}`, () => {
		test('scrolling through every step: active step, hash, stage and its chart follow; history does not grow', async ({
			page
		}, testInfo) => {
			test.slow(); // ~23 steps with several polls each, on a shared two-core machine
			const problems = watchPage(page);
			await page.goto(site.path);
			await storyReady(page);
			const steps = await readSteps(page);
			expect(await activeIds(page), 'no active step at the top of the page').toEqual([]);
			// The charts far down the page are drawn by the server; their code has not been loaded.
			for (const name of ['waterfall-figure', 'sunburst-figure']) {
				const island = page.locator(`[data-island="${name}"]`);
				await expect(island.locator('svg').first(), `${name} drawn before its code loads`).toBeAttached();
				await expect(island, `${name} not brought to life at the top of the page`).not.toHaveAttribute(
					'data-island-ready'
				);
			}
			// On a phone the stage sits above the text: its height must not change within a section.
			const stageHeights = new Map<string, Set<number>>();
			const onPhone = testInfo.project.name === 'phone';
			const historyBefore = await page.evaluate(() => history.length);

			const bars = new Map<string, number>();
			const sunburst = new Map<string, { highlight: string | null; zoom: string | null }>();
			for (const step of steps) {
				await scrollStepTo(page, step.id, 0.5);
				await expectOnStep(page, step, 'scrolling down');
				const stage = stageOf(page, step.section);
				const kind = expectedKind(step.id);
				if (kind === 'waterfall') {
					const built = shownBars(page, `[data-testid="stage-${step.section}"]`);
					await expect(built, `bars built at ${step.id}`).toHaveCount(expectedBars(step.id));
					bars.set(step.id, await built.count());
				}
				if (kind === 'sunburst') sunburst.set(step.id, await expectSunburstState(stage, step.id, 'stage'));
				if (onPhone) {
					const h = await stage.evaluate((el) => Math.round(el.getBoundingClientRect().height));
					stageHeights.set(step.section, (stageHeights.get(step.section) ?? new Set()).add(h));
				}
			}
			for (const [section, heights] of stageHeights) {
				expect(
					[...heights],
					`stage height of ${section} at each of its steps (the text under it must not jump)`
				).toHaveLength(1);
			}

			// The waterfall is built bar by bar, 1, 2, 3, 4, on the stage.
			expect(
				WATERFALL_BUILD.map((id) => bars.get(id)),
				`bars built at ${WATERFALL_BUILD.join(', ')}`
			).toEqual([1, 2, 3, 4]);
			// The sunburst's state differs between the largest and the smallest item, and from the whole.
			const largest = sunburst.get('function-largest');
			const smallest = sunburst.get('function-smallest');
			expect(largest?.highlight, 'function-largest outlines a segment').toBeTruthy();
			expect(smallest?.highlight, 'function-smallest outlines a segment').toBeTruthy();
			expect(largest, 'sunburst state at function-largest vs function-smallest').not.toEqual(smallest);
			expect(sunburst.get('function-whole')?.zoom, "the whole tree is not zoomed to the largest item's class").not.toBe(
				largest?.zoom
			);

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
			await page.evaluate(
				() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 150))))
			);
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
						if (
							r.attributeName === 'class' &&
							el.matches('.step.active') &&
							!(r.oldValue ?? '').split(/\s+/).includes('active')
						)
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

		test('a jump straight to any step or block (a fling, the scrollbar dragged) stays where it landed while the charts around it are drawn', async ({
			page
		}) => {
			// Each jump comes from the top of a fresh page: the charts above and around the block are
			// still the server's, and the sections' stages not measured yet.
			test.setTimeout(150_000);
			const problems = watchPage(page);
			await page.goto(site.path);
			await storyReady(page);
			const ids = [...(await readSteps(page)).map((s) => s.id), 'checks', 'glossary', 'sources'];
			const moved: string[] = [];
			for (const id of ids) {
				await page.goto(site.path);
				await storyReady(page);
				const worst = await page.evaluate(async (id) => {
					const el = document.getElementById(id)!;
					window.scrollTo({
						top: el.getBoundingClientRect().top + window.scrollY - window.innerHeight / 2,
						behavior: 'instant'
					});
					const landed = el.getBoundingClientRect().top;
					let worst = 0;
					const start = performance.now();
					// Watched until the charts near the viewport (island.ts starts them within 90% of it)
					// are live, and at least 1.2 s: a loaded machine draws them late, not never.
					const pending = () =>
						[...document.querySelectorAll<HTMLElement>('[data-island]')].some((i) => {
							const r = i.getBoundingClientRect();
							const near = r.height > 0 && r.bottom > -0.9 * innerHeight && r.top < 1.9 * innerHeight;
							// not the flat copies (pictures only, hidden in this layout)
							return near && !i.closest('.flat-chart') && i.dataset.islandReady === undefined;
						});
					while (performance.now() - start < 1200 || (pending() && performance.now() - start < 8000)) {
						await new Promise((r) => requestAnimationFrame(r));
						const d = el.getBoundingClientRect().top - landed;
						if (Math.abs(d) > Math.abs(worst)) worst = d;
					}
					return Math.round(worst);
				}, id);
				if (Math.abs(worst) > 2) moved.push(`#${id} moved ${worst} px`);
			}
			expect(moved, 'blocks that moved under the reader after the jump').toEqual([]);
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
			forgetAbortedByLeaving(problems);
			expectNoProblems(problems);
		});

		test('reload far below the story (a glossary entry, the checks) returns to the same block, where the reader had it', async ({
			page
		}) => {
			const problems = watchPage(page);
			await page.goto(site.path);
			await storyReady(page);
			const entries = page.locator('#glossary .entry');
			const entryId = await entries.nth(Math.floor((await entries.count()) * 0.7)).getAttribute('id');
			for (const id of [entryId!, 'checks']) {
				// A reader's way there: down the page a screen at a time, so the blocks on the way are drawn.
				await page.evaluate(async (id) => {
					const el = document.getElementById(id)!;
					while (el.getBoundingClientRect().top > window.innerHeight) {
						window.scrollBy({ top: window.innerHeight * 0.8, behavior: 'instant' });
						await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 20)));
					}
					window.scrollBy({ top: el.getBoundingClientRect().top - 120, behavior: 'instant' });
				}, id);
				await page.waitForTimeout(300);
				const top = () =>
					page.evaluate((id) => Math.round(document.getElementById(id)!.getBoundingClientRect().top), id);
				const before = await top();
				expect(Math.abs(before - 120), `#${id} placed for the test`).toBeLessThanOrEqual(2);
				await page.reload();
				await storyReady(page);
				await expect
					.poll(top, { message: `#${id} back where it was after the reload` })
					.toBeGreaterThanOrEqual(before - 2);
				expect(await top()).toBeLessThanOrEqual(before + 2);
				await page.waitForTimeout(600);
				expect(Math.abs((await top()) - before), `#${id} stays there`).toBeLessThanOrEqual(2);
			}
			forgetAbortedByLeaving(problems);
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
				await expect.poll(() => cardSight(page, id), { message: `the text of #${id} can be seen` }).toBe('visible');
				expectNoProblems(problems);
			});
		}

		test('reduced motion: flat layout, every step followed by its own chart in its state', async ({
			browser
		}, testInfo) => {
			await withContext(browser, testInfo, { reducedMotion: 'reduce' }, async (page) => {
				const problems = watchPage(page);
				await page.goto(site.path);
				await storyReady(page);
				const steps = await readSteps(page);
				await expectFlat(page, steps, 'reduced motion');
				// Every chart is laid out here: each bar list draws its rows on one scale, so every row's
				// track is as long as the others (a row with its own maximum, a criterion's full marks,
				// that fraction of it), whatever the width of the value written beside it.
				const trackLengths = await page.locator('ul.bars').evaluateAll((lists) =>
					lists
						.filter((ul) => ul.getBoundingClientRect().width > 0)
						.map((ul) => {
							const w = [...ul.querySelectorAll<HTMLElement>('.track')].map(
								(t) => t.getBoundingClientRect().width / Number(t.dataset.span ?? 1)
							);
							return `${ul.getAttribute('aria-label')}: ${Math.round(Math.max(...w) - Math.min(...w))} px between the longest and shortest track`;
						})
				);
				expect(trackLengths.length, 'bar lists laid out').toBeGreaterThan(3);
				for (const line of trackLengths) expect(line, 'one scale per bar list').toMatch(/: 0 px /);
				// Still flat (no stage appears) after scrolling to a step.
				await scrollStepTo(page, steps[Math.floor(steps.length / 2)]!.id, 0.5);
				await page.waitForTimeout(200);
				await expectFlat(page, steps, 'reduced motion, after scrolling');
				expectNoProblems(problems);
			});
		});

		test("without JavaScript: flat layout, every step's text and chart shown", async ({ browser }, testInfo) => {
			await withContext(browser, testInfo, { javaScriptEnabled: false }, async (page) => {
				const problems = watchPage(page);
				await page.goto(site.path);
				const steps = await readSteps(page);
				await expectFlat(page, steps, 'no JS');
				const texts = await page.locator('[data-step-index]').evaluateAll((els) =>
					els.map((el) => {
						const p = el.querySelector<HTMLElement>('.card > p:not(.visually-hidden)');
						const shown = !!p && p.checkVisibility() && p.getBoundingClientRect().height > 0;
						// textContent: innerText is empty for a block the browser has not laid out yet (content-visibility)
						return `${el.id}: ${shown && (p?.textContent?.trim().length ?? 0) > 0 ? 'text shown' : 'no text'}`;
					})
				);
				expect(texts, "every step's text shown without JS").toEqual(steps.map((s) => `${s.id}: text shown`));
				expect(await page.locator('.step.active').count(), 'no step is marked active without JS').toBe(0);
				// With JavaScript disabled Chromium refuses the <link rel="modulepreload"> fetches ("csp"): expected here.
				problems.failedRequests = problems.failedRequests.filter(
					(r) => !/^GET \S+\/_app\/immutable\/\S+\.js: csp$/.test(r)
				);
				expectNoProblems(problems);
			});
		});

		test('the language switch keeps the active step', async ({ page }) => {
			const problems = watchPage(page);
			await page.goto(site.path);
			await storyReady(page);
			const steps = await readSteps(page);
			const sw = page.getByTestId('lang-switch');
			expect(await switchTarget(page), 'switch at the top: no step yet').toBe(other.path);

			const step = steps.find((s) => s.id === 'function-classes') ?? steps[Math.floor(steps.length / 2)]!;
			await scrollStepTo(page, step.id, 0.5);
			await expectOnStep(page, step, 'before switching');
			await expect
				.poll(() => switchTarget(page), { message: 'switch names the step' })
				.toBe(`${other.path}#${step.id}`);

			await sw.click();
			await page.waitForURL((url) => url.pathname === other.path);
			expect(new URL(page.url()).hash, 'the other language opens at the step').toBe(`#${step.id}`);
			await storyReady(page);
			const otherSteps = await readSteps(page);
			expect(
				otherSteps.map((s) => s.id),
				'both languages tell the same steps'
			).toEqual(steps.map((s) => s.id));
			await expectOnStep(
				page,
				otherSteps.find((s) => s.id === step.id)!,
				`after switching to ${other.path}`
			);
			expect(await switchTarget(page), 'and the switch back keeps it too').toBe(`${site.path}#${step.id}`);
			forgetAbortedByLeaving(problems);
			expectNoProblems(problems);
		});

		for (const [width, height] of [
			[320, 568],
			[375, 667]
		] as const) {
			test(`a short phone (${width}x${height}): no stage cuts its chart off; a section whose chart would not fit is laid out flat`, async ({
				browser
			}, testInfo) => {
				test.skip(testInfo.project.name !== 'phone', 'a phone viewport of its own: phone project only');
				await withContext(browser, testInfo, { viewport: { width, height } }, async (page) => {
					const problems = watchPage(page);
					await page.goto(site.path);
					await storyReady(page);
					const steps = await readSteps(page);
					const flatSections = new Set<string>();
					for (const step of steps) {
						await scrollStepTo(page, step.id, 0.7);
						// The section is measured as it nears the viewport, and the stage draws a frame later.
						await page.evaluate(
							() =>
								new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 150))))
						);
						const state = await page.evaluate((id) => {
							const step = document.getElementById(id)!;
							const scrolly = step.closest('.scrolly')!;
							const stage = scrolly.querySelector<HTMLElement>('.stage')!;
							const flat = scrolly.classList.contains('flat');
							const chart = stage.firstElementChild as HTMLElement;
							const cs = getComputedStyle(stage);
							const inner = stage.clientHeight - parseFloat(cs.paddingTop) - parseFloat(cs.paddingBottom);
							const flatChart = step.querySelector<HTMLElement>('.flat-chart');
							return {
								flat,
								stageShown: stage.checkVisibility(),
								cut: !flat && chart.offsetHeight > inner + 1 ? `${chart.offsetHeight} px chart in ${inner} px` : '',
								flatChart:
									!!flatChart && flatChart.checkVisibility() && flatChart.querySelector('[data-chart]') !== null
							};
						}, step.id);
						if (state.flat) {
							flatSections.add(step.section);
							expect(state.stageShown, `${step.id}: a flat section shows no stage`).toBe(false);
							expect(state.flatChart, `${step.id}: a flat section shows the step's own chart after it`).toBe(true);
						} else {
							expect(state.cut, `${step.id}: the stage shows its whole chart`).toBe('');
						}
					}
					// At 568 px some of the story's tallest charts do not fit a stage: their sections go flat.
					if (height < 600) expect(flatSections.size, 'sections laid out flat').toBeGreaterThan(0);
					expect(flatSections.size, 'most sections keep their stage').toBeLessThan(
						new Set(steps.map((s) => s.section)).size
					);
					expectNoProblems(problems);
				});
			});
		}

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
			// …and to the blocks after the story: each jump must land, and stay, on its mark while the
			// charts around it settle (place.ts holds it).
			for (const id of [...sections.map((s) => `sec-${s}`), 'checks', 'glossary', 'sources']) {
				await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
				await toc.locator(`a[href="#${id}"]`).click();
				const target = page.locator(`[id="${id}"]`);
				await expect
					.poll(() => target.evaluate((el) => Math.round(el.getBoundingClientRect().top)), {
						message: `#${id} scrolled to the top of the viewport`
					})
					.toBeLessThanOrEqual(2);
				await expect(target.locator('h2').first(), `heading of #${id} wholly on screen`).toBeInViewport({ ratio: 1 });
				await page.waitForTimeout(600);
				expect(
					await target.evaluate((el) => el.getBoundingClientRect().top),
					`#${id} stays where the link put it (no layout shift above it)`
				).toBeGreaterThanOrEqual(-2);
				expect(
					await target.evaluate((el) => el.getBoundingClientRect().top),
					`#${id} stays where the link put it`
				).toBeLessThanOrEqual(2);
			}
			expectNoProblems(problems);
		});

		test('stages hidden from assistive technology, alt text on every step, zero axe violations (WCAG 2.2 AA) at a middle step', async ({
			page
		}) => {
			test.setTimeout(120_000);
			await page.goto(site.path);
			await storyReady(page);
			const steps = await readSteps(page);
			const step = steps[Math.floor(steps.length / 2)]!;
			await scrollStepTo(page, step.id, 0.5);
			await expectOnStep(page, step, 'before axe');

			// The stage is a picture of what the steps say: hidden from assistive technology and inert.
			const stages = await page
				.locator('[data-testid^="stage-"]')
				.evaluateAll((els) =>
					els.map(
						(el) =>
							`${el.getAttribute('data-testid')}: aria-hidden=${el.getAttribute('aria-hidden')} inert=${el.hasAttribute('inert')}`
					)
				);
			expect
				.soft(stages, 'stages')
				.toEqual([...bySection(steps).keys()].map((s) => `stage-${s}: aria-hidden=true inert=true`));
			// Each step carries the chart's alt text: present, not empty, visually hidden (clipped, not display:none).
			const alts = await page.locator('[data-step-index]').evaluateAll((els) =>
				els.map((el) => {
					const alt = el.querySelectorAll<HTMLElement>('.card p.visually-hidden');
					const p = alt[0];
					if (alt.length !== 1 || !p) return `${el.id}: ${alt.length} alt paragraphs`;
					const r = p.getBoundingClientRect();
					const ok =
						p.textContent!.trim().length > 0 && getComputedStyle(p).display !== 'none' && r.width <= 1 && r.height <= 1;
					return `${el.id}: ${ok ? 'alt text ok' : `alt text "${p.textContent?.trim()}" ${Math.round(r.width)}×${Math.round(r.height)}px`}`;
				})
			);
			expect.soft(alts, 'alt text of each step').toEqual(steps.map((s) => `${s.id}: alt text ok`));

			expect(await axeViolations(page)).toEqual([]);
		});

		for (const hash of ['#no-such-step', '#<script>', '#%E0%A4%A']) {
			test(`unknown hash ${hash}: no error, first state, the story still follows the scroll`, async ({ page }) => {
				const problems = watchPage(page);
				await page.goto(`${site.path}${hash}`);
				// Either the story gets wired (scrollama marks the steps) or the page throws: whichever first.
				await expect
					.poll(
						async () => problems.pageErrors.length > 0 || (await page.locator('[data-scrollama-index]').count()) > 0,
						{
							message: 'story wired or page error',
							timeout: 15_000
						}
					)
					.toBe(true);
				expect(problems.pageErrors, `uncaught errors with ${hash}`).toEqual([]);
				await storyReady(page);
				const steps = await readSteps(page);
				expect(await activeIds(page), 'no active step').toEqual([]);
				await expectStagesFor(page, steps, -1, `hash ${hash}`);
				expect(await switchTarget(page), 'switch names no step').toBe(other.path);
				// The story is alive: scrolling to a step activates it.
				const step = steps[1]!;
				await scrollStepTo(page, step.id, 0.5);
				await expectOnStep(page, step, `after ${hash}`);
				expectNoProblems(problems);
			});
		}
	});
}
