/**
 * The instrument of overlap.spec.ts: finds text that runs into other text, the way a reader
 * sees it. `measureOverlaps` runs in the page (`page.evaluate(measureOverlaps, options)`): it
 * waits for the page to settle, then, inside each figure, takes the box of every run of text
 * as drawn and returns every two of them, from different runs, that overlap.
 *
 * - HTML text: one box per line of each text node (the client rects of a Range over it).
 * - SVG text (`<text>`, with its `<tspan>`s and `<textPath>`s): the glyph cells of
 *   getExtentOfChar, mapped to the viewport by getScreenCTM. Straight text is merged into one
 *   box per run of glyphs on a line; text along a path, or rotated glyph by glyph, keeps a box
 *   per glyph, each a rotated rectangle (Blink's extent is the axis-aligned box of the rotated
 *   cell: the glyph's own rectangle is found back from it, its advance and its rotation), so a
 *   curved label crossing a straight one counts only where glyphs meet, not where boxes do.
 * - Heights are ink, not line boxes: a box is the glyphs' ink band (canvas measureText of the
 *   same text in the same font: its ascent and descent of ink against the font's), so the lines
 *   of a paragraph (content areas taller than the line height) do not count against each other.
 * - Clipped as drawn: by every ancestor whose overflow is not visible (or with paint
 *   containment), by an outer or nested `<svg>`'s viewport where its overflow is not visible, by
 *   `clip` (absolutely positioned boxes) and `clip-path` (inset(), or a `<clipPath>`'s box);
 *   an absolutely or fixed positioned box escapes the clips of ancestors that do not contain it.
 * - What is not seen is skipped: display:none, `[hidden]`, visibility hidden, opacity 0 on any
 *   ancestor, closed `<details>` but their summary, content-visibility hidden,
 *   `<noscript>`, `<template>`, SVG resources (`<defs>`, `<clipPath>`, …), transparent ink, and
 *   boxes clipped to less than the tolerance (a visually-hidden 1 px box, `clip: rect(0 0 0 0)`,
 *   `clip-path: inset(50%)`). aria-hidden is not invisible: labels drawn for sight often are.
 * - Overlap: two boxes of different runs (text nodes; SVG `<text>` elements) whose intersection
 *   is thicker than `tolerance` px in every direction (separating axes, for rotated glyphs).
 *   Text outside the viewport is checked all the same.
 *
 * The function must stay self-contained: Playwright sends its source to the page.
 */

export interface OverlapOptions {
	/** Selector of the figures: text is compared within one figure. Outermost matches win. */
	roots?: string;
	/** How thick (px) an intersection must be, in every direction, to count. @default 1 */
	tolerance?: number;
	/** Wait for the page to settle first (fonts, a frame without DOM changes, no running animation). @default true */
	settle?: boolean;
	/**
	 * While settling, finish the page's animations (Web Animations: CSS and Svelte transitions) at
	 * once rather than wait for them: the state measured is where they end. @default false
	 */
	finishAnimations?: boolean;
	/** Longest wait for the page to settle, ms. @default 4000 */
	settleTimeout?: number;
	/** Most overlaps returned. @default 200 */
	limit?: number;
}

export interface TextBoxInfo {
	/** The run's text (shortened). */
	text: string;
	/** Where it is: the nearest identifying ancestor and the element's tag and class. */
	where: string;
	/** The box's bounds in viewport px: [left, top, right, bottom], rounded. */
	box: [number, number, number, number];
}

export interface Overlap {
	/** The figure: its id, data-testid or a short CSS path. */
	root: string;
	a: TextBoxInfo;
	b: TextBoxInfo;
	/** Thickness of the intersection (px): its smallest extent across the separating axes. */
	depth: number;
}

export interface OverlapResult {
	/** Figures measured (after outermost-only and visibility filtering). */
	roots: string[];
	/** Boxes measured in all figures. */
	boxes: number;
	overlaps: Overlap[];
	/** Whether the page settled within settleTimeout. */
	settled: boolean;
}

/**
 * Installs measureOverlaps in every document of a page as `window.__measureOverlaps`, for page
 * functions that do more in the same call (see overlap.spec.ts). Before the page's navigation.
 */
