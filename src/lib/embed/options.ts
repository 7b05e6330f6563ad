/**
 * The query parameters of an embed page, validated: an unknown value falls back silently to the
 * default, and parameters the page does not know (pym.js adds several) are ignored. Prerendered
 * pages cannot read the query at build time, so these run on the client. Pure: no Svelte.
 *
 * `scope` (waterfall) is read by present.ts's scopeFromSearch and `focus` (sunburst) by
 * the sunburst's url.ts; this module holds the embed's own: `theme`, `id` and `childId`.
 */
import { validId, type FrameIds } from './messages';

/** The charts that have an embed page, by the name in its URL (`/embed/<chart>/`). */
export const EMBED_CHARTS = ['sunburst', 'waterfall', 'three-public'] as const;
export type EmbedChart = (typeof EMBED_CHARTS)[number];

/** `auto` follows the reader's system; the others force one colour scheme (see src/app.css). */
export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * The theme a query string asks for; `auto` for none or anything unknown.
 * @example themeFromSearch('?theme=dark') // "dark"
 * @example themeFromSearch('?theme=<script>') // "auto"
 */
export function themeFromSearch(search: string): Theme {
	const wanted = new URLSearchParams(search).get('theme');
	return (THEMES as readonly string[]).includes(wanted ?? '') ? (wanted as Theme) : 'auto';
}

/**
 * Sets `data-theme` on the root element from the query string (removes it for `auto`).
 * Self-contained on purpose: its source is inlined in the page head (see themeScript), so the
 * forced scheme applies before the first paint instead of flashing the system's.
 */
export function applyTheme(root: HTMLElement, search: string): void {
	const theme = new URLSearchParams(search).get('theme');
	if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);
	else root.removeAttribute('data-theme');
}

/** The inline script for the page head: applyTheme on the document, at parse time. */
export const themeScript = `(${applyTheme.toString()})(document.documentElement,location.search)`;

/**
 * The ids the embed's height messages carry: Datawrapper's from `id` (else the chart's name),
 * pym.js's from `childId` (else the same). Ids that could not be echoed safely are ignored.
 * @example frameIdsFromSearch('?childId=graphic-1&initialWidth=600', 'sunburst') // { id: 'sunburst', childId: 'graphic-1' }
 */
export function frameIdsFromSearch(search: string, chart: EmbedChart): FrameIds {
	const params = new URLSearchParams(search);
	const id = params.get('id');
	const childId = params.get('childId');
	const dw = validId(id) ? id : chart;
	return { id: dw, childId: validId(childId) ? childId : dw };
}
