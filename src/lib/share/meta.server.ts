/**
 * What a page needs for its share tags (ShareMeta): the image's path and its alt text, with the
 * figures of the card read from the build's data package. Node only (a page's server load).
 */
import { getData } from '$lib/data/server';
import type { Locale } from '$lib/format';
import { shareCard } from './cards';
import { shareImagePath, type ShareImage } from './paths';

export interface ShareInfo {
	/** Path of the image, base path included; ShareMeta prefixes the origin. */
	image: string;
	/** The image's alt text: what the card says, and what its drawing shows. */
	alt: string;
}

/**
 * The share image of a page, for ShareMeta.
 * @example
 * // +page.server.ts of an embed page
 * export const load = () => ({ share: shareInfo('waterfall', 'en') });
 * // +page.svelte
 * <ShareMeta image={data.share.image} imageAlt={data.share.alt} … />
 */
export function shareInfo(image: ShareImage, locale: Locale): ShareInfo {
	const { pkg, checks } = getData();
	return { image: shareImagePath(image, locale), alt: shareCard({ pkg, checks, image, locale }).alt };
}
