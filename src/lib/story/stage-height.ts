/**
 * On a phone the sticky stage sits above the step text, in the flow: if its height followed the
 * chart of each step, the text under it would jump as the reader scrolls. The stage instead
 * reserves, from the start, the height of the tallest chart of its section.
 *
 * The heights come from the flat copies of the charts (one per step, hidden in scrolly mode),
 * built (flats.ts) and laid out for one measurement at the stage's width, and hidden again.
 */
import { materializeFlats } from './flats';
import { keepReading } from './place';

/** The stage's max-height in StoryBody.svelte. */
export const STAGE_CAP = '58svh';

/**
 * A section whose tallest chart is taller than its stage may be (a short phone, one held
 * sideways) is laid out flat, as under reduced motion: each step followed by its chart, whole,
 * rather than a stage that cuts the chart off. StoryBody.svelte styles the class.
 */
export const FLAT_CLASS = 'flat';

/** The stage's padding and border, top and bottom, in px. */
function stageChrome(cs: CSSStyleDeclaration): number {
	const px = (v: string) => parseFloat(v) || 0;
	return px(cs.paddingTop) + px(cs.paddingBottom) + px(cs.borderTopWidth) + px(cs.borderBottomWidth);
}

/** The height the stage's chart needs, padding and border included. */
function stageNeeds(stage: HTMLElement): number {
	const chart = stage.firstElementChild as HTMLElement | null;
	return (chart?.offsetHeight ?? 0) + stageChrome(getComputedStyle(stage));
}

/** The stage's cap in px (its computed max-height); none where it sits beside the text. */
function stageCapPx(stage: HTMLElement): number {
	const cap = parseFloat(getComputedStyle(stage).maxHeight);
	return Number.isFinite(cap) ? cap : Infinity;
}

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
	for (const flat of scrolly.querySelectorAll<HTMLElement>('.flat-chart'))
		tallest = Math.max(tallest, flat.scrollHeight);
	scrolly.classList.remove('measuring');
	if (tallest === 0) return null;
	return Math.ceil(tallest + stageChrome(cs));
}

/**
 * Keeps the stage of `scrolly` at its reserved height, measured now and again whenever the
 * width changes (rotation, resizing); never shrinks below what the stage has shown, so a chart
 * taller than its flat copy cannot push the text twice. Lays the section out flat where its
 * tallest chart is taller than the stage's cap (FLAT_CLASS). Returns the teardown.
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
		// Measured as the section nears the viewport, or when the reader jumped straight into it:
		// then what they are reading stays where it is as the stage takes its height or the
		// section goes flat (before the frame is painted: observers run after layout).
		const kept = keepReading(scrolly);
		const w = scrolly.clientWidth;
		if (w !== width) {
			width = w;
			// Measured in the stage's layout; laid out flat if a chart would not fit under its cap.
			scrolly.classList.remove(FLAT_CLASS);
			reserved = measureStage(scrolly);
			// The chart on the stage counts too: it may be taller than its flat copies.
			const flat = reserved !== null && Math.max(reserved, stageNeeds(stage)) > stageCapPx(stage) + 1;
			scrolly.classList.toggle(FLAT_CLASS, flat);
			if (flat) reserved = null;
		} else if (!scrolly.classList.contains(FLAT_CLASS)) {
			// The live chart may come out taller than its flat copy: reserve that, or lay the
			// section out flat if it is cut off by the cap.
			if (stageNeeds(stage) > stageCapPx(stage) + 1) {
				scrolly.classList.add(FLAT_CLASS);
				reserved = null;
			} else if (reserved !== null && stage.offsetHeight > reserved) {
				reserved = stage.offsetHeight;
			}
		}
		set();
		kept();
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
				// The chart itself: the stage's own box stops growing at its cap.
				if (stage.firstElementChild) ro.observe(stage.firstElementChild);
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
		scrolly.classList.remove(FLAT_CLASS);
	};
}
