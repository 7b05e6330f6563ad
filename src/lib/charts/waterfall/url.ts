/**
 * The waterfall's `scope` URL parameter. Apart from present.ts so that a page reading the URL
 * (an embed, before its chart's code loads) does not also load the chart's words.
 */
import { SCOPES, type ScopeId } from './data';

/** Which scope the URL asks for: the `scope` parameter if it names one, else the first scope. */
export function scopeFromSearch(search: string): ScopeId {
	const wanted = new URLSearchParams(search).get('scope');
	return (SCOPES as readonly string[]).includes(wanted ?? '') ? (wanted as ScopeId) : SCOPES[0];
}

/** The URL with `scope` set, every other parameter and the hash kept. */
export function urlWithScope(href: string, scope: ScopeId): string {
	const url = new URL(href);
	url.searchParams.set('scope', scope);
	return url.href;
}
