/**
 * On a phone the sticky stage sits above the step text, in the flow: if its height followed the
 * chart of each step, the text under it would jump as the reader scrolls. The stage instead
 * reserves, from the start, the height of the tallest chart of its section.
 *
 * The heights come from the flat copies of the charts (one per step, hidden in scrolly mode),
 * built (flats.ts) and laid out for one measurement at the stage's width, and hidden again.
 */
import { materializeFlats } from './flats';

/** The stage's max-height in StoryBody.svelte. */
export const STAGE_CAP = '58svh';

/** Height the stage of `scrolly` must reserve, in px; null where it sits beside the text. */
export function measureStage(scrolly: HTMLElement): number | null {
	const stage = scrolly.querySelector<HTMLElement>('.stage');
	const steps = scrolly.querySelector<HTMLElement>('.steps');
	if (!stage || !steps) return null;
	const cs = getComputedStyle(stage);
	if (cs.display === 'none' || cs.position !== 'sticky') return null;
	const s = stage.getBoundingClientRect();
	const t = steps.getBoundingClientRect();
	if (s.right <= t.left || t.right <= s.left) return null; // beside the text: nothing to push
	materializeFlats(scrolly);
	scrolly.classList.add('measuring');
	let tallest = 0;
	for (const flat of scrolly.querySelectorAll<HTMLElement>('.flat-chart')) tallest = Math.max(tallest, flat.scrollHeight);
	scrolly.classList.remove('measuring');
	if (tallest === 0) return null;
	const px = (v: string) => parseFloat(v) || 0;
	return Math.ceil(tallest + px(cs.paddingTop) + px(cs.paddingBottom) + px(cs.borderTopWidth) + px(cs.borderBottomWidth));
}

/**
 * Keeps the stage of `scrolly` at its reserved height, measured now and again whenever the
 * width changes (rotation, resizing); never shrinks below what the stage has shown, so a chart
 * taller than its flat copy cannot push the text twice. Returns the teardown.
 */
export function reserveStageHeight(scrolly: HTMLElement): () => void {
	const stage = scrolly.querySelector<HTMLElement>('.stage');
	if (!stage) return () => {};
	let width = -1;
	let reserved: number | null = null;
	const set = () => {
		// Never above the stage's own cap (max-height in CSS), which min-height would override.
		stage.style.minHeight = reserved === null ? '' : `min(${reserved}px, ${STAGE_CAP})`;
	};
	const ro = new ResizeObserver(() => {
		const w = scrolly.clientWidth;
		if (w !== width) {
			width = w;
			reserved = measureStage(scrolly);
		} else if (reserved !== null && stage.offsetHeight > reserved) {
			reserved = stage.offsetHeight; // the live chart came out taller than its flat copy
		}
		set();
	});
	// Measuring lays out every chart of the section: done as the section nears the viewport, not
	// for the whole page while it loads.
	const io = new IntersectionObserver(
		(entries) => {
			if (!entries.some((e) => e.isIntersecting)) return;
			io.disconnect();
			// Building the section's flat charts and laying them out for the measurement are two
			// tasks: the observer's first call comes with the next frame. At once, they were one
			// long task as the reader scrolled into the section.
			build = setTimeout(() => {
				materializeFlats(scrolly);
				ro.observe(scrolly);
				ro.observe(stage);
			}, 0);
		},
		{ rootMargin: '100% 0px' }
	);
	let build: ReturnType<typeof setTimeout> | undefined;
	io.observe(scrolly);
	return () => {
		clearTimeout(build);
		io.disconnect();
		ro.disconnect();
		stage.style.minHeight = '';
	};
}
