/**
 * The share image endpoints (/share/<name>.png and /en/share/<name>.png), prerendered at build
 * time into build/. Node only.
 */
import { error } from '@sveltejs/kit';
import type { Locale } from '$lib/format';
import { SHARE_IMAGES, isShareImage } from '$lib/actions/share-images';
import { sharePng } from './render.server';

/** One prerendered file per share image. */
export const shareEntries = () => SHARE_IMAGES.map((name) => ({ name }));

/** The PNG response of a share image; 404 for an unknown name. */
export function shareImageResponse(name: string, locale: Locale): Response {
	if (!isShareImage(name)) error(404, 'Not found');
	const png = sharePng(name, locale);
	return new Response(png.slice().buffer, {
		headers: { 'content-type': 'image/png', 'content-length': String(png.byteLength) }
	});
}
