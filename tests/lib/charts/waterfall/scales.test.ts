import { describe, expect, it } from 'vitest';
import { scaleBand, scaleLinear } from 'd3-scale';
import { bandScale, linearScale } from '$lib/charts/waterfall/scales';

// The waterfall dropped d3-scale from the browser bundle: its scales must place everything where d3 did.
describe('linearScale(domain, range) agrees with d3 scaleLinear', () => {
	it.each([
		[
			[-3280.3, 58527.7],
			[340, 24]
		],
		[
			[0, 5852.77],
			[1, 374]
		],
		[
			[-69.83, 98.64],
			[1, 299]
		],
		[
			[0, 1],
			[0, 100]
		],
		[
			[10, -10],
			[0, 50]
		],
		[
			[5, 5],
			[0, 10]
		]
	] as [[number, number], [number, number]][])('%j → %j', (domain, range) => {
		const ours = linearScale(domain, range);
		const d3 = scaleLinear().domain(domain).range(range);
		for (const v of [domain[0], domain[1], 0, 1234.56, -17, (domain[0] + domain[1]) / 3]) expect(ours(v)).toBe(d3(v));
		for (const count of [2, 4, 7, 10]) expect(ours.ticks(count)).toEqual(d3.ticks(count));
		expect(ours.domain()).toEqual(domain);
	});
});

describe('bandScale(ids, range, padding) agrees with d3 scaleBand', () => {
	it.each([
		[['a', 'b', 'c', 'd'], [0, 640], 0.3, 0.15],
		[['a', 'b', 'c', 'd', 'e'], [0, 311], 0.3, 0.15],
		[['x'], [0, 100], 0, 0],
		[['a', 'b'], [100, 0], 0.5, 0.25]
	] as [string[], [number, number], number, number][])('%j over %j', (ids, range, inner, outer) => {
		const ours = bandScale(ids, range, { paddingInner: inner, paddingOuter: outer });
		const d3 = scaleBand<string>().domain(ids).range(range).paddingInner(inner).paddingOuter(outer);
		for (const id of ids) expect(ours(id)).toBe(d3(id));
		expect(ours('nope')).toBeUndefined();
		expect(ours.step()).toBe(d3.step());
		expect(ours.bandwidth()).toBe(d3.bandwidth());
	});
});
