import { describe, expect, it } from 'vitest';
import { embedCode, embedUrl, EMBED_ATTRIBUTE, INITIAL_HEIGHT } from '$lib/embed/code';
import { embedEn, embedZh } from '$lib/embed/text';
import { EMBED_CHARTS } from '$lib/embed/options';

describe('embedUrl(chart, locale, options)', () => {
	it.each([
		['sunburst', 'zh', { site: 'https://example.org' }, 'https://example.org/embed/sunburst/'],
		['sunburst', 'en', { site: 'https://example.org/' }, 'https://example.org/en/embed/sunburst/'],
		['waterfall', 'en', { site: 'https://example.org/budget', scope: 'gpb' }, 'https://example.org/budget/en/embed/waterfall/?scope=gpb'],
		['waterfall', 'zh', { site: 'https://example.org/budget/', scope: 'all' }, 'https://example.org/budget/embed/waterfall/'],
		['sunburst', 'zh', { site: 'http://localhost:4173/', focus: 'gps.party' }, 'http://localhost:4173/embed/sunburst/?focus=gps.party'],
		// Options of another chart are left out.
		['three-public', 'en', { site: 'https://example.org/?x=1#y', scope: 'gpb', focus: 'gps' }, 'https://example.org/en/embed/three-public/']
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
			expect(embedCode(chart, 'zh', { site: 'https://example.org/' }).iframe).toContain(`title="${embedZh.charts[chart].frame}"`);
			expect(embedCode(chart, 'en', { site: 'https://example.org/' }).iframe).toContain(`title="${embedEn.charts[chart].frame}"`);
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
