/**
 * The reader's place, kept as a block and the distance of its top from the viewport's, not as a
 * pixel offset: a reload returns to the block the reader was on (the URL's hash names only the
 * last step passed, wrong below the story), and a jump is held on its mark while the blocks
 * around it settle (charts drawn as they near the viewport, a stage taking its height).
 */

/** Blocks a place can be taken from, most specific last in document order. */
export const PLACE_BLOCKS = '.story-section[id], .step[id], .explore[id], #checks, #sources, #glossary, .glossary .entry[id]';

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
export function takePlace(path: string, navigationType: string | undefined, storage: Storage = sessionStorage): Place | null {
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
	const release = () => {
		win.cancelAnimationFrame(frame);
		for (const type of READER_INPUT) win.removeEventListener(type, release, true);
	};
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
