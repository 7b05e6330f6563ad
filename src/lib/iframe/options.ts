/**
 * The query parameters of an embed page, validated: an unknown value falls back silently to the
 * default, and parameters the page does not know (pym.js adds several) are ignored. Prerendered
 * pages cannot read the query at build time, so these run on the client. Pure: no Svelte.
 *
 * `scope` (waterfall) is read by waterfall/url.ts's scopeFromSearch and `focus` (sunburst) by
 * the sunburst's url.ts; this module holds the embed's own: `theme`, `id` and `childId`.
 */
import { validId, type FrameIds } from './messages';
import { THEME_SCRIPT } from './theme-script.js';

import { EMBED_CHARTS, type EmbedChart } from '$lib/site/charts';

export { EMBED_CHARTS, type EmbedChart };

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
 * The inline script for the page head: sets `data-theme` from the query at parse time (what
 * themeFromSearch reads, applied before the first paint). A literal in theme-script.js, because
 * the Content Security Policy lists its hash (svelte.config.js): no other inline script may run.
 */
export const themeScript: string = THEME_SCRIPT;

/** themeScript in its element, for the embed page's head. */
export const themeScriptTag: string = `<script>${THEME_SCRIPT}</script>`;

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
