/**
 * The sunburst's colours, as data. Pure: no DOM, no Svelte.
 *
 * One hue per 类 (class), from the Okabe–Ito set (chosen to stay apart under the common colour-vision
 * deficiencies), lighter for deeper rings. Each shade is set by its WCAG relative luminance, not by
 * eye, so that every fill keeps at least 3:1 against the page background in both schemes, and the
 * label drawn on it (near-black or white, whichever is stronger) keeps at least 4.5:1.
 * `SUNBURST_PALETTE` is the result, plain hex strings that tests (and anyone) can read.
 */

import { SITE_PALETTE, type Hex, type Scheme } from '$lib/site/palette';

export type { Hex, Scheme };

/** Page backgrounds (`--bg`, src/lib/site/palette.ts). */
export const BACKGROUND: Record<Scheme, Hex> = { light: SITE_PALETTE.light.bg, dark: SITE_PALETTE.dark.bg };

/** Label colours: the page's text colours, `--text` of the light scheme and `--bg` of the dark. */
export const INK = { dark: '#1d1d1f', light: '#ffffff' } as const satisfies Record<string, Hex>;

/** Okabe–Ito hues, one per class id of data/functional.csv. */
export const CLASS_HUES = {
	gps: '#D55E00', // vermillion
	sci: '#0072B2', // blue
	social: '#009E73', // bluish green
	housing: '#E69F00', // orange
	health: '#CC79A7' // reddish purple
} as const satisfies Record<string, Hex>;

export type ClassId = keyof typeof CLASS_HUES;

/**
 * Target WCAG relative luminance of each class's rings: the class (类) ring, then 款, then 项.
 * - Light scheme: every fill dark enough to keep 3:1 on #fdfcfa (luminance ≤ 0.29), and none in
 *   the band (≈ 0.18–0.23) where neither near-black nor white text reaches 4.5:1.
 * - Dark scheme: every fill light enough to keep 3:1 on #141517 (luminance ≥ 0.13), same band avoided.
 * - The class rings differ in lightness as well as hue: searched so that the five stay apart
 *   under simulated protanopia, deuteranopia and tritanopia (tests/lib/charts/sunburst/palette.test.ts).
 */
export const LUMINANCE: Record<Scheme, Record<ClassId, readonly [number, number, number]>> = {
	light: {
		gps: [0.04, 0.16, 0.26],
		sci: [0.04, 0.16, 0.26],
		social: [0.085, 0.16, 0.26],
		housing: [0.07, 0.16, 0.26],
		health: [0.115, 0.17, 0.26]
	},
	dark: {
		gps: [0.17, 0.34, 0.51],
		sci: [0.15, 0.34, 0.51],
		social: [0.29, 0.4, 0.57],
		housing: [0.29, 0.4, 0.57],
		health: [0.13, 0.34, 0.51]
	}
};

/** Neutral fills: the general public budget ring and the parts not itemised. */
const NEUTRALS = {
	budget: { hue: '#5a6270', luminance: { light: 0.12, dark: 0.15 } },
	notItemised: { hue: '#8a8f98', luminance: { light: 0.26, dark: 0.47 } }
} as const;

export interface SchemePalette {
	background: Hex;
	/** The disc at the centre (what is zoomed into sits there): the page's surface colour. */
	centre: Hex;
	/** The general public budget node. */
	budget: Hex;
	/** The parts the report does not itemise by function. */
	notItemised: Hex;
	/** Per class, the fill of the class ring, then 款, then 项. */
	classes: Record<ClassId, Hex[]>;
}

/**
 * The same hue at a given WCAG relative luminance: OKLab lightness is searched, hue kept, and
 * chroma reduced where the colour would leave the sRGB gamut.
 * @example shadeAtLuminance('#0072B2', 0.3) // a lighter blue with luminance 0.3
 */
export function shadeAtLuminance(hex: Hex, luminance: number): Hex {
	const [, a, b] = linearToOklab(hexToLinear(hex));
	let lo = 0;
	let hi = 1;
	let best: [number, number, number] = [0, 0, 0];
	for (let i = 0; i < 40; i++) {
		const L = (lo + hi) / 2;
		const rgb = inGamut(L, a, b);
		best = rgb;
		if (luminanceOfLinear(rgb) < luminance) lo = L;
		else hi = L;
	}
	return linearToHex(best);
}

