/**
 * What the waterfall charts need from the data package and the engine's checks, as a small
 * serialisable object. Pure: no DOM, no Svelte, no file system. Built at build time only
 * (src/lib/story/load.server.ts), so the client never receives the raw package.
 */
import type { DataPackage } from '$lib/data/load';
import { evaluateFormula, sumTerms } from '$lib/data/formula';
import { roundTo, type CheckClass, type CheckResult } from '$lib/data/reconcile';
import { waterfallEn, waterfallZh } from '$lib/i18n/waterfall';

import { SCOPES, type ScopeId } from '$lib/site/charts';

export { SCOPES, type ScopeId };

export interface Bilingual {
	zh: string;
	en: string;
}

/** One operand of a derived value's formula, in the order the formula names it. */
export interface FormulaTerm {
	/** How the term enters the sum: the first term is always '+'. */
	op: '+' | '−';
	id: string;
	value: number;
	label: Bilingual;
}

/** A figure as the chart uses it: where it comes from, whether printed or derived, its labels. */
export interface WaterfallValue {
	/** A figure id of the package, or `waterfall.<scope>.other` for the one value derived here. */
	id: string;
	value: number;
	unit: 'wan-yuan' | 'percent' | 'count';
	precision: number;
	status: 'printed' | 'derived';
	/** Arithmetic over figure ids, for derived values. */
	formula?: string;
	/** The formula's operands with their values, for the "how we calculated" note. */
	terms?: FormulaTerm[];
	label: Bilingual;
	/** Counting word, for counts ("台" / "vehicle"). */
	counter?: Bilingual;
}

/** A rate as printed beside the engine's recomputation of it. */
export interface Recomputation {
	/** Id of the engine's check (e.g. `totals.all.like-for-like`). */
	checkId: string;
	printed: WaterfallValue;
	computed: number;
	class: CheckClass;
	/** The engine's identity: `{0}`, `{1}` … stand for inputs[0], inputs[1] … */
	expression: string;
	inputs: { id: string; value: number; label: Bilingual }[];
}

export interface ScopeWaterfall {
	id: ScopeId;
	/** 2018 total. */
	start: WaterfallValue;
	/** Funds of the informatization task (信息化建设). */
	informatization: WaterfallValue;
	/** Everything else that changed: 2019 − 2018 − informatization (derived here). */
	other: WaterfallValue;
	/** 2019 total. */
	end: WaterfallValue;
	/** The printed change on 2018. */
	change: WaterfallValue;
	growth: Recomputation;
	likeForLike: Recomputation;
}

export type SourceKey = 'gpb' | 'fund' | 'other';

/** One source of the informatization funds and the scopes that count it. */
export interface SplitPart {
	key: SourceKey;
	value: WaterfallValue;
	/** Scopes whose informatization funds include this source (the scopes nest). */
	scopes: ScopeId[];
}

export type ThreePublicKey = 'overseas' | 'vehicles' | 'reception';

export interface ThreePublicItem {
	key: ThreePublicKey;
	/** 2018 amount, derived from the 2019 amount and the printed change. */
	before: WaterfallValue;
	change: WaterfallValue;
	growth: WaterfallValue;
	after: WaterfallValue;
}

export interface WaterfallData {
	scopes: ScopeWaterfall[];
	/** The informatization funds by where they came from; the parts add up to `total`. */
	split: { total: WaterfallValue; parts: SplitPart[] };
	threePublic: {
		/** 2018 total (derived). */
		start: WaterfallValue;
		items: ThreePublicItem[];
		/** 2019 total (printed). */
		end: WaterfallValue;
		/** The report's reason for the fall in vehicle spending: a vehicle bought in 2018. */
		reason: { purchase: WaterfallValue; purchased: WaterfallValue };
	};
}

const THREE_PUBLIC: ThreePublicKey[] = ['overseas', 'vehicles', 'reception'];

/**
 * Everything the waterfall charts show, for all scopes, from the package and its checks.
 * Throws naming the id when a figure or check it needs is missing, so the build fails loudly.
 * @example
 * const { pkg, checks } = getData();
 * waterfallData(pkg, checks).scopes[0].other.value // −328.03 (2019 − 2018 − informatization)
 */
