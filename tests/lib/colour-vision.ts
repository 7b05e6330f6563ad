/**
 * Simulated colour-vision deficiencies for palette tests: Machado, Oliveira & Fernandes (2009),
 * severity 1, applied to linear RGB, compared in OKLab. Pure: no DOM.
 */
import { hexToLinear, linearToOklab } from '$lib/charts/sunburst/palette';

export const CVD = {
	normal: [
		[1, 0, 0],
		[0, 1, 0],
		[0, 0, 1]
	],
	protanopia: [
		[0.152286, 1.052583, -0.204868],
		[0.114503, 0.786281, 0.099216],
		[-0.003882, -0.048116, 1.051998]
	],
	deuteranopia: [
		[0.367322, 0.860646, -0.227968],
		[0.280085, 0.672501, 0.047413],
		[-0.01182, 0.04294, 0.968881]
	],
	tritanopia: [
		[1.255528, -0.076749, -0.178779],
		[-0.078411, 0.930809, 0.147602],
		[0.004733, 0.691367, 0.3039]
	]
};
export type Vision = keyof typeof CVD;
export const VISIONS = Object.keys(CVD) as Vision[];

/** The colour as seen with a deficiency, in OKLab. */
export function simulate(hex: string, m: number[][]): [number, number, number] {
	const c = hexToLinear(hex);
	return linearToOklab(m.map((row) => Math.min(1, Math.max(0, row[0]! * c[0] + row[1]! * c[1] + row[2]! * c[2]))));
}

/** Euclidean distance in OKLab (≈ ΔE OK; 0.02 is about a just-noticeable difference). */
export const distance = (a: readonly number[], b: readonly number[]) =>
	Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);