/**
 * Lighter shades by depth: the fill of `depth` rings out from the class ring (0 = the class itself).
 * @example depthShade('sci', 2, 'light') // the 项 ring of 科学技术
 */
export function depthShade(classId: ClassId, depth: number, scheme: Scheme): Hex {
	const steps = LUMINANCE[scheme][classId];
	return shadeAtLuminance(CLASS_HUES[classId], steps[Math.max(0, Math.min(depth, steps.length - 1))]!);
}

function schemePalette(scheme: Scheme): SchemePalette {
	const classes = Object.fromEntries(
		(Object.keys(CLASS_HUES) as ClassId[]).map((id) => [
			id,
			LUMINANCE[scheme][id].map((_, d) => depthShade(id, d, scheme))
		])
	) as Record<ClassId, Hex[]>;
	return {
		background: BACKGROUND[scheme],
		centre: SITE_PALETTE[scheme].surface,
		budget: shadeAtLuminance(NEUTRALS.budget.hue, NEUTRALS.budget.luminance[scheme]),
		notItemised: shadeAtLuminance(NEUTRALS.notItemised.hue, NEUTRALS.notItemised.luminance[scheme]),
		classes
	};
}

/** Every fill of the chart, in both schemes. */
export const SUNBURST_PALETTE: Record<Scheme, SchemePalette> = {
	light: schemePalette('light'),
	dark: schemePalette('dark')
};

/** The label colour with the stronger contrast on a fill. */
export function inkOn(fill: Hex): Hex {
	return contrastRatio(fill, INK.dark) >= contrastRatio(fill, INK.light) ? INK.dark : INK.light;
}

/** Is this a class id of the palette? */
export function isClassId(id: string | null): id is ClassId {
	return id !== null && Object.hasOwn(CLASS_HUES, id);
}

// ── Colour arithmetic (sRGB, WCAG 2 luminance, OKLab) ─────────────────────────────────────────

export function hexToLinear(hex: string): [number, number, number] {
	const m = /^#?([0-9a-f]{6})$/i.exec(hex);
	if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
	const n = parseInt(m[1]!, 16);
	return [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => toLinear(c / 255)) as [number, number, number];
}

export function linearToHex(rgb: readonly number[]): Hex {
	return ('#' +
		rgb
			.map((c) =>
				Math.round(255 * fromLinear(Math.min(1, Math.max(0, c))))
					.toString(16)
					.padStart(2, '0')
			)
			.join('')) as Hex;
}

/** WCAG 2 relative luminance. */
export function relativeLuminance(hex: string): number {
	return luminanceOfLinear(hexToLinear(hex));
}

/** WCAG 2 contrast ratio, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
	const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
	return (hi + 0.05) / (lo + 0.05);
}

export function linearToOklab([r, g, b]: readonly number[]): [number, number, number] {
	const l = Math.cbrt(0.4122214708 * r! + 0.5363325363 * g! + 0.0514459929 * b!);
	const m = Math.cbrt(0.2119034982 * r! + 0.6806995451 * g! + 0.1073969566 * b!);
	const s = Math.cbrt(0.0883024619 * r! + 0.2817188376 * g! + 0.6299787005 * b!);
	return [
		0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s,
		1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s,
		0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s
	];
}

export function oklabToLinear([L, a, b]: readonly number[]): [number, number, number] {
	const l = (L! + 0.3963377774 * a! + 0.2158037573 * b!) ** 3;
	const m = (L! - 0.1055613458 * a! - 0.0638541728 * b!) ** 3;
	const s = (L! - 0.0894841775 * a! - 1.291485548 * b!) ** 3;
	return [
		4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s,
		-1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s,
		-0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s
	];
}

function inGamut(L: number, a: number, b: number): [number, number, number] {
	let k = 1;
	for (let i = 0; i < 30; i++) {
		const rgb = oklabToLinear([L, a * k, b * k]);
		if (rgb.every((c) => c >= -1e-6 && c <= 1 + 1e-6)) return rgb;
		k *= 0.9;
	}
	return oklabToLinear([L, 0, 0]);
}

function luminanceOfLinear([r, g, b]: readonly number[]): number {
	const c = (v: number) => Math.min(1, Math.max(0, v));
	return 0.2126 * c(r!) + 0.7152 * c(g!) + 0.0722 * c(b!);
}

function toLinear(c: number): number {
	return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

function fromLinear(c: number): number {
	return c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055;
}
