/**
 * The story's steps and the state of the chart at each: the chart is a function of the active
 * step, so a jump, a reload or a fast scroll lands in the right state without replaying the
 * steps between. Pure: no DOM, no Svelte, no file system (runs at build time).
 */
import type { DataPackage } from '$lib/data/load';
import { formatAmount, formatFigure, formatRate, type Approximation, type Locale } from '$lib/format';
import type { BarRow } from '$lib/charts/bars/layout';
import { storyEn, storyZh } from '$lib/i18n/story';
import type { ChartState } from '$lib/charts/step/state';

export type { ChartState };

export type SectionId = 'rise' | 'income' | 'spending' | 'function' | 'threePublic' | 'running' | 'performance';

export interface StepDef {
	id: string;
	section: SectionId;
	chart: ChartState;
}

export const SECTION_ORDER: SectionId[] = [
	'rise',
	'income',
	'spending',
	'function',
	'threePublic',
	'running',
	'performance'
];

/**
 * Every step of the story for one locale, with its chart state. Bar charts are formatted here,
 * at build time, by the format module.
 */
export function storySteps(pkg: DataPackage, locale: Locale): StepDef[] {
	const fig = (id: string) => {
		const f = pkg.figures.get(id);
		if (!f) throw new Error(`story: no figure "${id}"`);
		return f;
	};
	const label = (id: string) => (locale === 'zh' ? fig(id).label_zh : fig(id).label_en);
	const text = locale === 'zh' ? storyZh : storyEn;
	const derived = text.derived;
	const amountRow = (id: string, tone?: BarRow['tone'], share?: string): BarRow => {
		const f = fig(id);
		return {
			id,
			label: label(id),
			value: f.value,
			text: formatAmount(f.value, locale) + (share ? ` · ${formatFigure(fig(share), locale)}` : ''),
			note: f.status === 'derived' ? derived : undefined,
			tone
		};
	};
	const bars = (title: string, rows: BarRow[], max?: number, compact?: boolean): ChartState => ({
		kind: 'bars',
		rows,
		max,
		label: title,
		...(compact ? { compact } : {})
	});

	// The largest and smallest items (项) are found, not named.
	const items = pkg.functional.filter((n) => n.level === 'item');
	const largest = items.reduce((a, b) => (b.amount > a.amount ? b : a));
	const smallest = items.reduce((a, b) => (b.amount < a.amount ? b : a));
	const classOf = (id: string) => id.split('.')[0]!;

	const units = pkg.assets.filter((r) => r.id !== 'total');
	const projects = [...pkg.figures.keys()].filter((k) => /^perf\.[^.]+\.budget$/.test(k));

	return [
		{ id: 'rise-2018', section: 'rise', chart: { kind: 'waterfall', scope: 'all', shown: 1 } },
		{ id: 'rise-informatization', section: 'rise', chart: { kind: 'waterfall', scope: 'all', shown: 2 } },
		{ id: 'rise-other', section: 'rise', chart: { kind: 'waterfall', scope: 'all', shown: 3 } },
		{ id: 'rise-2019', section: 'rise', chart: { kind: 'waterfall', scope: 'all', shown: 4 } },
		{ id: 'rise-fiscal', section: 'rise', chart: { kind: 'waterfall', scope: 'fiscal', shown: 4 } },
		{ id: 'rise-gpb', section: 'rise', chart: { kind: 'waterfall', scope: 'gpb', shown: 4 } },
		{ id: 'rise-split', section: 'rise', chart: { kind: 'info-split' } },
		{
			id: 'income',
			section: 'income',
			chart: bars(text.steps.income.chart, [
				amountRow('income.gpb', 'accent', 'income.gpb.share'),
				amountRow('income.fund', undefined, 'income.fund.share'),
				amountRow('income.other', undefined, 'income.other.share'),
				amountRow('annex.income.carryover', 'muted')
			])
		},
		{
			id: 'spending-type',
			section: 'spending',
			chart: bars(text.steps['spending-type'].chart, [
				amountRow('spending.basic', 'accent', 'spending.basic.share'),
				amountRow('spending.project', undefined, 'spending.project.share')
			])
		},
		{
			id: 'spending-basic',
			section: 'spending',
			chart: bars(text.steps['spending-basic'].chart, [
				amountRow('basic.gpb.personnel', 'accent'),
				amountRow('basic.gpb.public')
			])
		},
		{ id: 'function-whole', section: 'function', chart: { kind: 'sunburst', focus: null, highlight: null } },
		{ id: 'function-classes', section: 'function', chart: { kind: 'sunburst', focus: 'gpb', highlight: null } },
		{
			id: 'function-largest',
			section: 'function',
			chart: { kind: 'sunburst', focus: classOf(largest.id), highlight: largest.id }
		},
		{
			id: 'function-smallest',
			section: 'function',
			chart: { kind: 'sunburst', focus: classOf(smallest.id), highlight: smallest.id }
		},
		{ id: 'three-public', section: 'threePublic', chart: { kind: 'three-public' } },
		{
			id: 'three-public-vehicles',
			section: 'threePublic',
			chart: bars(
				text.steps['three-public-vehicles'].chart,
				['leaders', 'confidential', 'emergency', 'special', 'other'].map((k) => {
					const f = fig(`assets.vehicles.${k}`);
					return { id: f.id, label: label(f.id), value: f.value, text: formatFigure(f, locale) };
				})
			)
		},
		{
			id: 'running-costs',
			section: 'running',
			chart: bars(text.steps['running-costs'].chart, [
				amountRow('opcost.2018', 'muted'),
				amountRow('opcost.2019', 'accent')
			])
		},
		{
			id: 'procurement',
			section: 'running',
			chart: bars(text.steps.procurement.chart, [
				amountRow('proc.goods'),
				amountRow('proc.services'),
				amountRow('proc.sme', 'accent', 'proc.sme.share')
			])
		},
		{
			id: 'funds',
			section: 'running',
			chart: bars(text.steps.funds.chart, [amountRow('fund.spending', 'accent'), amountRow('soe.spending')])
		},
		{
			id: 'assets',
			section: 'running',
			chart: bars(
				text.steps.assets.chart,
				units.map((u) => ({
					id: `assets.${u.id}`,
					label: locale === 'zh' ? u.unit_zh : u.unit_en,
					value: u.subtotal,
					text: formatAmount(u.subtotal, locale)
				}))
			)
		},
		{
			id: 'performance-projects',
			section: 'performance',
			chart: bars(
				text.steps['performance-projects'].chart,
				projects.map((id) => {
					const rate = fig(id.replace(/\.budget$/, '.execution-rate'));
					return {
						...amountRow(id),
						text: `${formatAmount(fig(id).value, locale)} · ${formatRate(rate.value, locale, { precision: rate.precision })}`
					};
				})
			)
		},
		{
			id: 'performance-telegrams',
			section: 'performance',
			chart: bars(text.steps['performance-telegrams'].chart, [
				{ ...countRow(fig('eval.hd-video.telegram-target'), locale), tone: 'target' },
				{ ...countRow(fig('eval.hd-video.telegram-actual'), locale), tone: 'accent' }
			])
		},
		{
			id: 'performance-score',
			section: 'performance',
			chart: bars(
				text.steps['performance-score'].chart,
				pkg.scores.map((s) => ({
					id: s.id,
					label: criterionLabel(s, locale),
					value: s.score,
					of: s.weight,
					text: `${formatFigure({ value: s.score, unit: 'score', precision: 0.5 }, locale)} / ${formatFigure({ value: s.weight, unit: 'score', precision: 0.5 }, locale)}`,
					tone: s.score < s.weight ? 'accent' : 'default'
				})),
				Math.max(...pkg.scores.map((s) => s.weight)),
				// Eleven rows on a phone's stage: one line of name and score each, over a thin bar.
				true
			)
		}
	];
}

