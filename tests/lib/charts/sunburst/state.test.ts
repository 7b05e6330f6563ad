// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';

// svelte/motion reads prefers-reduced-motion when it loads; jsdom has no matchMedia.
vi.hoisted(() => {
	window.matchMedia = ((media: string) => ({
		matches: false,
		media,
		addEventListener() {},
		removeEventListener() {}
	})) as unknown as typeof window.matchMedia;
});
import { loadPackage } from '$lib/data/load';
import { sunburstData } from '$lib/charts/sunburst/data';
import { SunburstState } from '$lib/charts/sunburst/sunburst.svelte';

const root = sunburstData(loadPackage('data'));
const make = (zoom?: string) => {
	const onzoom = vi.fn();
	const sb = new SunburstState(root, { zoom, onzoom });
	sb.reducedMotion = true;
	return { sb, onzoom };
};
const first = (id: string) => root.children.find((c) => c.id === id) ?? null;

describe('SunburstState', () => {
	it('starts at the top, or at a known zoomable node; unknown ids fall back to the top', () => {
		expect(make().sb.zoomId).toBe('total');
		expect(make('gps').sb).toMatchObject({ zoomId: 'gps', activeId: 'gps' });
		expect(make('nope').sb.zoomId).toBe('total');
	});

	it('keyboard: → into the first part, ↓/↑ siblings, Enter zooms, ← to the parent (zooming out), Escape to the top', () => {
		const { sb, onzoom } = make();
		const gpb = first('gpb')!;
		const steps: [string, string, string][] = [];
		const press = (key: string) => {
			expect(sb.key(key), key).toBe(true);
			steps.push([key, sb.activeId, sb.zoomId]);
		};
		press('ArrowRight');
		press('ArrowRight');
		press('ArrowDown');
		press('Enter');
		press('ArrowRight');
		press('ArrowUp'); // first sibling already: stays
		press('ArrowLeft');
		press('ArrowLeft');
		press('End');
		press('Escape');
		const [gps, sci] = [gpb.children[0]!.id, gpb.children[1]!.id];
		const sciFirst = gpb.children[1]!.children[0]!.id;
		expect(steps).toEqual([
			['ArrowRight', 'gpb', 'total'],
			['ArrowRight', gps, 'total'],
			['ArrowDown', sci, 'total'],
			['Enter', sci, sci],
			['ArrowRight', sciFirst, sci],
			['ArrowUp', sciFirst, sci],
			['ArrowLeft', sci, sci],
			['ArrowLeft', 'gpb', 'gpb'],
			['End', root.children[root.children.length - 1]!.id, 'total'],
			['Escape', 'total', 'total']
		]);
		expect(onzoom.mock.calls.map((c) => c[0])).toEqual([sci, 'gpb', 'total']);
	});

	it('keys it does not use are left to the browser', () => {
		const { sb } = make();
		expect(sb.key('Tab')).toBe(false);
		expect(sb.key('a')).toBe(false);
		expect(sb.key('Escape')).toBe(false); // already at the top
	});

	it('↓ past the zoomed node’s siblings zooms out to show the active one', () => {
		const { sb } = make('gps');
		sb.key('ArrowDown');
		expect(sb.activeId).toBe('sci');
		expect(sb.zoomId).toBe('gpb');
	});

	it('choose: a node with parts is zoomed into, a leaf only selected, the centre tapped goes up', () => {
		const { sb } = make();
		sb.choose('gps');
		expect([sb.activeId, sb.zoomId]).toEqual(['gps', 'gps']);
		sb.choose('gps.other.other');
		expect([sb.activeId, sb.zoomId]).toEqual(['gps.other.other', 'gps']);
		sb.choose('gps', { fromCentreTap: true });
		expect([sb.activeId, sb.zoomId]).toEqual(['gpb', 'gpb']);
		expect(sb.trail).toEqual(['total', 'gpb']);
	});

	it('set() from the story or the URL does not write the URL; unknown ids go to the top silently', () => {
		const { sb, onzoom } = make();
		sb.set('social');
		expect(sb.zoomId).toBe('social');
		sb.set('no.such');
		expect(sb.zoomId).toBe('total');
		expect(onzoom).not.toHaveBeenCalled();
	});

	it('animates a zoom from 0 to 1 unless motion is reduced', () => {
		const { sb } = make();
		sb.reducedMotion = false;
		sb.choose('gps');
		expect(sb.progress.current).toBe(0);
		expect(sb.progress.target).toBe(1);
	});

	it('counts zooms (for the live region) and jumps without motion when reduced', () => {
		const { sb } = make();
		sb.choose('gps');
		expect(sb.zoomCount).toBe(1);
		expect(sb.progress.current).toBe(1);
		expect(sb.fromZoomId).toBe('total');
	});
});
