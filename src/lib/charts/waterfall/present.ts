/**
 * From the waterfall data to what a reader of one language sees: the steps with their text,
 * the scope in the URL, the arithmetic of the "how we calculated" note. Pure: no DOM, no Svelte.
 * Numbers become text only through $lib/format.
 */
import { formatAmount, formatFigure, formatRate, decimalsOf, type Locale } from '$lib/format';
import { type Recomputation, type ScopeId, type ScopeWaterfall, type WaterfallData, type WaterfallValue } from './data';
import type { WaterfallStep } from './layout';
import { waterfallEn, waterfallZh } from '$lib/i18n/waterfall';

export { scopeFromSearch, urlWithScope } from './url';

export type WaterfallText = typeof waterfallEn;

/** The chart's text in a locale. */
export const waterfallText = (locale: Locale): WaterfallText => (locale === 'zh' ? waterfallZh : waterfallEn);

/** A step as the chart draws it: the layout's input plus what the bar says to a screen reader. */
export interface ChartStep extends WaterfallStep {
	/** The figure the bar shows (a package id, or `waterfall.<scope>.other`). */
	figureId: string;
	derived: boolean;
	ariaLabel: string;
}

/**
 * Fills `$name` slots of a chart string.
 * @example fill('$what: $amount', { what: 'Receptions', amount: '+5,600 yuan' }) // "Receptions: +5,600 yuan"
 */
export function fill(template: string, slots: Record<string, string>): string {
	return template.replace(/\$([a-z]+)/gi, (m, name: string) => slots[name] ?? m);
}

/** A chart value formatted as the reader's text; `signed` for steps and changes, `table` for full precision. */
export function formatValue(
	v: WaterfallValue,
	locale: Locale,
	style: 'plain' | 'signed' | 'table' | 'table-signed' = 'plain'
): string {
	if (v.unit === 'wan-yuan')
		return formatAmount(v.value, locale, {
			sign: style === 'signed' || style === 'table-signed',
			style: style.startsWith('table') ? 'table' : 'prose'
		});
	if (v.unit === 'percent') return formatRate(v.value, locale, { precision: v.precision, sign: style !== 'plain' });
	return formatFigure(
		{ value: v.value, unit: 'count', precision: v.precision, counter_zh: v.counter?.zh, counter_en: v.counter?.en },
		locale
	);
}

/** A row of the table behind the waterfall: one cell per scope, each tied to its figure or check. */
export interface TableRow {
	key: string;
	label: string;
	cells: { figure: string; text: string }[];
}

/**
 * The table behind the waterfall, scopes as columns: the bars' amounts, the change and the rates
 * as printed, then the rates as the engine recomputes them (one digit finer).
 */
export function scopeTable(scopes: ScopeWaterfall[], locale: Locale): TableRow[] {
	const t = waterfallText(locale).table.rows;
	const printed = (key: keyof typeof t, value: (s: ScopeWaterfall) => WaterfallValue, signed: boolean): TableRow => ({
		key,
		label: t[key],
		cells: scopes.map((s) => ({
			figure: value(s).id,
			text: formatValue(value(s), locale, signed ? 'table-signed' : 'table')
		}))
	});
	const computed = (key: keyof typeof t, r: (s: ScopeWaterfall) => Recomputation): TableRow => ({
		key,
		label: t[key],
		cells: scopes.map((s) => ({ figure: r(s).checkId, text: formatComputed(r(s), locale) }))
	});
	return [
		printed('start', (s) => s.start, false),
		printed('info', (s) => s.informatization, true),
		printed('other', (s) => s.other, true),
		printed('end', (s) => s.end, false),
		printed('change', (s) => s.change, true),
		printed('growth', (s) => s.growth.printed, true),
		printed('likeForLike', (s) => s.likeForLike.printed, true),
		computed('growthComputed', (s) => s.growth),
		computed('likeForLikeComputed', (s) => s.likeForLike)
	];
}

/** One source of the informatization funds as InfoSplit draws it. */
export interface SplitPartView {
	/** Figure id of the amount. */
	id: string;
	/** What the source is. */
	label: string;
	value: number;
	/** The amount as the reader sees it. */
	valueText: string;
	derived: boolean;
	/** Whether the scope on show counts this source. */
	included: boolean;
}

/** What InfoSplit draws: its words, the sources of the informatization funds and their total. */
export interface SplitView {
	title: string;
	note: string;
	/** Word marking a derived amount ("derived" / "推算"). */
	derivedWord: string;
	/** Words marking a source the scope on show does not count. */
	excludedWord: string;
	parts: SplitPartView[];
	total: { id: string; label: string; valueText: string };
}

/**
 * The informatization split in a locale's words, the sources the scope `scope` does not count
 * marked as such; with no scope (the story's step on the split), every source counts.
 */
export function splitView(split: WaterfallData['split'], locale: Locale, scope?: ScopeId): SplitView {
	const t = waterfallText(locale).split;
	return {
		title: t.title,
		note: t.note,
		derivedWord: t.derived,
		excludedWord: t.notInScope,
		parts: split.parts.map((p) => ({
			id: p.value.id,
			label: t.parts[p.key],
			value: p.value.value,
			valueText: formatValue(p.value, locale),
			derived: p.value.status === 'derived',
			included: scope === undefined || p.scopes.includes(scope)
		})),
		total: { id: split.total.id, label: t.total, valueText: formatValue(split.total, locale) }
	};
}

