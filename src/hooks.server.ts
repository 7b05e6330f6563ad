import { base } from '$app/paths';
import type { Handle } from '@sveltejs/kit';
import { paletteCss } from '$lib/site/palette';

/** The colours of both schemes, written into the head of every page (src/app.html): static, so no flash. */
const palette = paletteCss();

/** Sets <html lang> per route (/en/… is English, everything else Chinese) and the page's colours. */
export const handle: Handle = async ({ event, resolve }) => {
	const path = event.url.pathname.slice(base.length);
	const lang = path === '/en' || path.startsWith('/en/') ? 'en' : 'zh-CN';
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', lang).replace('%palette%', palette)
	});
};
