/**
 * The prerendered embed pages and /embed.js, as a reader without JavaScript (or a crawler) gets them.
 */
import { typedInDigits } from './digits';
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadPackage } from '$lib/data/load';
import { formatFigure } from '$lib/format';
import { EMBED_CHARTS } from '$lib/iframe/options';
import { chartImagesFile, type ChartImages } from '$lib/actions/embed-code';
import { shareImageFile } from '$lib/actions/share-images';

const BUILD = process.env.BUILD_DIR ?? 'build';
const pkg = loadPackage('data');
const LOCALES = [
	{ locale: 'zh', dir: '', lang: 'zh-CN', story: '/' },
	{ locale: 'en', dir: 'en', lang: 'en', story: '/en/' }
] as const;

const page = (dir: string, chart: string) => readFileSync(join(BUILD, dir, 'embed', chart, 'index.html'), 'utf8');

describe.each(LOCALES)('embed pages ($lang)', ({ locale, dir, lang, story }) => {
	describe.each(EMBED_CHARTS)('%s', (chart) => {
		const doc = page(dir, chart);
		const main = doc.slice(doc.indexOf('<main'), doc.indexOf('</main>'));

		it('sets the language, noindex, and an absolute canonical link to its story step', () => {
			expect(doc).toContain(`<html lang="${lang}">`);
			expect(doc).toMatch(/<meta name="robots" content="noindex"\s*\/?>/);
			const canonical = doc.match(/<link rel="canonical" href="([^"]+)"/)?.[1];
			expect(canonical).toMatch(new RegExp(`^https?://[^/]+${story.replaceAll('/', '\\/')}#[a-z0-9-]+$`));
			expect(doc).toMatch(/<title>[^<]+<\/title>/);
		});

		it('has one h1, the headline, whose figures come from the data package', () => {
			expect(main.match(/<h1\b/g)).toHaveLength(1);
			const h1 = main.slice(main.indexOf('<h1'), main.indexOf('</h1>'));
			const figures = [...h1.matchAll(/<span class="num" data-figure="([^"]+)">([^<]*)</g)];
			expect(figures.length).toBeGreaterThan(0);
			for (const [, id, text] of figures) {
				const f = pkg.figures.get(id!);
				// Ids that are not package figures (functional.*) are checked by the unit tests of the data.
				if (!f) continue;
				expect([formatFigure(f, locale), formatFigure({ ...f, value: Math.abs(f.value) }, locale)], id).toContain(text);
			}
		});

		it('no digit in the visible text outside figures, but for years', () => {
			const digits = typedInDigits(main);
			expect(digits).toEqual([]);
		});

		it('links to the story in a new tab, and has none of the story’s furniture', () => {
			expect(main).toMatch(new RegExp(`href="${story}#[a-z0-9-]+" target="_blank" rel="noopener"`));
			expect(main).toMatch(new RegExp(`href="${story}" target="_blank" rel="noopener"`));
			expect(doc).not.toContain('data-testid="lang-switch"');
			expect(doc).not.toContain('id="glossary"');
		});
	});
});

describe.each(LOCALES)('each chart’s still image, for the embed dialog ($lang)', ({ locale, dir }) => {
	const images = JSON.parse(readFileSync(join(BUILD, chartImagesFile(locale)), 'utf8')) as ChartImages;
	const storyDoc = readFileSync(join(BUILD, dir, 'index.html'), 'utf8');
	const decode = (s: string) =>
		s.replace(
			/&(amp|lt|gt|quot|apos|#39);/g,
			(_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" })[e]!
		);

	it.each(EMBED_CHARTS)(
		'%s: the embed page’s own share card and alt text, a story step that exists, a PNG in the build',
		(chart) => {
			const info = images[chart];
			const doc = page(dir, chart);
			const ogImage = doc.match(/<meta property="og:image" content="([^"]+)"/)?.[1];
			expect(ogImage?.endsWith('/' + shareImageFile(info.image, locale))).toBe(true);
			expect(decode(doc.match(/<meta property="og:image:alt" content="([^"]*)"/)![1]!)).toBe(info.alt);
			expect(storyDoc).toContain(`id="${info.step}"`);
			expect(existsSync(join(BUILD, shareImageFile(info.image, locale)))).toBe(true);
		}
	);
});

describe('what an embed page ships', () => {
	it('the data of the three-public embed holds its figures, not the story’s', () => {
		const data = readFileSync(join(BUILD, 'en/embed/three-public/__data.json'), 'utf8');
		expect(data).toContain('tp.total.2018');
		expect(data).not.toContain('proc.sme');
		expect(data).not.toContain('"quote"');
	});

	it('/embed.js is served, at most 1 KB gzip', () => {
		const js = readFileSync(join(BUILD, 'embed.js'));
		expect(gzipSync(js, { level: 9 }).length).toBeLessThanOrEqual(1024);
		expect(js.toString()).toBe(readFileSync('static/embed.js', 'utf8'));
	});
});
