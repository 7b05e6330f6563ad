/**
 * The reconciliation checks as a page shows them: labelled and formatted for one locale at build
 * time, discrepancies first. Pure: no DOM, no Svelte.
 */
import type { CheckResult, Operand } from '$lib/data/reconcile';
import { approximate, decimalsOf, formatNumber, MINUS, type Locale } from '$lib/format';

export interface PageCheck {
	id: string;
	kind: CheckResult['kind'];
	class: CheckResult['class'];
	/** printed (relation) computed: `=`, or `≤` / `≥` for a bound. */
	relation: CheckResult['relation'];
	/** What the printed figure is, in the reader's language. */
	label: string;
	printed: string;
	/** The recomputed value; for a bound, the limit with its relation ("≤ 5,544.21"). */
	computed: string;
	difference: string;
	range: string;
	/** The identity with the printed inputs, then "= " the result; a bound starts with the printed figure and its relation. */
	arithmetic: string;
}

const ORDER: Record<CheckResult['class'], number> = { discrepancy: 0, rounding: 1, exact: 2 };

/**
 * Formats a number at its own printed precision, as the report would print it, with its qualifier
 * (约3,800, 3,800余). An exact number (precision 0: a count, a score) keeps every digit it has (3.5).
 */
const num = (o: Pick<Operand, 'value' | 'precision' | 'approx'>, locale: Locale, extra = 0) =>
	approximate(
		formatNumber(o.value, locale, o.precision === 0 ? 6 : decimalsOf(o.precision) + extra),
		'',
		o.approx,
		locale
	);

export function pageChecks(checks: CheckResult[], locale: Locale, completionFormula: string): PageCheck[] {
	return checks
		.map((c): PageCheck => {
			const d = decimalsOf(c.printed.precision);
			const fmt = (v: number, extra = 2) => formatNumber(v, locale, d + extra);
			const unit = c.printed.unit === 'percent' ? '%' : '';
			const expression =
				c.kind === 'completion'
					? completionFormula
					: c.expression.replace(/\{(\d+)\}/g, (_, i: string) => {
							const o = c.inputs[Number(i)]!;
							const t = num(o, locale);
							return o.value < 0 ? `(${t})` : t;
						});
			const diff = fmt(c.difference);
			const bound = c.relation !== '=';
			const end = (v: number) => (Number.isFinite(v) ? fmt(v) : v > 0 ? '∞' : MINUS + '∞');
			return {
				id: c.id,
				kind: c.kind,
				class: c.class,
				relation: c.relation,
				label: locale === 'zh' ? c.printed.label_zh : c.printed.label_en,
				printed: num(c.printed, locale) + unit,
				// A restatement recomputes its one input, qualifier and all (3,800余 against the printed 约3,800).
				computed:
					(bound ? `${c.relation} ` : '') +
					approximate(fmt(c.computed), '', c.kind === 'restatement' ? c.inputs[0]?.approx : null, locale) +
					unit,
				difference: (c.difference > 0 ? '+' : c.difference < 0 ? '' : '') + diff.replace('-', MINUS) + unit,
				range: `${end(c.range[0])} – ${end(c.range[1])}${unit}`,
				arithmetic: `${bound ? `${num(c.printed, locale)} ${c.relation} ` : ''}${expression} = ${fmt(c.computed)}`
			};
		})
		.sort((a, b) => ORDER[a.class] - ORDER[b.class]);
}
