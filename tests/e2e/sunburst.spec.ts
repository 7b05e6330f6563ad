/**
 * The sunburst in a real browser, at 375×812 (touch) and 1280×800, in both languages: taps and
 * clicks, the keyboard walk, labels that neither overlap nor spill, the URL's focus, reduced
 * motion, no console errors and no axe violations on the figure.
 * Expected names and amounts are read from data/*.csv (d3-dsv), never typed in.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { csvParse } from 'd3-dsv';
import { test, expect, type Page, type Locator } from '@playwright/test';
import { formatAmount, type Locale } from '$lib/format/index';
import { axeViolations, expectNoProblems, islandReady, watchPage, scrollIntoView } from './helpers';

const FIGURE = '#sunburst-chart';
const PREFIX = 'sunburst-chart-node-';

const csv = (file: string) =>
	csvParse(readFileSync(fileURLToPath(new URL(`../../data/${file}`, import.meta.url)), 'utf8'));
const functional = csv('functional.csv');
const figures = new Map(csv('figures-accounts.csv').map((r) => [r.id!, r]));
const row = (id: string) => {
	const r = functional.find((f) => f.id === id);
	if (!r) throw new Error(`functional.csv has no row "${id}"`);
	return r;
};
const nameOf = (id: string, locale: Locale) => row(id)[locale === 'zh' ? 'name_zh' : 'name_en']!;
/** The largest class, and the largest item in it: what a reader taps first. */
const classes = functional.filter((r) => r.level === 'class').sort((a, b) => Number(b.amount) - Number(a.amount));
const childrenOf = (id: string) =>
	functional.filter((r) => r.parent_id === id).sort((a, b) => Number(b.amount) - Number(a.amount));
const CLASS = classes[1]!.id!; // the second class: the first fills most of the circle
const SECTION = childrenOf(CLASS)[0]!.id!;
const ITEM = childrenOf(SECTION)[0]!.id!;
/** Whether Part 3 of the report defines ITEM (its 款 and 项 in a term, allowing the glossary's extra 支出). */
const ITEM_DEFINED = csv('glossary.csv').some((g) =>
	g.term_zh!.replaceAll('支出（', '（').includes(`${row(SECTION).name_zh}（款）${row(ITEM).name_zh}（项）`)
);

const SITES = [
	{ path: '/', locale: 'zh' as const },
	{ path: '/en/', locale: 'en' as const }
];

/** A point inside a segment that the segment itself receives (not a neighbour or a label). */
async function pointIn(page: Page, id: string): Promise<{ x: number; y: number }> {
	const tree = page.locator(FIGURE).locator('svg[role="tree"]');
	await scrollIntoView(tree);
	// Segments move while a zoom runs: aim only once it has settled.
	await expect(tree).not.toHaveAttribute('data-zooming');
	const p = await page.evaluate(
		(sel) => {
			const el = document.querySelector<SVGPathElement>(sel);
			if (!el) return null;
			const box = el.getBoundingClientRect();
			const inverse = el.getScreenCTM()!.inverse();
			const n = 40;
			const inside = (x: number, y: number) =>
				el.isPointInFill(new DOMPoint(x, y).matrixTransform(inverse)) && document.elementFromPoint(x, y) === el;
			for (let i = 1; i < n; i++)
				for (let j = 1; j < n; j++) {
					const x = box.left + (box.width * i) / n;
					const y = box.top + (box.height * j) / n;
					// Well inside: the points a few px around it are inside too.
					if (
						[
							[0, 0],
							[4, 0],
							[-4, 0],
							[0, 4],
							[0, -4]
						].every(([dx, dy]) => inside(x + dx!, y + dy!))
					)
						return { x, y };
				}
			return null;
		},
		`#${PREFIX}${id.replaceAll('.', '\\.')}`
	);
	if (!p) throw new Error(`no tappable point in segment ${id}`);
	return p;
}

async function tapSegment(page: Page, id: string, touch: boolean) {
	const { x, y } = await pointIn(page, id);
	if (touch) await page.touchscreen.tap(x, y);
	else await page.mouse.click(x, y);
}

async function press(page: Page, target: Locator, touch: boolean) {
	if (touch) await target.tap();
	else await target.click();
}

const centreOf = (page: Page) => page.locator(`${FIGURE} path.is-centre`);
const details = (page: Page) => page.locator(FIGURE).getByTestId('sunburst-details');

