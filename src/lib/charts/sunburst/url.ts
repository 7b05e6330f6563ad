/**
 * The `focus` URL parameter: which node the sunburst is zoomed on. Pure: no DOM, no Svelte.
 */

export const FOCUS_PARAM = 'focus';

/**
 * The node a query string asks for, if it is one the chart knows; otherwise null (the caller
 * stays at the top, silently).
 * @example focusFromSearch('?focus=gps&x=1', (id) => id === 'gps') // "gps"
 */
export function focusFromSearch(search: string, known: (id: string) => boolean): string | null {
	const id = new URLSearchParams(search).get(FOCUS_PARAM)?.trim();
	return id && known(id) ? id : null;
}

/**
 * The same URL with `focus` set to a node, or removed for the top; other parameters and the hash kept.
 * @example hrefWithFocus('http://x/en/?a=1#sunburst', 'gps') // "http://x/en/?a=1&focus=gps#sunburst"
 */
export function hrefWithFocus(href: string, id: string | null): string {
	const url = new URL(href);
	if (id) url.searchParams.set(FOCUS_PARAM, id);
	else url.searchParams.delete(FOCUS_PARAM);
	return url.href;
}
