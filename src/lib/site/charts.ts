/**
 * The charts a reader can take away (embed, image, data) and the waterfall's scopes, by the names
 * they have in URLs: `/embed/<chart>/`, `?scope=<scope>`. The vocabulary every layer shares, so
 * that the chart chrome and the embed code need not import a chart or a page to name one. Pure.
 */

/** The charts that have an embed page, by the name in its URL (`/embed/<chart>/`). */
export const EMBED_CHARTS = ['sunburst', 'waterfall', 'three-public'] as const;
export type EmbedChart = (typeof EMBED_CHARTS)[number];

/** The three scopes the report states its totals at, widest first. */
export const SCOPES = ['all', 'fiscal', 'gpb'] as const;
export type ScopeId = (typeof SCOPES)[number];