/** The engine's recomputed rate, one digit finer than the printed one so the reader sees what rounding did. */
export function formatComputed(r: Recomputation, locale: Locale): string {
	return formatRate(r.computed, locale, { decimals: decimalsOf(r.printed.precision) + 1, sign: true });
}

function step(
	v: WaterfallValue,
	id: string,
	kind: 'total' | 'delta',
	what: string,
	scopeName: string,
	locale: Locale
): ChartStep {
	const t = waterfallText(locale);
	const derived = v.status === 'derived';
	const mark = derived ? t.derivedMark : '';
	const valueText = formatValue(v, locale, kind === 'delta' ? 'signed' : 'plain');
	const template = kind === 'total' ? t.aria.total : v.value < 0 ? t.aria.fall : t.aria.rise;
	return {
		id,
		kind,
		value: v.value,
		label: what + mark,
		valueText,
		figureId: v.id,
		derived,
		ariaLabel: fill(template, { what, derived: mark, scope: scopeName, amount: valueText })
	};
}

/** 2018 total → informatization funds → everything else → 2019 total, at one scope. */
export function scopeSteps(scope: ScopeWaterfall, locale: Locale): ChartStep[] {
	const t = waterfallText(locale);
	const name = t.scopes[scope.id].name;
	return [
		step(scope.start, 'start', 'total', t.bars.start, name, locale),
		step(scope.informatization, 'info', 'delta', t.bars.info, name, locale),
		step(scope.other, 'other', 'delta', t.bars.other, name, locale),
		step(scope.end, 'end', 'total', t.bars.end, name, locale)
	];
}

/** 2018 total → overseas trips → vehicles → receptions → 2019 total of the "three public" expenses. */
export function threePublicSteps(data: WaterfallData['threePublic'], locale: Locale): ChartStep[] {
	const t = waterfallText(locale);
	const name = t.threePublic.scope;
	return [
		step(data.start, 'start', 'total', t.threePublic.bars.start, name, locale),
		...data.items.map((item) => step(item.change, item.key, 'delta', t.threePublic.bars[item.key], name, locale)),
		step(data.end, 'end', 'total', t.threePublic.bars.end, name, locale)
	];
}

/** One piece of an equation as the note prints it: text, or a number tied to its figure. */
export type EquationPart = { text: string } | { figure: string; value: string };

/**
 * A derived value's formula with the numbers in: "5,852.77 − 4,642.5 − 1,538.3 = −328.03万元".
 * Operands at full precision without unit; the result with its unit.
 */
export function formulaEquation(v: WaterfallValue, locale: Locale): EquationPart[] {
	if (!v.terms) throw new Error(`"${v.id}" is not derived: it has no formula`);
	const parts: EquationPart[] = [];
	v.terms.forEach((term, i) => {
		if (i > 0) parts.push({ text: ` ${term.op} ` });
		const value = formatAmount(term.value, locale, { style: 'table', unit: false });
		// "25.12 − (−69.83)", never "25.12 − −69.83".
		if (i > 0 && term.value < 0) parts.push({ text: '(' }, { figure: term.id, value }, { text: ')' });
		else parts.push({ figure: term.id, value });
	});
	parts.push({ text: ' = ' }, { figure: v.id, value: formatValue(v, locale, 'table') });
	return parts;
}

/** A formula's operands by name: "2019 total − 2018 total − informatization funds". */
export function formulaInWords(v: WaterfallValue, locale: Locale): string {
	if (!v.terms) throw new Error(`"${v.id}" is not derived: it has no formula`);
	return v.terms.map((term, i) => (i > 0 ? ` ${term.op} ` : '') + term.label[locale]).join('');
}

/**
 * The engine's identity with the numbers in, ending on the recomputed rate:
 * "(1,210.27 − 1,538.3) / (5,852.77 − 1,210.27) = −7.066%". The engine's trailing "× 100" is
 * dropped because the result is shown as a percentage.
 */
export function checkEquation(r: Recomputation, locale: Locale): EquationPart[] {
	const expression = r.expression.replace(/\s*×\s*100\s*$/, '');
	const parts: EquationPart[] = [];
	let last = 0;
	for (const m of expression.matchAll(/\{(\d+)\}/g)) {
		if (m.index > last) parts.push({ text: expression.slice(last, m.index) });
		const input = r.inputs[Number(m[1])];
		if (!input) throw new Error(`check "${r.checkId}": no input ${m[0]}`);
		parts.push({ figure: input.id, value: formatAmount(input.value, locale, { style: 'table', unit: false }) });
		last = m.index + m[0].length;
	}
	if (last < expression.length) parts.push({ text: expression.slice(last) });
	parts.push({ text: ' = ' }, { figure: r.checkId, value: formatComputed(r, locale) });
	return parts;
}

/** The engine's identity in words: each `{n}` replaced by the name of its input. */
export function checkInWords(r: Recomputation, locale: Locale): string {
	return r.expression
		.replace(/\s*×\s*100\s*$/, '')
		.replace(/\{(\d+)\}/g, (m, n: string) => r.inputs[Number(n)]?.label[locale] ?? m);
}

/** A chart string split at its `$slots`, so a slot can be drawn as an element (a number, say). */
export function templateParts(template: string): ({ text: string } | { slot: string })[] {
	const out: ({ text: string } | { slot: string })[] = [];
	let last = 0;
	for (const m of template.matchAll(/\$([a-z]+)/gi)) {
		if (m.index > last) out.push({ text: template.slice(last, m.index) });
		out.push({ slot: m[1]! });
		last = m.index + m[0].length;
	}
	if (last < template.length) out.push({ text: template.slice(last) });
	return out;
}
