/**
 * The reader's place, kept as a block and the distance of its top from the viewport's, not as a
 * pixel offset: a reload returns to the block the reader was on (the URL's hash names only the
 * last step passed, wrong below the story), and a jump is held on its mark while the blocks
 * around it settle (charts drawn as they near the viewport, a stage taking its height).
 */

/** Blocks a place can be taken from, most specific last in document order. */
export const PLACE_BLOCKS =
	'.story-section[id], .step[id], .explore[id], #checks, #sources, #glossary, .glossary .entry[id]';

export interface Place {
	/** The block's id. */
	id: string;
	/** Its top, in px from the viewport's top. */
	top: number;
}

/** The block the reader is reading: the last whose top has passed the viewport's middle. */
export function readPlace(doc: Document = document): Place | null {
	const line = (doc.defaultView?.innerHeight ?? 0) / 2;
	let place: Place | null = null;
	for (const el of doc.querySelectorAll<HTMLElement>(PLACE_BLOCKS)) {
		if (el.hidden) continue;
		const top = el.getBoundingClientRect().top;
		if (top > line) break;
		place = { id: el.id, top: Math.round(top) };
	}
	return place;
}

const key = (path: string) => `place:${path}`;

/** Keeps the reader's place for this page's next load in this tab (a reload, a way back). */
export function savePlace(path: string, place: Place | null, storage: Storage = sessionStorage): void {
	try {
		if (place) storage.setItem(key(path), JSON.stringify(place));
		else storage.removeItem(key(path));
	} catch {
		// storage full or refused: the browser's own restoring stays
	}
}

/** The place kept for this page, if this load came back to it (reload, back or forward); then forgotten. */
export function takePlace(
	path: string,
	navigationType: string | undefined,
	storage: Storage = sessionStorage
): Place | null {
	try {
		const raw = storage.getItem(key(path));
		storage.removeItem(key(path));
		if (!raw || (navigationType !== 'reload' && navigationType !== 'back_forward')) return null;
		const p: unknown = JSON.parse(raw);
		if (p && typeof p === 'object' && typeof (p as Place).id === 'string' && Number.isFinite((p as Place).top)) {
			return { id: (p as Place).id, top: (p as Place).top };
		}
	} catch {
		// unreadable: as if none was kept
	}
	return null;
}

/** The block a hold keeps on its mark, while it does: what keepReading keeps too. */
let held: HTMLElement | null = null;

/** Input that means the reader is scrolling on their own: a hold lets go at once. */
const READER_INPUT = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;

/**
 * Keeps `el` at `top` px from the viewport's top while the blocks around it take their real
 * size: each frame, until it has not moved for `settle` ms, `max` ms have passed, or the page is
 * scrolled by anyone else (the reader, a script: the page and the block move together). Returns
 * a function that lets go.
 */
export function holdAt(el: HTMLElement, top: number, { settle = 400, max = 2500 } = {}): () => void {
	const win = el.ownerDocument.defaultView!;
	const start = performance.now();
	let still = start;
	let frame = 0;
	let last: { y: number; top: number } | null = null;
	// The browser's own scroll anchoring is off meanwhile: it would keep a block inside what
	// changes (a step below a stage taking its height), and its scroll would end the hold.
	const root = el.ownerDocument.documentElement;
	const anchoring = root.style.overflowAnchor;
	root.style.overflowAnchor = 'none';
	let released = false;
	const release = () => {
		win.cancelAnimationFrame(frame);
		for (const type of READER_INPUT) win.removeEventListener(type, release, true);
		if (held === el) held = null;
		if (!released) root.style.overflowAnchor = anchoring;
		released = true;
	};
	held = el;
	for (const type of READER_INPUT) win.addEventListener(type, release, { capture: true, passive: true });
	const tick = (now: number) => {
		const y = win.scrollY;
		const at = el.getBoundingClientRect().top;
		// Scrolled by someone else since the last frame: the block moved by what the page moved.
		if (last && y !== last.y && Math.abs(at - last.top + (y - last.y)) < 1) return release();
		const drift = at - top;
		if (Math.abs(drift) >= 1) {
			win.scrollBy({ top: drift, behavior: 'instant' });
			// Not counted as a move where the page cannot scroll further (a block near its end).
			if (win.scrollY !== y) still = now;
		}
		last = { y: win.scrollY, top: el.getBoundingClientRect().top };
		if (now - still > settle || now - start > max) release();
		else frame = win.requestAnimationFrame(tick);
	};
	frame = win.requestAnimationFrame(tick);
	return release;
}

/**
 * Keeps a point of the page where the reader sees it across a change of layout made in this task
 * (a chart drawn in place of the server's, a stage taking its height). `at` reads the point, in px
 * from the viewport's top. The browser's own scroll anchoring is off until the returned function
 * runs: its anchor may be inside what changes (replaced markup, a stage hidden), and then it
 * would keep nothing. That function scrolls by how far the point moved, and turns anchoring back on.
 */
