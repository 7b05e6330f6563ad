import { describe, expect, it } from 'vitest';
import { focusFromSearch, hrefWithFocus } from '$lib/charts/sunburst/url';

const known = (id: string) => ['gps', 'gps.party'].includes(id);

describe('focusFromSearch(search, known)', () => {
	it.each([
		['?focus=gps', 'gps'],
		['?a=1&focus=gps.party', 'gps.party'],
		['?focus=nope', null],
		['?focus=', null],
		['', null],
		['?focus=%3Cscript%3E', null]
	])('%j → %j', (search, want) => {
		expect(focusFromSearch(search, known)).toBe(want);
	});
});

describe('hrefWithFocus(href, id)', () => {
	it('sets focus, keeping other parameters and the hash', () => {
		expect(hrefWithFocus('http://h/en/?a=1#sunburst', 'gps')).toBe('http://h/en/?a=1&focus=gps#sunburst');
	});
	it('replaces an earlier focus', () => {
		expect(hrefWithFocus('http://h/?focus=gps&b=2', 'gps.party')).toBe('http://h/?focus=gps.party&b=2');
	});
	it('removes focus at the top', () => {
		expect(hrefWithFocus('http://h/?focus=gps&b=2#x', null)).toBe('http://h/?b=2#x');
	});
});
