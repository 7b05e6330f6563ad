import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { renderSharePng, shareSvg } from '$lib/share/render.server';
import { SHARE_SIZE } from '$lib/share/images';

const decode = (png: Uint8Array) => PNG.sync.read(Buffer.from(png));

/** Pixels whose colour differs between two images of the same size. */
function differing(a: PNG, b: PNG): number {
	let n = 0;
	for (let i = 0; i < a.data.length; i += 4) {
		if (Math.abs(a.data[i]! - b.data[i]!) + Math.abs(a.data[i + 1]! - b.data[i + 1]!) + Math.abs(a.data[i + 2]! - b.data[i + 2]!) > 48) n++;
	}
	return n;
}

describe('renderSharePng(svg, image)', () => {
	it.each(['zh', 'en'] as const)('%s: renders 1200×630, and its text draws ink (the same SVG without text differs by thousands of pixels)', { timeout: 30_000 }, (locale) => {
		const svg = shareSvg('story', locale);
		const withText = decode(renderSharePng(svg, 'test.png'));
		const withoutText = decode(renderSharePng(svg.replace(/<text\b[\s\S]*?<\/text>/g, ''), 'test.png'));
		expect([withText.width, withText.height]).toEqual([SHARE_SIZE.width, SHARE_SIZE.height]);
		expect(differing(withText, withoutText)).toBeGreaterThan(20_000);
	});

	it('fails on a character the bundled fonts lack, instead of leaving a blank', () => {
		const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text x="0" y="9">攀 ☃ 😀</text></svg>`;
		expect(() => renderSharePng(svg, 'en/share/test.png')).toThrow(/share image en\/share\/test\.png: .*"😀" \(U\+1F600\)/);
	});
});