export const INSTALL = `window.__measureOverlaps = ${measureOverlaps.toString()};`;

/** The figures of the site: chart frames, embed pages, the story's stages and flat copies. */
export const FIGURE_ROOTS = 'figure, [data-testid="embed"], .stage, .flat-chart';

/** Runs in the page. See the module's comment. */
export async function measureOverlaps(options: OverlapOptions = {}): Promise<OverlapResult> {
	const tolerance = options.tolerance ?? 1;
	const limit = options.limit ?? 200;
	// FIGURE_ROOTS, repeated: the function is sent to the page alone.
	const rootSelector = options.roots ?? 'figure, [data-testid="embed"], .stage, .flat-chart';

	type Pt = { x: number; y: number };
	type Box = {
		poly: Pt[];
		l: number;
		t: number;
		r: number;
		b: number;
		owner: object;
		ownerIndex: number;
		info: () => TextBoxInfo;
	};

	// ── Settle: fonts loaded, no running animation, a frame without a change to the DOM ────────
	let settled = true;
	if (options.settle !== false) {
		settled = false;
		await document.fonts.ready;
		const timeout = options.settleTimeout ?? 4000;
		let mutated = false;
		const mo = new MutationObserver(() => (mutated = true));
		mo.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
		const start = performance.now();
		// A frame's rAF callbacks run before its layout and resize observers: the changes those make
		// (a chart redrawn for its new width) are seen at the next frame. Settled: two frames at
		// least, the last without a change to the DOM, and no animation running.
		let frames = 0;
		while (performance.now() - start < timeout) {
			await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
			frames++;
			if (options.finishAnimations) {
				for (const a of document.getAnimations()) {
					try {
						if (a.playState === 'running' || a.pending) a.finish();
					} catch {
						// an endless animation: waited for as any other
					}
				}
			}
			const animating = document.getAnimations().some((a) => a.playState === 'running' || a.pending);
			if (!mutated && !animating && frames >= 2) {
				settled = true;
				break;
			}
			mutated = false;
		}
		mo.disconnect();
	}

	// ── Geometry ──────────────────────────────────────────────────────────────────────────────
	const rectPoly = (l: number, t: number, r: number, b: number): Pt[] => [
		{ x: l, y: t },
		{ x: r, y: t },
		{ x: r, y: b },
		{ x: l, y: b }
	];
	/** Sutherland–Hodgman: a convex polygon cut to an axis-aligned rectangle. */
	function clipPoly(poly: Pt[], c: { l: number; t: number; r: number; b: number }): Pt[] {
		const edges: [(p: Pt) => boolean, (p: Pt, q: Pt) => Pt][] = [
			[(p) => p.x >= c.l, (p, q) => ({ x: c.l, y: p.y + ((q.y - p.y) * (c.l - p.x)) / (q.x - p.x) })],
			[(p) => p.x <= c.r, (p, q) => ({ x: c.r, y: p.y + ((q.y - p.y) * (c.r - p.x)) / (q.x - p.x) })],
			[(p) => p.y >= c.t, (p, q) => ({ x: p.x + ((q.x - p.x) * (c.t - p.y)) / (q.y - p.y), y: c.t })],
			[(p) => p.y <= c.b, (p, q) => ({ x: p.x + ((q.x - p.x) * (c.b - p.y)) / (q.y - p.y), y: c.b })]
		];
		let out = poly;
		for (const [inside, cut] of edges) {
			const input = out;
			out = [];
			for (let i = 0; i < input.length; i++) {
				const p = input[i]!;
				const q = input[(i + 1) % input.length]!;
				const pin = inside(p);
				const qin = inside(q);
				if (pin) out.push(p);
				if (pin !== qin) out.push(cut(p, q));
			}
			if (out.length < 3) return [];
		}
		return out;
	}
	/** Smallest overlap of two convex polygons across their edges' normals (<= 0: apart). */
	function depthOf(p: Pt[], q: Pt[]): number {
		let depth = Infinity;
		for (const poly of [p, q]) {
			for (let i = 0; i < poly.length; i++) {
				const a = poly[i]!;
				const b = poly[(i + 1) % poly.length]!;
				const len = Math.hypot(b.x - a.x, b.y - a.y);
				if (len < 1e-6) continue;
				const nx = -(b.y - a.y) / len;
				const ny = (b.x - a.x) / len;
				let pMin = Infinity,
					pMax = -Infinity,
					qMin = Infinity,
					qMax = -Infinity;
				for (const v of p) {
					const d = v.x * nx + v.y * ny;
					pMin = Math.min(pMin, d);
					pMax = Math.max(pMax, d);
				}
				for (const v of q) {
					const d = v.x * nx + v.y * ny;
					qMin = Math.min(qMin, d);
					qMax = Math.max(qMax, d);
				}
				depth = Math.min(depth, Math.min(pMax, qMax) - Math.max(pMin, qMin));
				if (depth <= 0) return depth;
			}
		}
		return depth;
	}

	// ── Ink: a font's ascent and descent against the ink of a text, by canvas ─────────────────
	// Kept on the page between runs: a sweep measures the same labels at every width.
	type InkMetrics = { fa: number; fd: number; ia: number; id: number } | null;
	const kept = window as unknown as {
		__overlapInk?: { ctx: CanvasRenderingContext2D | null; font: string; cache: Map<string, InkMetrics> };
	};
	kept.__overlapInk ??= { ctx: document.createElement('canvas').getContext('2d'), font: '', cache: new Map() };
	const inkStore = kept.__overlapInk;
	/** Font and ink metrics of `text` in `el`'s font, in px at its computed size; null if unknown. */
	function ink(el: Element, text: string): InkMetrics {
		const ctx = inkStore.ctx;
		if (!ctx) return null;
		const cs = style(el);
		const font = cs.font || `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
		const key = `${font}\u0000${text}`;
		const hit = inkStore.cache.get(key);
		if (hit !== undefined) return hit;
		if (inkStore.font !== font) {
			ctx.font = '1px sentinel-font';
			ctx.font = font;
			inkStore.font = ctx.font.includes('sentinel-font') ? '' : font;
		}
		let v: InkMetrics = null;
		if (inkStore.font === font) {
			ctx.textBaseline = 'alphabetic';
			const m = ctx.measureText(text);
			if (m.fontBoundingBoxAscent + m.fontBoundingBoxDescent > 0)
				v = {
					fa: m.fontBoundingBoxAscent,
					fd: m.fontBoundingBoxDescent,
					ia: m.actualBoundingBoxAscent,
					id: m.actualBoundingBoxDescent
				};
		}
		inkStore.cache.set(key, v);
		return v;
	}
	/** The ink band [top, bottom] inside a content area [top, top + height] of this font. */
	function inkBand(top: number, height: number, m: InkMetrics): [number, number] {
		if (!m) return [top, top + height];
		const s = height / (m.fa + m.fd);
		const baseline = top + m.fa * s;
		// Never taller than the content area (marks above the font's ascent are drawn all the same, but rarely).
		return [Math.max(top, baseline - m.ia * s), Math.min(top + height, baseline + m.id * s)];
	}

	// ── What is seen ──────────────────────────────────────────────────────────────────────────
	const SKIP_TAGS = new Set([
		'script',
		'style',
		'noscript',
		'template',
		'title',
		'desc',
		'metadata',
		'defs',
		'clippath',
		'mask',
		'pattern',
		'symbol',
		'marker',
		'lineargradient',
		'radialgradient',
		'filter',
		'option',
		'textarea',
		'select'
	]);
	const parentOf = (el: Element): Element | null =>
		el.parentElement ?? (el.parentNode as ShadowRoot | null)?.host ?? null;
	/** A colour whose alpha is 0: `transparent`, `rgba(r, g, b, 0)`, `rgb(r g b / 0)`. */
	const transparent = (c: string) =>
		c === 'transparent' || /^rgba\([^,]+,[^,]+,[^,]+,\s*0(\.0*)?\s*\)$/.test(c) || /\/\s*0(\.0*)?%?\s*\)$/.test(c);
	const styles = new Map<Element, CSSStyleDeclaration>();
	const style = (el: Element) => {
		let cs = styles.get(el);
		if (!cs) styles.set(el, (cs = getComputedStyle(el)));
		return cs;
	};
	const hiddenMemo = new Map<Element, boolean>();
	/** Whether nothing `el` holds is drawn: by `el` itself or by an ancestor (memoized down the tree). */
	function hides(el: Element | null): boolean {
		if (!el) return false;
		let v = hiddenMemo.get(el);
		if (v !== undefined) return v;
		const cs = style(el);
		const d = el.parentElement;
		v =
			SKIP_TAGS.has(el.localName.toLowerCase()) ||
			cs.display === 'none' ||
			cs.contentVisibility === 'hidden' ||
			parseFloat(cs.opacity) === 0 ||
			// A closed <details> shows its summary only.
			(d instanceof HTMLDetailsElement &&
				!d.open &&
				!(el.localName === 'summary' && el === d.querySelector(':scope > summary'))) ||
			hides(parentOf(el));
		hiddenMemo.set(el, v);
		return v;
	}
	/** Whether the text `el` holds is drawn in a colour that shows. */
	function seen(el: Element): boolean {
		if (hides(el)) return false;
		const cs = style(el);
		if (cs.visibility !== 'visible') return false;
		if (el instanceof SVGElement) {
			const noFill = cs.fill === 'none' || transparent(cs.fill) || Number(cs.fillOpacity) === 0;
			const noStroke =
				cs.stroke === 'none' ||
				transparent(cs.stroke) ||
				Number(cs.strokeOpacity) === 0 ||
				parseFloat(cs.strokeWidth) === 0;
			return !(noFill && noStroke);
		}
		return !(
			transparent(cs.color) &&
			(parseFloat(cs.webkitTextStrokeWidth || '0') === 0 || transparent(cs.webkitTextStrokeColor))
		);
	}

	// ── Clips ─────────────────────────────────────────────────────────────────────────────────
	type Clip = { l: number; t: number; r: number; b: number };
	function lengthOf(v: string, of: number): number {
		v = v.trim();
		if (v.endsWith('%')) return (parseFloat(v) / 100) * of;
		return parseFloat(v) || 0;
	}
	function insetClip(value: string, box: DOMRect): Clip | null {
		const m = /^inset\(([^)]*)\)/.exec(value);
		if (!m) return null;
		const parts = m[1]!
			.split(/\s+round\s+/)[0]!
			.trim()
			.split(/\s+/);
		const [t, r = t, b = t, l = r] = parts as [string, string?, string?, string?];
		return {
			t: box.top + lengthOf(t, box.height),
			r: box.right - lengthOf(r!, box.width),
			b: box.bottom - lengthOf(b!, box.height),
			l: box.left + lengthOf(l!, box.width)
		};
	}
	/** The clip rectangles of one ancestor, in viewport px (its own, not what it inherits). */
	function ownClips(a: Element, cs: CSSStyleDeclaration): Clip[] {
		const out: Clip[] = [];
		const inf = 1e7;
		const cp = cs.clipPath;
		if (cp && cp !== 'none') {
			const box = a.getBoundingClientRect();
			const inset = insetClip(cp, box);
			if (inset) out.push(inset);
			else {
				const url = /url\(["']?#([^"')]+)["']?\)/.exec(cp);
				const target = url ? document.getElementById(url[1]!) : null;
				if (target instanceof SVGClipPathElement && a instanceof SVGGraphicsElement) {
					// The union of its shapes' boxes, in the clipped element's user space (or its bounding box's).
					const ctm = a.getScreenCTM();
					const objectBox =
						target.clipPathUnits.baseVal === SVGUnitTypes.SVG_UNIT_TYPE_OBJECTBOUNDINGBOX ? a.getBBox() : null;
					let l = Infinity,
						t = Infinity,
						r = -Infinity,
						b = -Infinity;
					for (const shape of target.children) {
						if (!(shape instanceof SVGGraphicsElement)) continue;
						const bb = shape.getBBox();
						for (const [x0, y0] of [
							[bb.x, bb.y],
							[bb.x + bb.width, bb.y],
							[bb.x, bb.y + bb.height],
							[bb.x + bb.width, bb.y + bb.height]
						] as const) {
							const x1 = objectBox ? objectBox.x + x0 * objectBox.width : x0;
							const y1 = objectBox ? objectBox.y + y0 * objectBox.height : y0;
							const x = ctm ? ctm.a * x1 + ctm.c * y1 + ctm.e : x1;
							const y = ctm ? ctm.b * x1 + ctm.d * y1 + ctm.f : y1;
							l = Math.min(l, x);
							t = Math.min(t, y);
							r = Math.max(r, x);
							b = Math.max(b, y);
						}
					}
					out.push(l <= r ? { l, t, r, b } : { l: 0, t: 0, r: 0, b: 0 });
				}
				// Other shapes (circle(), polygon(), …): their bounding box is the element's, at most.
			}
		}
		if (a instanceof SVGElement && !(a instanceof SVGSVGElement) && !(a instanceof SVGForeignObjectElement)) return out;
		const ox = cs.overflowX;
		const oy = cs.overflowY;
		const paint = /\b(paint|strict|content)\b/.test(cs.contain);
		const clipX = paint || ox !== 'visible';
		const clipY = paint || oy !== 'visible';
		if (a instanceof SVGSVGElement && a.ownerSVGElement) {
			// A nested <svg>: its viewport, in its parent's user space.
			if (clipX || clipY) {
				const parent = a.parentElement as unknown as SVGGraphicsElement;
				const ctm = parent.getScreenCTM?.();
				if (ctm) {
					const x = a.x.baseVal.value,
						y = a.y.baseVal.value,
						w = a.width.baseVal.value,
						h = a.height.baseVal.value;
					const pts = [
						[x, y],
						[x + w, y],
						[x, y + h],
						[x + w, y + h]
					].map(([px, py]) => ({ x: ctm.a * px! + ctm.c * py! + ctm.e, y: ctm.b * px! + ctm.d * py! + ctm.f }));
					const xs = pts.map((p) => p.x),
						ys = pts.map((p) => p.y);
					out.push({
						l: clipX ? Math.min(...xs) : -inf,
						r: clipX ? Math.max(...xs) : inf,
						t: clipY ? Math.min(...ys) : -inf,
						b: clipY ? Math.max(...ys) : inf
					});
				}
			}
			return out;
		}
		if (clipX || clipY) {
			const box = a.getBoundingClientRect();
			let l = box.left + parseFloat(cs.borderLeftWidth);
			let t = box.top + parseFloat(cs.borderTopWidth);
			let r = box.right - parseFloat(cs.borderRightWidth);
			let b = box.bottom - parseFloat(cs.borderBottomWidth);
			if (a instanceof SVGSVGElement) {
				// The outer <svg> clips to its content box (its viewport).
				l += parseFloat(cs.paddingLeft);
				t += parseFloat(cs.paddingTop);
				r -= parseFloat(cs.paddingRight);
				b -= parseFloat(cs.paddingBottom);
			} else if (a instanceof HTMLElement && a !== document.documentElement && a !== document.body) {
				// Scrollbars are not content.
				r = Math.min(r, l + a.clientWidth);
				b = Math.min(b, t + a.clientHeight);
			}
			if (a === document.documentElement || a === document.body) {
				// The page scrolls: its overflow clips nothing a reader cannot scroll to.
			} else out.push({ l: clipX ? l : -inf, r: clipX ? r : inf, t: clipY ? t : -inf, b: clipY ? b : inf });
		}
		if (cs.clip && cs.clip !== 'auto' && (cs.position === 'absolute' || cs.position === 'fixed')) {
			const m = /rect\(([^)]*)\)/.exec(cs.clip);
			if (m) {
				const box = a.getBoundingClientRect();
				const [ct, cr, cb, cl] = m[1]!.split(/[\s,]+/);
				const v = (s: string | undefined, auto: number, base: number) =>
					!s || s === 'auto' ? auto : base + parseFloat(s);
				out.push({
					t: v(ct, box.top, box.top),
					r: v(cr, box.right, box.left),
					b: v(cb, box.bottom, box.top),
					l: v(cl, box.left, box.left)
				});
			}
		}
		return out;
	}
	const establishesFixedCB = (cs: CSSStyleDeclaration) =>
		cs.transform !== 'none' ||
		cs.perspective !== 'none' ||
		cs.filter !== 'none' ||
		/\b(paint|layout|strict|content)\b/.test(cs.contain) ||
		cs.willChange.includes('transform');
	type Pos = 'flow' | 'absolute' | 'fixed';
	const NO_CLIP: Clip = { l: -1e7, t: -1e7, r: 1e7, b: 1e7 };
	const meet = (p: Clip, q: Clip): Clip => ({
		l: Math.max(p.l, q.l),
		t: Math.max(p.t, q.t),
		r: Math.min(p.r, q.r),
		b: Math.min(p.b, q.b)
	});
	const clipMemo = new Map<Element, Partial<Record<Pos, Clip>>>();
	/**
	 * The clip of what sits inside `el`, positioned as `pos` says (text is in flow): every clip on
	 * the way to the document, as containing blocks go (an absolutely positioned box escapes the
	 * clips of static ancestors), met into one rectangle (memoized up the tree).
	 */
	function clipFor(el: Element | null, pos: Pos): Clip {
		if (!el) return NO_CLIP;
		const memo = clipMemo.get(el) ?? {};
		const hit = memo[pos];
		if (hit) return hit;
		const cs = style(el);
		// Inside an <svg> (and a <foreignObject>, which contains what it holds) CSS positioning does not escape.
		const svgInner = el instanceof SVGElement && !(el instanceof SVGSVGElement && !el.ownerSVGElement);
		let out: Clip;
		if (!svgInner && pos === 'absolute' && cs.position === 'static' && !establishesFixedCB(cs))
			out = clipFor(parentOf(el), pos);
		else if (!svgInner && pos === 'fixed' && !establishesFixedCB(cs)) out = clipFor(parentOf(el), pos);
		else {
			const own = ownClips(el, cs).reduce(meet, NO_CLIP);
			const next: Pos = svgInner
				? 'flow'
				: cs.position === 'absolute'
					? 'absolute'
					: cs.position === 'fixed'
						? 'fixed'
						: 'flow';
			out = meet(own, clipFor(parentOf(el), next));
		}
		memo[pos] = out;
		clipMemo.set(el, memo);
		return out;
	}
	const clipOf = (el: Element) => clipFor(el, 'flow');
	function clipped(poly: Pt[], c: Clip): Pt[] {
		if (c.r - c.l <= 0 || c.b - c.t <= 0) return [];
		return clipPoly(poly, c);
	}

	// ── Descriptions ──────────────────────────────────────────────────────────────────────────
	const IDENT = [
		'data-testid',
		'id',
		'data-label',
		'data-label-for',
		'data-value-for',
		'data-bar',
		'data-step',
		'data-node',
		'data-figure',
		'data-chart',
		'data-island'
	];
	function ident(el: Element): string {
		for (const attr of IDENT) {
			const v = el.getAttribute(attr);
			if (v) return attr === 'id' ? `#${v}` : `[${attr}="${v}"]`;
		}
		return '';
	}
	function tagOf(el: Element): string {
		// Not the scoping classes of Svelte (`svelte-1abc`, `s-1abc`).
		const cls = [...el.classList].filter((c) => !/^(svelte|s)-[a-z0-9]+$/.test(c)).slice(0, 2);
		return el.localName + cls.map((c) => `.${c}`).join('');
	}
	function whereOf(el: Element, root: Element): string {
		const own = ident(el);
		if (own) return `${tagOf(el)}${own}`;
		for (let a = parentOf(el); a && a !== root; a = parentOf(a)) {
			const id = ident(a);
			if (id) return `${id} ${tagOf(el)}`;
		}
		return tagOf(el);
	}
	function rootName(root: Element): string {
		const id = ident(root);
		if (id) return id;
		const path: string[] = [];
		for (let a: Element | null = root; a && a !== document.body; a = parentOf(a)) {
			const i = ident(a);
			path.unshift(i || tagOf(a));
			if (i) break;
		}
		return path.join(' > ');
	}
	const short = (s: string) => {
		const t = s.replace(/\s+/g, ' ').trim();
		return t.length > 70 ? `${t.slice(0, 67)}…` : t;
	};

	// ── Boxes of a figure ─────────────────────────────────────────────────────────────────────
	function boxesOf(root: Element): Box[] {
		const boxes: Box[] = [];
		let ownerIndex = 0;
		const push = (poly: Pt[], clips: Clip, owner: object, index: number, text: string, el: Element) => {
			const p = clipped(poly, clips);
			if (p.length < 3) return;
			const xs = p.map((v) => v.x),
				ys = p.map((v) => v.y);
			const box = { l: Math.min(...xs), t: Math.min(...ys), r: Math.max(...xs), b: Math.max(...ys) };
			if (box.r - box.l <= tolerance || box.b - box.t <= tolerance) return;
			boxes.push({
				poly: p,
				...box,
				owner,
				ownerIndex: index,
				info: () => ({
					text: short(text),
					where: whereOf(el, root),
					box: [Math.round(box.l), Math.round(box.t), Math.round(box.r), Math.round(box.b)]
				})
			});
		};

		// HTML text nodes (also inside <foreignObject>); what is hidden is pruned whole.
		const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
			acceptNode: (n) => {
				if (n instanceof Element) return hides(n) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
				const parent = n.parentElement;
				if (!parent || (parent instanceof SVGElement && !(parent instanceof SVGForeignObjectElement)))
					return NodeFilter.FILTER_REJECT;
				return (n as Text).data.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT;
			}
		});
		const seenCache = new Map<Element, boolean>();
		const isSeen = (el: Element) => {
			let v = seenCache.get(el);
			if (v === undefined) seenCache.set(el, (v = seen(el)));
			return v;
		};
		const range = document.createRange();
		for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
			const el = n.parentElement!;
			if (!isSeen(el)) continue;
			range.selectNodeContents(n);
			const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
			if (!rects.length) continue;
			const m = ink(el, n.data.trim());
			const clips = clipOf(el);
			const index = ownerIndex++;
			for (const r of rects) {
				const [t, b] = inkBand(r.top, r.height, m);
				push(rectPoly(r.left, t, r.right, b), clips, n, index, n.data, el);
			}
		}

		// SVG text: glyph cells.
		for (const text of root.querySelectorAll('text')) {
			if (!(text instanceof SVGTextElement) || !text.textContent?.trim()) continue;
			if (!isSeen(text)) continue;
			const ctm = text.getScreenCTM();
			if (!ctm) continue;
			const toClient = (x: number, y: number): Pt => ({
				x: ctm.a * x + ctm.c * y + ctm.e,
				y: ctm.b * x + ctm.d * y + ctm.f
			});
			const n = text.getNumberOfChars();
			const m = ink(text, text.textContent.trim());
			const clips = clipOf(text);
			const index = ownerIndex++;
			// Along a path, or rotated glyph by glyph (`rotate`): a box per glyph. Otherwise runs of glyphs.
			const curved =
				text.querySelector('textPath') !== null ||
				text.hasAttribute('rotate') ||
				text.querySelector('[rotate]') !== null;
			/** A straight run being merged, in the text's user space: [left, top, right, bottom]. */
			let run: [number, number, number, number] | null = null;
			const flush = () => {
				if (run)
					push(
						[toClient(run[0], run[1]), toClient(run[2], run[1]), toClient(run[2], run[3]), toClient(run[0], run[3])],
						clips,
						text,
						index,
						text.textContent ?? '',
						text
					);
				run = null;
			};
			for (let i = 0; i < n; i++) {
				let ext: DOMRect;
				try {
					ext = text.getExtentOfChar(i);
				} catch {
					continue;
				}
				if (ext.width <= 0 || ext.height <= 0) continue;
				if (!curved) {
					const [t, b] = inkBand(ext.y, ext.height, m);
					const l = ext.x,
						r = ext.x + ext.width;
					if (run && Math.abs(run[1] - t) < 0.5 && Math.abs(run[3] - b) < 0.5 && l >= run[0] - 0.5 && l <= run[2] + 1)
						run[2] = Math.max(run[2], r);
					else {
						flush();
						run = [l, t, r, b];
					}
					continue;
				}
				const rot = text.getRotationOfChar(i);
				const start = text.getStartPositionOfChar(i);
				const end = text.getEndPositionOfChar(i);
				// The rotated cell, found back from its axis-aligned extent: centre, advance, height.
				const th = (rot * Math.PI) / 180;
				const cos = Math.cos(th),
					sin = Math.sin(th);
				const ac = Math.abs(cos),
					as = Math.abs(sin);
				const adv = Math.hypot(end.x - start.x, end.y - start.y) || (ac >= as ? ext.width : ext.height);
				const h = ac >= as ? (ext.height - adv * as) / ac : (ext.width - adv * ac) / as;
				if (!(h > 0)) continue;
				const cx = ext.x + ext.width / 2 - start.x,
					cy = ext.y + ext.height / 2 - start.y;
				// Local frame: x along the baseline, y down across it.
				const u = cx * cos + cy * sin,
					v = -cx * sin + cy * cos;
				const [t, b] = inkBand(v - h / 2, h, m);
				const local: [number, number][] = [
					[u - adv / 2, t],
					[u + adv / 2, t],
					[u + adv / 2, b],
					[u - adv / 2, b]
				];
				push(
					local.map(([x, y]) => toClient(start.x + x * cos - y * sin, start.y + x * sin + y * cos)),
					clips,
					text,
					index,
					text.textContent ?? '',
					text
				);
			}
			flush();
		}
		return boxes;
	}

	// ── Figures ───────────────────────────────────────────────────────────────────────────────
	const candidates = [...document.querySelectorAll(rootSelector)].filter((el) => el.checkVisibility());
	const roots = candidates.filter((el) => !candidates.some((o) => o !== el && o.contains(el)));
	const overlaps: Overlap[] = [];
	let total = 0;
	for (const root of roots) {
		const boxes = boxesOf(root);
		total += boxes.length;
		boxes.sort((p, q) => p.l - q.l);
		// One overlap per two runs (the deepest of their boxes': lines, glyphs).
		const found = new Map<string, { depth: number; a: Box; b: Box }>();
		for (let i = 0; i < boxes.length; i++) {
			const p = boxes[i]!;
			for (let j = i + 1; j < boxes.length; j++) {
				const q = boxes[j]!;
				if (q.l >= p.r - tolerance) break;
				if (p.owner === q.owner) continue;
				if (
					Math.min(p.b, q.b) - Math.max(p.t, q.t) <= tolerance ||
					Math.min(p.r, q.r) - Math.max(p.l, q.l) <= tolerance
				)
					continue;
				const depth = depthOf(p.poly, q.poly);
				if (depth <= tolerance) continue;
				const [a, b] = p.ownerIndex <= q.ownerIndex ? [p, q] : [q, p];
				const key = `${a.ownerIndex}:${b.ownerIndex}`;
				if ((found.get(key)?.depth ?? 0) < depth) found.set(key, { depth, a, b });
			}
		}
		for (const { depth, a, b } of [...found.values()].sort(
			(x, y) => x.a.ownerIndex - y.a.ownerIndex || x.b.ownerIndex - y.b.ownerIndex
		)) {
			if (overlaps.length >= limit) break;
			overlaps.push({ root: rootName(root), a: a.info(), b: b.info(), depth: Math.round(depth * 10) / 10 });
		}
	}
	return { roots: roots.map(rootName), boxes: total, overlaps, settled };
}

/** One line of an overlap: `"A" (where) overlaps "B" (where) by d px`. */
export function describeOverlap(o: Overlap): string {
	return `"${o.a.text}" (${o.a.where}) overlaps "${o.b.text}" (${o.b.where}) by ${o.depth} px in ${o.root}`;
}

/** Widths as ranges: [600, 620, 640, 700] with step 20 → "600–640, 700". */
export function widthRanges(widths: number[], step: number): string {
	const sorted = [...new Set(widths)].sort((a, b) => a - b);
	const out: string[] = [];
	let from = sorted[0];
	let prev = sorted[0];
	for (const w of [...sorted.slice(1), undefined]) {
		if (w !== undefined && prev !== undefined && w - prev <= step) {
			prev = w;
			continue;
		}
		if (from !== undefined) out.push(from === prev ? `${from}` : `${from}–${prev}`);
		from = w;
		prev = w;
	}
	return out.join(', ');
}
