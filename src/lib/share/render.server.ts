/**
 * Renders a share image: card → SVG → glyph check → PNG with resvg. Node only, build time only
 * (the share image endpoints are prerendered).
 */
import { Resvg } from '@resvg/resvg-js';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { getData } from '$lib/data/server';
import type { Locale } from '$lib/format';
import { shareCard, type ShareCard } from './cards';
import { composeShareSvg, fontMeasure, type Measure } from './compose';
import { FAMILY, FONT_FILES, type Script } from './fonts';
import { assertGlyphs, fontMetrics, svgTexts, type Coverage, type FontMetrics } from './glyphs';
import { SHARE_SIZE, shareImageFile, type ShareImage } from '$lib/actions/share-images';

/** The directory of an installed npm package, found the way Node finds it from the project root. */
function packageDir(name: string): string {
	// Resolve from the working directory (the project root when building), not from this module,
	// which the build bundles into an output directory that may lie outside the project.
	const require = createRequire(join(process.cwd(), 'package.json'));
	let dir = dirname(require.resolve(name));
	while (
		!existsSync(join(dir, 'package.json')) ||
		JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name !== name
	) {
		const up = dirname(dir);
		if (up === dir) throw new Error(`share images: cannot find the directory of the npm package ${name}`);
		dir = up;
	}
	return dir;
}

/** What the share images need of their fonts: the files, what they cover, a measure from their metrics. */
export interface ShareFonts {
	/** Absolute paths of the font files, for resvg. */
	paths: string[];
	coverage: Coverage[];
	measure: Measure;
}

export interface LoadShareFontsOptions {
	/**
	 * A directory holding the font files by their own names (NotoSansHans-Regular.otf, …) instead
	 * of the npm packages. @default process.env.SHARE_FONT_DIR, else the packages
	 */
	dir?: string;
}

/**
 * Reads the share images' fonts. Throws, naming the file, when one is missing, unreadable or no
 * font: resvg would draw the images without their text, and the build would ship them blank.
 * @example loadShareFonts({ dir: '/nowhere' }) // throws: share images: cannot read the font file /nowhere/NotoSansHans-Regular.otf …
 */
export function loadShareFonts({
	dir = process.env.SHARE_FONT_DIR || undefined
}: LoadShareFontsOptions = {}): ShareFonts {
	const metrics = {} as Record<Script, Record<400 | 700, FontMetrics>>;
	const paths: string[] = [];
	const coverage: Coverage[] = [];
	for (const f of FONT_FILES) {
		const what = `${f.family} ${f.weight}${dir ? '' : `, from the npm package ${f.pkg}`}`;
		let path: string;
		try {
			path = resolve(dir ? join(dir, basename(f.file)) : join(packageDir(f.pkg), f.file));
		} catch (e) {
			throw new Error(`share images need the font package ${f.pkg} (npm ci installs it): ${(e as Error).message}`, {
				cause: e
			});
		}
		let bytes: Uint8Array;
		try {
			bytes = readFileSync(path);
		} catch (e) {
			const reason = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message;
			throw new Error(`share images: cannot read the font file ${path} (${what}): ${reason}`, { cause: e });
		}
		let m: FontMetrics;
		try {
			m = fontMetrics(bytes);
		} catch (e) {
			throw new Error(`share images: the font file ${path} (${what}) is not a usable font: ${(e as Error).message}`, {
				cause: e
			});
		}
		const script: Script = f.family === FAMILY.cjk ? 'cjk' : 'latin';
		(metrics[script] ??= {} as Record<400 | 700, FontMetrics>)[f.weight] = m;
		paths.push(path);
		coverage.push(m.coverage);
	}
	return { paths, coverage, measure: fontMeasure(metrics) };
}

let fonts: ShareFonts | undefined;

/** The share images' fonts (loadShareFonts), read once per build. */
export function shareFonts(): ShareFonts {
	return (fonts ??= loadShareFonts());
}

/**
 * SVG → PNG at 1200×630 with the bundled fonts only. Throws, naming the image and the characters,
 * when the fonts lack a glyph of its text (resvg would silently leave it out).
 */
export function renderSharePng(svg: string, image: string): Uint8Array {
	const { paths, coverage } = shareFonts();
	assertGlyphs({ image, texts: svgTexts(svg), fonts: coverage });
	const resvg = new Resvg(svg, {
		fitTo: { mode: 'width', value: SHARE_SIZE.width },
		font: { fontFiles: paths, loadSystemFonts: false, defaultFontFamily: FAMILY.latin },
		shapeRendering: 2,
		textRendering: 1
	});
	return resvg.render().asPng();
}

/** The card of a share image, from the build's data package. */
export function buildShareCard(image: ShareImage, locale: Locale): ShareCard {
	const { pkg, checks } = getData();
	return shareCard({ pkg, checks, image, locale });
}

/** The SVG of a share image, its text measured with the bundled fonts. */
export function shareSvg(image: ShareImage, locale: Locale): string {
	return composeShareSvg(buildShareCard(image, locale), { measure: shareFonts().measure });
}

/** The PNG of a share image, as the endpoint serves it. */
export function sharePng(image: ShareImage, locale: Locale): Uint8Array {
	return renderSharePng(shareSvg(image, locale), shareImageFile(image, locale));
}
