/**
 * The claims of the site's text: every sentence of a text module, in each language, with the
 * sources it rests on. Pure: no DOM, no file system.
 *
 * A text module (src/lib/i18n/story.ts, src/lib/i18n/waterfall.ts …) keeps, beside each
 * locale's dictionary, a `Sources` map: a text's path in the dictionary → one list of source ids
 * per sentence of that text (sentences.ts splits it). A source id is
 * - a figure id, as in placeholders (`totals.all.2019`, `functional.gps.share`,
 *   `indicator.hd-video.6.target`), which carries its own quote;
 * - `p:<id>`, a passage of the report (data/passages.csv), for what a sentence says in words;
 * - `check:<id>`, a check of the reconciliation engine, for a sentence about the arithmetic;
 * - `checks.*` or `units.wan`: the site's own counts and units, which rest on no passage.
 * The sources live apart from the dictionaries so that none of them travels to the browser.
 */
import type { Locale } from '$lib/format';
import { sentences } from './sentences';

import type { Sources } from '$lib/i18n/types';

export type { Sources };

export interface TextModule {
	/** Where the module's dictionary sits in the site's messages ("story", "waterfall" …; "" for the top). */
	prefix: string;
	text: Record<Locale, unknown>;
	sources: Record<Locale, Sources>;
	/** The texts that must have sources: paths, `*` standing for one key. */
	required: string[];
}

export interface Sentence {
	/** The sentence as written, with its placeholders and term marks. */
	text: string;
	sources: string[];
}

export interface Claim {
	locale: Locale;
	/** The text's full key in the site's messages, e.g. `story.steps.rise-2018.text`. */
	key: string;
	text: string;
	sentences: Sentence[];
}

export interface ClaimProblem {
	locale: Locale;
	key: string;
	/** The sentence, counted from 1, where the problem is one sentence's. */
	sentence?: number;
	message: string;
}

/** The string at a dotted path, or undefined. Keys of a path hold no dots. */
function at(dict: unknown, path: string): unknown {
	let node = dict;
	for (const part of path.split('.')) {
		node =
			node !== null && typeof node === 'object' && Object.hasOwn(node, part)
				? (node as Record<string, unknown>)[part]
				: undefined;
	}
	return node;
}

/** Every path of a dictionary that holds a string. */
function stringPaths(dict: unknown, prefix = ''): string[] {
	if (typeof dict === 'string') return [prefix];
	if (dict && typeof dict === 'object')
		return Object.entries(dict).flatMap(([k, v]) => stringPaths(v, prefix ? `${prefix}.${k}` : k));
	return [];
}

const matches = (pattern: string, path: string) =>
	new RegExp(
		'^' +
			pattern
				.split('.')
				.map((p) => (p === '*' ? '[^.]+' : p.replace(/[-]/g, '\\-')))
				.join('\\.') +
			'$'
	).test(path);

/** The texts a module requires sources for, as they are in its dictionary. */
export function requiredPaths(m: TextModule, locale: Locale): string[] {
	return stringPaths(m.text[locale]).filter((p) => m.required.some((r) => matches(r, p)));
}

/**
 * The claims of some text modules, and what is wrong with their sources' shape: a source for a
 * text that is not there, a count of source lists that is not the count of sentences, a required
 * text without sources.
 */
export function collectClaims(
	modules: TextModule[],
	locales: Locale[] = ['zh', 'en']
): { claims: Claim[]; problems: ClaimProblem[] } {
	const claims: Claim[] = [];
	const problems: ClaimProblem[] = [];
	for (const m of modules) {
		for (const locale of locales) {
			const dict = m.text[locale];
			const sources = m.sources[locale];
			for (const [path, lists] of Object.entries(sources)) {
				const key = m.prefix ? `${m.prefix}.${path}` : path;
				const text = at(dict, path);
				if (typeof text !== 'string') {
					problems.push({ locale, key, message: 'has sources but no such text' });
					continue;
				}
				const parts = sentences(text, locale);
				if (parts.length !== lists.length) {
					problems.push({
						locale,
						key,
						message: `has ${parts.length} sentence${parts.length === 1 ? '' : 's'} but ${lists.length} list${lists.length === 1 ? '' : 's'} of sources`
					});
				}
				claims.push({ locale, key, text, sentences: parts.map((s, i) => ({ text: s, sources: lists[i] ?? [] })) });
			}
			for (const path of requiredPaths(m, locale)) {
				if (!Object.hasOwn(sources, path))
					problems.push({ locale, key: m.prefix ? `${m.prefix}.${path}` : path, message: 'has no sources' });
			}
		}
	}
	return { claims, problems };
}
