/**
 * URLs of the share images, base path included. Safe in the browser: no data, no file system.
 */
import { resolve } from '$app/paths';
import type { Locale } from '$lib/format';
import type { ShareImage } from '$lib/actions/share-images';

export { SHARE_IMAGES, SHARE_SIZE, isShareImage, type ShareImage } from '$lib/actions/share-images';

/**
 * Path of a share image, base path included (`/share/story.png`, `/budget/en/share/waterfall.png`).
 * Prefix the site origin for og:image (ShareMeta does).
 * @example shareImagePath('sunburst', 'en') // "/en/share/sunburst.png"
 */
export function shareImagePath(image: ShareImage, locale: Locale): string {
	return locale === 'zh'
		? resolve('/share/[name].png', { name: image })
		: resolve('/en/share/[name].png', { name: image });
}
