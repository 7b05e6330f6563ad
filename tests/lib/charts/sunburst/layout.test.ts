/**
 * Layout tests. The golden fixture __fixtures__/geometry.json holds the layout of the real data at
 * radius 300, at the top and zoomed on 一般公共服务 (gps), with the labels of both languages, at
 * 3 decimals. After a deliberate change of the layout, regenerate it and review the diff:
 *
 *   UPDATE_FIXTURES=1 npx vitest run tests/lib/charts/sunburst/layout.test.ts
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadPackage } from '$lib/data/load';
import { flatten, sunburstData } from '$lib/charts/sunburst/data';
import {
	arcPath,
	fitLabel,
	interpolateArcs,
	sunburstLayout,
	textWidth,
	type SunburstArc
} from '$lib/charts/sunburst/layout';

const pkg = loadPackage('data');
const root = sunburstData(pkg);
const TAU = 2 * Math.PI;
const R = 300;
const near = (a: number, b: number, eps = 1e-9) => Math.abs(a - b) <= eps;
const spanOf = (a: SunburstArc) => a.x1 - a.x0;
const FIXTURE = new URL('./__fixtures__/geometry.json', import.meta.url);

describe('sunburstLayout(root, { radius })', () => {
	const arcs = sunburstLayout(root, { radius: R });
	const byId = new Map(arcs.map((a) => [a.id, a]));

	it('returns one arc per node, parents before their children (the drawing order)', () => {
		expect(arcs.map((a) => a.id).sort()).toEqual(
			flatten(root)
				.map((n) => n.id)
				.sort()
		);
		const seen = new Set<string>();
		for (const a of arcs) {
			if (a.parentId) expect(seen.has(a.parentId), a.id).toBe(true);
			seen.add(a.id);
		}
	});

	it('spans 2π at depth 1', () => {
		const ring = arcs.filter((a) => a.depth === 1);
		expect(ring.reduce((s, a) => s + spanOf(a), 0)).toBeCloseTo(TAU, 9);
		expect(ring[0]!.x0).toBe(0);
	});

	it('each ring sums to its parent: the children’s angles add up to the parent’s, edge to edge', () => {
		expect.hasAssertions();
		for (const parent of arcs.filter((a) => a.depth >= 1)) {
			const kids = arcs.filter((a) => a.parentId === parent.id);
			if (!kids.length) continue;
			expect(
				kids.reduce((s, a) => s + spanOf(a), 0),
				parent.id
			).toBeCloseTo(spanOf(parent), 9);
			expect(kids[0]!.x0, parent.id).toBeCloseTo(parent.x0, 9);
			expect(kids[kids.length - 1]!.x1, parent.id).toBeCloseTo(parent.x1, 9);
		}
	});

	it('gives each node the angle of its amount over the report’s total', () => {
		const total = pkg.figures.get('totals.all.2019')!.value;
		for (const n of flatten(root).slice(1)) {
			// Parents' printed amounts are their children's sums to the cent, so 1e-5 of a turn is ample.
			expect(spanOf(byId.get(n.id)!) / TAU, n.id).toBeCloseTo(n.amount / total, 5);
		}
	});

	it('puts the root in the centre as a disc and stacks one ring per level out to the radius', () => {
		const centre = byId.get('total')!;
		expect(centre).toMatchObject({ centre: true, visible: true, x0: 0, x1: TAU, y0: 0 });
		const r0 = centre.y1;
		const thickness = (R - r0) / 4;
		for (const a of arcs.slice(1)) {
			expect(a.y0, a.id).toBeCloseTo(r0 + (a.depth - 1) * thickness, 9);
			expect(a.y1, a.id).toBeCloseTo(r0 + a.depth * thickness, 9);
		}
		expect(Math.max(...arcs.map((a) => a.y1))).toBeCloseTo(R, 9);
	});

	it('writes paths at 3 decimals at most', () => {
		const numbers = arcs.flatMap((a) =>
			[...(a.d + (a.labelPath ?? '') + (a.labelTransform ?? '')).matchAll(/-?\d+(\.\d+)?/g)].map((m) => m[0])
		);
		expect(numbers.length).toBeGreaterThan(0);
		expect(numbers.filter((n) => (n.split('.')[1]?.length ?? 0) > 3)).toEqual([]);
	});

	it('colours by class, lighter for deeper rings', () => {
		const lum = (hex: string) =>
			parseInt(hex.slice(1, 3), 16) + parseInt(hex.slice(3, 5), 16) + parseInt(hex.slice(5, 7), 16);
		for (const c of ['gps', 'sci', 'social']) {
			const chain = [c, byId.get(c)!.id + '.' + (c === 'gps' ? 'party' : c === 'sci' ? 'admin' : 'retire')];
			const item = arcs.find((a) => a.parentId === chain[1])!;
			const fills = [byId.get(chain[0]!)!, byId.get(chain[1]!)!, item].map((a) => a.fill.light);
			expect(lum(fills[1]!), c).toBeGreaterThan(lum(fills[0]!));
			expect(lum(fills[2]!), c).toBeGreaterThan(lum(fills[1]!));
		}
		expect(byId.get('fund')!.fill).toEqual(byId.get('carried')!.fill);
		expect(byId.get('fund')!.fill).not.toEqual(byId.get('gpb')!.fill);
	});
});

describe('sunburstLayout(root, { radius, focus })', () => {
	it('zooms: the focus becomes the centre disc and its subtree fills the circle, one ring per level below it', () => {
		const arcs = sunburstLayout(root, { radius: R, focus: 'gps' });
		const byId = new Map(arcs.map((a) => [a.id, a]));
		expect(byId.get('gps')).toMatchObject({ centre: true, x0: 0, x1: TAU, y0: 0 });
		const r0 = byId.get('gps')!.y1;
		const sections = arcs.filter((a) => a.parentId === 'gps');
		expect(sections.reduce((s, a) => s + spanOf(a), 0)).toBeCloseTo(TAU, 9);
		for (const s of sections) expect([s.y0, s.y1]).toEqual([r0, r0 + (R - r0) / 2]);
		const items = arcs.filter((a) => a.depth === 4 && a.visible);
		expect(items.every((a) => a.id.startsWith('gps.'))).toBe(true);
		expect(items.every((a) => near(a.y1, R))).toBe(true);
		const outside = arcs.filter((a) => !a.id.startsWith('gps'));
		expect(outside.every((a) => !a.visible && a.d === '')).toBe(true);
	});

	it('an item’s zoom would have nothing around it: a leaf cannot be the centre with rings, it stays a disc alone', () => {
		const arcs = sunburstLayout(root, { radius: R, focus: 'housing.reform.fund' });
		expect(arcs.filter((a) => a.visible).map((a) => a.id)).toEqual(['housing.reform.fund']);
	});

	it('falls back to the top for an unknown focus', () => {
		expect(sunburstLayout(root, { radius: R, focus: 'no.such.node' })).toEqual(sunburstLayout(root, { radius: R }));
	});

	it('matches the golden geometry of the real data (3 decimals)', () => {
		const r3 = (v: number) => Math.round(v * 1000) / 1000;
		const pick = (arcs: SunburstArc[]) =>
			arcs.map((a) => ({
				id: a.id,
				depth: a.depth,
				x0: r3(a.x0),
				x1: r3(a.x1),
				y0: r3(a.y0),
				y1: r3(a.y1),
				d: a.d,
				fill: a.fill
			}));
		const labels = (arcs: SunburstArc[]) =>
			arcs
				.filter((a) => a.label)
				.map((a) => ({
					id: a.id,
					label: a.label,
					orientation: a.labelOrientation,
					path: a.labelPath,
					transform: a.labelTransform
				}));
		const actual = {
			radius: R,
			top: pick(sunburstLayout(root, { radius: R })),
			zoomedOnGps: pick(sunburstLayout(root, { radius: R, focus: 'gps' })),
			labels: {
				zh: labels(sunburstLayout(root, { radius: R, locale: 'zh' })),
				en: labels(sunburstLayout(root, { radius: R, locale: 'en' })),
				zhZoomedOnGps: labels(sunburstLayout(root, { radius: R, locale: 'zh', focus: 'gps' })),
				enZoomedOnGps: labels(sunburstLayout(root, { radius: R, locale: 'en', focus: 'gps' }))
			}
		};
		if (process.env.UPDATE_FIXTURES) writeFileSync(FIXTURE, JSON.stringify(actual, null, '\t') + '\n');
		expect(existsSync(FIXTURE), 'the fixture exists (UPDATE_FIXTURES=1 writes it)').toBe(true);
		expect(actual).toEqual(JSON.parse(readFileSync(FIXTURE, 'utf8')));
	});
});

describe('labels', () => {
	it('label only where the text fits: the big segments at phone size, never the thinnest', () => {
		const arcs = sunburstLayout(root, { radius: 140, locale: 'zh' });
		const labelled = arcs.filter((a) => a.label).map((a) => a.id);
		expect(labelled).toContain('gps');
		expect(labelled).not.toContain('health');
		expect(labelled).not.toContain('carried');
		for (const a of arcs.filter((a) => a.label))
			expect(a.label).toBe(flatten(root).find((n) => n.id === a.id)!.name_zh);
	});

	it('labels in the reader’s language', () => {
		const en = sunburstLayout(root, { radius: 300, locale: 'en' }).find((a) => a.id === 'gps')!;
		expect(en.label).toBe('General public services');
	});

	it('no label on the centre (it has its own text)', () => {
		expect(sunburstLayout(root, { radius: 300 }).find((a) => a.centre)!.label).toBeUndefined();
	});

	it('every curved label’s estimated text, with its margins, lies within its segment’s angle', () => {
		expect.hasAssertions();
		for (const locale of ['zh', 'en'] as const) {
			for (const focus of ['total', 'gpb', 'gps', 'sci', 'social.retire']) {
				for (const a of sunburstLayout(root, { radius: 150, locale, focus }).filter(
					(a) => a.labelOrientation === 'curved'
				)) {
					const r = Number(a.labelPath!.match(/A([\d.]+),/)![1]);
					expect(r, a.id).toBeGreaterThan(a.y0 + 3 + 7.2 - 0.01);
					expect(r, a.id).toBeLessThan(a.y1 - 3 - 7.2 + 0.01);
					expect(textWidth(a.label!, 12) / r, `${locale} ${focus} ${a.id}`).toBeLessThan(spanOf(a));
				}
			}
		}
	});

	it('curved labels stay upright: on the top half clockwise, on the bottom half anticlockwise, never far past the horizontal', () => {
		expect.hasAssertions();
		const angle = (x: number, y: number) => Math.atan2(x, -y); // clockwise from twelve o'clock
		for (const locale of ['zh', 'en'] as const) {
			for (const focus of ['total', 'gpb', 'gps', 'gps.party']) {
				for (const a of sunburstLayout(root, { radius: 150, locale, focus }).filter((a) => a.labelPath)) {
					const [, x0, y0, sweep, x1, y1] = a
						.labelPath!.match(/^M([-\d.]+),([-\d.]+)A[\d.]+,[\d.]+,0,[01],([01]),([-\d.]+),([-\d.]+)$/)!
						.map(Number);
					const ends = [angle(x0!, y0!), angle(x1!, y1!)];
					const top = sweep === 1;
					// cos(angle) > 0 on the top half: allow 0.35 rad past the horizontal.
					for (const e of ends)
						expect(top ? Math.cos(e) : -Math.cos(e), `${locale} ${focus} ${a.id}`).toBeGreaterThan(-Math.sin(0.36));
				}
			}
		}
	});

	it.each([
		['行政运行', 48],
		['科学技术', 48],
		['Health', 6 * 0.6 * 12]
	])('textWidth(%j, 12) ≈ %d px', (text, px) => {
		expect(textWidth(text, 12)).toBeGreaterThanOrEqual(px * 0.85);
		expect(textWidth(text, 12)).toBeLessThanOrEqual(px * 1.15);
	});

	it.each([
		// Widths measured with getComputedTextLength() in Debian's Chromium, DejaVu Sans 12px (system-ui there).
		['General public budget appropriation spending', 276.9],
		['Party committee offices and related bodies', 258.3],
		['Retirees of administrative units not under central management', 380.3],
		['Medical care for administrative units', 219.8],
		['Science and technology', 143.3],
		['党委办公厅（室）及相关机构事务', 179.9]
	])(
		'textWidth(%j, 12) does not fall short of the measured %d px, nor exceed it by more than 10%%',
		(text, measured) => {
			expect(textWidth(text, 12)).toBeGreaterThanOrEqual(measured);
			expect(textWidth(text, 12)).toBeLessThanOrEqual(measured * 1.1);
		}
	);

	it('fitLabel: curved on a long thick arc, radial on a thin deep wedge, none on a sliver', () => {
		expect(fitLabel('行政运行', { x0: 0, x1: 1, y0: 100, y1: 130 }, 12)?.orientation).toBe('curved');
		expect(fitLabel('行政运行', { x0: 0, x1: 0.3, y0: 60, y1: 140 }, 12)?.orientation).toBe('radial');
		expect(fitLabel('行政运行', { x0: 0, x1: 0.02, y0: 60, y1: 140 }, 12)).toBeNull();
		expect(fitLabel('行政运行', { x0: 0, x1: 1, y0: 100, y1: 110 }, 12)).toBeNull();
	});

	it('fitLabel turns text on the lower half so that it is not upside down', () => {
		const top = fitLabel('行政运行', { x0: -0.5, x1: 0.5, y0: 100, y1: 130 }, 12)!;
		const bottom = fitLabel('行政运行', { x0: Math.PI - 0.5, x1: Math.PI + 0.5, y0: 100, y1: 130 }, 12)!;
		// The path runs clockwise (sweep 1) on top, anticlockwise (sweep 0) underneath: left to right both times.
		expect(top.path).toMatch(/A[\d.]+,[\d.]+,0,0,1,/);
		expect(bottom.path).toMatch(/A[\d.]+,[\d.]+,0,0,0,/);
		const start = (p: string) => Number(p.slice(1).split(',')[0]);
		expect(start(top.path!)).toBeLessThan(0);
		expect(start(bottom.path!)).toBeLessThan(0);
	});
});

describe('interpolateArcs(from, to, t)', () => {
	const a = sunburstLayout(root, { radius: R });
	const b = sunburstLayout(root, { radius: R, focus: 'gps' });

	it('starts at the first layout and ends at the second', () => {
		const start = interpolateArcs(a, b, 0);
		for (const [i, arc] of start.entries()) {
			expect([arc.x0, arc.x1, arc.y0, arc.y1], arc.id).toEqual([a[i]!.x0, a[i]!.x1, a[i]!.y0, a[i]!.y1]);
		}
		expect(interpolateArcs(a, b, 1)).toBe(b);
	});

	it('moves every edge linearly and redraws the path, without labels on the way', () => {
		const mid = interpolateArcs(a, b, 0.5);
		const gps = mid.find((x) => x.id === 'gps')!;
		const [ga, gb] = [a.find((x) => x.id === 'gps')!, b.find((x) => x.id === 'gps')!];
		expect(gps.x1).toBeCloseTo((ga.x1 + gb.x1) / 2, 9);
		expect(gps.y1).toBeCloseTo((ga.y1 + gb.y1) / 2, 9);
		expect(gps.d).toBe(arcPath(gps.x0, gps.x1, gps.y0, gps.y1));
		expect(mid.some((x) => x.label)).toBe(false);
	});
});
