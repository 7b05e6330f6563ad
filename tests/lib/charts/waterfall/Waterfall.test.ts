// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, within } from '@testing-library/svelte';
import { tick } from 'svelte';
import { loadPackage } from '$lib/data/load';
import { reconcile } from '$lib/data/reconcile';
import { waterfallData } from '$lib/charts/waterfall/data';
import { scopeSteps, threePublicSteps } from '$lib/charts/waterfall/present';
import { waterfallEn, waterfallZh } from '$lib/i18n/waterfall';
import { MINUS } from '$lib/format';
import { orientationFor } from '$lib/charts/waterfall/layout';
import Waterfall from '$lib/charts/waterfall/Waterfall.svelte';

// jsdom has no ResizeObserver (bind:clientWidth uses it); a stub that never reports leaves the
// measured width at jsdom's 0, i.e. "not known yet", as during prerendering.
globalThis.ResizeObserver ??= class {
	observe() {}
	unobserve() {}
	disconnect() {}
} as unknown as typeof ResizeObserver;

/** Makes `prefers-reduced-motion: reduce` match or not (jsdom has no matchMedia). */
function reducedMotion(on: boolean) {
	window.matchMedia = ((query: string) => ({
		matches: on && query.includes('prefers-reduced-motion: reduce'),
		media: query
	})) as unknown as typeof window.matchMedia;
}
/** jsdom has no Web Animations: record what Svelte's transitions ask for. */
function recordAnimations() {
	const calls: { el: Element; keyframes: Keyframe[] }[] = [];
	Element.prototype.animate = vi.fn(function (this: Element, keyframes: Keyframe[]) {
		calls.push({ el: this, keyframes });
		return { cancel() {}, onfinish: null, currentTime: 0, playState: 'running', effect: null } as unknown as Animation;
	}) as unknown as Element['animate'];
	return calls;
}
afterEach(() => {
	delete (Element.prototype as Partial<Element>).animate;
	delete (window as Partial<Window>).matchMedia;
});
const microtasks = () => new Promise((r) => setTimeout(r, 0));

const pkg = loadPackage('data');
const data = waterfallData(pkg, reconcile(pkg));
const zhSteps = scopeSteps(data.scopes[0]!, 'zh');
const enSteps = scopeSteps(data.scopes[0]!, 'en');
const base = { id: 't', label: '收支总计从2018年到2019年', legend: waterfallZh.legend };

