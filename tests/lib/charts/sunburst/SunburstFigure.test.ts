// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, within } from '@testing-library/svelte';
import { tick } from 'svelte';
import { loadPackage } from '$lib/data/load';
import { storyFigures } from '$lib/i18n/figures';
import { formatAmount, formatRate, type Locale } from '$lib/format';
import { flatten, indexTree, sunburstData } from '$lib/charts/sunburst/data';
import { shareOf, sunburstText } from '$lib/charts/sunburst/describe';
import { sunburstLayout } from '$lib/charts/sunburst/layout';

// svelte/motion reads prefers-reduced-motion when it loads; jsdom has no matchMedia. Reduced
// motion makes every zoom immediate, which is what these tests look at.
vi.hoisted(() => {
	// bind:clientWidth observes resizes; jsdom has no layout, so nothing is ever measured.
	globalThis.ResizeObserver ??= class {
		observe() {}
		unobserve() {}
		disconnect() {}
	};
	window.matchMedia = ((media: string) => ({
		matches: media.includes('reduce'),
		media,
		addEventListener() {},
		removeEventListener() {}
	})) as unknown as typeof window.matchMedia;
});
const replaceState = vi.hoisted(() => vi.fn());
vi.mock('$app/navigation', () => ({ replaceState }));
vi.mock('$app/state', () => ({ page: { state: {} } }));

import SunburstFigure from '$lib/charts/sunburst/SunburstFigure.svelte';
import { settled } from '$lib/charts/shared/later';

const pkg = loadPackage('data');
const tree = sunburstData(pkg);
const index = indexTree(tree);
const nodes = flatten(tree);
const nodeOf = (id: string) => index.get(id)!.node;
const ID = 'sb';

function setup(locale: Locale = 'en', props: { focus?: string; highlight?: string } = {}) {
	const figures = storyFigures(pkg, locale);
	const r = render(SunburstFigure, { tree, figures, locale, id: ID, ...props });
	const tree_ = r.getByRole('tree');
	const item = (id: string) => r.container.querySelector<SVGPathElement>(`#${CSS.escape(`${ID}-node-${id}`)}`);
	const details = () => r.getByTestId('sunburst-details');
	const key = async (k: string) => {
		await fireEvent.keyDown(tree_, { key: k });
		await tick();
	};
	return { ...r, tree: tree_, item, details, key };
}

beforeEach(() => {
	window.history.replaceState(null, '', '/en/#sunburst');
	replaceState.mockClear();
});
afterEach(cleanup);

describe('SunburstFigure: tree semantics', () => {
	it('is one tab stop: the tree, and nothing inside the SVG is focusable', () => {
		const { tree, container } = setup();
		expect(tree.getAttribute('tabindex')).toBe('0');
		expect(container.querySelectorAll('svg [tabindex]')).toHaveLength(0);
		expect(tree).toHaveAccessibleName(sunburstText('en').chartLabel);
		expect(tree.getAttribute('aria-describedby')).toBe(`${ID}-howto`);
		expect(container.querySelector(`#${ID}-howto`)).not.toBeNull();
	});

	it('every node of the tree is a treeitem at the top, with level, set size and position', () => {
		const { getAllByRole, item } = setup();
		expect(getAllByRole('treeitem', { hidden: true })).toHaveLength(nodes.length);
		const gpb = nodeOf('gpb');
		const sci = item('sci')!;
		expect(sci.getAttribute('role')).toBe('treeitem');
		expect(sci.getAttribute('aria-level')).toBe('3');
		expect(sci.getAttribute('aria-setsize')).toBe(String(gpb.children.length));
		expect(sci.getAttribute('aria-posinset')).toBe(String(gpb.children.findIndex((c) => c.id === 'sci') + 1));
		expect(sci.getAttribute('aria-expanded')).toBe('true');
		expect(item('sci.admin.other')!.getAttribute('aria-expanded')).toBeNull();
		expect(item('total')!.getAttribute('aria-level')).toBe('1');
	});

	it('each segment’s name says its name, amount and share of its parent', () => {
		const { item } = setup('zh');
		const sci = nodeOf('sci');
		const share = formatRate(shareOf(sci.amount, nodeOf('gpb').amount), 'zh', { decimals: 2 });
		expect(item('sci')).toHaveAccessibleName(
			`${sci.name_zh}（类）${formatAmount(sci.amount, 'zh')}，占${nodeOf('gpb').name_zh}的${share}`
		);
	});

	it('draws the layout’s paths exactly (3 decimals) at the size it has before measuring', () => {
		const { item } = setup();
		// jsdom measures nothing: the chart draws at its default 340 px, radius 340 / 2 − 4.
		const arcs = sunburstLayout(tree, { radius: 166, locale: 'en' });
		for (const id of ['total', 'gpb', 'gps.party.operation', 'carried']) {
			expect(item(id)!.getAttribute('d'), id).toBe(arcs.find((a) => a.id === id)!.d);
		}
		expect(item('gpb')!.getAttribute('d')).toMatch(/^M[-\d.,]+A/);
	});
});

