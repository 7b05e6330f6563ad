/**
 * No text runs into other text, at any width from 280 to 1200 px (every 20 px), in any figure of
 * the story or an embed, in both languages and every state: the embeds drawn by the server and
 * live, the waterfall in each scope, the sunburst at its root and zoomed on every node that has
 * children; the story's stage at every step, its flat copies (reduced motion: every step's chart
 * after its text, as the server draws it) and its figures, drawn by the server and live.
 *
 * Each state is loaded once and resized in place; at each width the instrument (overlap.ts) runs
 * once over the figures once the page has settled. A failure lists, per page and state, which
 * texts overlap at which widths. The viewport is set here: the desktop project runs it alone.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { csvParse } from 'd3-dsv';
import { expect, test, type Page } from '@playwright/test';
import { FIGURE_ROOTS, INSTALL, measureOverlaps, widthRanges, type Overlap, type OverlapResult } from './overlap';

const FROM = 280;
const TO = 1200;
const STEP = 20;
const WIDTHS = Array.from({ length: (TO - FROM) / STEP + 1 }, (_, i) => FROM + i * STEP);
const HEIGHT = 800;
/** Most groups of overlaps a failure lists. */
const SHOWN = 30;

const LOCALES = [
	{ prefix: '', story: '/' },
	{ prefix: '/en', story: '/en/' }
] as const;

/** Nodes of the sunburst that have children, read from the data package: `gpb` (the budget's classes) and every class and section. */
const functional = csvParse(readFileSync(fileURLToPath(new URL('../../data/functional.csv', import.meta.url)), 'utf8'));
const ZOOMS = ['gpb', ...new Set(functional.map((r) => r.parent_id!).filter(Boolean))];

test.describe.configure({ mode: 'parallel', timeout: 300_000 });
test.beforeEach(({}, testInfo) => {
	test.skip(testInfo.project.name !== 'desktop', 'the sweep sets its own viewport widths: desktop project only');
});

/** Overlaps seen, grouped by page, state and the two texts, with the widths where they occur. */
class Findings {
	private groups = new Map<string, { page: string; state: string; o: Overlap; widths: number[]; depth: number }>();
	/** Widths where a state did not settle (measured all the same). */
	readonly unsettled: string[] = [];

	add(page: string, state: string, width: number, overlaps: Overlap[]) {
		for (const o of overlaps) {
			const key = [page, state, o.a.text, o.a.where, o.b.text, o.b.where].join('\u0000');
			const g = this.groups.get(key) ?? { page, state, o, widths: [], depth: 0 };
			g.widths.push(width);
			g.depth = Math.max(g.depth, o.depth);
			this.groups.set(key, g);
		}
	}

	/**
	 * One line per group:
	 * `at 600–640 px, /en/embed/waterfall/ [live, scope=all]: "A" (where) overlaps "B" (where), up to 2 px, in <figure>`.
	 */
	lines(): string[] {
		const all = [...this.groups.values()].map(
			(g) =>
				`at ${widthRanges(g.widths, STEP)} px, ${g.page} [${g.state}]: "${g.o.a.text}" (${g.o.a.where}) ` +
				`overlaps "${g.o.b.text}" (${g.o.b.where}), up to ${g.depth} px, in ${g.o.root}`
		);
		return all.length > SHOWN ? [...all.slice(0, SHOWN), `… and ${all.length - SHOWN} more`] : all;
	}

	/** Fails with every group listed, or passes. */
	expectNone() {
		const lines = this.lines();
		const unsettled = this.unsettled.length ? `\n(did not settle: ${this.unsettled.join('; ')})` : '';
		console.log(
			`overlap sweep: ${this.groups.size} group(s) of overlapping text${unsettled}${lines.map((l) => `\n  ${l}`).join('')}`
		);
		expect(
			this.groups.size,
			`text runs into other text (widths ${FROM}–${TO} px every ${STEP} px), ${this.groups.size} case(s):\n${lines.join('\n')}${unsettled}\n`
		).toBe(0);
	}
}

/**
 * Measures the figures (`roots`) at every width, resizing in place. `measure` replaces the plain
 * measurement: it may do more in the page first, and name the state it measured.
 */
async function sweep(
	page: Page,
	findings: Findings,
	where: string,
	state: string,
	options: { roots?: string; measure?: () => Promise<{ state: string; result: OverlapResult }>; minBoxes?: number } = {}
) {
	const roots = options.roots ?? FIGURE_ROOTS;
	const measure = options.measure ?? (async () => ({ state, result: await page.evaluate(measureOverlaps, { roots }) }));
	for (const width of WIDTHS) {
		await page.setViewportSize({ width, height: HEIGHT });
		let m = await measure();
		if (!m.result.settled) {
			// Still moving after the settle timeout: measure again rather than count a frame of an animation.
			m = await measure();
			if (!m.result.settled) findings.unsettled.push(`${where} [${m.state}] at ${width} px`);
		}
		expect(
			m.result.boxes,
			`${where} [${m.state}] at ${width} px: text measured in ${m.result.roots.join(', ') || roots}`
		).toBeGreaterThanOrEqual(options.minBoxes ?? 5);
		findings.add(where, m.state, width, m.result.overlaps);
	}
}