describe('Waterfall', () => {
	it('one focusable list item per bar, named in the reader’s language with amount and sign', () => {
		const { getByRole } = render(Waterfall, { ...base, steps: zhSteps, width: 343 });
		const list = getByRole('list', { name: base.label });
		const items = within(list).getAllByRole('listitem');
		expect(items.map((i) => i.getAttribute('aria-label'))).toEqual(zhSteps.map((s) => s.ariaLabel));
		for (const item of items) expect(item.getAttribute('tabindex')).toBe('0');
		expect(items[1]!.getAttribute('aria-label')).toMatch(/^收、支总计 · 信息化建设：\+[\d,.]+万元，增加$/);
		expect(items[2]!.getAttribute('aria-label')).toContain(MINUS);
	});

	it('each bar shows its signed value, tied to its figure', () => {
		const { container } = render(Waterfall, { ...base, steps: zhSteps, width: 343 });
		for (const s of zhSteps) {
			const el = container.querySelector(`[data-value-for="${s.id}"] [data-figure="${s.figureId}"]`);
			expect(el?.textContent, s.id).toBe(s.valueText);
		}
		expect(container.querySelector('[data-label-for="other"]')?.textContent).toContain('推算');
	});

	it('rises are filled, falls hatched: they differ by pattern, not colour alone', () => {
		const { container } = render(Waterfall, { ...base, steps: zhSteps, width: 800 });
		const fall = container.querySelector('[data-step="other"] rect.mark')!;
		const rise = container.querySelector('[data-step="info"] rect.mark')!;
		expect(fall.getAttribute('fill')).toMatch(/^url\(#t-live-fall\)$/);
		expect(container.querySelector('pattern#t-live-fall')).not.toBeNull();
		expect(rise.getAttribute('fill')).toBeNull();
		expect(rise.classList.contains('rise')).toBe(true);
	});

	it('axis, gridlines and connectors are hidden from assistive technology', () => {
		const { container } = render(Waterfall, { ...base, steps: zhSteps, width: 800 });
		expect(container.querySelector('.grid')?.getAttribute('aria-hidden')).toBe('true');
		expect(container.querySelector('.baseline')?.getAttribute('aria-hidden')).toBe('true');
		expect(container.querySelector('.connectors')?.getAttribute('aria-hidden')).toBe('true');
		expect(container.querySelectorAll('.connectors line')).toHaveLength(zhSteps.length - 1);
	});

	it('partial build: only `shown` bars, and more as the story advances', async () => {
		reducedMotion(true);
		const { container, getByRole, rerender } = render(Waterfall, { ...base, steps: zhSteps, width: 343, shown: 2 });
		const bars = () =>
			within(getByRole('list', { name: base.label }))
				.queryAllByRole('listitem')
				.map((i) => i.dataset.step);
		expect(bars()).toEqual(['start', 'info']);
		expect(container.querySelectorAll('[data-value-for]')).toHaveLength(2);
		expect(container.querySelectorAll('.connectors line')).toHaveLength(1);
		const heightBefore = container.querySelector('svg')!.getAttribute('height');
		await rerender({ shown: 3 });
		expect(bars()).toEqual(['start', 'info', 'other']);
		// Space for the bars still to come is kept: the chart does not jump as it builds.
		expect(container.querySelector('svg')!.getAttribute('height')).toBe(heightBefore);
		await rerender({ shown: 0 });
		expect(bars()).toEqual([]);
		await rerender({ shown: undefined });
		expect(bars()).toEqual(zhSteps.map((s) => s.id));
	});

	it('narrow widths get horizontal bars, wide ones vertical columns', () => {
		const narrow = render(Waterfall, { ...base, steps: zhSteps, width: 320 });
		expect(narrow.container.querySelector('[data-orientation]')?.getAttribute('data-orientation')).toBe('horizontal');
		const wide = render(Waterfall, { ...base, steps: zhSteps, width: 900 });
		expect(wide.container.querySelector('[data-orientation]')?.getAttribute('data-orientation')).toBe('vertical');
	});

	it('before the width is known (prerendering), drawings for every range of widths are in the page for CSS to pick, each in the orientation that fits, alike ranges sharing one', () => {
		for (const steps of [zhSteps, enSteps]) {
			const { container, unmount } = render(Waterfall, { ...base, steps });
			const plots = [...container.querySelectorAll<HTMLElement>('[data-orientation]')];
			const ranges = plots.map((p) => [...p.classList].filter((c) => /^r\d+$/.test(c)).map((c) => Number(c.slice(1))));
			// Every range is drawn exactly once, in order, by consecutive ranges per drawing.
			expect(ranges.flat()).toEqual([...Array(ranges.flat().length).keys()]);
			expect(ranges.flat().length).toBeGreaterThanOrEqual(6);
			expect(plots.length, 'alike ranges share a drawing').toBeLessThan(ranges.flat().length);
			plots.forEach((p) => {
				expect(p.classList.contains('unmeasured')).toBe(true);
				const svg = p.querySelector('svg')!;
				const width = Number(svg.getAttribute('width'));
				expect(p.getAttribute('data-orientation'), `drawn at ${width}`).toBe(orientationFor(steps, width));
				// As tall in px at any width: it stretches sideways only.
				expect(svg.getAttribute('preserveAspectRatio')).toBe('none');
				expect(svg.style.height).toBe(`${svg.getAttribute('height')}px`);
			});
			// Phones get rows, a page's column gets columns; the widths rise from one drawing to the next.
			expect(plots[0]!.getAttribute('data-orientation')).toBe('horizontal');
			expect(plots.at(-1)!.getAttribute('data-orientation')).toBe('vertical');
			const widths = plots.map((p) => Number(p.querySelector('svg')!.getAttribute('width')));
			expect(widths).toEqual([...widths].sort((a, b) => a - b));
			// Each pattern id is its own (two drawings in one page must not share one).
			expect(new Set(plots.map((p) => p.querySelector('pattern')!.id)).size).toBe(plots.length);
			unmount();
		}
	});

	it('the same component draws the "three public" steps', () => {
		const steps = threePublicSteps(data.threePublic, 'en');
		const { getByRole } = render(Waterfall, {
			id: 'tp',
			steps,
			label: 'three public',
			legend: waterfallEn.legend,
			width: 343
		});
		const items = within(getByRole('list', { name: 'three public' })).getAllByRole('listitem');
		expect(items).toHaveLength(5);
		expect(items[2]!.getAttribute('aria-label')).toMatch(
			/^Official vehicles \(公务用车\), “three public” expenses: −.*a decrease$/
		);
	});

	it('a newly built bar grows from where it starts', async () => {
		reducedMotion(false);
		const calls = recordAnimations();
		const { container, rerender } = render(Waterfall, { ...base, steps: zhSteps, width: 343, shown: 1 });
		await microtasks();
		expect(calls, 'nothing animates on first render (no intro on hydration)').toEqual([]);
		await rerender({ shown: 2 });
		await tick();
		await microtasks();
		const rect = container.querySelector('[data-step="info"] rect.mark')!;
		// Svelte starts the transition from its first frame (the rest runs on the real Web Animations API).
		const first = calls.find((c) => c.el === rect)?.keyframes[0];
		expect(first).toMatchObject({ transform: 'scaleX(0)', transformOrigin: 'left' });
		// Labels and the connector fade in with it.
		const label = container.querySelector('[data-value-for="info"]')!;
		expect(calls.find((c) => c.el === label)?.keyframes[0]).toMatchObject({ opacity: '0' });
	});

	it('under prefers-reduced-motion a built bar appears at once, without animation', async () => {
		reducedMotion(true);
		const calls = recordAnimations();
		const { container, rerender } = render(Waterfall, { ...base, steps: zhSteps, width: 343, shown: 1 });
		await rerender({ shown: 2 });
		await tick();
		await microtasks();
		expect(container.querySelector('[data-step="info"] rect.mark')).not.toBeNull();
		expect(calls).toEqual([]);
	});
});
