/**
 * Share tags and share images in the built site: every page carries Open Graph and Twitter card
 * tags whose image exists in the build, and every image is a 1200×630 PNG whose text was drawn.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PNG } from 'pngjs';
import { SHARE_IMAGES, SHARE_SIZE, shareImageFile } from '$lib/actions/share-images';
import { shareLayout } from '$lib/share/compose';
import { buildShareCard, shareFonts } from '$lib/share/render.server';

const BUILD = process.env.BUILD_DIR ?? 'build';
const BASE = (process.env.BASE_PATH ?? '').replace(/\/+$/, '');
const LOCALES = ['zh', 'en'] as const;

const files = (dir: string): string[] =>
	readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));

// 404.html is served for any unknown path: noindex, nothing to share.
const pages = files(BUILD)
	.filter((f) => f.endsWith('.html') && !f.startsWith(join(BUILD, '_app')))
	.map((f) => relative(BUILD, f))
	.filter((f) => f !== '404.html');

const decode = (s: string) =>
	s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) =>
		e[0] === '#'
			? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
			: ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[e]!
	);

/** The content of every <meta property|name="key">, in order. */
function metas(doc: string, key: string): string[] {
	const out: string[] = [];
	for (const m of doc.matchAll(/<meta\b([^>]*)>/g)) {
		const attrs = m[1]!;
		const name = attrs.match(/\b(?:property|name)="([^"]+)"/)?.[1];
		const content = attrs.match(/\bcontent="([^"]*)"/)?.[1];
		if (name === key && content !== undefined) out.push(decode(content));
	}
	return out;
}

/** The file in the build that an absolute URL of the site points at. */
function fileOf(url: string): string {
	const path = new URL(url).pathname;
	expect(path.startsWith(BASE + '/'), `${url} is under the base path "${BASE}"`).toBe(true);
	return join(BUILD, decodeURIComponent(path.slice(BASE.length + 1)));
}

describe('share tags on every page', () => {
	it('finds the story pages (and whatever else the build prerenders)', () => {
		expect(pages).toEqual(expect.arrayContaining(['index.html', join('en', 'index.html')]));
	});

	describe.each(pages)('%s', (page) => {
		const doc = readFileSync(join(BUILD, page), 'utf8');
		const one = (key: string) => {
			const all = metas(doc, key);
			expect(all, `${key} once`).toHaveLength(1);
			return all[0]!;
		};

		it('has og:title, og:description, og:type, og:url (absolute) and its locale with the other as alternate', () => {
			expect(one('og:title').trim()).not.toBe('');
			expect(one('og:description').trim()).not.toBe('');
			expect(['article', 'website']).toContain(one('og:type'));
			expect(one('og:url')).toMatch(/^https?:\/\/[^/]+\//);
			const english = page.startsWith('en/');
			expect(one('og:locale')).toBe(english ? 'en_GB' : 'zh_CN');
			expect(one('og:locale:alternate')).toBe(english ? 'zh_CN' : 'en_GB');
		});

		it('has og:image and twitter:image: the same absolute URL of a PNG that the build contains, 1200×630, with alt text', () => {
			const image = one('og:image');
			expect(image).toMatch(/^https?:\/\/[^/]+\/.*\.png$/);
			expect(one('twitter:image')).toBe(image);
			expect(existsSync(fileOf(image)), `${image} → ${fileOf(image)}`).toBe(true);
			expect(one('og:image:width')).toBe(String(SHARE_SIZE.width));
			expect(one('og:image:height')).toBe(String(SHARE_SIZE.height));
			expect(one('og:image:alt').length).toBeGreaterThan(40);
			expect(one('twitter:image:alt')).toBe(one('og:image:alt'));
			// The image is in the page's language.
			expect(fileOf(image).startsWith(join(BUILD, 'en') + '/')).toBe(page.startsWith('en/'));
		});

		it('has a large-image Twitter card with the same title and description', () => {
			expect(one('twitter:card')).toBe('summary_large_image');
			expect(one('twitter:title')).toBe(one('og:title'));
			expect(one('twitter:description')).toBe(one('og:description'));
		});
	});

	it.each([
		['index.html', 'zh'],
		[join('en', 'index.html'), 'en']
	] as const)('%s shares the story image, its alt text the card’s own', (page, locale) => {
		const doc = readFileSync(join(BUILD, page), 'utf8');
		expect(fileOf(metas(doc, 'og:image')[0]!)).toBe(join(BUILD, shareImageFile('story', locale)));
		expect(metas(doc, 'og:image:alt')[0]).toBe(buildShareCard('story', locale).alt);
	});
});

describe.each(LOCALES)('share images (%s)', (locale) => {
	const { measure } = shareFonts();

	describe.each(SHARE_IMAGES)('%s', (image) => {
		const file = join(BUILD, shareImageFile(image, locale));
		const bytes = readFileSync(file);

		it('is a PNG of 1200×630 (its IHDR says so)', () => {
			expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
			expect(bytes.toString('latin1', 12, 16)).toBe('IHDR');
			expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([SHARE_SIZE.width, SHARE_SIZE.height]);
			expect(bytes.length).toBeLessThan(400_000);
		});

		it('has its title and its headline figure drawn: dark ink in their bands, none in the empty band below the footer text', () => {
			const png = PNG.sync.read(bytes);
			const { blocks } = shareLayout(buildShareCard(image, locale), { measure });
			/** Share of the pixels in a box darker than mid-grey (text is near-black on a near-white card). */
			const ink = (box: { x: number; y: number; width: number; height: number }) => {
				let dark = 0;
				let all = 0;
				for (let y = Math.floor(box.y); y < box.y + box.height; y++) {
					for (let x = Math.floor(box.x); x < box.x + box.width; x++) {
						const i = (y * png.width + x) * 4;
						const lum = 0.2126 * png.data[i]! + 0.7152 * png.data[i + 1]! + 0.0722 * png.data[i + 2]!;
						if (lum < 110) dark++;
						all++;
					}
				}
				return dark / all;
			};
			const box = (key: string) => blocks.find((b) => b.key === key)!.box;
			expect(ink(box('title')), 'title').toBeGreaterThan(0.08);
			expect(ink(box('figure')), 'figure').toBeGreaterThan(0.12);
			expect(ink({ x: 64, y: 612, width: 1000, height: 14 }), 'bottom margin').toBe(0);
		});
	});
});
