/**
 * The active step of the story, driven by scrollama. The chart state is read from the active
 * index, never accumulated, so fast scrolls, reloads and deep links land in the right state.
 */
import { replaceState } from '$app/navigation';
import { page } from '$app/state';
import { measureStage } from './stage-height';
import { materializeFlats } from './flats';
import { holdAt, holdJumps, jumpTop, readPlace, restorePlace, savePlace, takePlace } from './place';

export class StoryScroll {
	/** Index of the active step, or -1 before the first. */
	active = $state(-1);
	/** Scroll progress through the whole page, 0–1. */
	progress = $state(0);
	/** True when the story is laid out flat (reduced motion): no stage to drive. */
	flat = $state(false);

	constructor(readonly ids: string[]) {}

	get activeId(): string | null {
		return this.ids[this.active] ?? null;
	}

	/**
	 * Wires scrollama to the steps (elements with `data-step-index`) and returns the teardown.
	 * A step hash in the URL (`#rise-2019`) selects that step at once.
	 */
	mount(): () => void {
		let destroyed = false;
		let scroller: { destroy(): void; resize(): void } | undefined;
		const reduced = window.matchMedia('(prefers-reduced-motion: reduce)');
		this.flat = reduced.matches;
		// The flat layout shows every step's chart: build them (flats.ts), and for print too.
		if (this.flat) materializeFlats();
		const onPrint = () => materializeFlats();
		window.addEventListener('beforeprint', onPrint);

		const hash = safeDecode(location.hash.slice(1));
		const fromHash = this.ids.indexOf(hash);
		if (fromHash >= 0) this.active = fromHash;
		// A reload (or a way back) returns to the block the reader was reading (place.ts), also
		// below the story, where the hash still names the last step.
		const nav = performance.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined;
		const place = takePlace(location.pathname, nav?.type);
		const keepPlace = () => savePlace(location.pathname, readPlace());
		const onHidden = () => document.visibilityState === 'hidden' && keepPlace();
		window.addEventListener('pagehide', keepPlace);
		document.addEventListener('visibilitychange', onHidden);
		const unholdJumps = holdJumps();
		// The browser scrolled to the step before hydration settled the layout: put the step back at
		// the top, above the trigger line, so scrollama does not take the step before it.
		// A step shorter than the trigger offset sits so that the line crosses its middle.
		let unholdLand = () => {};
		const land = () => {
			const el = fromHash >= 0 && !this.flat ? document.getElementById(this.ids[fromHash]!) : null;
			if (!el) return;
			unholdLand();
			const line = window.innerHeight * 0.6;
			let gap = Math.max(0, line - el.offsetHeight / 2);
			// On a phone the sticky stage sits above the text: land the text below it, not under it.
			const stage = el.closest('.scrolly')?.querySelector<HTMLElement>('.stage');
			if (stage && getComputedStyle(stage).position === 'sticky') {
				const s = stage.getBoundingClientRect();
				const r = el.getBoundingClientRect();
				const overlaps = s.left < r.right && r.left < s.right;
				// The stage is about to take the height of its section's tallest chart (stage-height.ts).
				const cs = getComputedStyle(stage);
				const cap = parseFloat(cs.maxHeight) || Infinity;
				const height = Math.max(s.height, Math.min(measureStage(el.closest<HTMLElement>('.scrolly')!) ?? 0, cap));
				if (overlaps) gap = Math.max(gap, (parseFloat(cs.top) || 0) + height + 8);
			}
			window.scrollTo({ top: el.getBoundingClientRect().top + window.scrollY - gap, behavior: 'instant' });
			// …and held there while the blocks around it take their real size (place.ts).
			unholdLand = holdAt(el, el.getBoundingClientRect().top);
		};

		const onScroll = () => {
			const max = document.documentElement.scrollHeight - window.innerHeight;
			this.progress = max > 0 ? Math.min(1, Math.max(0, window.scrollY / max)) : 0;
		};
		window.addEventListener('scroll', onScroll, { passive: true });
		const onResize = () => scroller?.resize();
		window.addEventListener('resize', onResize);
		const onMotion = () => {
			this.flat = reduced.matches;
			if (this.flat) materializeFlats();
		};
		reduced.addEventListener('change', onMotion);

		// Positions are read once the browser has laid out and painted the hydrated page: read
		// during hydration, they forced that whole layout into hydration's task (a long task on a
		// phone). The hash's step is known at once; the step at a reload's offset a frame later.
		const scrollamaModule = import('scrollama');
		requestAnimationFrame(() =>
			setTimeout(() => {
				if (destroyed) return;
				const restored = place !== null && restorePlace(place);
				if (restored) this.active = this.indexAtOffset();
				else {
					if (fromHash < 0) this.active = this.indexAtOffset();
					land();
					// A link to a block that is not a step (the glossary's terms, the checks): held on its mark.
					const target = fromHash < 0 && hash ? document.getElementById(hash) : null;
					if (target) holdAt(target, jumpTop(target));
				}
				onScroll();
				scrollamaModule.then(({ default: scrollama }) => {
					if (destroyed) return;
					if (!restored) land();
					const s = scrollama();
					s.setup({ step: '[data-step-index]', offset: 0.6 }).onStepEnter(({ element }) => {
						this.select(Number((element as HTMLElement).dataset.stepIndex));
					});
					scroller = s;
				});
			}, 0)
		);

		return () => {
			destroyed = true;
			clearTimeout(this.hashTimer);
			scroller?.destroy();
			window.removeEventListener('scroll', onScroll);
			window.removeEventListener('resize', onResize);
			reduced.removeEventListener('change', onMotion);
			window.removeEventListener('beforeprint', onPrint);
			window.removeEventListener('pagehide', keepPlace);
			document.removeEventListener('visibilitychange', onHidden);
			unholdJumps();
			unholdLand();
		};
	}

	/** Makes a step active and lets the URL hash follow it, without adding history entries. */
	select(index: number) {
		if (index === this.active || !this.ids[index]) return;
		this.active = index;
		// The hash follows in a task of its own: the router's update (the page's URL, and what
		// reads it) must not add to the task that redraws the stage. Steps passed within that
		// task leave one history update, for the last of them.
		clearTimeout(this.hashTimer);
		this.hashTimer = setTimeout(() => {
			const id = this.ids[this.active];
			if (!id) return;
			const url = new URL(location.href);
			url.hash = id;
			try {
				replaceState(url, page.state);
			} catch {
				// before the router is ready: the hash can wait for the next step
			}
		}, 0);
	}
	private hashTimer: ReturnType<typeof setTimeout> | undefined;

	/** The last step whose top has passed the trigger line: where a reload mid-page lands. */
	private indexAtOffset(): number {
		const line = window.innerHeight * 0.6;
		let found = -1;
		document.querySelectorAll<HTMLElement>('[data-step-index]').forEach((el) => {
			if (el.getBoundingClientRect().top < line) found = Number(el.dataset.stepIndex);
		});
		return found;
	}
}

/** A hash as text; a malformed escape (`#%E0%A4%A`) is no step rather than an error. */
function safeDecode(hash: string): string {
	try {
		return decodeURIComponent(hash);
	} catch {
		return '';
	}
}
