/**
 * The words and numbers the sunburst shows about a node, in the reader's language. Pure: no DOM,
 * no Svelte. Every number is formatted by src/lib/format; every word comes from $lib/i18n/sunburst.ts.
 */
import { formatAmount, formatCount, formatRate, MINUS, type Locale } from '$lib/format';
import type { SunburstNode, TreeEntry } from './data';
import { sunburstEn, sunburstZh } from '$lib/i18n/sunburst';

export type SunburstText = typeof sunburstEn;

export const sunburstText = (locale: Locale): SunburstText => (locale === 'zh' ? sunburstZh : sunburstEn);

/**
 * Fills `%slot%`s of a template. Unknown slots throw, so a typo in the text cannot reach a reader.
 * @example fillSlots('%name%: %amount%', { name: 'Health', amount: '14,000 yuan' }) // "Health: 14,000 yuan"
 */
export function fillSlots(template: string, values: Record<string, string>): string {
	return template.replace(/%([a-zA-Z]+)%/g, (_, key: string) => {
		const v = values[key];
		if (v === undefined) throw new Error(`no value for %${key}% in "${template}"`);
		return v;
	});
}

/** A part as a percentage of a whole (per cent). */
export function shareOf(part: number, whole: number): number {
	return whole === 0 ? 0 : (part / whole) * 100;
}

/** Shares are shown to two decimals, as the report prints its shares (74.34%). */
export function formatShare(pct: number, locale: Locale): string {
	return formatRate(pct, locale, { decimals: 2 });
}

export const nameOf = (node: Pick<SunburstNode, 'name_zh' | 'name_en'>, locale: Locale) =>
	locale === 'zh' ? node.name_zh : node.name_en;

export interface NodeFacts {
	id: string;
	name: string;
	/** The name in the other language. */
	otherName: string;
	level: string;
	amount: string;
	/** The amount with every printed digit (English counts whole yuan). */
	amountExact: string;
	parentName: string | null;
	shareOfParent: string | null;
	shareOfTotal: string | null;
	completion: string | null;
	/** The formula of a derived amount, in words: "收、支总计 − 本年支出合计". */
	formula: string | null;
	glossaryId: string | null;
	notItemised: boolean;
	/** What a screen reader says for the segment. */
	ariaLabel: string;
}

/**
 * Everything the chart says about one node.
 * @example describeNode(index, 'housing', 'zh').ariaLabel // "住房保障（类）183.32万元，占一般公共预算财政拨款支出的3.33%"
 */
export function describeNode(index: Map<string, TreeEntry>, id: string, locale: Locale): NodeFacts {
	const t = sunburstText(locale);
	const entry = index.get(id);
	if (!entry) throw new Error(`sunburst: no node "${id}"`);
	const { node } = entry;
	const parent = entry.parentId ? index.get(entry.parentId)!.node : null;
	const root = index.get(entry.path[0]!)!.node;
	const name = nameOf(node, locale);
	const level = t.levels[node.kind];
	const amount = formatAmount(node.amount, locale);
	const parentName = parent ? nameOf(parent, locale) : null;
	const shareOfParent = parent ? formatShare(shareOf(node.amount, parent.amount), locale) : null;
	const ariaLabel = parent
		? fillSlots(t.itemLabel, { name, level, amount, share: shareOfParent!, parent: parentName! })
		: fillSlots(t.rootLabel, { name, amount });
	return {
		id,
		name,
		otherName: nameOf(node, locale === 'zh' ? 'en' : 'zh'),
		level,
		amount,
		amountExact: formatAmount(node.amount, locale, { style: 'table' }),
		parentName,
		shareOfParent,
		shareOfTotal: parent ? formatShare(shareOf(node.amount, root.amount), locale) : null,
		completion: node.completionRate === null ? null : formatRate(node.completionRate, locale, { decimals: 2 }),
		formula: node.formula
			? node.formula.map((f, i) => (i === 0 ? '' : f.op === '-' ? ` ${MINUS} ` : ' + ') + nameOf(f, locale)).join('')
			: null,
		glossaryId: node.glossaryId,
		notItemised: node.kind === 'not-itemised',
		ariaLabel
	};
}

/** What is said after a zoom: the node in the centre, its amount and how many parts it splits into. */
export function announceZoom(index: Map<string, TreeEntry>, id: string, locale: Locale): string {
	const t = sunburstText(locale);
	const entry = index.get(id);
	if (!entry) return '';
	const n = entry.childIds.length;
	return fillSlots(t.announce, {
		name: nameOf(entry.node, locale),
		amount: formatAmount(entry.node.amount, locale),
		count: formatCount(n, locale, { counter: n === 1 ? t.partCounter : t.partsCounter })
	});
}