export function keepWhere(at: () => number, doc: Document = document): () => void {
	const win = doc.defaultView;
	const root = doc.documentElement;
	if (!win) return () => {};
	const before = at();
	const anchoring = root.style.overflowAnchor;
	root.style.overflowAnchor = 'none';
	return () => {
		const moved = at() - before;
		if (Math.abs(moved) >= 1) win.scrollBy({ top: moved, behavior: 'instant' });
		root.style.overflowAnchor = anchoring;
	};
}

/**
 * Keeps what the reader is reading where it is across a change of `changing` made in this task:
 * the block a jump put on its mark while it is held there (holdAt: the reader is reading what they
 * jumped to, and a keep that moved the page would end the hold); else the active step if `changing`
 * holds it; else the block of the reader's place (readPlace), or,
 * where that block holds `changing` and the reader is past it, what follows `changing`. Nothing to
 * keep where `changing` is below the viewport (the reader does not see it move), nor on a page
 * without such blocks. Not left to the browser's own anchoring, which keeps the top of the first
 * block it sees: the reader's section, say, when the chart that changes is inside it.
 */
export function keepReading(changing: HTMLElement): () => void {
	const doc = changing.ownerDocument;
	const win = doc.defaultView;
	if (!win || changing.getBoundingClientRect().top >= win.innerHeight) return () => {};
	const jumped = held;
	if (jumped?.isConnected && !changing.contains(jumped))
		return keepWhere(() => jumped.getBoundingClientRect().top, doc);
	const active = changing.querySelector<HTMLElement>('.step.active');
	if (active) return keepWhere(() => active.getBoundingClientRect().top, doc);
	const place = readPlace(doc);
	const block = place ? doc.getElementById(place.id) : null;
	if (!block || changing.contains(block)) return () => {};
	if (!block.contains(changing)) return keepWhere(() => block.getBoundingClientRect().top, doc);
	// The reader's block holds what changes: keep what follows it where the reader is past it (a
	// stage's chart is not followed by anything its size moves: the stage keeps its own height).
	const past = changing.getBoundingClientRect().bottom <= win.innerHeight / 2;
	return past && !changing.closest('.stage') ? keepWhere(() => changing.getBoundingClientRect().bottom, doc) : () => {};
}

/**
 * Around the swap of a chart's server markup for the live chart (an island: islands/island.ts),
 * which need not be as tall (drawn by the server for a width it could only guess; parts put off
 * to later tasks). Where the chart starts above the viewport, the reader has scrolled into or past
 * it: it is drawn whole in one task and what they are reading kept where it is. Else its height
 * is held until its parts are drawn, so that what follows moves once, if at all, and never
 * collapses for a frame.
 */
export function keepAroundIsland(el: HTMLElement): { whole: boolean; done: () => void } {
	const box = el.getBoundingClientRect();
	if (box.top < 0) return { whole: true, done: keepReading(el) };
	el.style.minHeight = `${box.height}px`;
	return { whole: false, done: () => (el.style.minHeight = '') };
}

/** Puts the block of a kept place back where the reader had it, and holds it there. */
export function restorePlace(place: Place, doc: Document = document): boolean {
	const el = doc.getElementById(place.id);
	if (!el || el.hidden) return false;
	doc.defaultView!.scrollBy({ top: el.getBoundingClientRect().top - place.top, behavior: 'instant' });
	holdAt(el, place.top);
	return true;
}

/** Where a jump puts a block's top: its scroll margin below the viewport's top. */
export function jumpTop(el: HTMLElement): number {
	return parseFloat(getComputedStyle(el).scrollMarginTop) || 0;
}

/**
 * Holds the target of every jump within the page (the contents, the glossary's links) where the
 * jump put it. Returns the teardown.
 */
export function holdJumps(doc: Document = document): () => void {
	const win = doc.defaultView!;
	let release = () => {};
	const onClick = (e: MouseEvent) => {
		const a = e.target instanceof Element ? e.target.closest<HTMLAnchorElement>('a[href^="#"]') : null;
		if (!a || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
		// After the browser's own jump, which comes with the click's default action (none where a
		// handler took the click, e.g. a glossary term held until its chart is live).
		win.requestAnimationFrame(() => {
			if (e.defaultPrevented && a.hash !== win.location.hash) return;
			const id = decodeURIComponent(a.hash.slice(1));
			const el = id ? doc.getElementById(id) : null;
			if (!el) return;
			release();
			release = holdAt(el, jumpTop(el));
		});
	};
	doc.addEventListener('click', onClick);
	return () => {
		release();
		doc.removeEventListener('click', onClick);
	};
}
