/**
 * The code a newsroom pastes to embed a chart: an iframe and the /embed.js script that sizes it,
 * an <amp-iframe> for AMP pages, and a still image (the chart's share card) with its source line
 * for places that take no frame. Used by the "embed this chart" dialog. Pure: no DOM, no Svelte.
 */
import { escapeMarkup } from '$lib/site/escape';
import type { Locale } from '$lib/format';
import type { ScopeId } from '$lib/site/charts';
import { SHARE_SIZE, shareImageFile, type ShareImage } from '$lib/actions/share-images';
import { embedEn, embedZh } from '$lib/i18n/embed';
import { dialogText } from '$lib/i18n/embed-dialog';
import type { EmbedChart } from '$lib/site/charts';

/** The attribute /embed.js looks for; its value is the chart's name. */
export const EMBED_ATTRIBUTE = 'data-pzh-embed';

/**
 * Height of the iframe before its first height message (or for good, on a host that runs no
 * resizer): about the chart's height at a column width of 600 px, so the page jumps little.
 */
export const INITIAL_HEIGHT: Record<EmbedChart, number> = { sunburst: 760, waterfall: 720, 'three-public': 600 };

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
 * // '<iframe src="https://example.org/embed/sunburst/" title="图表：…" width="100%" height="760" loading="lazy" style="border:0;width:100%" data-pzh-embed="sunburst"></iframe>'
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

/**
 * The sandbox of the AMP frame: the chart runs its code and reads its own origin's files
 * (allow-scripts allow-same-origin), and its links open the story in a new tab that is a page
 * like any other (allow-popups allow-popups-to-escape-sandbox).
 */
export const AMP_SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';

/** The amp-iframe extension, for the head of the host's AMP page: AMP's own script, loaded by the host, never by this site. */
export const AMP_IFRAME_SCRIPT =
	'<script async custom-element="amp-iframe" src="https://cdn.ampproject.org/v0/amp-iframe-0.1.js"></script>';

/** The share card that stands for each chart as a still image (one per chart; none per scope or zoom). */
export const CHART_IMAGE: Record<EmbedChart, ShareImage> = {
	sunburst: 'sunburst',
	waterfall: 'waterfall',
	'three-public': 'three-public'
};

/** What the still image of a chart needs from the build (/embed/images.json, see images.server.ts). */
export interface ChartImageInfo {
	/** The share card's name: its PNG is `share/<image>.png` in the chart's language. */
	image: ShareImage;
	/** The card's alt text, as its link previews carry it. */
	alt: string;
	/** The story step the card stands for: the caption links there. */
	step: string;
}
export type ChartImages = Record<EmbedChart, ChartImageInfo>;

/**
 * Path inside the site of the file listing each chart's image (what the dialog fetches).
 * @example chartImagesFile('en') // "en/embed/images.json"
 */
export const chartImagesFile = (locale: Locale): string => `${locale === 'en' ? 'en/' : ''}embed/images.json`;

/**
 * The absolute URL of a chart's still image: its share card's PNG, in the reader's language.
 * @example shareImageUrl('waterfall', 'en', 'https://example.org/budget') // "https://example.org/budget/en/share/waterfall.png"
 */
export const shareImageUrl = (chart: EmbedChart, locale: Locale, site: string): string =>
	new URL(shareImageFile(CHART_IMAGE[chart], locale), root(site)).href;

/**
 * The absolute URL of a story step.
 * @example storyStepUrl('en', 'https://example.org/', 'rise-2019') // "https://example.org/en/#rise-2019"
 */
export function storyStepUrl(locale: Locale, site: string, step: string): string {
	const url = new URL(locale === 'en' ? 'en/' : '', root(site));
	url.hash = step;
	return url.href;
}

export interface AmpCode {
	/** The <amp-iframe> to paste where the chart goes. */
	amp: string;
	/** The amp-iframe extension script, for the AMP page's head (AMP_IFRAME_SCRIPT). */
	script: string;
}

/**
 * The <amp-iframe> of a chart. Its layout is `fixed-height`: the chart's height does not follow
 * its width (it grows as a narrower column wraps its text), so no aspect ratio fits; the frame
 * takes the column's width and INITIAL_HEIGHT, then the height the embed page asks for in its
 * `embed-size` messages (`resizable`, messages.ts), which AMP grants at once out of view or when
 * the reader taps the overflow button. The share card is its placeholder.
 * @example ampCode('sunburst', 'en', { site: 'https://example.org/' }).amp
 * // '<amp-iframe src="https://example.org/en/embed/sunburst/" title="Chart: …" layout="fixed-height" width="auto" height="760" sandbox="…" resizable frameborder="0">\n…'
 */
export function ampCode(chart: EmbedChart, locale: Locale, options: EmbedCodeOptions & { alt?: string }): AmpCode {
	const url = embedUrl(chart, locale, options);
	const title = (locale === 'zh' ? embedZh : embedEn).charts[chart].frame;
	const more = dialogText(locale).ampOverflow;
	const alt = options.alt === undefined ? '' : ` alt="${attr(options.alt)}"`;
	const amp =
		`<amp-iframe src="${attr(url)}" title="${attr(title)}" layout="fixed-height" width="auto" height="${INITIAL_HEIGHT[chart]}"` +
		` sandbox="${AMP_SANDBOX}" resizable frameborder="0">\n` +
		`  <div overflow tabindex="0" role="button" aria-label="${attr(more)}">${escapeMarkup(more)}</div>\n` +
		`  <amp-img placeholder layout="fill" object-fit="contain" src="${attr(shareImageUrl(chart, locale, options.site))}"${alt}></amp-img>\n` +
		`</amp-iframe>`;
	return { amp, script: AMP_IFRAME_SCRIPT };
}

export interface ImageCode {
	/** The PNG's absolute URL. */
	src: string;
	/** Its alt text, to paste in a CMS's field. */
	alt: string;
	/** The story step the caption links to, absolute. */
	href: string;
	/** A <figure> with the image and its source line, linked to the story step. */
	figure: string;
}

/**
 * The still image of a chart, for print, newsletters and articles that take no frame: its share
 * card, 1200 × 630, with the embed's own source line as the caption.
 * @example imageCode('three-public', 'zh', { site: 'https://example.org/', alt: '…', step: 'three-public' }).figure
 * // '<figure>\n  <img src="https://example.org/share/three-public.png" alt="…" width="1200" height="630" …>\n  <figcaption>来源：<a href="https://example.org/#three-public">…</a></figcaption>\n</figure>'
 */
export function imageCode(
	chart: EmbedChart,
	locale: Locale,
	{ site, alt, step }: { site: string; alt: string; step: string }
): ImageCode {
	const src = shareImageUrl(chart, locale, site);
	const href = storyStepUrl(locale, site, step);
	const t = locale === 'zh' ? embedZh : embedEn;
	const figure =
		`<figure>\n` +
		`  <img src="${attr(src)}" alt="${attr(alt)}" ` +
		`width="${SHARE_SIZE.width}" height="${SHARE_SIZE.height}" style="max-width:100%;height:auto">\n` +
		`  <figcaption>${escapeMarkup(t.source)}<a href="${attr(href)}">${escapeMarkup(t.report)}</a></figcaption>\n` +
		`</figure>`;
	return { src, alt, href, figure };
}
