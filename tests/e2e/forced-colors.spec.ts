/**
 * Forced colours (Windows high contrast), emulated by Chromium (`forced-colors: active`) in both
 * its light and dark palettes, on the story pages and the embeds: what carries meaning stays
 * visible and distinct in the system's colours. The chosen scope differs from the others (and by
 * more than colour), the legends' swatches are drawn and tell totals, increases and decreases
 * apart, the bars are filled with system colours (decreases hatched), focus rings show, and the
 * sunburst's segments and its list's bars stand out from the page.
 *
 * Pixels are read from element screenshots (pngjs) and compared with the system's Canvas colour;
 * styles are read as computed, i.e. after the browser forced them. The embeds are checked as the
 * server drew them and again once their code has taken over; the story's figures once live.
 */
import { PNG } from 'pngjs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoProblems, islandReady, scrollIntoView, watchPage } from './helpers';

const SCHEMES = ['light', 'dark'] as const;
type Scheme = (typeof SCHEMES)[number];

/** System colours a chart may be drawn in (CSS Color 4); resolved by the browser in each palette. */
const SYSTEM = [
	'Canvas',
	'CanvasText',
	'Highlight',
	'HighlightText',
	'LinkText',
	'VisitedText',
	'ActiveText',
	'ButtonFace',
	'ButtonText',
	'ButtonBorder',
	'GrayText',
	'SelectedItem',
	'SelectedItemText',
	'Mark',
	'MarkText',
	'AccentColor',
	'AccentColorText',
	'Field',
	'FieldText'
] as const;
type System = Record<(typeof SYSTEM)[number], Rgba>;

type Rgba = [number, number, number, number];
type Rgb = [number, number, number];

/** An rgb()/rgba() colour as computed; `none`, `transparent` and anything else unpainted: alpha 0. */
function parse(css: string): Rgba {
	const m = css.match(/^rgba?\(([^)]+)\)$/);
	if (!m) return [0, 0, 0, 0];
	const [r = 0, g = 0, b = 0, a = 1] = m[1]!
		.split(/[\s,/]+/)
		.filter(Boolean)
		.map(Number);
	return [r, g, b, a];
}
/** The colour as seen over `bg`. */
const over = ([r, g, b, a]: Rgba, bg: Rgba): Rgb => [
	r * a + bg[0] * (1 - a),
	g * a + bg[1] * (1 - a),
	b * a + bg[2] * (1 - a)
];
/** Largest difference of one channel, 0–255. */
const distance = (a: Rgb, b: Rgb) => Math.max(...a.map((c, i) => Math.abs(c - b[i]!)));
function contrast(a: Rgb, b: Rgb): number {
	const lum = (c: Rgb) =>
		c
			.map((v) => v / 255)
			.map((s) => (s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4))
			.reduce((sum, s, i) => sum + s * [0.2126, 0.7152, 0.0722][i]!, 0);
	const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
	return (hi! + 0.05) / (lo! + 0.05);
}
/** The name of the system colour `css` is, or undefined: a colour the user's palette did not give. */
function systemName(css: string, system: System): string | undefined {
	const c = parse(css);
	if (c[3] === 0) return undefined;
	return SYSTEM.find((n) => system[n].every((v, i) => Math.abs(v - c[i]!) < (i === 3 ? 0.02 : 1.5)));
}

/** The system colours of the palette on show (forced-color-adjust: none, or they would be forced). */
async function systemColours(page: Page): Promise<System> {
	const css = await page.evaluate(
		(names) => {
			const probe = document.createElement('div');
			probe.style.forcedColorAdjust = 'none';
			document.body.append(probe);
			const out = names.map((n) => {
				probe.style.color = n;
				return getComputedStyle(probe).color;
			});
			probe.remove();
			return out;
		},
		[...SYSTEM]
	);
	return Object.fromEntries(SYSTEM.map((n, i) => [n, parse(css[i]!)])) as System;
}