export function waterfallData(pkg: DataPackage, checks: CheckResult[]): WaterfallData {
	const fig = (id: string): WaterfallValue => {
		const f = pkg.figures.get(id);
		if (!f) throw new Error(`waterfallData: no figure "${id}" in the data package`);
		if (f.unit === 'score') throw new Error(`waterfallData: figure "${id}" is a score, not an amount, rate or count`);
		const v: WaterfallValue = {
			id,
			value: f.value,
			unit: f.unit,
			precision: f.precision,
			status: f.status,
			label: { zh: f.label_zh, en: f.label_en }
		};
		if (f.status === 'derived') {
			v.formula = f.formula;
			v.terms = termsOf(f.formula, lookup);
		}
		if (f.unit === 'count') v.counter = { zh: f.counter_zh, en: f.counter_en };
		return v;
	};
	const lookup = (id: string) => {
		const f = pkg.figures.get(id);
		if (!f) throw new Error(`waterfallData: no figure "${id}" in the data package`);
		return { value: f.value, label: { zh: f.label_zh, en: f.label_en } };
	};
	const check = (id: string): CheckResult => {
		const c = checks.find((x) => x.id === id);
		if (!c) throw new Error(`waterfallData: no check "${id}" among the engine's results`);
		return c;
	};
	const recomputation = (checkId: string, printedId: string): Recomputation => {
		const c = check(checkId);
		if (c.printed.id !== printedId)
			throw new Error(`waterfallData: check "${checkId}" tests "${c.printed.id}", not "${printedId}"`);
		return {
			checkId,
			printed: fig(printedId),
			computed: c.computed,
			class: c.class,
			expression: c.expression,
			inputs: c.inputs.map((o) => ({ id: o.id, value: o.value, label: { zh: o.label_zh, en: o.label_en } }))
		};
	};

	const scopes = SCOPES.map((scope): ScopeWaterfall => {
		const start = fig(`totals.${scope}.2018`);
		const end = fig(`totals.${scope}.2019`);
		const informatization = fig(`totals.${scope}.informatization`);
		const formula = `${end.id} - ${start.id} - ${informatization.id}`;
		// Amounts are printed to the fen of a 万元 (0.01): round away binary noise at that precision.
		const other: WaterfallValue = {
			id: `waterfall.${scope}.other`,
			value: roundTo(
				evaluateFormula(formula, (id) => lookup(id).value),
				start.precision
			),
			unit: 'wan-yuan',
			precision: start.precision,
			status: 'derived',
			formula,
			terms: termsOf(formula, lookup),
			label: { zh: waterfallZh.derivedLabels.other[scope], en: waterfallEn.derivedLabels.other[scope] }
		};
		return {
			id: scope,
			start,
			informatization,
			other,
			end,
			change: fig(`totals.${scope}.change`),
			growth: recomputation(`totals.${scope}.growth`, `totals.${scope}.growth`),
			likeForLike: recomputation(`totals.${scope}.like-for-like`, `totals.${scope}.lfl-growth`)
		};
	});

	return {
		scopes,
		split: {
			total: fig('totals.all.informatization'),
			// General public budget ⊂ fiscal appropriations ⊂ all funds: each source is counted by
			// the scope it first appears at and every wider one.
			parts: [
				{ key: 'gpb', value: fig('totals.gpb.informatization'), scopes: ['all', 'fiscal', 'gpb'] },
				{ key: 'fund', value: fig('info.fund'), scopes: ['all', 'fiscal'] },
				{ key: 'other', value: fig('info.other'), scopes: ['all'] }
			]
		},
		threePublic: {
			start: fig('tp.total.2018'),
			items: THREE_PUBLIC.map((key) => ({
				key,
				before: fig(`tp.${key}.2018`),
				change: fig(`tp.${key}.change`),
				growth: fig(`tp.${key}.growth`),
				after: fig(`tp.${key}`)
			})),
			end: fig('tp.total'),
			reason: { purchase: fig('tp.vehicles.purchase-2018'), purchased: fig('tp.vehicles.purchased-2018') }
		}
	};
}

/**
 * The operands of a formula that only adds and subtracts figure ids ("a - b + c"), each with
 * its sign. The charts' derived values are all of that form; anything else is refused.
 */
export function termsOf(formula: string, lookup: (id: string) => { value: number; label: Bilingual }): FormulaTerm[] {
	return sumTerms(formula).map(({ sign, id }) => ({ op: sign === '+' ? '+' : '−', id, ...lookup(id) }));
}
