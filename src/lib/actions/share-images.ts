/**
 * The share images: their names and size. Pure: no DOM, no Svelte, no SvelteKit.
 */
import type { Locale } from '$lib/format';

/** One share image per chart of the story, and one for the story itself. */
export const SHARE_IMAGES = ['story', 'sunburst', 'waterfall', 'three-public'] as const;
export type ShareImage = (typeof SHARE_IMAGES)[number];

/** Size of every share image, the size Open Graph and Twitter cards expect (1.91:1). */
export const SHARE_SIZE = { width: 1200, height: 630 } as const;

/** Is this the name of a share image? */
export function isShareImage(name: string): name is ShareImage {
	return (SHARE_IMAGES as readonly string[]).includes(name);
}

/**
 * Path of a share image inside the site, without the base path: what the build writes under
 * build/. For a link, use shareImagePath (paths.ts), which adds the base path.
 * @example shareImageFile('waterfall', 'en') // "en/share/waterfall.png"
 */
export function shareImageFile(image: ShareImage, locale: Locale): string {
	return `${locale === 'zh' ? '' : 'en/'}share/${image}.png`;
}
