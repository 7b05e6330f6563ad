/**
 * Locale dictionaries and the placeholder renderer. Pure: no DOM, no Svelte.
 */
import type { Locale } from '$lib/format';
import { en, type Messages } from './en';
import { zh } from './zh';

export type { Messages };
export const messages: Record<Locale, Messages> = { en, zh };

/** `{id}` or `{id|modifier}`: ids are figure ids (a-z, 0-9, ".", "-"). */
export const PLACEHOLDER = /\{([a-z0-9][a-z0-9.-]*)(?:\|(signed|abs))?\}/g;

/** `[[term-id|shown text]]` marks a glossary term in prose. */
export const TERM_MARK = /\[\[([a-z0-9][a-z0-9.-]*)\|([^\]]+)\]\]/g;

export type Segment =
	| { text: string }
	| { id: string; modifier: 'signed' | 'abs' | null }
	| { term: string; text: string };

const TOKEN = new RegExp(`${PLACEHOLDER.source}|${TERM_MARK.source}`, 'g');

/** Splits a template into text, figure and glossary-term segments, in order. */
export function parseTemplate(template: string): Segment[] {
	const out: Segment[] = [];
	let last = 0;
	for (const m of template.matchAll(TOKEN)) {
		if (m.index > last) out.push({ text: template.slice(last, m.index) });
		if (m[1]) out.push({ id: m[1], modifier: (m[2] as 'signed' | 'abs' | undefined) ?? null });
		else out.push({ term: m[3]!, text: m[4]! });
		last = m.index + m[0].length;
	}
	if (last < template.length) out.push({ text: template.slice(last) });
	return out;
}

/** The glossary term ids a dictionary marks. */
export function termIdsOf(dict: unknown): string[] {
	const ids = new Set<string>();
	for (const [, s] of allStrings(dict)) for (const m of s.matchAll(TERM_MARK)) ids.add(m[1]!);
	return [...ids].sort();
}

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