describe('SunburstFigure: keyboard', () => {
	it('walks the tree: → ↓ Enter ← Escape move the active descendant and the zoom, and the URL follows', async () => {
		const { tree, key, item, details, getByTestId } = setup();
		const active = () => tree.getAttribute('aria-activedescendant');
		expect(active()).toBe(`${ID}-node-total`);
		await key('ArrowRight');
		expect(active()).toBe(`${ID}-node-gpb`);
		await key('ArrowRight');
		expect(active()).toBe(`${ID}-node-gps`);
		expect(item('gps')!.getAttribute('aria-selected')).toBe('true');
		expect(item('gpb')!.getAttribute('aria-selected')).toBe('false');
		expect(within(details()).getByRole('heading', { level: 3 })).toHaveTextContent(nodeOf('gps').name_en);
		await key('ArrowDown');
		expect(active()).toBe(`${ID}-node-sci`);

		await key('Enter');
		// Zoomed: sci is the centre; things outside it are gone; the reader hears it; the URL says so.
		expect(item('gps')).toBeNull();
		expect(item('sci.admin')).not.toBeNull();
		expect(getByTestId('sunburst-live')).toHaveTextContent(nodeOf('sci').name_en);
		expect(replaceState).toHaveBeenLastCalledWith('http://localhost:3000/en/?focus=sci#sunburst', {});

		await key('ArrowRight');
		expect(active()).toBe(`${ID}-node-${nodeOf('sci').children[0]!.id}`);
		await key('ArrowLeft');
		await key('ArrowLeft');
		expect(active()).toBe(`${ID}-node-gpb`);
		expect(item('gps')).not.toBeNull();

		await key('Escape');
		expect(active()).toBe(`${ID}-node-total`);
		expect(replaceState).toHaveBeenLastCalledWith('http://localhost:3000/en/#sunburst', {});
	});

	it('arrow keys do not scroll the page (default prevented); other keys pass', async () => {
		const { tree } = setup();
		const down = new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, cancelable: true });
		tree.dispatchEvent(down);
		expect(down.defaultPrevented).toBe(true);
		const tab = new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true });
		tree.dispatchEvent(tab);
		expect(tab.defaultPrevented).toBe(false);
	});
});

