// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, within } from '@testing-library/svelte';
import { tick } from 'svelte';
import { loadPackage } from '$lib/data/load';
import { reconcile } from '$lib/data/reconcile';
import { storyFigures } from '$lib/i18n/figures';
import { waterfallData, type ScopeId } from '$lib/charts/waterfall/data';
import { formatComputed, formatValue, scopeSteps } from '$lib/charts/waterfall/present';
import { waterfallEn, waterfallZh } from '$lib/i18n/waterfall';
import WaterfallFigure from '$lib/charts/waterfall/WaterfallFigure.svelte';
import { settled } from '$lib/charts/shared/later';

// SvelteKit's replaceState (shallow routing) needs a started router: record its calls instead,
// and apply them to jsdom's history so the next read of location sees them.
const replaceState = vi.hoisted(() => vi.fn((url: string) => window.history.replaceState({}, '', url)));
vi.mock('$app/navigation', () => ({ replaceState }));

globalThis.ResizeObserver ??= class {
	observe() {}
	unobserve() {}
	disconnect() {}
} as unknown as typeof ResizeObserver;

const pkg = loadPackage('data');
const checks = reconcile(pkg);
const data = waterfallData(pkg, checks);
const props = (locale: 'zh' | 'en') => ({ data, figures: storyFigures(pkg, locale, checks), locale });
const byScope = (id: ScopeId) => data.scopes.find((s) => s.id === id)!;

/**
 * Accessible names of the bars of the main chart, as drawn for a phone's column before it is
 * measured (the drawing CSS shows from 296 px; jsdom evaluates no container query, so it counts as hidden).
 */
function barNames(container: HTMLElement): string[] {
	const plot = container.querySelector('[data-testid="waterfall-wf-main"] .plot.r1') as HTMLElement;
	return within(plot)
		.getAllByRole('listitem', { hidden: true })
		.map((li) => li.getAttribute('aria-label') ?? '');
}

beforeEach(() => {
	window.history.replaceState({}, '', '/en/?utm=x#waterfall');
	replaceState.mockClear();
});
afterEach(() => {
	window.history.replaceState({}, '', '/');
	delete (window as Partial<Window>).matchMedia;
});

