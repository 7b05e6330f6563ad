import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { PNG } from 'pngjs';
import { loadShareFonts, renderSharePng, shareFonts, shareSvg } from '$lib/share/render.server';
import { FONT_FILES } from '$lib/share/fonts';
import { SHARE_SIZE } from '$lib/actions/share-images';

const decode = (png: Uint8Array) => PNG.sync.read(Buffer.from(png));

/** Pixels whose colour differs between two images of the same size. */
function differing(a: PNG, b: PNG): number {
	let n = 0;
	for (let i = 0; i < a.data.length; i += 4) {
		if (
			Math.abs(a.data[i]! - b.data[i]!) +
				Math.abs(a.data[i + 1]! - b.data[i + 1]!) +
				Math.abs(a.data[i + 2]! - b.data[i + 2]!) >
			48
		)
			n++;
	}
	return n;
}

describe('renderSharePng(svg, image)', () => {
	it.each(['zh', 'en'] as const)(
		'%s: renders 1200×630, and its text draws ink (the same SVG without text differs by thousands of pixels)',
		{ timeout: 30_000 },
		(locale) => {
			const svg = shareSvg('story', locale);
			const withText = decode(renderSharePng(svg, 'test.png'));
			const withoutText = decode(renderSharePng(svg.replace(/<text\b[\s\S]*?<\/text>/g, ''), 'test.png'));
			expect([withText.width, withText.height]).toEqual([SHARE_SIZE.width, SHARE_SIZE.height]);
			expect(differing(withText, withoutText)).toBeGreaterThan(20_000);
		}
	);

	it('fails on a character the bundled fonts lack, instead of leaving a blank', () => {
		const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text x="0" y="9">攀 ☃ 😀</text></svg>`;
		expect(() => renderSharePng(svg, 'en/share/test.png')).toThrow(
			/share image en\/share\/test\.png: .*"😀" \(U\+1F600\)/
		);
	});
});

describe('loadShareFonts({ dir }): a missing or broken font fails the build, naming the file', () => {
	const dirs: string[] = [];
	/** A directory with copies of the real fonts, the last one replaced by `last` (or left out for null). */
	function fontDir(last: Uint8Array | string | null): { dir: string; lastPath: string } {
		const dir = mkdtempSync(join(tmpdir(), 'share-fonts-'));
		dirs.push(dir);
		const real = shareFonts().paths;
		FONT_FILES.slice(0, -1).forEach((f, i) => copyFileSync(real[i]!, join(dir, basename(f.file))));
		const lastPath = join(dir, basename(FONT_FILES.at(-1)!.file));
		if (last !== null) writeFileSync(lastPath, last);
		return { dir, lastPath };
	}
	afterEach(() => {
		vi.unstubAllEnvs();
		for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
	});

	it('reads the four fonts from a directory of copies', () => {
		const { dir } = fontDir(new Uint8Array(readFileSync(shareFonts().paths.at(-1)!)));
		expect(loadShareFonts({ dir }).paths).toEqual(FONT_FILES.map((f) => join(dir, basename(f.file))));
	});

	it('a directory without the fonts: names the first missing file', () => {
		const dir = join(tmpdir(), 'no-such-font-dir');
		expect(() => loadShareFonts({ dir })).toThrow(
			`share images: cannot read the font file ${join(dir, 'NotoSansHans-Regular.otf')} (Noto Sans S Chinese 400): no such file`
		);
	});

	it('SHARE_FONT_DIR points the build at a directory: a missing file is named', () => {
		const { lastPath } = fontDir(null);
		vi.stubEnv('SHARE_FONT_DIR', join(lastPath, '..'));
		expect(() => loadShareFonts()).toThrow(`cannot read the font file ${lastPath} (Source Sans 3 700): no such file`);
	});

	it.each([
		['an empty file', ''],
		['a text file', 'this is not a font, just some text in a file'],
		['a cut-off font', 'OTTO\u0000\u0010']
	])('%s: names the file and says it is no usable font', (_, content) => {
		const { dir, lastPath } = fontDir(content);
		expect(() => loadShareFonts({ dir })).toThrow(
			`share images: the font file ${lastPath} (Source Sans 3 700) is not a usable font`
		);
	});

	it('a directory where a file should be: cannot read it', () => {
		const { dir, lastPath } = fontDir(null);
		mkdirSync(lastPath);
		expect(() => loadShareFonts({ dir })).toThrow(
			`share images: cannot read the font file ${lastPath} (Source Sans 3 700): EISDIR`
		);
	});
});
