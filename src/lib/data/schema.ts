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

const bool = z.enum(['true', 'false'], { error: 'expected true or false' }).transform((s) => s === 'true');
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
	approx: bool,
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

/** The schema of each resource, by its name in datapackage.json. */
export const resourceSchemas = {
	'figures-accounts': figureRow,
	'figures-performance': figureRow,
	functional: functionalRow,
	assets: assetRow,
	'chart-data': chartDataRow,
	'performance-indicators': indicatorRow,
	'evaluation-scores': scoreRow,
	glossary: glossaryRow
} as const;

export type ResourceName = keyof typeof resourceSchemas;
export type Figure = z.output<typeof figureRow>;
export type FunctionalNode = z.output<typeof functionalRow>;
export type AssetRow = z.output<typeof assetRow>;
export type ChartDataRow = z.output<typeof chartDataRow>;
export type IndicatorRow = z.output<typeof indicatorRow>;
export type ScoreRow = z.output<typeof scoreRow>;
export type GlossaryRow = z.output<typeof glossaryRow>;
