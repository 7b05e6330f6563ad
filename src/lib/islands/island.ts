import { flushSync, mount, unmount, type Component } from 'svelte';

/** How far outside the viewport an island starts loading: most of a screen ahead of the reader. */
export const ISLAND_MARGIN = '90%';

/**
 * When an island's code loads: `visible` as it nears the viewport (the story's charts);
 * `intent` at the reader's first sign of using the page — a pointer over it, a touch, a key,
 * focus — for a chart that is the whole page (an embed) and reads complete without its code;
 * `now` at once (e.g. the URL asks for a state the server did not draw).
 */
export type IslandTrigger = 'visible' | 'intent' | 'now';

/** Events that show intent to use a page: the first of them loads an `intent` island. */
const INTENT_EVENTS = ['pointerover', 'pointerdown', 'touchstart', 'keydown', 'focusin', 'wheel'] as const;

/**
 * Context key of a page's hook around the swap of an island's markup (see IslandSwap). A page
 * without one (an embed, whose island is the whole page) leaves the swap as it is.
 */
export const ISLAND_SWAP = 'island-swap';
/**
 * Called just before an island's markup is swapped for the live chart: says whether to draw it
 * whole in this task (`whole`, rather than in the tasks its parts are put off to), and gets `done`
 * called once it is drawn. The story keeps its reader's place with it (story/place.ts).
 */
export type IslandSwap = (el: HTMLElement) => { whole: boolean; done: () => void };

export interface IslandHandle {
	/** Loads and mounts now (no-op once started). */
	start(): void;
	/** Stops waiting, or unmounts. */
	destroy(): void;
}

/**
 * Brings an island to life: loads its component, then renders it in place of the server's
 * markup (the same markup, so the reader sees no change).
 *
 * @param el the island's element, holding the server-rendered markup until then
 * @param load the component's dynamic import
 * @param props the component's props; getters stay live (the story's stage follows the step)
 * @param context the contexts of the island's parents (e.g. the glossary)
 * @param options.trigger when to load (see IslandTrigger); @default 'visible'
 * @param options.onready called once the component is mounted
 * @param options.swap the page's hook around the swap (ISLAND_SWAP)
 */
