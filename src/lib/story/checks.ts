/**
 * The reconciliation checks as a page shows them: labelled and formatted for one locale at build
 * time, discrepancies first. Pure: no DOM, no Svelte.
 */
import type { CheckResult, Operand } from '$lib/data/reconcile';
import { decimalsOf, formatNumber, MINUS, type Locale } from '$lib/format';

export interface PageCheck {
	id: string;
	kind: CheckResult['kind'];
	class: CheckResult['class'];
	/** What the printed figure is, in the reader's language. */
	label: string;
	printed: string;
	computed: string;
	difference: string;
	range: string;
	/** The identity with the printed inputs, then "= " the result. */
	arithmetic: string;
}

const ORDER: Record<CheckResult['class'], number> = { discrepancy: 0, rounding: 1, exact: 2 };

/** Formats a number at its own printed precision, as the report would print it. */
const num = (o: Pick<Operand, 'value' | 'precision'>, locale: Locale, extra = 0) =>
	formatNumber(o.value, locale, decimalsOf(o.precision) + extra);

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
			return {
				id: c.id,
				kind: c.kind,
				class: c.class,
				label: locale === 'zh' ? c.printed.label_zh : c.printed.label_en,
				printed: num(c.printed, locale) + unit,
				computed: fmt(c.computed) + unit,
				difference: (c.difference > 0 ? '+' : c.difference < 0 ? '' : '') + diff.replace('-', MINUS) + unit,
				range: `${fmt(c.range[0])} – ${fmt(c.range[1])}${unit}`,
				arithmetic: `${expression} = ${fmt(c.computed)}`
			};
		})
		.sort((a, b) => ORDER[a.class] - ORDER[b.class]);
}
