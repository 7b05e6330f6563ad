// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render } from '@testing-library/svelte';
import { loadPackage } from '$lib/data/load';
import { flatten, sunburstData } from '$lib/charts/sunburst/data';
import { sunburstLayout } from '$lib/charts/sunburst/layout';
import { SunburstState } from '$lib/charts/sunburst/sunburst.svelte';

vi.hoisted(() => {
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

import Sunburst from '$lib/charts/sunburst/Sunburst.svelte';

const root = sunburstData(loadPackage('data'));
afterEach(cleanup);

describe('Sunburst', () => {
	it('draws one path per visible node and one label per fitted label, at the default size', () => {
		const sb = new SunburstState(root, { zoom: 'gps' });
		const { container } = render(Sunburst, { root, sb, locale: 'zh', idPrefix: 't' });
		const arcs = sunburstLayout(root, { radius: 340 / 2 - 4, focus: 'gps', locale: 'zh' });
		const paths = [...container.querySelectorAll('path.seg')];
		expect(paths.map((p) => p.getAttribute('data-node'))).toEqual(arcs.filter((a) => a.visible).map((a) => a.id));
		expect(paths.map((p) => p.getAttribute('d'))).toEqual(arcs.filter((a) => a.visible).map((a) => a.d));
		expect([...container.querySelectorAll('text.label')].map((t) => t.textContent)).toEqual(
			arcs.filter((a) => a.label).map((a) => a.label)
		);
		expect(container.querySelector('svg')!.getAttribute('viewBox')).toBe('-170 -170 340 340');
	});

	it('colours each segment from the palette in both schemes (CSS variables)', () => {
		const sb = new SunburstState(root);
		const { container } = render(Sunburst, { root, sb, locale: 'en', idPrefix: 't' });
		const arcs = sunburstLayout(root, { radius: 166, locale: 'en' });
		const sci = container.querySelector<SVGPathElement>('#t-node-sci')!;
		const want = arcs.find((a) => a.id === 'sci')!.fill;
		expect(sci.style.getPropertyValue('--fill-light')).toBe(want.light);
		expect(sci.style.getPropertyValue('--fill-dark')).toBe(want.dark);
	});

	it('interactive={false} is a picture: hidden from assistive technology, no tab stop, no roles', () => {
		const sb = new SunburstState(root);
		const { container } = render(Sunburst, { root, sb, locale: 'en', idPrefix: 'stage', interactive: false });
		const svg = container.querySelector('svg')!;
		expect(svg.getAttribute('aria-hidden')).toBe('true');
		expect(svg.hasAttribute('tabindex')).toBe(false);
		expect(svg.hasAttribute('role')).toBe(false);
		expect(container.querySelectorAll('[role="treeitem"], [aria-label]')).toHaveLength(0);
		expect(container.querySelectorAll('path.seg')).toHaveLength(flatten(root).length);
	});
});