// The whole figure in jsdom takes a second or two per render on a busy machine.
describe('WaterfallFigure', { timeout: 20_000 }, () => {
	it('shows the first scope by default, with its rates as printed and recomputed', async () => {
		const { container, getByRole } = render(WaterfallFigure, props('zh'));
		await tick();
		expect(barNames(container)).toEqual(scopeSteps(byScope('all'), 'zh').map((s) => s.ariaLabel));
		expect((getByRole('radio', { name: /^收、支总计/ }) as HTMLInputElement).checked).toBe(true);
		const rates = container.querySelector('[data-testid="waterfall-rates"]')!;
		const all = byScope('all');
		expect(rates.querySelector(`[data-figure="${all.likeForLike.printed.id}"]`)?.textContent).toBe(
			formatValue(all.likeForLike.printed, 'zh', 'signed')
		);
		expect(rates.querySelector(`[data-figure="${all.likeForLike.checkId}"]`)?.textContent).toBe(
			formatComputed(all.likeForLike, 'zh')
		);
		expect(rates.textContent).toContain(waterfallZh.rates.verdict[all.likeForLike.class]);
	});

	it('switching scope redraws the bars, the rates and the note, and records the scope in the URL', async () => {
		const onscopechange = vi.fn();
		const { container, getByRole } = render(WaterfallFigure, { ...props('zh'), onscopechange });
		await fireEvent.click(getByRole('radio', { name: /^财政拨款收、支总计/ }));
		await tick();
		const fiscal = byScope('fiscal');
		expect(barNames(container)).toEqual(scopeSteps(fiscal, 'zh').map((s) => s.ariaLabel));
		expect(barNames(container)[1]).toContain(formatValue(fiscal.informatization, 'zh', 'signed'));
		expect(
			container.querySelector(`[data-testid="waterfall-rates"] [data-figure="${fiscal.growth.checkId}"]`)
		).not.toBeNull();
		expect(
			container.querySelector(`[data-testid="waterfall-method"] [data-figure="${fiscal.other.id}"]`)?.textContent
		).toBe(formatValue(fiscal.other, 'zh', 'table'));
		expect(onscopechange).toHaveBeenCalledWith('fiscal');
		expect(replaceState).toHaveBeenCalledTimes(1);
		const url = new URL(replaceState.mock.calls[0]![0]);
		expect(url.searchParams.get('scope')).toBe('fiscal');
		expect(url.searchParams.get('utm')).toBe('x');
		expect(url.hash).toBe('#waterfall');
	});

	it('reads the scope from the URL on load', async () => {
		window.history.replaceState({}, '', '/en/?scope=gpb');
		const { container, getByRole } = render(WaterfallFigure, props('en'));
		await tick();
		expect(barNames(container)).toEqual(scopeSteps(byScope('gpb'), 'en').map((s) => s.ariaLabel));
		expect((getByRole('radio', { name: /^General public budget/ }) as HTMLInputElement).checked).toBe(true);
		expect(replaceState, 'reading the URL does not rewrite it').not.toHaveBeenCalled();
	});

	it('an unknown scope in the URL falls back to the first scope, silently', async () => {
		window.history.replaceState({}, '', '/en/?scope=everything');
		const errors = vi.spyOn(console, 'error');
		const { container } = render(WaterfallFigure, { ...props('en'), scope: 'gpb' as const });
		await tick();
		expect(barNames(container)).toEqual(scopeSteps(byScope('all'), 'en').map((s) => s.ariaLabel));
		expect(errors).not.toHaveBeenCalled();
		errors.mockRestore();
	});

	it('the story sets the scope and how many bars are built', async () => {
		window.history.replaceState({}, '', '/');
		// Bars built later would animate, which jsdom cannot: ask for reduced motion.
		window.matchMedia = ((q: string) => ({
			matches: q.includes('reduce'),
			media: q
		})) as unknown as typeof window.matchMedia;
		const { container, rerender } = render(WaterfallFigure, { ...props('en'), scope: 'fiscal' as const, shown: 2 });
		await tick();
		expect(barNames(container)).toEqual(
			scopeSteps(byScope('fiscal'), 'en')
				.slice(0, 2)
				.map((s) => s.ariaLabel)
		);
		await rerender({ scope: 'gpb', shown: 4 });
		expect(barNames(container)).toEqual(scopeSteps(byScope('gpb'), 'en').map((s) => s.ariaLabel));
	});

	it('the split marks derived sources and those the scope does not count', async () => {
		const { container, getByRole } = render(WaterfallFigure, props('en'));
		const split = container.querySelector('[data-testid="info-split"]') as HTMLElement;
		const derivedTags = () => within(split).queryAllByText(waterfallEn.split.derived);
		const excluded = () => within(split).queryAllByText(waterfallEn.split.notInScope);
		expect(derivedTags()).toHaveLength(2);
		expect(excluded()).toHaveLength(0);
		await fireEvent.click(getByRole('radio', { name: /^General public budget/ }));
		await tick();
		expect(excluded()).toHaveLength(2);
		for (const p of data.split.parts)
			expect(split.querySelector(`[data-figure="${p.value.id}"]`)?.textContent).toBe(formatValue(p.value, 'en'));
	});

	it('the data table holds every scope, and the second figure the "three public" steps', async () => {
		const { container } = render(WaterfallFigure, props('zh'));
		// Mounted in the browser, the second figure and the closed tables are drawn in tasks after (later.ts).
		expect(container.querySelector('#three-public-chart')).toBeNull();
		await settled();
		const table = container.querySelector('#waterfall-chart table')!;
		for (const s of data.scopes) {
			expect(table.querySelector(`[data-figure="${s.other.id}"]`)?.textContent).toBe(
				formatValue(s.other, 'zh', 'table-signed')
			);
			expect(table.querySelector(`[data-figure="${s.likeForLike.checkId}"]`)?.textContent).toBe(
				formatComputed(s.likeForLike, 'zh')
			);
		}
		const tp = container.querySelector('#three-public-chart')!;
		expect(
			tp.querySelector('[data-testid="three-public-reason"] [data-figure="tp.vehicles.purchase-2018"]')?.textContent
		).toBe(formatValue(data.threePublic.reason.purchase, 'zh'));
		expect(within(tp.querySelector('.plot.r1') as HTMLElement).getAllByRole('listitem', { hidden: true })).toHaveLength(
			5
		);
	});
});
