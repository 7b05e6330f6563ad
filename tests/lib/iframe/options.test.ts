// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { frameIdsFromSearch, themeFromSearch, themeScript } from '$lib/iframe/options';

describe('themeFromSearch(search)', () => {
	it.each([
		['?theme=light', 'light'],
		['?theme=dark&childId=x', 'dark'],
		['?theme=auto', 'auto'],
		['', 'auto'],
		['?theme=', 'auto'],
		['?theme=DARK', 'auto'],
		['?theme=%3Cscript%3E', 'auto'],
		['?theme=<script>alert(1)</script>', 'auto']
	])('%j → %j', (search, want) => {
		expect(themeFromSearch(search)).toBe(want);
	});
});

describe('themeScript, the inline head script', () => {
	afterEach(() => {
		document.documentElement.removeAttribute('data-theme');
		window.history.replaceState({}, '', '/');
	});

	it.each([
		'?theme=dark&childId=g',
		'?theme=light',
		'?theme=auto',
		'',
		'?theme=DARK',
		'?theme=%3Cscript%3E',
		'?theme=<script>alert(1)</script>'
	])('%j: sets data-theme to what themeFromSearch reads, none for auto', (search) => {
		// Whatever was there before (a previous page's forced scheme) gives way.
		document.documentElement.setAttribute('data-theme', 'dark');
		window.history.replaceState({}, '', `/embed/sunburst/${search}`);
		new Function(themeScript)();
		const want = themeFromSearch(search);
		expect(document.documentElement.getAttribute('data-theme')).toBe(want === 'auto' ? null : want);
	});

	it('is a single statement block that leaks no global and cannot close its <script> element', () => {
		expect(themeScript).toMatch(/^\{.*\}$/);
		expect(themeScript).not.toMatch(/<\/script|<!--/i);
		new Function(themeScript)();
		expect('t' in window).toBe(false);
	});
});

describe('frameIdsFromSearch(search, chart)', () => {
	it.each([
		['', { id: 'waterfall', childId: 'waterfall' }],
		['?childId=graphic-1&initialWidth=600&parentTitle=x&parentUrl=y', { id: 'waterfall', childId: 'graphic-1' }],
		['?id=dw-42', { id: 'dw-42', childId: 'dw-42' }],
		['?id=dw-42&childId=c', { id: 'dw-42', childId: 'c' }],
		['?childId=%3Cscript%3E&id=a%20b', { id: 'waterfall', childId: 'waterfall' }],
		['?childId=axPYMxb', { id: 'waterfall', childId: 'waterfall' }]
	])('%j → %j', (search, want) => {
		expect(frameIdsFromSearch(search, 'waterfall')).toEqual(want);
	});
});
