import { describe, expect, it } from 'vitest';
import {
	AMP_IFRAME_SCRIPT,
	AMP_SANDBOX,
	ampCode,
	CHART_IMAGE,
	embedCode,
	embedUrl,
	EMBED_ATTRIBUTE,
	imageCode,
	INITIAL_HEIGHT,
	shareImageUrl,
	storyStepUrl
} from '$lib/actions/embed-code';
import { dialogEn, dialogZh } from '$lib/i18n/embed-dialog';
import { embedEn, embedZh } from '$lib/i18n/embed';
import { EMBED_CHARTS } from '$lib/iframe/options';
import { SHARE_IMAGES, SHARE_SIZE } from '$lib/actions/share-images';

/** The attributes of the first element named `tag` in some markup, as a map (valueless ones as ''). */
function attributes(html: string, tag: string): Map<string, string> {
	const open = new RegExp(`<${tag}((?:\\s+[\\w-]+(?:="[^"]*")?)*)\\s*>`).exec(html);
	if (!open) throw new Error(`no <${tag}> in ${html}`);
	return new Map([...open[1]!.matchAll(/\s+([\w-]+)(?:="([^"]*)")?/g)].map((m) => [m[1]!, m[2] ?? '']));
}

/** What an HTML parser reads in an attribute value written with escapeMarkup. */
const unescape = (s: string) =>
	s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[e]!);

/** Markup with every element's quotes balanced and no raw `<` or `>` inside a quoted value. */
const wellQuoted = (html: string) => html.match(/"/g)!.length % 2 === 0 && !/="[^"]*[<>][^"]*"/.test(html);

const HOSTILE = 'A "quoted" <b>bold</b> & \'odd\' alt';

describe('embedUrl(chart, locale, options)', () => {
	it.each([
		['sunburst', 'zh', { site: 'https://example.org' }, 'https://example.org/embed/sunburst/'],
		['sunburst', 'en', { site: 'https://example.org/' }, 'https://example.org/en/embed/sunburst/'],
		[
			'waterfall',
			'en',
			{ site: 'https://example.org/budget', scope: 'gpb' },
			'https://example.org/budget/en/embed/waterfall/?scope=gpb'
		],
		[
			'waterfall',
			'zh',
			{ site: 'https://example.org/budget/', scope: 'all' },
			'https://example.org/budget/embed/waterfall/'
		],
		[
			'sunburst',
			'zh',
			{ site: 'http://localhost:4173/', focus: 'gps.party' },
			'http://localhost:4173/embed/sunburst/?focus=gps.party'
		],
		// Options of another chart are left out.
		[
			'three-public',
			'en',
			{ site: 'https://example.org/?x=1#y', scope: 'gpb', focus: 'gps' },
			'https://example.org/en/embed/three-public/'
		]
	] as const)('%s %s %j → %s', (chart, locale, options, want) => {
		expect(embedUrl(chart, locale, options)).toBe(want);
	});
});

describe('embedCode(chart, locale, options)', () => {
	it('gives an iframe with title, full width, lazy loading, the data attribute and an initial height', () => {
		const code = embedCode('waterfall', 'en', { site: 'https://example.org/budget/', scope: 'fiscal' });
		expect(code.url).toBe('https://example.org/budget/en/embed/waterfall/?scope=fiscal');
		expect(code.iframe).toBe(
			`<iframe src="https://example.org/budget/en/embed/waterfall/?scope=fiscal" title="${embedEn.charts.waterfall.frame}" width="100%"` +
				` height="${INITIAL_HEIGHT.waterfall}" loading="lazy" style="border:0;width:100%" ${EMBED_ATTRIBUTE}="waterfall"></iframe>`
		);
		expect(code.script).toBe('<script async src="https://example.org/budget/embed.js"></script>');
		expect(code.html).toBe(`${code.iframe}\n${code.script}`);
	});

	it('titles the iframe in the reader’s language, for every chart', () => {
		for (const chart of EMBED_CHARTS) {
			expect(embedCode(chart, 'zh', { site: 'https://example.org/' }).iframe).toContain(
				`title="${embedZh.charts[chart].frame}"`
			);
			expect(embedCode(chart, 'en', { site: 'https://example.org/' }).iframe).toContain(
				`title="${embedEn.charts[chart].frame}"`
			);
		}
	});

	it('escapes what it puts in attributes', () => {
		const code = embedCode('sunburst', 'en', { site: 'https://example.org/', focus: 'a"b&c' });
		expect(code.iframe).toContain('src="https://example.org/en/embed/sunburst/?focus=a%22b%26c"');
		expect(code.iframe.match(/"/g)!.length % 2).toBe(0);
	});

	it('the snippet parses to one iframe and one script', () => {
		const { html } = embedCode('three-public', 'zh', { site: 'https://example.org/' });
		expect(html.match(/<iframe\b/g)).toHaveLength(1);
		expect(html.match(/<script\b/g)).toHaveLength(1);
		expect(html).toMatch(/<\/iframe>\n<script [^>]*><\/script>$/);
	});
});

describe('shareImageUrl and storyStepUrl', () => {
	it.each([
		['waterfall', 'zh', 'https://example.org', 'https://example.org/share/waterfall.png'],
		['sunburst', 'en', 'https://example.org/budget', 'https://example.org/budget/en/share/sunburst.png'],
		['three-public', 'en', 'https://example.org/budget/?q=1#x', 'https://example.org/budget/en/share/three-public.png']
	] as const)('%s %s on %s → %s', (chart, locale, site, want) => {
		expect(shareImageUrl(chart, locale, site)).toBe(want);
	});

	it('each chart has a share card of its own', () => {
		for (const chart of EMBED_CHARTS) expect(SHARE_IMAGES).toContain(CHART_IMAGE[chart]);
		expect(new Set(Object.values(CHART_IMAGE)).size).toBe(EMBED_CHARTS.length);
	});

	it('links a story step in either language, its id in the hash', () => {
		expect(storyStepUrl('zh', 'https://example.org/budget', 'rise-2019')).toBe('https://example.org/budget/#rise-2019');
		expect(storyStepUrl('en', 'https://example.org/?x=1', 'three-public')).toBe('https://example.org/en/#three-public');
	});
});

describe('ampCode(chart, locale, options)', () => {
	const site = 'https://example.org/budget/';

	it('an amp-iframe of the embed page: https, fixed height from INITIAL_HEIGHT, full width, titled, sandboxed, resizable, no border', () => {
		const { amp } = ampCode('waterfall', 'en', { site, scope: 'gpb', alt: 'Alt' });
		expect(amp).toMatch(/^<amp-iframe [^>]*>\n[\s\S]*\n<\/amp-iframe>$/);
		const a = attributes(amp, 'amp-iframe');
		expect(a.get('src')).toBe('https://example.org/budget/en/embed/waterfall/?scope=gpb');
		expect(new URL(a.get('src')!).protocol).toBe('https:');
		expect(a.get('title')).toBe(embedEn.charts.waterfall.frame);
		// fixed-height: AMP allows no width but "auto"; the height is the frame's first.
		expect(a.get('layout')).toBe('fixed-height');
		expect(a.get('width')).toBe('auto');
		expect(a.get('height')).toBe(String(INITIAL_HEIGHT.waterfall));
		expect(a.get('sandbox')!.split(' ').sort()).toEqual([
			'allow-popups',
			'allow-popups-to-escape-sandbox',
			'allow-same-origin',
			'allow-scripts'
		]);
		expect(a.get('sandbox')).toBe(AMP_SANDBOX);
		// Without `resizable` AMP ignores the embed's embed-size messages.
		expect(a.get('resizable')).toBe('');
		expect(a.get('frameborder')).toBe('0');
	});

	it('the overflow button, in the reader’s language, and the share card as placeholder', () => {
		for (const [locale, text] of [
			['en', dialogEn],
			['zh', dialogZh]
		] as const) {
			const { amp } = ampCode('sunburst', locale, { site, focus: 'gps', alt: 'Alt' });
			const children = amp.split('\n').slice(1, -1);
			expect(children).toHaveLength(2);
			const overflow = attributes(amp, 'div');
			expect([...overflow.keys()].sort()).toEqual(['aria-label', 'overflow', 'role', 'tabindex']);
			expect(overflow.get('role')).toBe('button');
			expect(overflow.get('tabindex')).toBe('0');
			expect(overflow.get('aria-label')).toBe(text.ampOverflow);
			expect(amp).toContain(`>${text.ampOverflow}</div>`);
			const img = attributes(amp, 'amp-img');
			expect(img.has('placeholder')).toBe(true);
			expect(img.get('layout')).toBe('fill');
			expect(img.get('src')).toBe(`https://example.org/budget/${locale === 'en' ? 'en/' : ''}share/sunburst.png`);
			expect(img.get('alt')).toBe('Alt');
			expect(amp).toContain('></amp-img>\n</amp-iframe>');
		}
		expect(dialogZh.ampOverflow).not.toBe(dialogEn.ampOverflow);
	});

	it('titles the frame in the reader’s language, for every chart', () => {
		for (const chart of EMBED_CHARTS) {
			expect(attributes(ampCode(chart, 'zh', { site }).amp, 'amp-iframe').get('title')).toBe(
				embedZh.charts[chart].frame
			);
			expect(attributes(ampCode(chart, 'en', { site }).amp, 'amp-iframe').get('height')).toBe(
				String(INITIAL_HEIGHT[chart])
			);
		}
	});

	it('escapes what it puts in attributes; an alt not yet known is left out', () => {
		const { amp } = ampCode('sunburst', 'en', { site, focus: 'a"b&c', alt: HOSTILE });
		expect(amp).toContain('src="https://example.org/budget/en/embed/sunburst/?focus=a%22b%26c"');
		expect(wellQuoted(amp)).toBe(true);
		expect(unescape(attributes(amp, 'amp-img').get('alt')!)).toBe(HOSTILE);
		expect(amp).not.toContain('<b>');
		expect(attributes(ampCode('sunburst', 'en', { site }).amp, 'amp-img').has('alt')).toBe(false);
	});

	it('the extension script is AMP’s own, for the host page’s head', () => {
		expect(ampCode('three-public', 'zh', { site }).script).toBe(AMP_IFRAME_SCRIPT);
		expect(AMP_IFRAME_SCRIPT).toBe(
			'<script async custom-element="amp-iframe" src="https://cdn.ampproject.org/v0/amp-iframe-0.1.js"></script>'
		);
	});
});

describe('imageCode(chart, locale, options)', () => {
	const site = 'https://example.org/budget';

	it('a figure: the share card’s absolute PNG URL, its alt text and size, and the embed’s source line linked to the story step', () => {
		const code = imageCode('waterfall', 'en', { site, alt: 'The card’s alt', step: 'rise-2019' });
		expect(code.src).toBe('https://example.org/budget/en/share/waterfall.png');
		expect(code.href).toBe('https://example.org/budget/en/#rise-2019');
		expect(code.alt).toBe('The card’s alt');
		expect(code.figure).toMatch(/^<figure>\n {2}<img [^>]+>\n {2}<figcaption>.*<\/figcaption>\n<\/figure>$/);
		const img = attributes(code.figure, 'img');
		expect(img.get('src')).toBe(code.src);
		expect(img.get('alt')).toBe('The card’s alt');
		expect(img.get('width')).toBe(String(SHARE_SIZE.width));
		expect(img.get('height')).toBe(String(SHARE_SIZE.height));
		expect(code.figure).toContain(
			`<figcaption>${embedEn.source}<a href="https://example.org/budget/en/#rise-2019">${embedEn.report}</a></figcaption>`
		);
	});

	it('in Chinese: the Chinese card and source line, the Chinese story', () => {
		const code = imageCode('three-public', 'zh', {
			site: 'https://example.org/',
			alt: '替代文字',
			step: 'three-public'
		});
		expect(attributes(code.figure, 'img').get('src')).toBe('https://example.org/share/three-public.png');
		expect(code.figure).toContain(
			`<figcaption>${embedZh.source}<a href="https://example.org/#three-public">${embedZh.report}</a></figcaption>`
		);
	});

	it('escapes the alt text and the step', () => {
		const code = imageCode('sunburst', 'en', { site, alt: HOSTILE, step: 'a"b<c' });
		expect(wellQuoted(code.figure)).toBe(true);
		expect(unescape(attributes(code.figure, 'img').get('alt')!)).toBe(HOSTILE);
		expect(code.figure).not.toContain('<b>');
		// The hash is percent-encoded by URL, then escaped: nothing breaks out of href.
		expect(attributes(code.figure, 'a').get('href')).toBe('https://example.org/budget/en/#a%22b%3Cc');
		// The alt for the CMS field is the text itself, not markup.
		expect(code.alt).toBe(HOSTILE);
	});
});
