// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { applyTheme, frameIdsFromSearch, themeFromSearch, themeScript } from '$lib/embed/options';

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

describe('applyTheme(root, search) and the inline themeScript', () => {
	afterEach(() => document.documentElement.removeAttribute('data-theme'));

	it('forces light or dark, and leaves the system to decide otherwise', () => {
		const root = document.documentElement;
		applyTheme(root, '?theme=dark');
		expect(root.dataset.theme).toBe('dark');
		applyTheme(root, '?theme=light');
		expect(root.dataset.theme).toBe('light');
		applyTheme(root, '?theme=nonsense');
		expect(root.hasAttribute('data-theme')).toBe(false);
	});

	it('the inline script does the same on the page it runs in', () => {
		window.history.replaceState({}, '', '/embed/sunburst/?theme=dark&childId=g');
		new Function(themeScript)();
		expect(document.documentElement.dataset.theme).toBe('dark');
		window.history.replaceState({}, '', '/embed/sunburst/?theme=%3Cscript%3E');
		new Function(themeScript)();
		expect(document.documentElement.hasAttribute('data-theme')).toBe(false);
		window.history.replaceState({}, '', '/');
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
