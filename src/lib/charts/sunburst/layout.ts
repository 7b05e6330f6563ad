/**
 * The sunburst's geometry: tree + size → arcs. Pure: no DOM, no Svelte.
 *
 * d3-hierarchy's partition sizes every node by the amount of the leaves under it; d3-shape's arc
 * turns each node's angles and radii into a path. A zoom puts one node (the focus) in the centre
 * as a disc and spreads its descendants over the full circle, one ring per level below it; every
 * other node keeps a place in the output with zero width, so a transition can interpolate any two
 * layouts arc by arc (`interpolateArcs`).
 *
 * Labels are placed only where the text, estimated without a DOM, fits inside its own segment
 * with a margin: segments do not overlap, so neither can their labels.
 */
import { hierarchy, partition, type HierarchyRectangularNode } from 'd3-hierarchy';
import { arc as d3arc } from 'd3-shape';
import type { Locale } from '$lib/format';
import type { SunburstKind, SunburstNode } from './data';
import { SUNBURST_PALETTE, depthShade, inkOn, isClassId, type Hex, type Scheme } from './palette';

const TAU = 2 * Math.PI;
const EPSILON = 1e-9;

export interface SunburstArc {
	id: string;
	parentId: string | null;
	/** Depth in the whole tree: 0 the total, 1 the budget and the parts not itemised, 2 类, 3 款, 4 项. */
	depth: number;
	kind: SunburstKind;
	classId: string | null;
	/** Angles in radians, clockwise from twelve o'clock. */
	x0: number;
	x1: number;
	/** Radii in px. */
	y0: number;
	y1: number;
	/** SVG path, coordinates at 3 decimals, centred on 0,0; empty when not visible. */
	d: string;
	/** Whether it has any area in this layout. */
	visible: boolean;
	/** It is the focus, drawn as the centre disc. */
	centre: boolean;
	fill: Record<Scheme, Hex>;
	/** Label colour on this fill. */
	ink: Record<Scheme, Hex>;
	/** The label, where it fits. */
	label?: string;
	/** For a curved label, the path its text follows. */
	labelPath?: string;
	/** For a radial label, its position and rotation. */
	labelTransform?: string;
	labelOrientation?: 'curved' | 'radial';
}

export interface LayoutOptions {
	/** Outer radius in px. */
	radius: number;
	/** Id of the node in the centre; @default the root. Unknown ids fall back to the root. */
	focus?: string;
	/** Language of the labels; @default 'zh' */
	locale?: Locale;
	/** Label size in px; @default 12 */
	fontSize?: number;
	/** Radius of the centre disc as a share of `radius`; @default 0.34 */
	centreRatio?: number;
}

type Positioned = HierarchyRectangularNode<SunburstNode>;

const partitions = new WeakMap<SunburstNode, Positioned>();

/** The partition of the whole tree on the unit circle (x in [0, 1]), computed once per tree. */
function partitionOf(root: SunburstNode): Positioned {
	let p = partitions.get(root);
	if (!p) {
		// Leaves carry the amounts; every parent is the sum of its children (the data module
		// guarantees the report's parents equal these sums). Order is the data's: largest first.
		const h = hierarchy(root, (d) => d.children).sum((d) => (d.children.length ? 0 : d.amount));
		p = partition<SunburstNode>().size([1, h.height + 1])(h);
		partitions.set(root, p);
	}
	return p;
}

/**
 * Lays the sunburst out at a size, zoomed on a node.
 * @example
 * const arcs = sunburstLayout(root, { radius: 160, focus: 'gps', locale: 'en' });
 * arcs.filter((a) => a.visible).map((a) => a.d);
 */
export function sunburstLayout(root: SunburstNode, opts: LayoutOptions): SunburstArc[] {
	const { radius, locale = 'zh', fontSize = 12, centreRatio = 0.34 } = opts;
	const nodes = partitionOf(root).descendants();
	const focus = nodes.find((n) => n.data.id === opts.focus) ?? nodes[0]!;
	const r0 = radius * centreRatio;
	const rings = Math.max(1, focus.height);
	const thickness = (radius - r0) / rings;
	const span = focus.x1 - focus.x0;
	const angle = (x: number) => Math.min(1, Math.max(0, (x - focus.x0) / span)) * TAU;

	return nodes.map((n) => {
		const rel = n.depth - focus.depth;
		const isCentre = n === focus;
		const x0 = angle(n.x0);
		const x1 = angle(n.x1);
		const y0 = rel <= 0 ? 0 : r0 + (rel - 1) * thickness;
		const y1 = rel < 0 ? 0 : rel === 0 ? r0 : r0 + rel * thickness;
		const visible = x1 - x0 > EPSILON && y1 - y0 > EPSILON && (rel > 0 || isCentre);
		const fill = isCentre
			? { light: SUNBURST_PALETTE.light.centre, dark: SUNBURST_PALETTE.dark.centre }
			: { light: fillOf(n.data, n.depth, 'light'), dark: fillOf(n.data, n.depth, 'dark') };
		const out: SunburstArc = {
			id: n.data.id,
			parentId: n.parent?.data.id ?? null,
			depth: n.depth,
			kind: n.data.kind,
			classId: n.data.classId,
			x0,
			x1,
			y0,
			y1,
			d: visible ? arcPath(x0, x1, y0, y1) : '',
			visible,
			centre: isCentre,
			fill,
			ink: { light: inkOn(fill.light), dark: inkOn(fill.dark) }
		};
		if (visible && !isCentre) {
			const text = locale === 'zh' ? n.data.name_zh : n.data.name_en;
			const fit = fitLabel(text, { x0, x1, y0, y1 }, fontSize);
			if (fit) {
				out.label = text;
				out.labelOrientation = fit.orientation;
				if (fit.path) out.labelPath = fit.path;
				if (fit.transform) out.labelTransform = fit.transform;
			}
		}
		return out;
	});
}