describe('SunburstFigure: pointer, details, breadcrumb, list', () => {
	it('a tap on an item shows its details in both languages, without zooming', async () => {
		const { item, details, container } = setup();
		const n = nodeOf('sci.admin.other');
		await fireEvent.click(item('sci.admin.other')!);
		const d = details();
		expect(within(d).getByRole('heading', { level: 3 })).toHaveTextContent(n.name_en);
		expect(d.querySelector('[lang="zh-CN"]')).toHaveTextContent(n.name_zh);
		expect(d.querySelector('[data-field="amount"]')).toHaveTextContent(
			formatAmount(n.amount, 'en', { style: 'table' })
		);
		const pct = (v: number) => formatRate(v, 'en', { decimals: 2 });
		expect(d.querySelector('[data-field="share-parent"]')).toHaveTextContent(
			pct(shareOf(n.amount, nodeOf('sci.admin').amount))
		);
		expect(d.querySelector('[data-field="share-total"]')).toHaveTextContent(pct(shareOf(n.amount, tree.amount)));
		expect(d.querySelector('[data-field="completion"]')).toHaveTextContent(pct(n.completionRate!));
		expect(d.querySelector('[data-field="glossary"]')!.getAttribute('href')).toBe(`#term-${n.glossaryId}`);
		// Still at the top.
		expect(container.querySelector('[aria-current="location"]')).toHaveTextContent(tree.name_en);
	});

	it('a derived part says how it is computed and that it is not itemised', async () => {
		const { getByTestId, details } = setup('zh');
		await fireEvent.click(
			within(getByTestId('sunburst-list')).getByRole('button', { name: new RegExp(nodeOf('carried').name_zh) })
		);
		const d = details();
		const t = sunburstText('zh');
		expect(d.querySelector('[data-field="status"]')).toHaveTextContent(
			`推算：${pkg.figures.get('totals.all.2019')!.label_zh} − ${pkg.figures.get('spending.total')!.label_zh}`
		);
		expect(d.querySelector('[data-field="not-itemised"]')).toHaveTextContent(t.notItemised);
		expect(d.querySelector('[data-field="completion"]')).toBeNull();
	});

	it('tap a class, then a section; back up by the breadcrumb and by the centre', async () => {
		const { item, container, getByRole } = setup();
		await fireEvent.click(item('gps')!);
		await fireEvent.click(item('gps.party')!);
		const crumbs = getByRole('navigation', { name: sunburstText('en').breadcrumbLabel });
		expect([...crumbs.querySelectorAll('[data-crumb]')].map((c) => c.getAttribute('data-crumb'))).toEqual([
			'total',
			'gpb',
			'gps',
			'gps.party'
		]);
		expect(crumbs.querySelector('[aria-current="location"]')).toHaveTextContent(nodeOf('gps.party').name_en);
		expect(crumbs).toHaveTextContent('section (款)');
		await fireEvent.click(within(crumbs).getByRole('button', { name: new RegExp(nodeOf('gps').name_en) }));
		expect(container.querySelector('[aria-current="location"]')).toHaveTextContent(nodeOf('gps').name_en);
		// The centre is the zoomed node: tapping it goes up one level.
		expect(item('gps')!.classList.contains('is-centre')).toBe(true);
		await fireEvent.click(item('gps')!);
		expect(container.querySelector('[aria-current="location"]')).toHaveTextContent(nodeOf('gpb').name_en);
	});

	it('the ranked list lists the zoomed node’s parts, largest first, and reaches the thinnest', async () => {
		const { getByTestId, details } = setup('en', { focus: 'gpb' });
		const list = () => within(getByTestId('sunburst-list'));
		const ids = () =>
			list()
				.getAllByRole('button')
				.map((b) => b.getAttribute('data-choose'));
		expect(ids()).toEqual(nodeOf('gpb').children.map((c) => c.id));
		// The thinnest class, then its thinnest section, then its only item: a handful of taps.
		const thinnest = (id: string) => nodeOf(id).children[nodeOf(id).children.length - 1]!.id;
		let id = 'gpb';
		while (nodeOf(id).children.length) {
			id = thinnest(id);
			await fireEvent.click(list().getByRole('button', { name: new RegExp(nodeOf(id).name_en) }));
		}
		expect(nodeOf(id).kind).toBe('item');
		expect(within(details()).getByRole('heading', { level: 3 })).toHaveTextContent(nodeOf(id).name_en);
		expect(getByTestId('sunburst-list').querySelector(`[data-choose="${id}"]`)!.getAttribute('aria-current')).toBe(
			'true'
		);
	});
});

describe('SunburstFigure: props and URL', () => {
	it('focus prop zooms; highlight outlines', () => {
		const { item } = setup('en', { focus: 'social', highlight: 'social.retire' });
		expect(item('social')!.classList.contains('is-centre')).toBe(true);
		expect(item('social.retire')!.classList.contains('highlight')).toBe(true);
		expect(item('gps')).toBeNull();
	});

	it('reads focus from the URL on mount; an unknown id stays at the top silently', async () => {
		window.history.replaceState(null, '', '/en/?focus=sci.admin');
		const a = setup();
		await tick();
		expect(a.item('sci.admin')!.classList.contains('is-centre')).toBe(true);
		expect(replaceState).not.toHaveBeenCalled();
		cleanup();
		window.history.replaceState(null, '', '/en/?focus=%3Cnope%3E');
		const b = setup();
		await tick();
		expect(b.item('total')!.classList.contains('is-centre')).toBe(true);
	});
});

describe('SunburstFigure: table', () => {
	it('has a real table of the same hierarchy, every node a row with its amount', async () => {
		const { getByTestId, queryByTestId } = setup('zh');
		// Mounted in the browser, the closed table is drawn a task after its chart (later.ts).
		expect(queryByTestId('sunburst-table')).toBeNull();
		await settled();
		const table = getByTestId('sunburst-table');
		expect(table.tagName).toBe('TABLE');
		const rows = table.querySelectorAll('tbody tr');
		expect([...rows].map((r) => r.getAttribute('data-row'))).toEqual(nodes.map((n) => n.id));
		const gps = table.querySelector('tr[data-row="gps"]')!;
		expect(gps.querySelector('th[scope="row"]')).toHaveTextContent(nodeOf('gps').name_zh);
		expect(gps.querySelectorAll('td')[0]).toHaveTextContent(formatAmount(nodeOf('gps').amount, 'zh', { unit: false }));
		// Items carry their completion rate as a note on the row; nothing else does.
		const item = table.querySelector('tr[data-row="sci.admin.other"]')!;
		expect(item.querySelector('[data-field="completion"]')).toHaveTextContent(
			formatRate(nodeOf('sci.admin.other').completionRate!, 'zh', { decimals: 2 })
		);
		expect(table.querySelectorAll('[data-field="completion"]')).toHaveLength(
			nodes.filter((n) => n.completionRate !== null).length
		);
		expect(gps.querySelector('[data-field="completion"]')).toBeNull();
	});
});
