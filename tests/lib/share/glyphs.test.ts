import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { assertGlyphs, cmapCoverage, describeChar, fontMetrics, missingGlyphs, svgTexts } from '$lib/share/glyphs';
import { shareFonts } from '$lib/share/render.server';

const NOTO = 'node_modules/@embedpdf/fonts-sc/fonts/NotoSansHans-Regular.otf';
const SOURCE_SANS = 'node_modules/@expo-google-fonts/source-sans-3/400Regular/SourceSans3_400Regular.ttf';

describe('cmapCoverage(font)', () => {
	const noto = cmapCoverage(readFileSync(NOTO));
	const latin = cmapCoverage(readFileSync(SOURCE_SANS));

	it('reads the Chinese font: the report’s characters in, an emoji and a CJK Extension B character out', () => {
		for (const ch of '攀枝花市委办公室部门决算，“”：') expect(noto.has(ch.codePointAt(0)!), ch).toBe(true);
		expect(noto.has(0x1f600)).toBe(false);
		expect(noto.has(0x20000)).toBe(false);
		expect(noto.size).toBeGreaterThan(20000);
	});

	it('reads the Latin font: Latin, digits and the true minus in, Chinese out', () => {
		for (const ch of 'Az09%,.−’“”') expect(latin.has(ch.codePointAt(0)!), ch).toBe(true);
		expect(latin.has('攀'.codePointAt(0)!)).toBe(false);
	});

	it('refuses a file that is not a single font', () => {
		expect(() => cmapCoverage(new TextEncoder().encode('ttcf\0\0\0\0'))).toThrow('font collections');
	});
});

describe('fontMetrics(font)', () => {
	it('gives advance widths in em: a Chinese character is one em, a Latin digit about half', () => {
		expect(fontMetrics(readFileSync(NOTO)).advance.get('攀'.codePointAt(0)!)).toBe(1);
		const zero = fontMetrics(readFileSync(SOURCE_SANS)).advance.get('0'.codePointAt(0)!)!;
		expect(zero).toBeGreaterThan(0.4);
		expect(zero).toBeLessThan(0.6);
	});
});

describe('missingGlyphs(texts, fonts)', () => {
	const a = new Set([...'abc '].map((c) => c.codePointAt(0)!));
	const b = new Set([...'攀'].map((c) => c.codePointAt(0)!));
	it.each([
		[['abc'], [a], []],
		[['abc 攀'], [a, b], []],
		[['abc 攀'], [a], ['攀']],
		[
			['abd', 'dd😀'],
			[a, b],
			['d', '😀']
		],
		[['a\nb\tc'], [a], []]
	])('%j with %# fonts → %j', (texts, fonts, missing) => {
		expect(missingGlyphs(texts, fonts)).toEqual(missing);
	});
});

describe('assertGlyphs({ image, texts, fonts })', () => {
	const { coverage } = shareFonts();

	it('passes text the bundled fonts cover, Chinese and English', () => {
		expect(() =>
			assertGlyphs({
				image: 'share/story.png',
				texts: ['攀枝花市委办公室 −7.07%', 'office’s “three public”'],
				fonts: coverage
			})
		).not.toThrow();
	});

	it('throws naming the image and each character the fonts lack', () => {
		expect(() =>
			assertGlyphs({ image: 'en/share/story.png', texts: ['fine', '攀枝花 𠀀 😀'], fonts: coverage })
		).toThrow(
			'share image en/share/story.png: the bundled fonts have no glyph for "𠀀" (U+20000), "😀" (U+1F600) (in "攀枝花 𠀀 😀")'
		);
	});

	it('describeChar pads BMP code points to four digits', () => {
		expect(describeChar('A')).toBe('"A" (U+0041)');
	});
});

describe('svgTexts(svg)', () => {
	it('returns the text of each <text>, nested tspans and textPaths included, entities decoded', () => {
		const svg =
			'<svg><title>not drawn</title><text x="1">a<tspan>&amp;b</tspan></text><text><textPath href="#p">&#x6500;&lt;&#26525;</textPath></text></svg>';
		expect(svgTexts(svg)).toEqual(['a&b', '攀<枝']);
	});
});