/** The fill of a node by its class and its depth: the class ring is the class colour, deeper rings lighter. */
export function fillOf(node: Pick<SunburstNode, 'kind' | 'classId'>, depth: number, scheme: Scheme): Hex {
	const p = SUNBURST_PALETTE[scheme];
	if (node.kind === 'not-itemised') return p.notItemised;
	if (isClassId(node.classId)) return depthShade(node.classId, depth - 2, scheme);
	if (node.kind === 'total') return p.centre;
	return p.budget;
}

const pathOf = d3arc<{ x0: number; x1: number; y0: number; y1: number }>()
	.startAngle((d) => d.x0)
	.endAngle((d) => d.x1)
	.innerRadius((d) => d.y0)
	.outerRadius((d) => d.y1)
	.digits(3);

/** The SVG path of an annular sector (a disc when y0 is 0 and the angle is a full turn), at 3 decimals. */
export function arcPath(x0: number, x1: number, y0: number, y1: number): string {
	return pathOf({ x0, x1, y0, y1 }) ?? '';
}

/**
 * Arcs between two layouts of the same tree, `t` from 0 (`from`) to 1 (`to`). Labels are left
 * out while moving (they would not fit on the way); the arcs of `to` are returned as they are at 1.
 */
export function interpolateArcs(from: SunburstArc[], to: SunburstArc[], t: number): SunburstArc[] {
	if (t >= 1) return to;
	const before = new Map(from.map((a) => [a.id, a]));
	const lerp = (a: number, b: number) => a + (b - a) * t;
	return to.map((b) => {
		const a = before.get(b.id) ?? b;
		const x0 = lerp(a.x0, b.x0);
		const x1 = lerp(a.x1, b.x1);
		const y0 = lerp(a.y0, b.y0);
		const y1 = lerp(a.y1, b.y1);
		const visible = x1 - x0 > EPSILON && y1 - y0 > EPSILON && (a.visible || b.visible);
		const { label: _l, labelPath: _p, labelTransform: _t, labelOrientation: _o, ...rest } = b;
		return {
			...rest,
			x0,
			x1,
			y0,
			y1,
			visible,
			d: visible ? arcPath(x0, x1, y0, y1) : '',
			fill: t < 0.5 ? a.fill : b.fill,
			ink: t < 0.5 ? a.ink : b.ink
		};
	});
}

// ── Labels ──────────────────────────────────────────────────────────────────────────────────────

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

/**
 * Advance widths of Latin lower case in em, from DejaVu Sans: the widest of the common fallback
 * fonts (what Linux Chromium draws `system-ui` with), so the estimate errs wide elsewhere.
 */
const LOWER: Record<string, number> = {
	a: 0.613,
	b: 0.635,
	c: 0.55,
	d: 0.635,
	e: 0.615,
	f: 0.352,
	g: 0.635,
	h: 0.634,
	i: 0.278,
	j: 0.278,
	k: 0.579,
	l: 0.278,
	m: 0.974,
	n: 0.634,
	o: 0.612,
	p: 0.635,
	q: 0.635,
	r: 0.411,
	s: 0.521,
	t: 0.392,
	u: 0.634,
	v: 0.592,
	w: 0.818,
	x: 0.592,
	y: 0.592,
	z: 0.525
};

/**
 * Estimated width of a text in px, without a DOM: CJK glyphs (and full-width punctuation) 1em;
 * Latin letters about 0.55em on average, taken letter by letter from a wide font; 5% to spare.
 * A label left out costs less than one that spills.
 * @example textWidth('行政运行', 12) // 50.4
 */