async function forced(page: Page, colorScheme: Scheme): Promise<System> {
	await page.emulateMedia({ forcedColors: 'active', colorScheme });
	const system = await systemColours(page);
	// The emulation is on: the page itself is painted in the palette's canvas colour.
	const body = parse(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
	expect(
		distance(over(body, system.Canvas), over(system.Canvas, system.Canvas)),
		'the page is painted in Canvas'
	).toBeLessThan(2);
	return system;
}

/** The element as drawn, in device pixels. */
async function pixels(target: Locator): Promise<PNG> {
	return PNG.sync.read(await target.screenshot({ animations: 'disabled' }));
}
async function clipPixels(page: Page, clip: { x: number; y: number; width: number; height: number }): Promise<PNG> {
	return PNG.sync.read(await page.screenshot({ clip, animations: 'disabled' }));
}
const at = (png: PNG, x: number, y: number): Rgb => {
	const i = (y * png.width + x) * 4;
	return [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
};
/** A rectangle of a picture, in device pixels: [x0, y0, x1, y1) (by default the whole). */
type Area = [number, number, number, number];
const whole = (png: PNG): Area => [0, 0, png.width, png.height];
/** Share of the pixels (of an area, by default all) that differ from the canvas colour. */
function inkShare(png: PNG, bg: Rgba, [x0, y0, x1, y1]: Area = whole(png)): number {
	const b = over(bg, bg);
	let ink = 0;
	let all = 0;
	for (let y = y0; y < Math.min(y1, png.height); y++) {
		for (let x = x0; x < Math.min(x1, png.width); x++, all++) if (distance(at(png, x, y), b) > 40) ink++;
	}
	return all ? ink / all : 0;
}
/** Share of the pixels that differ between two pictures (over an area of both, by default all they share). */
function differingShare(
	a: PNG,
	b: PNG,
	[x0, y0, x1, y1]: Area = [0, 0, Math.min(a.width, b.width), Math.min(a.height, b.height)]
): number {
	let diff = 0;
	let all = 0;
	for (let y = y0; y < y1; y++)
		for (let x = x0; x < x1; x++, all++) if (distance(at(a, x, y), at(b, x, y)) > 40) diff++;
	return all ? diff / all : 0;
}

interface Painted {
	fill: string;
	stroke: string;
	strokeWidth: number;
	visibility: string;
}
const painted = (target: Locator) =>
	target.evaluate((el): Painted => {
		const s = getComputedStyle(el);
		return { fill: s.fill, stroke: s.stroke, strokeWidth: parseFloat(s.strokeWidth), visibility: s.visibility };
	});

/** A paint that is a system colour, opaque enough, and at least 3:1 against the canvas. */
function expectSystemPaint(css: string, system: System, what: string): void {
	const name = systemName(css, system);
	expect(name, `${what} (${css}) is a system colour`).toBeDefined();
	expect(
		contrast(over(parse(css), system.Canvas), over(system.Canvas, system.Canvas)),
		`${what} (${css}) against Canvas`
	).toBeGreaterThanOrEqual(3);
}

/** The scope switch: the chosen option unlike the others, by its colours and by a cue that is not one. */
async function checkScopeSwitch(root: Locator, system: System, where: string): Promise<void> {
	const chosen = root.locator('[data-scope-switch] label:has(input:checked)');
	const other = root.locator('[data-scope-switch] label:not(:has(input:checked))').first();
	await expect(chosen).toHaveCount(1);
	const style = (l: Locator) =>
		l.evaluate((el) => {
			const s = getComputedStyle(el);
			const label = el.querySelector('.label') ?? el;
			return {
				bg: s.backgroundColor,
				border: parseFloat(s.borderTopWidth),
				line: getComputedStyle(label).textDecorationLine
			};
		});
	const [c, o] = [await style(chosen), await style(other)];
	// Clear of a sticky bar at the top of the story: the pictures are of the switch itself.
	await chosen.evaluate((el) => el.scrollIntoView({ block: 'center' }));
	expect(
		distance(over(parse(c.bg), system.Canvas), over(parse(o.bg), system.Canvas)),
		`${where}: background of the chosen scope (${c.bg}) against another's (${o.bg})`
	).toBeGreaterThan(40);
	expect(
		c.border > o.border || (c.line.includes('underline') && !o.line.includes('underline')),
		`${where}: the chosen scope differs by more than colour (border ${c.border} vs ${o.border} px, text ${c.line} vs ${o.line})`
	).toBe(true);
	const [cp, op] = [inkShare(await pixels(chosen), system.Canvas), inkShare(await pixels(other), system.Canvas)];
	expect(
		cp - op,
		`${where}: drawn ink of the chosen scope (${cp.toFixed(2)}) against another's (${op.toFixed(2)})`
	).toBeGreaterThan(0.3);
}

/** Each swatch of a key drawn (not all canvas), and each unlike the others. */
async function checkSwatches(swatches: Locator[], names: string[], system: System, where: string): Promise<void> {
	const shots: PNG[] = [];
	for (const [i, s] of swatches.entries()) {
		const png = await pixels(s);
		const share = inkShare(png, system.Canvas);
		expect(share, `${where}: swatch ${names[i]} is drawn (share of pixels unlike the canvas)`).toBeGreaterThan(0.3);
		shots.push(png);
	}
	shots.forEach((a, i) =>
		shots.slice(i + 1).forEach((b, j) => {
			expect(differingShare(a, b), `${where}: swatches ${names[i]} and ${names[i + j + 1]} differ`).toBeGreaterThan(
				0.15
			);
		})
	);
}

/** The largest bar of a kind in the chart on show, or undefined when the chart has none. */
async function largest(plot: Locator, kind: 'total' | 'rise' | 'fall'): Promise<Locator | undefined> {
	const marks = plot.locator(`rect.mark.${kind}`);
	const areas = await marks.evaluateAll((els) =>
		els.map((e) => e.getBoundingClientRect()).map((r) => r.width * r.height)
	);
	if (!areas.length) return undefined;
	return marks.nth(areas.indexOf(Math.max(...areas)));
}

/** A waterfall: its key, and its bars in system colours, totals and increases filled unlike each other, decreases hatched. */
async function checkWaterfall(chart: Locator, system: System, where: string): Promise<void> {
	const legend = chart.locator('.legend');
	await checkSwatches(
		['total', 'rise', 'fall'].map((k) => legend.locator(`.swatch.${k}`)),
		['total', 'rise', 'fall'],
		system,
		`${where} legend`
	);
	const plot = chart.locator('.plot:visible');
	await expect(plot).toHaveCount(1);
	const total = await largest(plot, 'total');
	const rise = await largest(plot, 'rise');
	const fall = await largest(plot, 'fall');
	expect(total && rise && fall, `${where}: the chart has totals, increases and decreases`).toBeTruthy();
	const [t, r, f] = [await painted(total!), await painted(rise!), await painted(fall!)];
	expectSystemPaint(t.fill, system, `${where}: fill of a total`);
	expectSystemPaint(r.fill, system, `${where}: fill of an increase`);
	expect(
		distance(over(parse(t.fill), system.Canvas), over(parse(r.fill), system.Canvas)),
		`${where}: totals (${t.fill}) and increases (${r.fill}) are filled differently`
	).toBeGreaterThan(40);
	// A decrease: an outline and a hatching, both visible, over the canvas.
	expect(f.fill, `${where}: a decrease is filled with its hatching`).toMatch(/^url\(/);
	expectSystemPaint(f.stroke, system, `${where}: outline of a decrease`);
	expect(f.strokeWidth).toBeGreaterThan(0);
	const id = f.fill.match(/#([^"')]+)/)?.[1];
	const hatch = await painted(chart.locator(`pattern[id="${id}"] .hatch`));
	expectSystemPaint(hatch.stroke, system, `${where}: hatching of a decrease`);
	// As drawn: totals solid, decreases hatched (part ink, part canvas).
	const solid = inkShare(await pixels(total!), system.Canvas);
	expect(solid, `${where}: a total is drawn solid`).toBeGreaterThan(0.9);
	const hatched = inkShare(await pixels(fall!), system.Canvas);
	expect(hatched, `${where}: a decrease is drawn hatched (share of ink)`).toBeGreaterThan(0.15);
	expect(hatched, `${where}: a decrease is drawn hatched (share of ink)`).toBeLessThan(0.85);
}

/** Keyboard into the first bar: its focus ring shows, in a system colour. */
async function checkBarFocus(page: Page, chart: Locator, system: System, where: string): Promise<void> {
	const bar = chart.locator('.plot:visible g.bar').first();
	const ring = bar.locator('.focus-ring');
	await scrollIntoView(bar);
	// Focus the bar, step back and Tab in again: the bar is focused by the keyboard.
	await bar.focus();
	await page.keyboard.press('Shift+Tab');
	// The ring's own box, without its stroke (Playwright's boundingBox counts the stroke).
	const box = await ring.evaluate((el) => {
		const r = el.getBoundingClientRect();
		return { x: r.x, y: r.y, width: r.width, height: r.height };
	});
	const clip = { x: box.x - 3, y: box.y - 3, width: box.width + 6, height: box.height + 6 };
	const before = await clipPixels(page, clip);
	await page.keyboard.press('Tab');
	await expect(bar).toBeFocused();
	expect(await bar.evaluate((el) => el.matches(':focus-visible')), `${where}: the bar shows focus`).toBe(true);
	const p = await painted(ring);
	expect(p.visibility).toBe('visible');
	expectSystemPaint(p.stroke, system, `${where}: focus ring`);
	const after = await clipPixels(page, clip);
	// The ring's sides (its top may run behind the bar's value), in the middle of their height,
	// change from the canvas to the ring's colour.
	const k = after.width / clip.width;
	const [y0, y1] = [Math.round(after.height * 0.25), Math.round(after.height * 0.75)];
	const sides: Record<string, Area> = {
		left: [Math.round(2 * k), y0, Math.round(5 * k), y1],
		right: [after.width - Math.round(5 * k), y0, after.width - Math.round(2 * k), y1]
	};
	for (const [side, area] of Object.entries(sides)) {
		expect(differingShare(before, after, area), `${where}: the focus ring's ${side} side is drawn`).toBeGreaterThan(
			0.8
		);
		expect(
			inkShare(after, system.Canvas, area),
			`${where}: the focus ring's ${side} side stands out from the canvas`
		).toBeGreaterThan(0.8);
	}
}

/** The informatization split: its bar and its key drawn, the three sources unlike each other. */
async function checkSplit(split: Locator, system: System, where: string): Promise<void> {
	const swatches = split.locator('.parts .swatch');
	const n = await swatches.count();
	expect(n, `${where}: the split has a key`).toBeGreaterThan(1);
	await checkSwatches(
		Array.from({ length: n }, (_, i) => swatches.nth(i)),
		Array.from({ length: n }, (_, i) => `source ${i + 1}`),
		system,
		`${where} split`
	);
	const bar = inkShare(await pixels(split.locator('.bar')), system.Canvas);
	expect(bar, `${where}: the split's bar is drawn`).toBeGreaterThan(0.5);
}

/** The sunburst: segments outlined in a system colour that stands out from the canvas, and drawn. */
async function checkSunburst(figure: Locator, system: System, where: string): Promise<void> {
	const tree = figure.locator('svg.tree');
	const segs = tree.locator('path.seg');
	expect(await segs.count()).toBeGreaterThan(3);
	for (const seg of [segs.first(), segs.nth(1), segs.last()]) {
		const p = await painted(seg);
		expectSystemPaint(p.stroke, system, `${where}: outline of a segment`);
		expect(p.strokeWidth).toBeGreaterThan(0);
		// Its fill is either the canvas (the outline draws it) or stands out from it.
		const fill = over(parse(p.fill), system.Canvas);
		expect(
			distance(fill, over(system.Canvas, system.Canvas)) < 2 || contrast(fill, over(system.Canvas, system.Canvas)) >= 3,
			`${where}: fill of a segment (${p.fill})`
		).toBe(true);
	}
	const label = tree.locator('text.label').first();
	expectSystemPaint((await painted(label)).fill, system, `${where}: a segment's name`);
	expect(inkShare(await pixels(tree), system.Canvas), `${where}: the sunburst is drawn`).toBeGreaterThan(0.04);
}

/** The sunburst's list: every part's bar track drawn. */
async function checkRankedList(list: Locator, system: System, where: string): Promise<void> {
	const tracks = list.locator('.track');
	const n = await tracks.count();
	expect(n).toBeGreaterThan(1);
	for (let i = 0; i < n; i++) {
		expect(
			inkShare(await pixels(tracks.nth(i)), system.Canvas),
			`${where}: bar ${i + 1} of the list is drawn`
		).toBeGreaterThan(0.1);
	}
	expect(
		inkShare(await pixels(tracks.first()), system.Canvas),
		`${where}: the largest part's bar is drawn`
	).toBeGreaterThan(0.5);
}

/** Live sunburst: the keyboard's focus on the tree and its active segment, and the list's current part. */
async function checkSunburstLive(page: Page, figure: Locator, system: System, where: string): Promise<void> {
	const tree = figure.locator('svg.tree');
	await scrollIntoView(tree);
	await tree.focus();
	await page.keyboard.press('Shift+Tab');
	await page.keyboard.press('Tab');
	await expect(tree).toBeFocused();
	const outline = await tree.evaluate((el) => {
		const s = getComputedStyle(el);
		return {
			visible: el.matches(':focus-visible'),
			style: s.outlineStyle,
			width: parseFloat(s.outlineWidth),
			colour: s.outlineColor
		};
	});
	expect(outline.visible && outline.style !== 'none' && outline.width >= 2, `${where}: the tree shows focus`).toBe(
		true
	);
	expectSystemPaint(outline.colour, system, `${where}: the tree's focus outline`);
	await page.keyboard.press('ArrowRight');
	const active = tree.locator('path.seg.active');
	await expect(active).toHaveCount(1);
	const a = await painted(active);
	const plain = await painted(tree.locator('path.seg:not(.active):not(.is-centre)').first());
	expectSystemPaint(a.stroke, system, `${where}: outline of the focused segment`);
	expect(a.strokeWidth, `${where}: the focused segment's outline is thicker than another's`).toBeGreaterThan(
		plain.strokeWidth
	);

	// The list: a part chosen is marked, by its colours and by more than colour.
	const list = figure.locator('[data-testid="sunburst-list"]');
	const leaf = list.locator('button[data-choose]:not(:has(.more))').first();
	await leaf.click();
	const current = list.locator('button[aria-current="true"]');
	await expect(current).toHaveCount(1);
	const other = list.locator('button[data-choose]:not([aria-current="true"])').first();
	const style = (l: Locator) =>
		l.evaluate((el) => ({
			bg: getComputedStyle(el).backgroundColor,
			line: getComputedStyle(el.querySelector('.name') ?? el).textDecorationLine
		}));
	const [c, o] = [await style(current), await style(other)];
	expect(
		distance(over(parse(c.bg), system.Canvas), over(parse(o.bg), system.Canvas)),
		`${where}: background of the current part (${c.bg}) against another's (${o.bg})`
	).toBeGreaterThan(40);
	expect(
		c.line.includes('underline') && !o.line.includes('underline'),
		`${where}: the current part is marked by more than colour`
	).toBe(true);
	expect(
		inkShare(await pixels(current), system.Canvas) - inkShare(await pixels(other), system.Canvas),
		`${where}: the current part is drawn unlike another`
	).toBeGreaterThan(0.3);
	// Its bar still shows, on the selection colour.
	const track = await pixels(current.locator('.track'));
	const highlight: Rgba = [...over(system.Highlight, system.Canvas), 1];
	expect(inkShare(track, highlight), `${where}: the current part's bar is drawn`).toBeGreaterThan(0.1);
}

/** The story's bar charts (the stage of a section): every track and bar drawn. */
async function checkStoryBars(page: Page, system: System, where: string): Promise<void> {
	const list = page.locator('.stage ul.bars').filter({ visible: true }).first();
	await scrollIntoView(list);
	await expect(list.locator('xpath=ancestor::*[@data-island][1]')).toHaveAttribute('data-island-ready', '', {
		timeout: 15_000
	});
	const tracks = list.locator('.track');
	const n = await tracks.count();
	expect(n).toBeGreaterThan(1);
	const shares: number[] = [];
	for (let i = 0; i < n; i++) shares.push(inkShare(await pixels(tracks.nth(i)), system.Canvas));
	expect(
		Math.min(...shares),
		`${where}: every track of the story's bars is drawn (${shares.map((s) => s.toFixed(2))})`
	).toBeGreaterThan(0.1);
	expect(Math.max(...shares), `${where}: the longest of the story's bars is drawn`).toBeGreaterThan(0.5);
}

test.describe('forced colours: embeds as the server drew them, then live', () => {
	test('waterfall embed: the chosen scope, the key, the bars, the split, the focus ring', async ({ page }) => {
		const problems = watchPage(page);
		await page.goto('/embed/waterfall/');
		const island = page.locator('[data-island="waterfall-figure"]');
		const chart = island.locator('[data-testid^="waterfall-wf-"]').first();
		for (const scheme of SCHEMES) {
			const system = await forced(page, scheme);
			const where = `server, ${scheme}`;
			await checkScopeSwitch(island, system, where);
			await checkWaterfall(chart, system, where);
		}
		await expect(island).not.toHaveAttribute('data-island-ready');
		// The reader's first key brings the chart to life.
		await page.waitForLoadState('networkidle');
		await page.keyboard.press('Shift');
		await expect(island).toHaveAttribute('data-island-ready', '', { timeout: 15_000 });
		for (const scheme of SCHEMES) {
			const system = await forced(page, scheme);
			const where = `live, ${scheme}`;
			await checkScopeSwitch(island, system, where);
			await checkWaterfall(chart, system, where);
			await checkBarFocus(page, chart, system, where);
		}
		// The split is behind the embed's disclosure.
		await island.locator('[data-testid="embed-more"] > summary').click();
		for (const scheme of SCHEMES)
			await checkSplit(island.locator('[data-testid="info-split"]'), await forced(page, scheme), `live, ${scheme}`);
		// Another scope chosen by the keyboard: now that one is marked.
		const system = await forced(page, 'light');
		const first = island.locator('[data-scope-switch] input:checked');
		const before = await first.getAttribute('value');
		await first.focus();
		await page.keyboard.press('ArrowRight');
		await expect(island.locator('[data-scope-switch] input:checked')).not.toHaveAttribute('value', before!);
		await checkScopeSwitch(island, system, 'live, another scope');
		await checkWaterfall(chart, system, 'live, another scope');
		expectNoProblems(problems);
	});

	test('three-public embed: the key, the bars, the focus ring', async ({ page }) => {
		const problems = watchPage(page);
		await page.goto('/embed/three-public/');
		const island = page.locator('[data-island="waterfall-figure"]');
		const chart = island.locator('[data-testid^="waterfall-wf-"]').first();
		for (const scheme of SCHEMES) await checkWaterfall(chart, await forced(page, scheme), `server, ${scheme}`);
		await page.waitForLoadState('networkidle');
		await page.keyboard.press('Shift');
		await expect(island).toHaveAttribute('data-island-ready', '', { timeout: 15_000 });
		for (const scheme of SCHEMES) {
			const system = await forced(page, scheme);
			await checkWaterfall(chart, system, `live, ${scheme}`);
			await checkBarFocus(page, chart, system, `live, ${scheme}`);
		}
		expectNoProblems(problems);
	});

	test('sunburst embed (English): segments, the list, the focus, the current part', async ({ page }) => {
		const problems = watchPage(page);
		await page.goto('/en/embed/sunburst/');
		const island = page.locator('[data-island="sunburst-figure"]');
		for (const scheme of SCHEMES) {
			const system = await forced(page, scheme);
			await checkSunburst(island, system, `server, ${scheme}`);
		}
		await page.waitForLoadState('networkidle');
		await page.keyboard.press('Shift');
		await expect(island).toHaveAttribute('data-island-ready', '', { timeout: 15_000 });
		// The list is behind the embed's disclosure.
		await island.locator('[data-testid="embed-more"] > summary').click();
		for (const scheme of SCHEMES) {
			const system = await forced(page, scheme);
			await checkSunburst(island, system, `live, ${scheme}`);
			await checkRankedList(island.locator('[data-testid="sunburst-list"]'), system, `live, ${scheme}`);
			await checkSunburstLive(page, island, system, `live, ${scheme}`);
			// Back to the whole for the next palette.
			await island.locator('svg.tree').focus();
			await page.keyboard.press('Escape');
		}
		expectNoProblems(problems);
	});
});

for (const path of ['/', '/en/']) {
	test(`forced colours: the story ${path}, its waterfall, sunburst and bars`, async ({ page }) => {
		const problems = watchPage(page);
		await page.goto(path);
		await islandReady(page, 'waterfall-figure');
		const wf = page.locator('[data-island="waterfall-figure"]');
		const charts = wf.locator('[data-testid^="waterfall-wf-"]');
		expect(await charts.count()).toBeGreaterThan(0);
		for (const scheme of SCHEMES) {
			const system = await forced(page, scheme);
			const where = `${path} ${scheme}`;
			await checkScopeSwitch(wf, system, where);
			for (let i = 0; i < (await charts.count()); i++)
				await checkWaterfall(charts.nth(i), system, `${where} chart ${i + 1}`);
			await checkSplit(wf.locator('[data-testid="info-split"]').first(), system, where);
			await checkBarFocus(page, charts.first(), system, where);
		}
		await islandReady(page, 'sunburst-figure');
		const sb = page.locator('[data-island="sunburst-figure"]');
		for (const scheme of SCHEMES) {
			const system = await forced(page, scheme);
			await checkSunburst(sb, system, `${path} ${scheme}`);
			await checkRankedList(sb.locator('[data-testid="sunburst-list"]'), system, `${path} ${scheme}`);
		}
		for (const scheme of SCHEMES) await checkStoryBars(page, await forced(page, scheme), `${path} ${scheme}`);
		expectNoProblems(problems);
	});
}
