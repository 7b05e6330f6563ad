/**
 * Locale dictionaries and the placeholder renderer. Pure: no DOM, no Svelte.
 */
import type { Locale } from '$lib/format';
import { en, type Messages } from './en';
import { zh } from './zh';
import { PLACEHOLDER, TERM_MARK } from './template';

export { PLACEHOLDER, TERM_MARK, parseTemplate, type Segment } from './template';

export type { Messages };
export const messages: Record<Locale, Messages> = { en, zh };

/** Every string of a dictionary, with its dotted key. */
export function allStrings(obj: unknown, prefix = ''): [string, string][] {
	if (typeof obj === 'string') return [[prefix, obj]];
	if (obj && typeof obj === 'object') {
		return Object.entries(obj).flatMap(([k, v]) => allStrings(v, prefix ? `${prefix}.${k}` : k));
	}
	return [];
}

/** The figure ids a dictionary refers to. */
export function figureIdsOf(dict: Messages): string[] {
	const ids = new Set<string>();
	for (const [, s] of allStrings(dict)) for (const m of s.matchAll(PLACEHOLDER)) ids.add(m[1]!);
	return [...ids].sort();
}

/** The glossary term ids a dictionary marks. */
export function termIdsOf(dict: unknown): string[] {
	const ids = new Set<string>();
	for (const [, s] of allStrings(dict)) for (const m of s.matchAll(TERM_MARK)) ids.add(m[1]!);
	return [...ids].sort();
}
