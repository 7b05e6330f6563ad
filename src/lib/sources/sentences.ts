/**
 * A text's sentences, as its sources are listed: one list of sources per sentence. Pure.
 *
 * Chinese ends a sentence with 。！？ (a closing quote or bracket stays with it); English with
 * . ? ! followed by a space and a capital, an opening quote or bracket, or a placeholder or term
 * mark. Text is written so that no abbreviation ends in a full stop ("for example", not "e.g.").
 */
import type { Locale } from '$lib/format';

/** A Chinese sentence: up to its end mark and whatever closes right after it. */
const ZH_SENTENCE = /[^。！？]+(?:[。！？]+[”’」』）)]*|$)|[。！？]+[”’」』）)]*/gu;
/** Where English sentences meet: end mark, closers, space, then what starts a sentence. */
const EN_END = /(?<=[.?!][”’"')]*)\s+(?=[A-Z“‘"'([{])/u;

/**
 * @example sentences('先看起点。2018年……。', 'zh') // ['先看起点。', '2018年……。']
 */
export function sentences(text: string, locale: Locale): string[] {
	const parts = locale === 'zh' ? [...text.matchAll(ZH_SENTENCE)].map((m) => m[0]) : text.split(EN_END);
	return parts.map((s) => s.trim()).filter((s) => s !== '');
}