export function island<P extends Record<string, unknown>>(
	el: HTMLElement,
	load: () => Promise<{ default: Component<P> }>,
	props: P,
	context: Map<unknown, unknown>,
	options: { trigger?: IslandTrigger; onready?: () => void; swap?: IslandSwap } = {}
): IslandHandle {
	const { trigger = 'visible', onready, swap } = options;
	let instance: Record<string, unknown> | undefined;
	let stopped = false;
	let started = false;
	let io: IntersectionObserver | undefined;
	const doc = el.ownerDocument;
	const unlisten = () => {
		io?.disconnect();
		el.removeEventListener('focusin', start);
		for (const type of INTENT_EVENTS) doc.removeEventListener(type, start, true);
	};
	// A tap on a glossary term before the code arrives would follow the server's link out of the
	// page (an embed's frame): hold it, and open the term's explanation once the chart is live.
	let heldTerm = -1;
	const holdTerm = (e: MouseEvent) => {
		const term = e.target instanceof Element ? e.target.closest<HTMLElement>('a.term') : null;
		if (!term || instance) return;
		e.preventDefault();
		heldTerm = terms(el).indexOf(term);
		void start();
	};
	el.addEventListener('click', holdTerm, true);
	async function start() {
		if (started) return;
		started = true;
		unlisten();
		// later.ts comes with the charts (ChartFrame puts its table off): not in the page's first view.
		const [{ default: C }, { drawNow, settled }] = await Promise.all([load(), import('$lib/charts/shared/later')]);
		// Evaluating the chart's code and drawing it are two tasks, not one long one.
		await new Promise((r) => setTimeout(r, 0));
		if (stopped) return;
		// A reader may have used the server's markup meanwhile (tabbed into it, opened a table,
		// picked an option): keep their place and what they chose.
		const focused = focusIndex(el);
		const used = formState(el);
		const around = swap?.(el);
		el.replaceChildren();
		instance = mount(C, { target: el, props, context });
		flushSync();
		// Parts the component draws in tasks after its mount (see later.ts) are there before the
		// island says it is ready; at once where the page's hook asks (a chart drawn past the
		// reader) or the reader is already using the chart (focus in it, a choice made, a term
		// tapped), whose place is given back in this same task.
		if (
			around?.whole ||
			focused >= 0 ||
			heldTerm >= 0 ||
			used.open.some(Boolean) ||
			used.checked.some((c) => c !== undefined)
		)
			drawNow();
		else await settled();
		around?.done();
		if (stopped) return;
		replayFormState(el, used);
		if (focused >= 0) focusables(el)[focused]?.focus({ preventScroll: true });
		el.removeEventListener('click', holdTerm, true);
		if (heldTerm >= 0) {
			flushSync(); // the terms become buttons once mounted
			terms(el)[heldTerm]?.click();
		}
		onready?.();
	}
	el.addEventListener('focusin', start);
	if (trigger === 'now' || (trigger === 'visible' && typeof IntersectionObserver === 'undefined')) void start();
	else if (trigger === 'intent') {
		for (const type of INTENT_EVENTS) doc.addEventListener(type, start, { capture: true, passive: true });
	} else {
		io = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && void start(), {
			rootMargin: `${ISLAND_MARGIN} 0px`
		});
		io.observe(el);
	}
	return {
		start: () => void start(),
		destroy() {
			stopped = true;
			unlisten();
			el.removeEventListener('click', holdTerm, true);
			if (instance) void unmount(instance);
		}
	};
}

const FOCUSABLE = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
/** What a reader can reach: not what a closed <details> hides (a chart's table is drawn a task after its chart). */
const reachable = (e: HTMLElement) => {
	const d = e.parentElement?.closest('details');
	return !d || d.open || (e.tagName === 'SUMMARY' && e.parentElement === d);
};
const terms = (el: HTMLElement) => [...el.querySelectorAll<HTMLElement>('.term')].filter(reachable);
const focusables = (el: HTMLElement) => [...el.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(reachable);
/** Position of the focused element among the focusable ones inside `el`, or -1. */
function focusIndex(el: HTMLElement): number {
	const active = document.activeElement;
	return active instanceof HTMLElement && el.contains(active) ? focusables(el).indexOf(active) : -1;
}

const CHOICES = 'input[type="radio"], input[type="checkbox"]';
/**
 * Which <details> are open, in document order, and which choices the reader changed (undefined
 * where a choice is as the server drew it: the live component's own state, e.g. a scope from the
 * URL, must not be overwritten by the server's default).
 */
function formState(el: HTMLElement): { open: boolean[]; checked: (boolean | undefined)[] } {
	return {
		open: [...el.querySelectorAll('details')].map((d) => d.open),
		checked: [...el.querySelectorAll<HTMLInputElement>(CHOICES)].map((i) =>
			i.checked === i.defaultChecked ? undefined : i.checked
		)
	};
}
/** Brings the live markup to the state the reader left the server's in (by clicks, so the component hears of them). */
function replayFormState(el: HTMLElement, was: { open: boolean[]; checked: (boolean | undefined)[] }): void {
	el.querySelectorAll('details').forEach((d, i) => {
		if (was.open[i] !== undefined && d.open !== was.open[i]) d.open = was.open[i]!;
	});
	el.querySelectorAll<HTMLInputElement>(CHOICES).forEach((input, i) => {
		if (
			was.checked[i] !== undefined &&
			input.checked !== was.checked[i] &&
			(input.type === 'checkbox' || was.checked[i])
		)
			input.click();
	});
	flushSync();
}
