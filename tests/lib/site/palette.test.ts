/**
 * The page's colours as data (src/lib/site/palette.ts, the same values every page's CSS is built
 * from): WCAG contrast of every text / background pair and every graphic against what it is drawn
 * on, in both schemes; the waterfall's rise and fall colours under simulated colour-vision
 * deficiencies. (The sunburst's own fills and labels: tests/lib/charts/sunburst/palette.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '$lib/charts/sunburst/palette';
import { SITE_PALETTE, TOKENS, type Scheme, type Token } from '$lib/site/palette';
import { CVD, VISIONS, distance, simulate } from '$lib/../../tests/lib/colour-vision';

const schemes: Scheme[] = ['light', 'dark'];

interface Pair {
	/** Where the pair is used. */
	use: string;
	fg: Token;
	bg: Token;
	/** 4.5 for text (WCAG 1.4.3), 3 for graphics and UI parts (1.4.11). */
	min: 4.5 | 3;
}

/** Every foreground / background pair the pages draw (grep var(--…) in src/). */
const PAIRS: Pair[] = [
	{ use: 'body text', fg: 'text', bg: 'bg', min: 4.5 },
	{ use: 'text in panels (glossary entries, table heads)', fg: 'text', bg: 'surface', min: 4.5 },
	{ use: 'muted text: captions, sources, legends', fg: 'muted', bg: 'bg', min: 4.5 },
	{ use: 'muted text in panels', fg: 'muted', bg: 'surface', min: 4.5 },
	{ use: 'links, rise value labels', fg: 'accent-text', bg: 'bg', min: 4.5 },
	{ use: 'links in panels', fg: 'accent-text', bg: 'surface', min: 4.5 },
	{ use: 'the chosen scope: page colour on accent-text (ScopeSwitch)', fg: 'bg', bg: 'accent-text', min: 4.5 },
	{ use: 'fall value labels of the waterfall', fg: 'fall', bg: 'bg', min: 4.5 },
	{ use: 'accent marks (bars, highlights)', fg: 'accent', bg: 'bg', min: 3 },
	{ use: 'waterfall rise bars', fg: 'rise', bg: 'bg', min: 3 },
	{ use: 'waterfall fall bars (outline and hatch)', fg: 'fall', bg: 'bg', min: 3 },
	{ use: 'waterfall totals, muted bars, connectors', fg: 'muted', bg: 'bg', min: 3 },
	{ use: 'focus ring on the page', fg: 'focus', bg: 'bg', min: 3 },
	{ use: 'focus ring on panels', fg: 'focus', bg: 'surface', min: 3 },
	{ use: 'waterfall baseline', fg: 'text', bg: 'bg', min: 3 }
];

/** The pairs of `palette` below their minimum, as readable lines. */
function weakPairs(palette: Record<Token, string>): string[] {
	return PAIRS.map((p) => ({ ...p, ratio: contrastRatio(palette[p.fg], palette[p.bg]) }))
		.filter((p) => p.ratio < p.min)
		.map(
			(p) =>
				`${p.use}: --${p.fg} ${palette[p.fg]} on --${p.bg} ${palette[p.bg]} is ${p.ratio.toFixed(2)}:1 (< ${p.min}:1)`
		);
}

describe('SITE_PALETTE', () => {
	it('has every token as #rrggbb in both schemes', () => {
		for (const s of schemes) {
			expect(Object.keys(SITE_PALETTE[s]).sort()).toEqual([...TOKENS].sort());
			for (const t of TOKENS) expect(SITE_PALETTE[s][t], `${s} --${t}`).toMatch(/^#[0-9a-f]{6}$/);
		}
	});

	it.each(schemes)('%s: every text pair has at least 4.5:1 and every graphic 3:1', (s) => {
		expect(weakPairs(SITE_PALETTE[s])).toEqual([]);
	});

	it('the check can fail: a grey on grey (muted #8a8a8a on the light page) is caught', () => {
		// #8a8a8a on #fdfcfa is about 3.4:1: enough for a graphic, not for text.
		const greyOnGrey = { ...SITE_PALETTE.light, muted: '#8a8a8a' as const };
		expect(weakPairs(greyOnGrey)).toEqual([
			expect.stringMatching(/^muted text: captions.*3\.\d\d:1 \(< 4\.5:1\)$/),
			expect.stringMatching(/^muted text in panels.*:1 \(< 4\.5:1\)$/)
		]);
	});

	it.each(schemes.flatMap((s) => VISIONS.map((v) => [s, v] as const)))(
		'%s, %s: rise and fall stay apart (OKLab distance ≥ 0.1)',
		(s, vision) => {
			const p = SITE_PALETTE[s];
			expect(distance(simulate(p.rise, CVD[vision]), simulate(p.fall, CVD[vision]))).toBeGreaterThanOrEqual(0.1);
		}
	);

	it.each(schemes.flatMap((s) => VISIONS.map((v) => [s, v] as const)))(
		'%s, %s: the focus ring stands apart from the accent it may surround',
		(s, vision) => {
			const p = SITE_PALETTE[s];
			expect(distance(simulate(p.focus, CVD[vision]), simulate(p['accent-text'], CVD[vision]))).toBeGreaterThanOrEqual(
				0.1
			);
		}
	);

	it('the simulation can fail: a red and a green of one lightness fold together under deuteranopia', () => {
		const [red, green] = ['#b5651d', '#6f7f1f'];
		expect(distance(simulate(red, CVD.normal), simulate(green, CVD.normal))).toBeGreaterThan(0.1);
		expect(distance(simulate(red, CVD.deuteranopia), simulate(green, CVD.deuteranopia))).toBeLessThan(0.1);
	});
});
