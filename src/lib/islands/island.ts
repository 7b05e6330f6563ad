import { mount, unmount, type Component } from 'svelte';

/** How far outside the viewport an island starts loading: most of a screen ahead of the reader. */
export const ISLAND_MARGIN = '90%';

/**
 * Brings an island to life when it comes near the viewport: loads its component, then renders it
 * in place of the server's markup (the same markup, so the reader sees no change).
 *
 * @param el the island's element, holding the server-rendered markup until then
 * @param load the component's dynamic import
 * @param props the component's props; getters stay live (the story's stage follows the step)
 * @param context the contexts of the island's parents (e.g. the glossary)
 * @param onready called once the component is mounted
 * @returns a cleanup that stops waiting, or unmounts
 */
export function island<P extends Record<string, unknown>>(
	el: HTMLElement,
	load: () => Promise<{ default: Component<P> }>,
	props: P,
	context: Map<unknown, unknown>,
	onready?: () => void
): () => void {
	let instance: Record<string, unknown> | undefined;
	let stopped = false;
	let started = false;
	let io: IntersectionObserver | undefined;
	const start = async () => {
		if (started) return;
		started = true;
		io?.disconnect();
		el.removeEventListener('focusin', start);
		const { default: C } = await load();
		if (stopped) return;
		// A keyboard reader may have tabbed into the server's markup meanwhile: keep their place.
		const focused = focusIndex(el);
		el.replaceChildren();
		instance = mount(C, { target: el, props, context });
		if (focused >= 0) focusables(el)[focused]?.focus({ preventScroll: true });
		onready?.();
	};
	el.addEventListener('focusin', start);
	if (typeof IntersectionObserver === 'undefined') void start();
	else {
		io = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && void start(), {
			rootMargin: `${ISLAND_MARGIN} 0px`
		});
		io.observe(el);
	}
	return () => {
		stopped = true;
		io?.disconnect();
		el.removeEventListener('focusin', start);
		if (instance) void unmount(instance);
	};
}

const FOCUSABLE = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
const focusables = (el: HTMLElement) => [...el.querySelectorAll<HTMLElement>(FOCUSABLE)];
/** Position of the focused element among the focusable ones inside `el`, or -1. */
function focusIndex(el: HTMLElement): number {
	const active = document.activeElement;
	return active instanceof HTMLElement && el.contains(active) ? focusables(el).indexOf(active) : -1;
}
