/**
 * Row schemas of the data package. Pure: no DOM, no Svelte, no file system.
 * Each CSV resource of data/datapackage.json has one schema here, keyed by the resource's name;
 * a unit test keeps the two column lists identical.
 */
import { z } from 'zod';

const text = z.string().trim().min(1, 'must not be empty');
const optionalText = z.string().trim();

/** A plain decimal as the package writes numbers: no thousands separators, `.` as the decimal point. */
const decimal = z
	.string()
	.trim()
	.regex(/^-?\d+(\.\d+)?$/, 'expected a number like 1234.56 (no thousands separators)')
	.transform(Number);

const optionalDecimal = z
	.string()
	.trim()
	.regex(/^(-?\d+(\.\d+)?)?$/, 'expected a number like 1234.56 or an empty cell')
	.transform((s) => (s === '' ? null : Number(s)));

/**
 * How the report qualifies a figure it does not state exactly. Each is its own claim and is
 * rendered as such (src/lib/format): 约 about, 余 more than, 左右 around, 以上 that or more,
 * 以内 that or less. Empty: stated exactly.
 */
export const APPROXIMATIONS = ['about', 'over', 'around', 'at-least', 'at-most'] as const;
export type Approximation = (typeof APPROXIMATIONS)[number];
const approx = z
	.enum(['', ...APPROXIMATIONS], { error: `expected one of ${APPROXIMATIONS.join(', ')} or an empty cell` })
	.transform((s) => (s === '' ? null : s));

/** The scopes (口径) of the report's totals: which flows a figure counts. */
export const SCOPES = [
	'total',
	'fiscal-total',
	'income',
	'spending',
	'gpb-spending',
	'fund-spending',
	'soe-spending'
] as const;
export type FigureScope = (typeof SCOPES)[number];
const scope = z
	.enum(['', ...SCOPES], { error: `expected one of ${SCOPES.join(', ')} or an empty cell` })
	.transform((s) => (s === '' ? null : s));
const year = z
	.string()
	.trim()
	.regex(/^(2018|2019|)$/, 'expected 2018, 2019 or an empty cell')
	.transform((s) => (s === '' ? null : Number(s)));

/** Provenance carried by every row: where in the report, and the passage it comes from. */
const provenance = {
	section: text,
	quote: text
};

export const figureRow = z.object({
	id: text.regex(/^[a-z0-9][a-z0-9.-]*$/, 'ids use a-z, 0-9, "." and "-"'),
	group: text,
	label_zh: text,
	label_en: text,
	value: decimal,
	unit: z.enum(['wan-yuan', 'percent', 'count', 'score'], {
		error: 'expected one of wan-yuan, percent, count, score'
	}),
	counter_zh: optionalText,
	counter_en: optionalText,
	year,
	precision: decimal.refine((p) => p >= 0, 'must not be negative'),
	approx,
	scope,
	status: z.enum(['printed', 'derived'], { error: 'expected printed or derived' }),
	formula: optionalText,
	...provenance
});

export const functionalRow = z.object({
	id: text.regex(/^[a-z0-9][a-z0-9.-]*$/, 'ids use a-z, 0-9, "." and "-"'),
	parent_id: optionalText,
	level: z.enum(['class', 'section', 'item'], { error: 'expected class, section or item (类/款/项)' }),
	name_zh: text,
	name_en: text,
	amount: decimal,
	completion_rate: optionalDecimal,
	share_printed: optionalDecimal,
	status: z.enum(['printed', 'derived'], { error: 'expected printed or derived' }),
	formula: optionalText,
	...provenance
});

export const assetRow = z.object({
	id: text,
	unit_zh: text,
	unit_en: text,
	current: optionalDecimal,
	fixed: optionalDecimal,
	intangible: optionalDecimal,
	pending_loss: optionalDecimal,
	subtotal: decimal,
	...provenance
});

export const chartDataRow = z.object({
	id: text,
	chart: text,
	category_zh: text,
	value: decimal,
	figure_id: text,
	...provenance
});

export const indicatorRow = z.object({
	id: text,
	project_id: text,
	level1_zh: text,
	level2_zh: optionalText,
	level3_zh: optionalText,
	name_zh: text,
	name_en: text,
	target_zh: optionalText,
	target_en: optionalText,
	actual_zh: optionalText,
	actual_en: optionalText,
	target_value: optionalDecimal,
	actual_value: optionalDecimal,
	target_approx: approx,
	actual_approx: approx,
	...provenance
});

export const scoreRow = z.object({
	id: text,
	level1_zh: text,
	level2_zh: text,
	level3_zh: text,
	name_en: text,
	weight: decimal,
	score: decimal,
	...provenance
});

export const glossaryRow = z.object({
	id: text,
	number: decimal,
	term_zh: text,
	term_en: text,
	definition_zh: text,
	definition_en: text,
	...provenance
});

/**
 * A passage of the report that the site's text rests on: a sentence (or table row) verbatim,
 * whitespace runs as one space, with an English rendering for the English page. A figure points
 * at the passages that contain its quote; a sentence with no figure names its passage by id.
 */
export const passageRow = z.object({
	id: text.regex(/^[a-z0-9][a-z0-9-]*$/, 'passage ids use a-z, 0-9 and "-"'),
	...provenance,
	en: text
});

/** The schema of each resource, by its name in datapackage.json. */
export const resourceSchemas = {
	'figures-accounts': figureRow,
	'figures-performance': figureRow,
	functional: functionalRow,
	assets: assetRow,
	'chart-data': chartDataRow,
	'performance-indicators': indicatorRow,
	'evaluation-scores': scoreRow,
	glossary: glossaryRow,
	passages: passageRow
} as const;

export type ResourceName = keyof typeof resourceSchemas;
export type Figure = z.output<typeof figureRow>;
export type FunctionalNode = z.output<typeof functionalRow>;
export type AssetRow = z.output<typeof assetRow>;
export type ChartDataRow = z.output<typeof chartDataRow>;
export type IndicatorRow = z.output<typeof indicatorRow>;
export type ScoreRow = z.output<typeof scoreRow>;
export type GlossaryRow = z.output<typeof glossaryRow>;
export type PassageRow = z.output<typeof passageRow>;