export function textWidth(text: string, fontSize: number): number {
	let em = 0;
	for (const ch of text) {
		if (CJK.test(ch)) em += 1;
		else if (ch in LOWER) em += LOWER[ch]!;
		else if (/[A-Z]/.test(ch)) em += /[MW]/.test(ch) ? 0.99 : /[IJ]/.test(ch) ? 0.3 : 0.72;
		else if (/[0-9]/.test(ch)) em += 0.64;
		else if (/[ .,:;'’|!]/.test(ch)) em += 0.32;
		else if (/[()-]/.test(ch)) em += 0.39;
		else em += 0.65;
	}
	return em * fontSize * 1.05;
}

interface Sector {
	x0: number;
	x1: number;
	y0: number;
	y1: number;
}

/** Margin between a label and its segment's edges, in px. */
const PAD = 3;

export interface LabelFit {
	orientation: 'curved' | 'radial';
	/** Curved: the path the text follows (its middle is the label's middle), 3 decimals. */
	path?: string;
	/** Radial: `translate(x,y) rotate(deg)` of the text's middle. */
	transform?: string;
}

/**
 * Where a label fits in its segment, if anywhere: first curved along the ring's middle, then
 * straight along the radius. The text box (estimated width × 1.2 em) must lie inside the sector
 * with `PAD` to spare on every side. Text on the lower half runs the other way round, so that no
 * label is upside down.
 */
export function fitLabel(text: string, s: Sector, fontSize: number): LabelFit | null {
	const w = textWidth(text, fontSize);
	const h = fontSize * 1.2;
	const span = s.x1 - s.x0;
	const full = span >= TAU - 1e-6;
	// A segment that closes the ring (an only child) is labelled at twelve o'clock.
	const mid = full ? 0 : (s.x0 + s.x1) / 2;
	const thickness = s.y1 - s.y0;
	const r = (s.y0 + s.y1) / 2;

	// Curved: the text's angle at its radius, with the margin at its inner edge. The middle of the
	// ring first; failing that, as far out as the margin allows, where the arc is longest.
	if (thickness >= h + 2 * PAD) {
		for (const rc of [r, s.y1 - PAD - h / 2]) {
			const half = w / rc / 2 + PAD / (rc - h / 2);
			const at = curvedCentre(s.x0, s.x1, half, full);
			if (!at) continue;
			const [a, b] = [at.c - half, at.c + half];
			return { orientation: 'curved', path: at.bottom ? arcLine(rc, b, a) : arcLine(rc, a, b) };
		}
	}

	// Along the radius: the box spans the ring's thickness; its width across the angle is h.
	if (w <= thickness - 2 * PAD) {
		const inner = r - w / 2;
		const half = Math.atan2(h / 2 + PAD, inner);
		if (inner > 0 && 2 * half <= span) {
			const flip = mid > Math.PI;
			return { orientation: 'radial', transform: place(r, mid, degrees(mid) - 90 + (flip ? 180 : 0)) };
		}
	}
	return null;
}

/** How far past the horizontal (radians) upright text may run before it reads upside down. */
const TILT = 0.35;

/**
 * Where a curved label spanning ±`half` radians can be centred in [x0, x1] and stay upright: on
 * the top half it runs clockwise, on the bottom half anticlockwise; either may run `TILT` past
 * the horizontal. The place closest to the segment's middle wins; null if there is none.
 */
function curvedCentre(x0: number, x1: number, half: number, full: boolean): { c: number; bottom: boolean } | null {
	if (full) return half <= Math.PI / 2 + TILT ? { c: 0, bottom: false } : null;
	const mid = (x0 + x1) / 2;
	const halves = [
		{ lo: -Math.PI / 2, hi: Math.PI / 2, bottom: false },
		{ lo: (3 * Math.PI) / 2, hi: (5 * Math.PI) / 2, bottom: false },
		{ lo: Math.PI / 2, hi: (3 * Math.PI) / 2, bottom: true }
	];
	let best: { c: number; bottom: boolean } | null = null;
	for (const hv of halves) {
		const lo = Math.max(x0 + half, hv.lo - TILT + half);
		const hi = Math.min(x1 - half, hv.hi + TILT - half);
		if (lo > hi) continue;
		const c = Math.min(hi, Math.max(lo, mid));
		if (!best || Math.abs(c - mid) < Math.abs(best.c - mid)) best = { c, bottom: hv.bottom };
	}
	return best;
}

/** An SVG arc from angle a to angle b at radius r (clockwise when b > a), 3 decimals. */
function arcLine(r: number, a: number, b: number): string {
	const pt = (t: number) => `${round3(r * Math.sin(t))},${round3(-r * Math.cos(t))}`;
	const large = Math.abs(b - a) > Math.PI ? 1 : 0;
	const sweep = b > a ? 1 : 0;
	return `M${pt(a)}A${round3(r)},${round3(r)},0,${large},${sweep},${pt(b)}`;
}

function degrees(rad: number): number {
	return (rad * 180) / Math.PI;
}

/** `translate(x,y) rotate(deg)` for a point at radius r and angle a (clockwise from twelve o'clock). */
function place(r: number, a: number, deg: number): string {
	return `translate(${round3(r * Math.sin(a))},${round3(-r * Math.cos(a))}) rotate(${round3(deg)})`;
}

function round3(v: number): number {
	const r = Math.round(v * 1000) / 1000;
	return Object.is(r, -0) ? 0 : r;
}
