import { describe, expect, it } from 'vitest';
import {
	BACKGROUND,
	CLASS_HUES,
	INK,
	SUNBURST_PALETTE,
	contrastRatio,
	hexToLinear,
	inkOn,
	linearToOklab,
	relativeLuminance,
	shadeAtLuminance,
	type ClassId,
	type Scheme
} from '$lib/charts/sunburst/palette';
import { SITE_PALETTE } from '$lib/site/palette';
import { CVD, distance, simulate } from '$lib/../../tests/lib/colour-vision';

const schemes: Scheme[] = ['light', 'dark'];
const classIds = Object.keys(CLASS_HUES) as ClassId[];
const fillsOf = (s: Scheme) => [
	...classIds.flatMap((c) => SUNBURST_PALETTE[s].classes[c].map((hex, depth) => ({ name: `${c}[${depth}]`, hex }))),
	{ name: 'budget', hex: SUNBURST_PALETTE[s].budget },
	{ name: 'notItemised', hex: SUNBURST_PALETTE[s].notItemised }
];

describe('SUNBURST_PALETTE', () => {
	it('uses the page background and surface of the site palette', () => {
		for (const s of schemes) {
			expect(BACKGROUND[s]).toBe(SITE_PALETTE[s].bg);
			expect(SUNBURST_PALETTE[s].centre).toBe(SITE_PALETTE[s].surface);
		}
	});

	it.each(schemes)('%s: every fill has at least 3:1 contrast against the background', (s) => {
		const weak = fillsOf(s)
			.map((f) => ({ ...f, ratio: contrastRatio(f.hex, BACKGROUND[s]) }))
			.filter((f) => f.ratio < 3)
			.map((f) => `${f.name} ${f.hex} ${f.ratio.toFixed(2)}`);
		expect(weak).toEqual([]);
	});

	it.each(schemes)('%s: the label colour on every fill has at least 4.5:1', (s) => {
		const weak = fillsOf(s)
			.map((f) => ({ ...f, ratio: contrastRatio(f.hex, inkOn(f.hex)) }))
			.filter((f) => f.ratio < 4.5)
			.map((f) => `${f.name} ${f.hex} ${f.ratio.toFixed(2)}`);
		expect(weak).toEqual([]);
	});

	it.each(schemes)('%s: deeper rings are lighter, in every class', (s) => {
		for (const c of classIds) {
			const l = SUNBURST_PALETTE[s].classes[c].map(relativeLuminance);
			expect(l.length, c).toBe(3);
			expect(l[1]!, c).toBeGreaterThan(l[0]!);
			expect(l[2]!, c).toBeGreaterThan(l[1]!);
		}
	});

	it.each(schemes.flatMap((s) => Object.keys(CVD).map((v) => [s, v] as const)))(
		'%s, %s: the five class colours stay apart (OKLab distance ≥ 0.06)',
		(s, vision) => {
			const m = CVD[vision as keyof typeof CVD];
			const sims = classIds.map((c) => [c, simulate(SUNBURST_PALETTE[s].classes[c][0]!, m)] as const);
			const close: string[] = [];
			for (let i = 0; i < sims.length; i++)
				for (let j = i + 1; j < sims.length; j++) {
					const d = distance(sims[i]![1], sims[j]![1]);
					if (d < 0.06) close.push(`${sims[i]![0]}/${sims[j]![0]} ${d.toFixed(3)}`);
				}
			expect(close).toEqual([]);
		}
	);

	it.each(schemes)(
		'%s: the budget ring and the parts not itemised (side by side) stay apart under every simulation',
		(s) => {
			for (const m of Object.values(CVD)) {
				expect(
					distance(simulate(SUNBURST_PALETTE[s].budget, m), simulate(SUNBURST_PALETTE[s].notItemised, m))
				).toBeGreaterThan(0.1);
			}
		}
	);

	it('the simulation is not a no-op: deuteranopia folds red and green together', () => {
		const [red, green] = ['#d55e00', '#4f9a00'];
		const normal = distance(simulate(red, CVD.normal), simulate(green, CVD.normal));
		const deutan = distance(simulate(red, CVD.deuteranopia), simulate(green, CVD.deuteranopia));
		expect(deutan).toBeLessThan(normal / 2);
	});
});

describe('colour arithmetic', () => {
	it.each([
		['#ffffff', '#000000', 21],
		['#fdfcfa', '#fdfcfa', 1],
		['#777777', '#ffffff', 4.48]
	])('contrastRatio(%s, %s) ≈ %d', (a, b, want) => {
		expect(contrastRatio(a, b)).toBeCloseTo(want, 1);
	});

	it.each([0.05, 0.15, 0.3, 0.5])('shadeAtLuminance(sci blue, %d) hits the luminance and keeps the hue', (y) => {
		const hex = shadeAtLuminance(CLASS_HUES.sci, y);
		expect(relativeLuminance(hex)).toBeCloseTo(y, 2);
		const [, a, b] = linearToOklab(hexToLinear(hex));
		const [, a0, b0] = linearToOklab(hexToLinear(CLASS_HUES.sci));
		expect(Math.abs(Math.atan2(b, a) - Math.atan2(b0, a0))).toBeLessThan(0.1);
	});

	it('inkOn picks the stronger of the two label colours', () => {
		expect(inkOn('#ffffff')).toBe(INK.dark);
		expect(inkOn('#000000')).toBe(INK.light);
	});
});