for (const site of SITES) {
	test.describe(`sunburst ${site.path}`, () => {
		test('tap a class, then an item, then back to the top by the breadcrumb', async ({ page }, testInfo) => {
			const touch = !!testInfo.project.use.hasTouch;
			const problems = watchPage(page);
			await page.goto(site.path, { waitUntil: 'networkidle' });
			await islandReady(page, 'sunburst-figure');
			await expect(centreOf(page)).toHaveAttribute('data-node', 'total');

			await tapSegment(page, CLASS, touch);
			await expect(centreOf(page)).toHaveAttribute('data-node', CLASS);
			await expect(details(page).getByRole('heading', { level: 3 })).toHaveText(nameOf(CLASS, site.locale));
			await expect(page.locator(`${FIGURE} [aria-current="location"]`)).toContainText(nameOf(CLASS, site.locale));
			await expect(page).toHaveURL(new RegExp(`[?&]focus=${CLASS}(&|#|$)`));

			await tapSegment(page, ITEM, touch);
			// An item has no parts: it is selected, the zoom stays.
			await expect(centreOf(page)).toHaveAttribute('data-node', CLASS);
			const d = details(page);
			await expect(d.getByRole('heading', { level: 3 })).toHaveText(nameOf(ITEM, site.locale));
			await expect(d.locator('[data-field="amount"]')).toHaveText(
				formatAmount(Number(row(ITEM).amount), site.locale, { style: 'table' })
			);
			await expect(d.locator(`[lang="${site.locale === 'zh' ? 'en' : 'zh-CN'}"]`)).toHaveText(
				nameOf(ITEM, site.locale === 'zh' ? 'en' : 'zh')
			);
			await expect(page.locator(`#${PREFIX}${ITEM.replaceAll('.', '\\.')}`)).toHaveAttribute('aria-selected', 'true');
			// Its glossary link, where the report defines the line, lands on the glossary entry.
			const glossary = d.locator('[data-field="glossary"]');
			await expect(glossary).toHaveCount(ITEM_DEFINED ? 1 : 0);
			if (ITEM_DEFINED) {
				const target = (await glossary.getAttribute('href'))!.slice(1);
				expect(await page.evaluate((id) => !!document.getElementById(id), target), `#${target} exists`).toBe(true);
			}

			const top = page.locator(`${FIGURE} button[data-crumb="total"]`);
			await press(page, top, touch);
			await expect(centreOf(page)).toHaveAttribute('data-node', 'total');
			await expect(page).not.toHaveURL(/[?&]focus=/);
			expectNoProblems(problems);
		});

		test('tapping the centre goes up one level', async ({ page }, testInfo) => {
			const touch = !!testInfo.project.use.hasTouch;
			await page.goto(`${site.path}?focus=${SECTION}`, { waitUntil: 'networkidle' });
			await islandReady(page, 'sunburst-figure');
			await expect(centreOf(page)).toHaveAttribute('data-node', SECTION);
			await tapSegment(page, SECTION, touch);
			await expect(centreOf(page)).toHaveAttribute('data-node', CLASS);
		});

		test('keyboard: one tab stop, a visible focus, arrows like a tree, Enter zooms, Escape returns to the top', async ({
			page
		}) => {
			const problems = watchPage(page);
			await page.goto(site.path, { waitUntil: 'networkidle' });
			await islandReady(page, 'sunburst-figure');
			const tree = page.locator(FIGURE).getByRole('tree');
			await tree.focus();
			// One tab stop: Tab leaves the chart for the next control, Shift+Tab comes straight back.
			await page.keyboard.press('Tab');
			expect(await page.evaluate(() => !!document.activeElement?.closest('svg'))).toBe(false);
			await page.keyboard.press('Shift+Tab');
			await expect(tree).toBeFocused();
			const outline = await tree.evaluate(
				(el) => getComputedStyle(el).outlineStyle + ' ' + getComputedStyle(el).outlineWidth
			);
			expect(outline).toMatch(/^solid [3-9]/);

			const active = () => tree.getAttribute('aria-activedescendant');
			await page.keyboard.press('ArrowRight');
			expect(await active()).toBe(`${PREFIX}gpb`);
			await page.keyboard.press('ArrowRight');
			expect(await active()).toBe(`${PREFIX}${classes[0]!.id}`);
			await page.keyboard.press('ArrowDown');
			expect(await active()).toBe(`${PREFIX}${CLASS}`);
			// The active segment wears the focus colour while the chart has keyboard focus.
			const stroke = await page.locator(`#${PREFIX}${CLASS}`).evaluate((el) => getComputedStyle(el).stroke);
			const focusColour = await page.evaluate(() => {
				const probe = document.createElement('div');
				probe.style.color = 'var(--focus)';
				document.body.append(probe);
				const c = getComputedStyle(probe).color;
				probe.remove();
				return c;
			});
			expect(stroke).toBe(focusColour);

			await page.keyboard.press('Enter');
			await expect(centreOf(page)).toHaveAttribute('data-node', CLASS);
			await expect(page.locator(FIGURE).getByTestId('sunburst-live')).toContainText(nameOf(CLASS, site.locale));
			await page.keyboard.press('ArrowRight');
			expect(await active()).toBe(`${PREFIX}${SECTION}`);
			await expect(page.locator(`#${PREFIX}${SECTION.replaceAll('.', '\\.')}`)).toHaveAttribute(
				'aria-label',
				new RegExp(nameOf(SECTION, site.locale).replace(/[()（）]/g, '.'))
			);
			await page.keyboard.press('ArrowLeft');
			await page.keyboard.press('ArrowLeft');
			expect(await active()).toBe(`${PREFIX}gpb`);
			await expect(centreOf(page)).toHaveAttribute('data-node', 'gpb');
			await page.keyboard.press('Escape');
			expect(await active()).toBe(`${PREFIX}total`);
			await expect(centreOf(page)).toHaveAttribute('data-node', 'total');
			expectNoProblems(problems);
		});

		for (const focus of ['total', 'gpb', CLASS, SECTION, classes[0]!.id!]) {
			test(`labels neither overlap nor leave their segment (focus ${focus})`, async ({ page }) => {
				await page.goto(`${site.path}?focus=${focus}`, { waitUntil: 'networkidle' });
				await islandReady(page, 'sunburst-figure');
				await expect(centreOf(page)).toHaveAttribute('data-node', focus);
				const report = await page.evaluate(() => {
					type Pt = { x: number; y: number };
					const svg = document.querySelector<SVGSVGElement>('#sunburst-chart svg[role="tree"]')!;
					const toScreen = (el: SVGGraphicsElement, x: number, y: number): Pt => {
						const p = new DOMPoint(x, y).matrixTransform(el.getScreenCTM()!);
						return { x: p.x, y: p.y };
					};
					// Each glyph as a rotated box on screen: its advance along the baseline, ±0.5em across.
					const quads: { id: string; q: Pt[] }[] = [];
					const problems: string[] = [];
					const texts = [...svg.querySelectorAll<SVGTextElement>('text.label')];
					for (const t of texts) {
						const id = t.getAttribute('data-label')!;
						const em = parseFloat(getComputedStyle(t).fontSize);
						const seg = svg.querySelector<SVGPathElement>(`[data-node="${CSS.escape(id)}"]`)!;
						const inSeg = seg.getScreenCTM()!.inverse();
						const lp = t.querySelector('textPath');
						if (lp) {
							const path = document.getElementById(lp.getAttribute('href')!.slice(1)) as unknown as SVGPathElement;
							if (t.getComputedTextLength() > path.getTotalLength() + 0.5)
								problems.push(`${id}: text longer than its path (cut off)`);
						}
						for (let i = 0; i < t.getNumberOfChars(); i++) {
							const s = t.getStartPositionOfChar(i);
							const e = t.getEndPositionOfChar(i);
							if (Math.hypot(e.x - s.x, e.y - s.y) < 0.01) continue;
							const ux = (e.x - s.x) / Math.hypot(e.x - s.x, e.y - s.y);
							const uy = (e.y - s.y) / Math.hypot(e.x - s.x, e.y - s.y);
							const [nx, ny] = [-uy * em * 0.5, ux * em * 0.5];
							const q = [
								toScreen(t, s.x + nx, s.y + ny),
								toScreen(t, e.x + nx, e.y + ny),
								toScreen(t, e.x - nx, e.y - ny),
								toScreen(t, s.x - nx, s.y - ny)
							];
							quads.push({ id, q });
							for (const c of q) {
								const local = new DOMPoint(c.x, c.y).matrixTransform(inSeg);
								if (!seg.isPointInFill(local)) problems.push(`${id}: glyph ${i} leaves its segment`);
							}
						}
					}
					// The centre's text, line by line.
					const centre = document.querySelector('#sunburst-chart .centre-label')!;
					const walker = document.createTreeWalker(centre, NodeFilter.SHOW_TEXT);
					const lines: DOMRect[] = [];
					for (let n = walker.nextNode(); n; n = walker.nextNode()) {
						const range = document.createRange();
						range.selectNodeContents(n);
						lines.push(...range.getClientRects());
					}
					const centreBoxes = lines
						.filter((r) => r.width > 0)
						.map((r) => [
							{ x: r.left, y: r.top },
							{ x: r.right, y: r.top },
							{ x: r.right, y: r.bottom },
							{ x: r.left, y: r.bottom }
						]);
					const centreSeg = svg.querySelector<SVGPathElement>('path.is-centre')!;
					for (const b of centreBoxes)
						for (const c of b) {
							const local = new DOMPoint(c.x, c.y).matrixTransform(centreSeg.getScreenCTM()!.inverse());
							if (!centreSeg.isPointInFill(local))
								problems.push(`centre text leaves the centre disc at ${Math.round(c.x)},${Math.round(c.y)}`);
						}
					// Separating-axis test of two convex quads.
					const overlap = (a: Pt[], b: Pt[]) => {
						for (const poly of [a, b])
							for (let i = 0; i < poly.length; i++) {
								const p1 = poly[i]!;
								const p2 = poly[(i + 1) % poly.length]!;
								const [ax, ay] = [p1.y - p2.y, p2.x - p1.x];
								const proj = (ps: Pt[]) => ps.map((p) => p.x * ax + p.y * ay);
								const [pa, pb] = [proj(a), proj(b)];
								if (Math.max(...pa) <= Math.min(...pb) + 0.01 || Math.max(...pb) <= Math.min(...pa) + 0.01)
									return false;
							}
						return true;
					};
					for (let i = 0; i < quads.length; i++) {
						for (let j = i + 1; j < quads.length; j++) {
							if (quads[i]!.id !== quads[j]!.id && overlap(quads[i]!.q, quads[j]!.q))
								problems.push(`${quads[i]!.id} overlaps ${quads[j]!.id}`);
						}
						for (const b of centreBoxes)
							if (overlap(quads[i]!.q, b)) problems.push(`${quads[i]!.id} overlaps the centre text`);
					}
					return { labels: texts.length, glyphs: quads.length, problems: [...new Set(problems)] };
				});
				expect(report.labels, 'some labels are drawn').toBeGreaterThan(0);
				expect(report.glyphs).toBeGreaterThan(report.labels);
				expect(report.problems).toEqual([]);
			});
		}

		test('labels are at least 12 px on screen', async ({ page }) => {
			await page.goto(site.path, { waitUntil: 'networkidle' });
			await islandReady(page, 'sunburst-figure');
			// Font size in the SVG's units, times the SVG's scale on screen (its viewBox is not rotated).
			const sizes = await page
				.locator(`${FIGURE} text.label`)
				.evaluateAll((ts) =>
					ts.map(
						(t) =>
							parseFloat(getComputedStyle(t).fontSize) * ((t as SVGTextElement).ownerSVGElement!.getScreenCTM()?.a ?? 1)
					)
				);
			expect(sizes.length).toBeGreaterThan(0);
			expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11.9);
		});

		test('every part is reachable by a touch target of at least 24 px (44 px for buttons of the list and trail)', async ({
			page
		}) => {
			await page.goto(`${site.path}?focus=${SECTION}`, { waitUntil: 'networkidle' });
			await islandReady(page, 'sunburst-figure');
			await expect(centreOf(page)).toHaveAttribute('data-node', SECTION);
			const boxes = await page.locator(`${FIGURE} [data-choose], ${FIGURE} button[data-crumb]`).evaluateAll((els) =>
				els.map((e) => ({
					id: e.getAttribute('data-choose') ?? e.getAttribute('data-crumb'),
					h: e.getBoundingClientRect().height,
					w: e.getBoundingClientRect().width
				}))
			);
			expect(boxes.map((b) => b.id)).toEqual(expect.arrayContaining(childrenOf(SECTION).map((c) => c.id)));
			expect(boxes.filter((b) => b.h < 44 || b.w < 44)).toEqual([]);
		});

		test('the URL’s focus zooms on load; an unknown id stays at the top, silently; other parameters and the hash survive a zoom', async ({
			page
		}, testInfo) => {
			const touch = !!testInfo.project.use.hasTouch;
			const problems = watchPage(page);
			await page.goto(`${site.path}?focus=no.such.node&keep=1#sunburst`, { waitUntil: 'networkidle' });
			await islandReady(page, 'sunburst-figure');
			await expect(centreOf(page)).toHaveAttribute('data-node', 'total');
			await tapSegment(page, CLASS, touch);
			await expect(centreOf(page)).toHaveAttribute('data-node', CLASS);
			const url = new URL(page.url());
			expect(url.searchParams.get('keep')).toBe('1');
			expect(url.searchParams.get('focus')).toBe(CLASS);
			expect(url.hash).toBe('#sunburst');
			await page.goto(`${site.path}?focus=${SECTION}`, { waitUntil: 'networkidle' });
			await islandReady(page, 'sunburst-figure');
			await expect(centreOf(page)).toHaveAttribute('data-node', SECTION);
			expectNoProblems(problems);
		});

		test('zooms move smoothly, and not at all under prefers-reduced-motion', async ({ page }, testInfo) => {
			const touch = !!testInfo.project.use.hasTouch;
			/** How many times the budget ring's path changes between a tap on a class and its end of the zoom. */
			const framesOfZoom = async () => {
				await page.goto(site.path, { waitUntil: 'networkidle' });
				await islandReady(page, 'sunburst-figure');
				const { x, y } = await pointIn(page, CLASS);
				await page.evaluate(() => {
					const el = document.getElementById('sunburst-chart-node-gpb')!;
					const w = window as unknown as { dChanges: number };
					w.dChanges = 0;
					new MutationObserver((ms) => (w.dChanges += ms.filter((m) => m.target === el).length)).observe(el, {
						attributes: true,
						attributeFilter: ['d']
					});
				});
				if (touch) await page.touchscreen.tap(x, y);
				else await page.mouse.click(x, y);
				await expect(centreOf(page)).toHaveAttribute('data-node', CLASS);
				// The budget ring lies outside the zoom: it ends up gone.
				await expect(page.locator(`#${PREFIX}gpb`)).toHaveCount(0);
				return page.evaluate(() => (window as unknown as { dChanges: number }).dChanges);
			};
			expect(await framesOfZoom(), 'frames of an animated zoom').toBeGreaterThanOrEqual(2);
			await page.emulateMedia({ reducedMotion: 'reduce' });
			expect(await framesOfZoom(), 'frames of a zoom under reduced motion').toBe(0);
		});

		test('without JavaScript the whole chart and its table are in the page', async ({ browser }, testInfo) => {
			const context = await browser.newContext({
				javaScriptEnabled: false,
				baseURL: testInfo.project.use.baseURL,
				viewport: testInfo.project.use.viewport
			});
			try {
				const page = await context.newPage();
				await page.goto(site.path);
				await expect(page.locator(`${FIGURE} [role="treeitem"]`)).toHaveCount(functional.length + 5);
				await expect(page.locator(`${FIGURE} table tbody tr`)).toHaveCount(functional.length + 5);
				await expect(page.locator(`${FIGURE} table`)).toBeVisible();
				const total = formatAmount(Number(figures.get('totals.all.2019')!.value), site.locale);
				await expect(page.locator(`${FIGURE} .centre-label`)).toContainText(total);
			} finally {
				await context.close();
			}
		});

		test('zero axe violations on the figure: at the top, zoomed, and with the table open', async ({
			page
		}, testInfo) => {
			test.setTimeout(120_000);
			const touch = !!testInfo.project.use.hasTouch;
			const scan = async (when: string) => {
				expect(await axeViolations(page, { include: FIGURE, context: when })).toEqual([]);
			};
			await page.goto(site.path, { waitUntil: 'networkidle' });
			await islandReady(page, 'sunburst-figure');
			await scan('top');
			await tapSegment(page, CLASS, touch);
			await expect(centreOf(page)).toHaveAttribute('data-node', CLASS);
			await tapSegment(page, ITEM, touch);
			await scan('zoomed, item selected');
			await press(page, page.locator(`${FIGURE} details.chart-table > summary`), touch);
			await expect(page.locator(`${FIGURE} table`)).toBeVisible();
			await scan('table open');
		});
	});
}
