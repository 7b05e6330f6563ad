/**
 * The two scales the waterfall needs, with d3-scale's arithmetic and ticks but without what
 * d3-scale brings along (interpolators, colours, number formats: some 9 KB gzip in every page
 * that draws a waterfall). Pure: no DOM, no Svelte.
 */
import { ticks } from 'd3-array';

export interface LinearScale {
	(value: number): number;
	domain(): [number, number];
	/** Round values across the domain, about `count` of them (d3-array's ticks). */
	ticks(count: number): number[];
}

/**
 * A linear map of `domain` onto `range`, unclamped, as d3's scaleLinear computes it (the same
 * normalisation and interpolation, so positions agree to the last bit).
 * @example linearScale([0, 10], [100, 0])(2.5) // 75
 */
export function linearScale(domain: [number, number], range: [number, number]): LinearScale {
	const [d0, d1] = domain;
	// d3 maps a descending domain by swapping both ends.
	const [a, b, r0, r1] = d1 < d0 ? [d1, d0, range[1], range[0]] : [d0, d1, range[0], range[1]];
	const span = b - a;
	const scale = ((v: number) => {
		const t = span ? (v - a) / span : 0.5;
		return r0 * (1 - t) + r1 * t;
	}) as LinearScale;
	scale.domain = () => [d0, d1];
	scale.ticks = (count) => ticks(d0, d1, count);
	return scale;
}

export interface BandScale {
	/** Where the band of `id` starts; undefined for an id not in the domain. */
	(id: string): number | undefined;
	/** From the start of one band to the start of the next. */
	step(): number;
	bandwidth(): number;
}

/**
 * Equal bands for `ids` across `range`, as d3's scaleBand lays them (unrounded).
 * @example bandScale(['a', 'b'], [0, 100], { paddingInner: 0.5 })('b') // 60
 */
export function bandScale(
	ids: string[],
	range: [number, number],
	{ paddingInner = 0, paddingOuter = 0, align = 0.5 } = {}
): BandScale {
	const n = ids.length;
	const inner = Math.min(1, paddingInner);
	const reverse = range[1] < range[0];
	let start = reverse ? range[1] : range[0];
	const stop = reverse ? range[0] : range[1];
	const step = (stop - start) / Math.max(1, n - inner + paddingOuter * 2);
	start += (stop - start - step * (n - inner)) * align;
	const bandwidth = step * (1 - inner);
	const starts = ids.map((_, i) => start + step * i);
	if (reverse) starts.reverse();
	const index = new Map(ids.map((id, i) => [id, i]));
	const scale = ((id: string) => {
		const i = index.get(id);
		return i === undefined ? undefined : starts[i];
	}) as BandScale;
	scale.step = () => step;
	scale.bandwidth = () => bandwidth;
	return scale;
}