/** The reader's first touch, which loads an embed's chart, then the chart is live. */
async function bringToLife(page: Page) {
	await page.mouse.move(2, 2);
	await page.mouse.move(12, 12);
	await expect(page.locator('[data-island]').first()).toHaveAttribute('data-island-ready', '', { timeout: 15_000 });
}

// ── Embeds ───────────────────────────────────────────────────────────────────────────────────

for (const { prefix } of LOCALES) {
	test(`${prefix}/embed/waterfall/ and ${prefix}/embed/three-public/: drawn by the server, live, every scope`, async ({
		page
	}) => {
		const findings = new Findings();
		for (const chart of ['waterfall', 'three-public'] as const) {
			const path = `${prefix}/embed/${chart}/`;
			await page.goto(path, { waitUntil: 'networkidle' });
			await sweep(page, findings, path, 'drawn by the server');
			await expect(
				page.locator('[data-island]').first(),
				`${path}: the sweep did not bring the chart to life`
			).not.toHaveAttribute('data-island-ready');
			await bringToLife(page);
			await sweep(page, findings, path, chart === 'waterfall' ? 'live, scope=all' : 'live');
		}
		for (const scope of ['fiscal', 'gpb']) {
			const path = `${prefix}/embed/waterfall/`;
			await page.goto(`${path}?scope=${scope}`, { waitUntil: 'networkidle' });
			await expect(page.locator('[data-island]').first()).toHaveAttribute('data-island-ready', '', { timeout: 15_000 });
			await expect(page.locator(`#waterfall-chart input[value="${scope}"]`)).toBeChecked();
			await sweep(page, findings, path, `live, scope=${scope}`);
		}
		findings.expectNone();
	});

	// The zooms in two halves, one per worker.
	const states: (string | null)[] = [null, ...ZOOMS];
	const half = Math.ceil(states.length / 2);
	for (const [part, zooms] of [states.slice(0, half), states.slice(half)].entries()) {
		test(`${prefix}/embed/sunburst/ (${part + 1}/2): ${zooms.map((z) => z ?? 'root, drawn by the server and live').join(', ')}`, async ({
			page
		}) => {
			const findings = new Findings();
			const path = `${prefix}/embed/sunburst/`;
			for (const zoom of zooms) {
				if (zoom === null) {
					await page.goto(path, { waitUntil: 'networkidle' });
					await sweep(page, findings, path, 'root, drawn by the server');
					await expect(
						page.locator('[data-island]').first(),
						`${path}: the sweep did not bring the chart to life`
					).not.toHaveAttribute('data-island-ready');
					await bringToLife(page);
					await sweep(page, findings, path, 'root, live');
					continue;
				}
				await page.goto(`${path}?focus=${encodeURIComponent(zoom)}`, { waitUntil: 'networkidle' });
				await expect(page.locator('[data-island]').first()).toHaveAttribute('data-island-ready', '', {
					timeout: 15_000
				});
				await expect(page.locator('.centre-label [data-figure]'), `zoomed on ${zoom}`).toHaveAttribute(
					'data-figure',
					zoom
				);
				await sweep(page, findings, path, `focus=${zoom}`);
			}
			findings.expectNone();
		});
	}
}

// ── The story ────────────────────────────────────────────────────────────────────────────────

interface StepInfo {
	id: string;
	section: string;
}

/** The story is wired (scrollama set up on the steps); its steps in document order. */
async function storySteps(page: Page): Promise<StepInfo[]> {
	await expect(page.locator('[data-step-index]').last()).toHaveAttribute('data-scrollama-index', /^\d+$/, {
		timeout: 15_000
	});
	const steps = await page
		.locator('[data-step-index]')
		.evaluateAll((els) =>
			els.map((el) => ({ id: el.id, section: (el.closest('section[id^="sec-"]')?.id ?? '').replace(/^sec-/, '') }))
		);
	expect(steps.length, 'story steps').toBeGreaterThan(10);
	return steps;
}

/**
 * Measures the figure that shows a step: its section's stage in the step's state (live), or, in
 * a section laid out flat, the step's own chart. First, if the section does not show the step,
 * puts the step's top at the middle of the viewport, where it is the active one, and waits until
 * it does; measures again if the section moved on meanwhile (a resize may change the active step).
 */
