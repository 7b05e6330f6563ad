/**
 * The scopes (口径) a sentence names, and whether a figure fits them. Pure.
 *
 * The report's totals count different things: 收、支总计 is income and spending together, money
 * carried in and carried over included; 本年收入 is the year's income; 本年支出 and its parts
 * (一般公共预算财政拨款支出 …) are spending. A sentence that names income or spending may only use
 * figures of that flow: "spending fell by 7.07%" is wrong, the 7.07% being a change of 收、支总计.
 * Each figure's scope is in the data package (column `scope`).
 */
import type { Locale } from '$lib/format';
import type { FigureScope } from '$lib/data/schema';

export type Flow = 'total' | 'income' | 'spending';

/** The flow a figure of each scope counts. */
export const FLOW_OF: Record<FigureScope, Flow> = {
	total: 'total',
	'fiscal-total': 'total',
	income: 'income',
	spending: 'spending',
	'gpb-spending': 'spending',
	'fund-spending': 'spending',
	'soe-spending': 'spending'
};

/** The words that name each flow, longest first within a language (a longer name is read first). */
const WORDS: Record<Locale, [string, Flow][]> = {
	zh: [
		['收、支决算总计', 'total'],
		['收、支总计', 'total'],
		['收支总计', 'total'],
		['收入', 'income'],
		['支出', 'spending']
	],
	en: [
		['total income and spending', 'total'],
		['total of income and spending', 'total'],
		['income and spending', 'total'],
		['spending and income', 'total'],
		['income', 'income'],
		['received', 'income'],
		['receipts', 'income'],
		['took in', 'income'],
		['taken in', 'income'],
		['expenditure', 'spending'],
		['spending', 'spending'],
		['spent', 'spending'],
		['spend', 'spending']
	]
};

/** The flows a sentence names (placeholders and term ids aside; a term's shown words count). */
export function namedFlows(sentence: string, locale: Locale): Set<Flow> {
	let text = sentence.replace(/\{[^}]*\}/g, ' ').replace(/\[\[[^|\]]*\|([^\]]*)\]\]/g, '$1');
	if (locale === 'en') text = text.toLowerCase();
	const named = new Set<Flow>();
	const words = [...WORDS[locale]].sort((a, b) => b[0].length - a[0].length);
	for (const [word, flow] of words) {
		const re = locale === 'en' ? new RegExp(`\\b${word}\\b`, 'g') : new RegExp(word, 'g');
		if (re.test(text)) {
			named.add(flow);
			text = text.replace(re, ' ');
		}
	}
	return named;
}
