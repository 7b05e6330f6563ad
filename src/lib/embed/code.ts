/**
 * The code a newsroom pastes to embed a chart: an iframe and the /embed.js script that sizes it.
 * Used by the "embed this chart" dialog. Pure: no DOM, no Svelte.
 */
import { escapeMarkup } from '$lib/site/escape';
import type { Locale } from '$lib/format';
import type { ScopeId } from '$lib/charts/waterfall/data';
import { embedEn, embedZh } from './text';
import type { EmbedChart } from './options';

/** The attribute /embed.js looks for; its value is the chart's name. */
export const EMBED_ATTRIBUTE = 'data-pzh-embed';

/**
 * Height of the iframe before its first height message (or for good, on a host that runs no
 * resizer): about the chart's height at a column width of 600 px, so the page jumps little.
 */
export const INITIAL_HEIGHT: Record<EmbedChart, number> = { sunburst: 1500, waterfall: 1500, 'three-public': 1100 };

export interface EmbedCodeOptions {
	/**
	 * The site's root as readers reach it, absolute: SITE_URL's origin and the base path, e.g.
	 * `https://example.org/budget/`. In a component: `page.data.origin + resolve('/')`.
	 */
	site: string;
	/** The waterfall's scope; the default scope is left out of the URL. */
	scope?: ScopeId;
	/** The sunburst node to zoom on; null or absent for the whole. */
	focus?: string | null;
}

export interface EmbedCode {
	/** The embed page's absolute URL, with its options. */
	url: string;
	/** The iframe element to paste where the chart goes. */
	iframe: string;
	/** The script that sizes it, pasted once per page. */
	script: string;
	/** Both, iframe first: what the dialog offers to copy. */
	html: string;
}

const attr = escapeMarkup;

/** The site root with exactly one trailing slash. */
function root(site: string): URL {
	const url = new URL(site);
	url.pathname = url.pathname.replace(/\/*$/, '/');
	url.search = '';
	url.hash = '';
	return url;
}

/**
 * The embed page's absolute URL.
 * @example embedUrl('waterfall', 'en', { site: 'https://example.org/budget', scope: 'gpb' })
 * // "https://example.org/budget/en/embed/waterfall/?scope=gpb"
 */
export function embedUrl(chart: EmbedChart, locale: Locale, { site, scope, focus }: EmbedCodeOptions): string {
	const url = new URL(`${locale === 'en' ? 'en/' : ''}embed/${chart}/`, root(site));
	if (chart === 'waterfall' && scope && scope !== 'all') url.searchParams.set('scope', scope);
	if (chart === 'sunburst' && focus) url.searchParams.set('focus', focus);
	return url.href;
}

/**
 * The iframe and script snippets for one chart in one language.
 * @example embedCode('sunburst', 'zh', { site: 'https://example.org/' }).iframe
 * // '<iframe src="https://example.org/embed/sunburst/" title="图表：…" width="100%" height="1500" loading="lazy" style="border:0;width:100%" data-pzh-embed="sunburst"></iframe>'
 */
export function embedCode(chart: EmbedChart, locale: Locale, options: EmbedCodeOptions): EmbedCode {
	const url = embedUrl(chart, locale, options);
	const title = (locale === 'zh' ? embedZh : embedEn).charts[chart].frame;
	const iframe =
		`<iframe src="${attr(url)}" title="${attr(title)}" width="100%" height="${INITIAL_HEIGHT[chart]}" loading="lazy"` +
		` style="border:0;width:100%" ${EMBED_ATTRIBUTE}="${chart}"></iframe>`;
	const script = `<script async src="${attr(new URL('embed.js', root(options.site)).href)}"></script>`;
	return { url, iframe, script, html: `${iframe}\n${script}` };
}