async function measureStep(page: Page, step: StepInfo): Promise<{ state: string; result: OverlapResult }> {
	const m = await page.evaluate(async ({ id, section }) => {
		const measure = (window as unknown as { __measureOverlaps: typeof measureOverlaps }).__measureOverlaps;
		const el = document.getElementById(id)!;
		const stage = document.querySelector<HTMLElement>(`[data-testid="stage-${section}"]`)!;
		const scrolly = stage.closest('.scrolly')!;
		const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
		const shows = () => {
			if (scrolly.classList.contains('flat')) return el.querySelector('.flat-chart [data-chart]') ? 'flat' : null;
			return stage.dataset.stageStep === id &&
				stage.querySelector('[data-island="step-chart"]')?.hasAttribute('data-island-ready')
				? 'stage'
				: null;
		};
		for (let attempt = 0; attempt < 4; attempt++) {
			const start = performance.now();
			const log: string[] = [];
			const place = (at: number) =>
				window.scrollTo({
					top: window.scrollY + el.getBoundingClientRect().top - window.innerHeight * at,
					behavior: 'instant'
				});
			for (let n = 1; !shows() && performance.now() - start < 5000; n++) {
				if (n % 15 === 0) {
					// The story missed the crossing (its observers lag behind a resize): cross the line again.
					place(0.95);
					await frame();
					await frame();
				}
				const top = el.getBoundingClientRect().top;
				if (Math.abs(top - window.innerHeight * 0.5) > 2) place(0.5);
				await frame();
				log.push(
					`${Math.round(top)}→${Math.round(el.getBoundingClientRect().top)} y=${Math.round(window.scrollY)} active=${document.querySelector('.step.active')?.id} stage=${stage.dataset.stageStep}`
				);
			}
			const shown = shows();
			if (!shown)
				return {
					error: `stage at ${stage.dataset.stageStep}, ${scrolly.classList.contains('flat') ? 'flat' : 'not flat'}; ${innerWidth} px; ${log.slice(0, 4).join(', ')} … ${log.slice(-4).join(', ')}`
				};
			const result = await measure({
				roots: shown === 'flat' ? `[id="${id}"] > .flat-chart` : `[data-testid="stage-${section}"]`,
				finishAnimations: true
			});
			if (shows() === shown) return { shown, result };
		}
		return { error: 'the section kept moving to another step' };
	}, step);
	if (!m.result) throw new Error(`step ${step.id}: its section does not show it (${m.error})`);
	return { state: m.shown === 'flat' ? 'section laid out flat' : 'stage', result: m.result };
}

for (const { story } of LOCALES) {
	test(`${story} flat (reduced motion): every step's chart as the server draws it`, async ({ page }) => {
		const findings = new Findings();
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.goto(story, { waitUntil: 'networkidle' });
		const steps = await storySteps(page);
		await expect(page.locator('.flat-chart [data-chart]'), 'every flat chart built').toHaveCount(steps.length);
		await sweep(page, findings, story, 'flat, reduced motion', { roots: '.flat-chart', minBoxes: 100 });
		findings.expectNone();
	});

	test(`${story} figures: drawn by the server, then live`, async ({ page }) => {
		const findings = new Findings();
		await page.goto(story, { waitUntil: 'networkidle' });
		await storySteps(page);
		const islands = ['waterfall-figure', 'sunburst-figure'].map((name) => page.locator(`[data-island="${name}"]`));
		// At the top of the page the figures far below are as the server drew them.
		await sweep(page, findings, story, 'figures drawn by the server', {
			roots: '[data-island$="-figure"]:not([data-island-ready]) figure'
		});
		for (const island of islands)
			await expect(island, 'still drawn by the server after the sweep').not.toHaveAttribute('data-island-ready');
		for (const island of islands) {
			await island.evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
			await expect(island).toHaveAttribute('data-island-ready', '', { timeout: 15_000 });
		}
		// Every figure of the page: the live charts, the glossary's quotations.
		await sweep(page, findings, story, 'figures, live', { roots: 'figure' });
		findings.expectNone();
	});

	// The stage at every step, in three parts. The sunburst's zooms are tweens of their own
	// (650 ms): its steps are swept one at a time. Elsewhere each width is set once for all the
	// steps (a resize lays out the whole story), the steps visited forth and back in turn, their
	// transitions finished at once.
	const PARTS = [
		{ sections: ['rise', 'income', 'spending'], byWidth: true },
		{ sections: ['threePublic', 'running', 'performance'], byWidth: true },
		{ sections: ['function'], byWidth: false }
	];
	for (const { sections, byWidth } of PARTS) {
		test(`${story} stage at every step of ${sections.join(', ')}`, async ({ page }) => {
			const findings = new Findings();
			await page.addInitScript({ content: INSTALL });
			await page.goto(story, { waitUntil: 'networkidle' });
			const mine = (await storySteps(page)).filter((s) => sections.includes(s.section));
			expect(new Set(mine.map((s) => s.section)), 'the sections of this part').toEqual(new Set(sections));
			if (!byWidth) {
				for (const step of mine)
					await sweep(page, findings, `${story}#${step.id}`, 'stage', {
						measure: () => measureStep(page, step),
						minBoxes: 1
					});
			} else {
				for (const [i, width] of WIDTHS.entries()) {
					await page.setViewportSize({ width, height: HEIGHT });
					for (const step of i % 2 ? [...mine].reverse() : mine) {
						const where = `${story}#${step.id}`;
						const m = await measureStep(page, step);
						if (!m.result.settled) findings.unsettled.push(`${where} [${m.state}] at ${width} px`);
						expect(m.result.boxes, `${where} [${m.state}] at ${width} px: text measured`).toBeGreaterThanOrEqual(1);
						findings.add(where, m.state, width, m.result.overlaps);
					}
				}
			}
			findings.expectNone();
		});
	}
}