function countRow(
	f: {
		id: string;
		value: number;
		label_zh: string;
		label_en: string;
		unit: 'count' | 'wan-yuan' | 'percent' | 'score';
		precision: number;
		approx: Approximation | null;
		counter_zh: string;
		counter_en: string;
	},
	locale: Locale
): BarRow {
	return { id: f.id, label: locale === 'zh' ? f.label_zh : f.label_en, value: f.value, text: formatFigure(f, locale) };
}

/**
 * A criterion of the evaluation table by a short name, for eleven rows on a phone: its own name
 * (level 3, e.g. 目标内容, "content of the targets"), or, where the report's level 3 is the
 * indicator itself, a sentence (the benefit and satisfaction rows), the name of its level 2
 * (社会效益, "social benefit"). The English follows the same choice: `name_en` reads
 * "Group – level 2: level 3".
 */
export function criterionLabel(s: { level2_zh: string; level3_zh: string; name_en: string }, locale: Locale): string {
	const sentence = s.level3_zh.length > 6 || /[，。,.≥≤%]/.test(s.level3_zh);
	if (locale === 'zh') return sentence ? s.level2_zh : s.level3_zh;
	const m = /^.+? – (.+?): (.+)$/.exec(s.name_en);
	if (!m) return s.name_en;
	const short = sentence ? m[1]! : m[2]!;
	return short.charAt(0).toUpperCase() + short.slice(1);
}
