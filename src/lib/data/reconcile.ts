/**
 * The reconciliation engine: recomputes every identity the report implies and compares it with
 * what the report prints. Pure: no DOM, no Svelte, no file system.
 *
 * It knows which identities to test (parts add up to totals, shares, growth rates, the same figure
 * printed twice, limits one figure sets on another …), never what the answer should be: each
 * check's class is found by arithmetic.
 *
 * What a printed number claims. Each operand stands for the set of true values its printing
 * allows:
 * - an amount or a rate printed to a rounding unit p: the open interval value ± p/2 (5,851.13 is
 *   anything from 5,851.125 to 5,851.135, a value on the boundary would have been printed as the
 *   other neighbour);
 * - a count (vehicles, people, batches, telegrams, units, projects: unit `count`) and a score of
 *   the evaluation table (unit `score`) is an exact number, whatever precision its row gives for
 *   display: precision 0, the single value. A tally off by one is not rounding;
 * - a figure the report qualifies (the package's `approx`) claims what its qualifier says, at
 *   the step of its last non-zero digit u (3,800 → 100, 50 → 10, 180 → 10, 2.5 → 0.1):
 *   about 约 and around 左右: value ± u/2, open (约3,800 is 3,750 to 3,850, as if rounded to
 *   hundreds); over 余: strictly more than the value and less than value + u (3,800余 is 3,800 to
 *   3,900, both excluded; 50余 is 50 to 60); at-least 以上: the value or more, closed at the value;
 *   at-most 以内: the value or less. An approximation replaces the printed rounding.
 *
 * Relations. Most checks test an equality: the printed figure is what its inputs give. A `bound`
 * tests an inequality the report's own structure implies (a part is no more than its whole, money
 * carried in is not negative): the printed figure is at most (≤) or at least (≥) what its inputs
 * give.
 *
 * Classes:
 * - `exact`: the printed figures satisfy the identity as printed. For an equality, the value
 *   computed from the printed inputs, rounded to the printed precision, is the printed value; for
 *   a bound, the printed values satisfy the inequality. Every operand must then make the same kind
 *   of claim: all stated exactly, or all with the same qualifier (3,800余 restated as 3,800余 is
 *   exact). Where qualifiers differ, a bound is still exact if it holds for every value the
 *   qualifiers allow (20余 visits ≥ 20 households: anything over 20 is at least 20); an equality
 *   never is (3,800余 restated as 约3,800 is two different claims).
 * - `rounding`: not exact, but some choice of true values, every operand within what its printing
 *   claims (above), satisfies the identity. This covers the approximations too: 3,800余 and
 *   约3,800 agree on 3,800 to 3,850, so restating one as the other is consistent within the
 *   approximation, and is classed `rounding`. The class means "agrees only within the imprecision
 *   the report itself declares": a qualifier is such a declaration just as a rounded last digit
 *   is, and the operands' `approx` (shown with the arithmetic) tell the two apart. A class of its
 *   own would add nothing a reader cannot see in the operands, and would split the one question
 *   the checks answer (do the report's numbers agree?) into two.
 * - `discrepancy`: no such choice exists: the report's numbers do not agree with each other. Two
 *   printings that only touch at a boundary (5,851.12 v. 5,851.13; exactly 3,800 v. 3,800余) do
 *   not agree: the boundary belongs to neither open interval.
 */
import type { DataPackage } from './load';
import type { Approximation } from './schema';

export type CheckClass = 'exact' | 'rounding' | 'discrepancy';

export type CheckKind =
	| 'sum'
	| 'share'
	| 'growth'
	| 'prior-year'
	| 'like-for-like'
	| 'restatement'
	| 'completion'
	| 'execution'
	| 'bound'
	| 'tally';

/** How the printed figure stands to what its inputs give: equal, at most, at least. */
export type CheckRelation = '=' | '≤' | '≥';

/** A number as the report prints it, with where it comes from. */
export interface Operand {
	id: string;
	value: number;
	/** The rounding unit of the printed figure (0 for exact figures: counts, scores, a total of 100%). */
	precision: number;
	/** What the number counts, to format it. */
	unit: 'wan-yuan' | 'percent' | 'count' | 'score';
	label_zh: string;
	label_en: string;
	/** How the report qualifies the number (约, 余, 左右, 以上, 以内); null or absent where it states it exactly. */
	approx?: Approximation | null;
}

export interface CheckResult {
	id: string;
	group: string;
	kind: CheckKind;
	/** printed (relation) computed: `=` for every kind but `bound`. */
	relation: CheckRelation;
	printed: Operand;
	inputs: Operand[];
	/** The identity in terms of the inputs: `{0}`, `{1}` … stand for inputs[0], inputs[1] … */
	expression: string;
	computed: number;
	/** computed − printed */
	difference: number;
	/** The values the identity can take with every input anywhere within what its printing claims. */
	range: [number, number];
	class: CheckClass;
}

interface CheckSpec {
	id: string;
	group: string;
	kind: CheckKind;
	/** Default `=`. */
	relation?: CheckRelation;
	printed: Operand;
	inputs: Operand[];
	expression: string;
	compute: (v: number[]) => number;
}

/** A set of values: the ends, and whether each end is itself excluded. */
interface Interval {
	lo: number;
	hi: number;
	loOpen: boolean;
	hiOpen: boolean;
}

/**
 * Runs every check on a loaded package.
 * @example
 * const checks = reconcile(loadPackage());
 * checks.filter((c) => c.class === 'discrepancy');
 */
export function reconcile(pkg: DataPackage): CheckResult[] {
	return buildChecks(pkg).map(evaluate);
}

/** Evaluates one identity. Exported for tests of the classification itself. */
export function evaluate(spec: CheckSpec): CheckResult {
	const relation = spec.relation ?? '=';
	const values = spec.inputs.map((o) => o.value);
	const computed = spec.compute(values);
	const box = boxOf(spec.compute, spec.inputs, claimOf);
	const p = spec.printed;
	const printed = claimOf(p);
	const eps = 1e-9 * Math.max(1, Math.abs(p.value), Math.abs(computed));

	const holds =
		relation === '='
			? Math.abs(roundTo(computed, p.precision) - p.value) <= eps
			: relation === '≤'
				? p.value <= computed + eps
				: p.value >= computed - eps;
	const qualifiers = new Set([p, ...spec.inputs].map((o) => o.approx ?? null));
	let exact = holds && qualifiers.size === 1;
	if (holds && !exact && relation !== '=') {
		// Does the bound hold for every value the qualifiers allow (printed rounding aside)?
		const a = claimOf(p, true);
		const b = boxOf(spec.compute, spec.inputs, (o) => claimOf(o, true));
		exact = relation === '≤' ? a.hi <= b.lo + eps : a.lo >= b.hi - eps;
	}
	let cls: CheckClass;
	if (exact) cls = 'exact';
	else if (
		relation === '=' ? meets(printed, box, eps) : relation === '≤' ? below(printed, box, eps) : below(box, printed, eps)
	)
		cls = 'rounding';
	else cls = 'discrepancy';
	return {
		id: spec.id,
		group: spec.group,
		kind: spec.kind,
		relation,
		printed: p,
		inputs: spec.inputs,
		expression: spec.expression,
		computed,
		difference: computed - p.value,
		range: [box.lo, box.hi],
		class: cls
	};
}

/** Whether two sets share a value. */
function meets(a: Interval, b: Interval, eps: number): boolean {
	const [lo, loOpen] =
		a.lo > b.lo + eps
			? [a.lo, a.loOpen]
			: b.lo > a.lo + eps
				? [b.lo, b.loOpen]
				: [Math.max(a.lo, b.lo), a.loOpen || b.loOpen];
	const [hi, hiOpen] =
		a.hi < b.hi - eps
			? [a.hi, a.hiOpen]
			: b.hi < a.hi - eps
				? [b.hi, b.hiOpen]
				: [Math.min(a.hi, b.hi), a.hiOpen || b.hiOpen];
	if (hi - lo > eps) return true;
	return Math.abs(hi - lo) <= eps && !loOpen && !hiOpen;
}

/** Whether some value of `a` is at most some value of `b`. */
function below(a: Interval, b: Interval, eps: number): boolean {
	if (a.lo < b.hi - eps) return true;
	return Math.abs(a.lo - b.hi) <= eps && !a.loOpen && !b.hiOpen;
}

/**
 * The step of a number's last non-zero digit: 3,800 → 100, 50 → 10, 7 → 1, 2.5 → 0.1. The unit
 * an approximate figure is stated to.
 */
export function stepOf(v: number): number {
	const a = Math.abs(v);
	if (a === 0) return 1;
	if (!Number.isInteger(a)) {
		const decimals = (String(a).split('.')[1] ?? '').length;
		return 10 ** -decimals;
	}
	let u = 1;
	while (a % (u * 10) === 0) u *= 10;
	return u;
}

/**
 * The values a printed number allows (see the header). With `approxOnly`, printed rounding is
 * ignored and only a qualifier widens the number.
 */
export function claimOf(o: Operand, approxOnly = false): Interval {
	const v = o.value;
	const u = stepOf(v);
	switch (o.approx ?? null) {
		case 'about':
		case 'around':
			return { lo: v - u / 2, hi: v + u / 2, loOpen: true, hiOpen: true };
		case 'over':
			return { lo: v, hi: v + u, loOpen: true, hiOpen: true };
		case 'at-least':
			return { lo: v, hi: Infinity, loOpen: false, hiOpen: true };
		case 'at-most':
			return { lo: -Infinity, hi: v, loOpen: true, hiOpen: false };
		default: {
			const h = approxOnly ? 0 : o.precision / 2;
			return h === 0
				? { lo: v, hi: v, loOpen: false, hiOpen: false }
				: { lo: v - h, hi: v + h, loOpen: true, hiOpen: true };
		}
	}
}

/**
 * The set f takes over the box of its inputs' claims. Every identity here is monotone in each
 * input over so small a box, so the extremes are at the corner picked input by input; an end is
 * excluded where an excluded end of an input reaches it.
 */
function boxOf(f: (v: number[]) => number, inputs: Operand[], claim: (o: Operand) => Interval): Interval {
	const mid = inputs.map((o) => o.value);
	const lo = [...mid];
	const hi = [...mid];
	let loOpen = false;
	let hiOpen = false;
	inputs.forEach((o, i) => {
		const c = claim(o);
		if (c.lo === c.hi) return;
		// The direction, from a finite step either side of the value.
		const h = Number.isFinite(c.hi - c.lo) ? (c.hi - c.lo) / 2 : Math.max(1e-6, Math.abs(o.value) * 1e-6);
		const down = [...mid];
		const up = [...mid];
		down[i] = o.value - h;
		up[i] = o.value + h;
		const increasing = f(up) >= f(down);
		lo[i] = increasing ? c.lo : c.hi;
		hi[i] = increasing ? c.hi : c.lo;
		if (increasing) {
			loOpen ||= c.loOpen;
			hiOpen ||= c.hiOpen;
		} else {
			loOpen ||= c.hiOpen;
			hiOpen ||= c.loOpen;
		}
	});
	return { lo: f(lo), hi: f(hi), loOpen, hiOpen };
}

/** The range of f over the box of inputs, each within what its printing claims. */
export function rangeOf(f: (v: number[]) => number, inputs: Operand[]): [number, number] {
	const b = boxOf(f, inputs, claimOf);
	return [b.lo, b.hi];
}

/** Rounds half away from zero, as printed figures are rounded. */
export function roundTo(v: number, precision: number): number {
	if (precision === 0) return v;
	const n = Math.abs(v) / precision;
	// 1e-9 absorbs binary noise such as 2.675 stored as 2.67499999…
	return Math.sign(v) * Math.round(n + 1e-9) * precision;
}

const sum = (v: number[]) => v.reduce((a, b) => a + b, 0);
const plusJoin = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `{${i + from}}`).join(' + ');
/** Counts and scores are exact numbers: no rounding unit, whatever the row gives for display. */
const isExactNumber = (unit: Operand['unit']) => unit === 'count' || unit === 'score';

function buildChecks(pkg: DataPackage): CheckSpec[] {
	const specs: CheckSpec[] = [];
	const fig = (id: string): Operand => {
		const f = pkg.figures.get(id);
		if (!f) throw new Error(`reconcile: no figure "${id}" in the data package`);
		return {
			id,
			value: f.value,
			precision: isExactNumber(f.unit) ? 0 : f.precision,
			unit: f.unit,
			label_zh: f.label_zh,
			label_en: f.label_en,
			approx: f.approx
		};
	};
	const has = (id: string) => pkg.figures.has(id);
	const add = (s: CheckSpec) => specs.push(s);
	const hundred = (id: string): Operand => ({
		id,
		value: 100,
		precision: 0,
		unit: 'percent',
		label_zh: '合计',
		label_en: 'Total',
		approx: null
	});

	const sumCheck = (group: string, id: string, total: Operand, parts: Operand[]) =>
		add({ id, group, kind: 'sum', printed: total, inputs: parts, expression: plusJoin(parts.length), compute: sum });
	const shareCheck = (group: string, id: string, share: Operand, part: Operand, total: Operand) =>
		add({
			id,
			group,
			kind: 'share',
			printed: share,
			inputs: [part, total],
			expression: '{0} / {1} × 100',
			compute: ([a, b]) => (a! / b!) * 100
		});
	const restatement = (group: string, id: string, a: Operand, b: Operand) =>
		add({ id, group, kind: 'restatement', printed: a, inputs: [b], expression: '{0}', compute: ([x]) => x! });
	/** printed ≤ (or ≥) the sum of the inputs. */
	const bound = (
		group: string,
		id: string,
		printed: Operand,
		relation: '≤' | '≥',
		inputs: Operand[],
		expression = plusJoin(inputs.length),
		compute = sum
	) => add({ id, group, kind: 'bound', relation, printed, inputs, expression, compute });
	/** A count the report states v. the items it lists: one exact 1 per item. */
	const tally = (
		group: string,
		id: string,
		printed: Operand,
		items: { id: string; label_zh: string; label_en: string }[]
	) =>
		add({
			id,
			group,
			kind: 'tally',
			printed,
			inputs: items.map((i) => ({ ...i, value: 1, precision: 0, unit: 'count' as const, approx: null })),
			expression: plusJoin(items.length),
			compute: sum
		});
	/** A number of the project performance tables (performance-indicators.csv), as an operand. */
	const indicator = (id: string, side: 'target' | 'actual'): Operand => {
		const i = pkg.indicators.find((x) => x.id === id);
		const value = i ? (side === 'target' ? i.target_value : i.actual_value) : null;
		if (!i || value === null) throw new Error(`reconcile: no ${side} value for indicator "${id}"`);
		return {
			id: `indicator.${id}.${side}`,
			value,
			precision: 0,
			unit: 'count',
			label_zh: `${i.name_zh}（绩效表${side === 'target' ? '预期指标值' : '实际完成指标值'}）`,
			label_en: `${i.name_en} (performance table, ${side === 'target' ? 'target' : 'result'})`,
			approx: side === 'target' ? i.target_approx : i.actual_approx
		};
	};
	const growth = (group: string, id: string, printed: Operand, change: Operand, y: Operand) =>
		add({
			id,
			group,
			kind: 'growth',
			printed,
			inputs: [change, y],
			expression: '{0} / ({1} − {0}) × 100',
			compute: ([c, v]) => (c! / (v! - c!)) * 100
		});
	/** Overall completion: Σ spent / Σ budget, each budget being spent / rate. */
	const completion = (group: string, id: string, printed: Operand, spent: Operand[], rates: Operand[]) => {
		const n = spent.length;
		add({
			id,
			group,
			kind: 'completion',
			printed,
			inputs: [...spent, ...rates],
			expression: `Σ spent / Σ (spent / rate) × 100`,
			compute: (v) => {
				const s = v.slice(0, n);
				const r = v.slice(n);
				return (sum(s) / sum(s.map((x, i) => x / (r[i]! / 100)))) * 100;
			}
		});
	};

	// ── 类/款/项: every node with children, then the whole, then each class's printed share.
	const nodes = pkg.functional;
	const amount = (id: string): Operand => {
		const n = nodes.find((x) => x.id === id)!;
		return {
			id: `functional.${n.id}`,
			value: n.amount,
			precision: 0.01,
			unit: 'wan-yuan',
			label_zh: n.name_zh,
			label_en: n.name_en,
			approx: null
		};
	};
	const items = nodes.filter((n) => n.level === 'item');
	const under = (id: string) => items.filter((i) => i.id.startsWith(id + '.'));
	for (const c of nodes.filter((n) => n.level === 'class')) {
		sumCheck(
			'functional',
			`functional.${c.id}.sum`,
			amount(c.id),
			under(c.id).map((i) => amount(i.id))
		);
	}
	const classes = nodes.filter((n) => n.level === 'class');
	const gpb = fig('totals.gpb.2019');
	sumCheck(
		'functional',
		'functional.classes.sum',
		gpb,
		classes.map((c) => amount(c.id))
	);
	sumCheck(
		'functional',
		'functional.items.sum',
		gpb,
		items.map((i) => amount(i.id))
	);
	for (const c of classes) {
		if (c.share_printed === null) continue;
		const share: Operand = {
			id: `functional.${c.id}.share`,
			value: c.share_printed,
			precision: 0.01,
			unit: 'percent',
			label_zh: c.name_zh,
			label_en: c.name_en,
			approx: null
		};
		shareCheck('functional', `functional.${c.id}.share`, share, amount(c.id), gpb);
	}
	sumCheck(
		'functional',
		'functional.shares.sum',
		hundred('functional.shares.total'),
		classes
			.filter((c) => c.share_printed !== null)
			.map((c) => ({
				id: `functional.${c.id}.share`,
				value: c.share_printed!,
				precision: 0.01,
				unit: 'percent' as const,
				label_zh: c.name_zh,
				label_en: c.name_en,
				approx: null
			}))
	);
	const rated = items.filter((i) => i.completion_rate !== null);
	if (has('totals.gpb.completion') && rated.length === items.length) {
		completion(
			'functional',
			'functional.completion',
			fig('totals.gpb.completion'),
			rated.map((i) => amount(i.id)),
			rated.map((i) => ({
				id: `functional.${i.id}.completion`,
				value: i.completion_rate!,
				precision: 0.01,
				unit: 'percent' as const,
				label_zh: i.name_zh,
				label_en: i.name_en,
				approx: null
			}))
		);
	}

	// ── Totals at the three scopes: prior year, growth, like for like.
	for (const scope of ['all', 'fiscal', 'gpb']) {
		const y19 = fig(`totals.${scope}.2019`);
		const change = fig(`totals.${scope}.change`);
		const info = fig(`totals.${scope}.informatization`);
		add({
			id: `totals.${scope}.prior-year`,
			group: 'totals',
			kind: 'prior-year',
			printed: fig(`totals.${scope}.2018`),
			inputs: [y19, change],
			expression: '{0} − {1}',
			compute: ([a, b]) => a! - b!
		});
		growth('totals', `totals.${scope}.growth`, fig(`totals.${scope}.growth`), change, y19);
		add({
			id: `totals.${scope}.like-for-like`,
			group: 'totals',
			kind: 'like-for-like',
			printed: fig(`totals.${scope}.lfl-growth`),
			inputs: [change, info, y19],
			expression: '({0} − {1}) / ({2} − {0}) × 100',
			compute: ([c, i, y]) => ((c! - i!) / (y! - c!)) * 100
		});
	}
	shareCheck('totals', 'totals.gpb.share-of-spending', fig('totals.gpb.share-of-spending'), gpb, fig('spending.total'));
	restatement('totals', 'totals.gpb.restated', fig('totals.gpb.2019-restated'), gpb);
	if (has('totals.gpb.2019-structure'))
		restatement('totals', 'totals.gpb.structure.restated', fig('totals.gpb.2019-structure'), gpb);
	// The scopes nest: general public budget spending ⊂ fiscal appropriations ⊂ all funds. The
	// 2018 totals are printed only under the charts; the informatization money of each scope is a
	// part of the next one's.
	bound('totals', 'totals.gpb.2018.within-fiscal', fig('totals.gpb.2018'), '≤', [fig('totals.fiscal.2018')]);
	bound('totals', 'totals.fiscal.2018.within-all', fig('totals.fiscal.2018'), '≤', [fig('totals.all.2018')]);
	bound('totals', 'totals.gpb.informatization.within-fiscal', fig('totals.gpb.informatization'), '≤', [
		fig('totals.fiscal.informatization')
	]);
	bound('totals', 'totals.fiscal.informatization.within-all', fig('totals.fiscal.informatization'), '≤', [
		fig('totals.all.informatization')
	]);

	// ── The fiscal-appropriation total (财政拨款收、支总计). Its income side is fiscal income
	// (general public budget + government funds) plus the fiscal money carried in from 2018; its
	// spending side is fiscal spending (general public budget + government funds + state capital)
	// plus the fiscal money carried into 2020. Neither carried part is printed: only the carry-in
	// of all funds (上年结转收入, Annex 1) and, by difference, the carry-out of all funds. So the
	// fiscal total is bounded on each side: carried fiscal money is not negative, and is no more
	// than the carried money of all funds.
	const fiscalIncome = [fig('income.gpb'), fig('income.fund')];
	const fiscalSpending = [gpb, fig('fund.spending'), fig('soe.spending')];
	const carryIn = fig('annex.income.carryover');
	bound('fiscal', 'totals.fiscal.above-income', fig('totals.fiscal.2019'), '≥', fiscalIncome);
	bound('fiscal', 'totals.fiscal.within-income-and-carryover', fig('totals.fiscal.2019'), '≤', [
		...fiscalIncome,
		carryIn
	]);
	bound('fiscal', 'totals.fiscal.above-spending', fig('totals.fiscal.2019'), '≥', fiscalSpending);
	bound(
		'fiscal',
		'totals.fiscal.within-spending-and-carryout',
		fig('totals.fiscal.2019'),
		'≤',
		[...fiscalSpending, fig('totals.all.2019'), fig('spending.total')],
		'{0} + {1} + {2} + ({3} − {4})',
		([a, b, c, t, s]) => a! + b! + c! + (t! - s!)
	);
	// General public budget spending is paid from its income and money carried in.
	bound('fiscal', 'totals.gpb.within-income-and-carryover', gpb, '≤', [fig('income.gpb'), carryIn]);

	// ── Income, spending, and the balance of the account.
	const incomeParts = ['income.gpb', 'income.fund', 'income.other'];
	sumCheck('income', 'income.sum', fig('income.total'), incomeParts.map(fig));
	for (const p of incomeParts) shareCheck('income', `${p}.share`, fig(`${p}.share`), fig(p), fig('income.total'));
	sumCheck(
		'income',
		'income.shares.sum',
		hundred('income.shares.total'),
		incomeParts.map((p) => fig(`${p}.share`))
	);
	sumCheck('income', 'totals.all.income-plus-carryover', fig('totals.all.2019'), [fig('income.total'), carryIn]);
	sumCheck(
		'income',
		'annex.income.sum',
		fig('annex.income.total'),
		['annex.income.fiscal', 'annex.income.carryover', 'annex.income.other'].map(fig)
	);
	sumCheck('income', 'annex.income.fiscal.sum', fig('annex.income.fiscal'), fiscalIncome);
	restatement('income', 'annex.income.total.restated', fig('annex.income.total'), fig('totals.all.2019'));
	restatement('income', 'annex.income.other.restated', fig('annex.income.other'), fig('income.other'));

	sumCheck('spending', 'spending.sum', fig('spending.total'), [fig('spending.basic'), fig('spending.project')]);
	for (const p of ['spending.basic', 'spending.project'])
		shareCheck('spending', `${p}.share`, fig(`${p}.share`), fig(p), fig('spending.total'));
	sumCheck('spending', 'spending.shares.sum', hundred('spending.shares.total'), [
		fig('spending.basic.share'),
		fig('spending.project.share')
	]);
	sumCheck('spending', 'annex.spending.sum', fig('annex.spending.total'), [
		fig('annex.spending.basic'),
		fig('annex.spending.project')
	]);
	restatement('spending', 'annex.spending.total.restated', fig('annex.spending.total'), fig('spending.total'));
	restatement('spending', 'annex.spending.basic.restated', fig('annex.spending.basic'), fig('spending.basic'));
	restatement('spending', 'annex.spending.project.restated', fig('annex.spending.project'), fig('spending.project'));
	sumCheck('spending', 'basic.gpb.sum', fig('basic.gpb.total'), [fig('basic.gpb.personnel'), fig('basic.gpb.public')]);
	// Money carried into 2020 (收、支总计 less 本年支出) is not negative.
	bound('spending', 'spending.within-total', fig('spending.total'), '≤', [fig('totals.all.2019')]);
	// Basic spending of the general public budget is part of all basic spending; what the general
	// public budget spent beyond it (project spending) is part of all project spending.
	bound('spending', 'spending.basic.above-gpb-basic', fig('spending.basic'), '≥', [fig('basic.gpb.total')]);
	bound(
		'spending',
		'spending.project.above-gpb-project',
		fig('spending.project'),
		'≥',
		[gpb, fig('basic.gpb.total')],
		'{0} − {1}',
		([a, b]) => a! - b!
	);

	// ── "Three public" expenses.
	const tp = ['tp.overseas', 'tp.vehicles', 'tp.reception'];
	sumCheck('three-public', 'tp.sum', fig('tp.total'), tp.map(fig));
	for (const p of tp) {
		shareCheck('three-public', `${p}.share`, fig(`${p}.share`), fig(p), fig('tp.total'));
		growth('three-public', `${p}.growth`, fig(`${p}.growth`), fig(`${p}.change`), fig(p));
		if (has(`${p}.item`)) restatement('three-public', `${p}.item.restated`, fig(`${p}.item`), fig(p));
	}
	sumCheck(
		'three-public',
		'tp.shares.sum',
		hundred('tp.shares.total'),
		tp.map((p) => fig(`${p}.share`))
	);
	completion(
		'three-public',
		'tp.completion',
		fig('tp.total.completion'),
		tp.map(fig),
		tp.map((p) => fig(`${p}.completion`))
	);
	sumCheck('three-public', 'tp.vehicles.parts', fig('tp.vehicles'), [
		fig('tp.vehicles.purchase'),
		fig('tp.vehicles.running')
	]);
	sumCheck('three-public', 'tp.reception.parts', fig('tp.reception'), [
		fig('tp.reception.domestic'),
		fig('tp.reception.foreign')
	]);
	if (has('tp.reception.domestic-item'))
		restatement(
			'three-public',
			'tp.reception.domestic.restated',
			fig('tp.reception.domestic-item'),
			fig('tp.reception.domestic')
		);
	sumCheck('three-public', 'tp.vehicles.fleet.parts', fig('tp.vehicles.fleet'), [
		fig('tp.vehicles.sedans'),
		fig('tp.vehicles.suvs')
	]);
	restatement('three-public', 'tp.vehicles.fleet.restated', fig('assets.vehicles.total'), fig('tp.vehicles.fleet'));
	// The vehicle bought in 2018 explains the fall: its 65万元 were part of 2018's vehicle spending.
	bound(
		'three-public',
		'tp.vehicles.purchase-2018.within-2018',
		fig('tp.vehicles.purchase-2018'),
		'≤',
		[fig('tp.vehicles'), fig('tp.vehicles.change')],
		'{0} − {1}',
		([a, b]) => a! - b!
	);
	// "2018年因公出国境为1人， 2019年增加1人"
	if (has('tp.overseas.people-change')) {
		add({
			id: 'tp.overseas.people.prior-year',
			group: 'three-public',
			kind: 'prior-year',
			printed: fig('tp.overseas.people-2018'),
			inputs: [fig('tp.overseas.people'), fig('tp.overseas.people-change')],
			expression: '{0} − {1}',
			compute: ([a, b]) => a! - b!
		});
	}
	// A delegation has at least one member; a reception batch at least one guest.
	bound('three-public', 'tp.overseas.people.per-group', fig('tp.overseas.people'), '≥', [fig('tp.overseas.groups')]);
	bound('three-public', 'tp.reception.guests.per-batch', fig('tp.reception.guests'), '≥', [
		fig('tp.reception.batches')
	]);

	// ── Operating costs, procurement, vehicles by use.
	growth('operating-costs', 'opcost.growth', fig('opcost.growth'), fig('opcost.change'), fig('opcost.2019'));
	restatement('operating-costs', 'opcost.restated', fig('opcost.2019'), fig('basic.gpb.public'));
	sumCheck('procurement', 'proc.sum', fig('proc.total'), [fig('proc.goods'), fig('proc.services')]);
	shareCheck('procurement', 'proc.sme.share', fig('proc.sme.share'), fig('proc.sme'), fig('proc.total'));
	shareCheck('procurement', 'proc.micro.share', fig('proc.micro.share'), fig('proc.micro'), fig('proc.total'));
	// Small and micro firms (小微企业) are among the small and medium-sized (中小企业), which are among all.
	bound('procurement', 'proc.sme.within-total', fig('proc.sme'), '≤', [fig('proc.total')]);
	bound('procurement', 'proc.micro.within-sme', fig('proc.micro'), '≤', [fig('proc.sme')]);
	sumCheck(
		'assets',
		'assets.vehicles.sum',
		fig('assets.vehicles.total'),
		['leaders', 'confidential', 'emergency', 'special', 'other'].map((k) => fig(`assets.vehicles.${k}`))
	);

	// ── Assets table: rows and columns; the text above it.
	const cols = ['current', 'fixed', 'intangible', 'pending_loss'] as const;
	const colZh = { current: '流动资产', fixed: '固定资产', intangible: '无形资产', pending_loss: '待处理财产损益' };
	const colEn = {
		current: 'Current assets',
		fixed: 'Fixed assets',
		intangible: 'Intangible assets',
		pending_loss: 'Assets pending write-off'
	};
	const cell = (r: (typeof pkg.assets)[number], c: (typeof cols)[number] | 'subtotal'): Operand => {
		const v = r[c];
		return {
			id: `assets.${r.id}.${c}`,
			value: v ?? 0,
			precision: v === null ? 0 : 0.01, // an empty cell is a printed nothing
			unit: 'wan-yuan',
			label_zh: `${r.unit_zh} ${c === 'subtotal' ? '小计' : colZh[c]}`,
			label_en: `${r.unit_en}: ${c === 'subtotal' ? 'subtotal' : colEn[c]}`,
			approx: null
		};
	};
	const total = pkg.assets.find((r) => r.id === 'total');
	const units = pkg.assets.filter((r) => r.id !== 'total');
	for (const r of pkg.assets)
		sumCheck(
			'assets',
			`assets.${r.id}.row`,
			cell(r, 'subtotal'),
			cols.map((c) => cell(r, c))
		);
	if (total) {
		for (const c of [...cols, 'subtotal' as const])
			sumCheck(
				'assets',
				`assets.${c}.column`,
				cell(total, c),
				units.map((u) => cell(u, c))
			);
		const text = {
			subtotal: 'total',
			current: 'current',
			fixed: 'fixed',
			intangible: 'intangible',
			pending_loss: 'pending-loss'
		} as const;
		for (const c of ['subtotal', ...cols] as const) {
			if (has(`annex.assets.${text[c]}`))
				restatement('assets', `annex.assets.${text[c]}.restated`, fig(`annex.assets.${text[c]}`), cell(total, c));
		}
	}

	// ── The office and its units (Part 1 二, Annex 1 一（一）, the assets table's rows).
	if (has('org.units')) {
		const n = fig('org.units');
		if (has('org.units-restated')) restatement('organisation', 'org.units.restated', fig('org.units-restated'), n);
		if (has('annex.org.subunits')) {
			const self: Operand = {
				id: 'org.units.self',
				value: 1,
				precision: 0,
				unit: 'count',
				label_zh: '市委办公室（本级）',
				label_en: 'The General Office itself',
				approx: null
			};
			sumCheck('organisation', 'org.units.annex', n, [self, fig('annex.org.subunits')]);
		}
		tally(
			'organisation',
			'org.units.assets-table',
			n,
			units.map((u) => ({ id: `assets.${u.id}`, label_zh: u.unit_zh, label_en: u.unit_en }))
		);
	}
	// ── Part 1's work counts, repeated word for word in Annex 1.
	for (const k of [...pkg.figures.keys()].filter((k) => k.startsWith('work.') && k.endsWith('-annex'))) {
		const base = k.slice(0, -'-annex'.length);
		if (has(base)) restatement('work', `${base}.annex.restated`, fig(k), fig(base));
	}

	// ── Performance: execution rates, table v. narrative, cost lines, score table.
	const projects = [
		...new Set(
			[...pkg.figures.keys()]
				.filter((k) => k.startsWith('perf.') && k.endsWith('.execution-rate'))
				.map((k) => k.split('.')[1]!)
		)
	];
	for (const p of projects) {
		add({
			id: `perf.${p}.execution`,
			group: 'performance',
			kind: 'execution',
			printed: fig(`perf.${p}.execution-rate`),
			inputs: [fig(`perf.${p}.executed`), fig(`perf.${p}.budget`)],
			expression: '{0} / {1} × 100',
			compute: ([a, b]) => (a! / b!) * 100
		});
		if (has(`perf.${p}.table-budget`))
			restatement(
				'performance',
				`perf.${p}.table-budget.restated`,
				fig(`perf.${p}.budget`),
				fig(`perf.${p}.table-budget`)
			);
		if (has(`perf.${p}.table-executed`))
			restatement(
				'performance',
				`perf.${p}.table-executed.restated`,
				fig(`perf.${p}.executed`),
				fig(`perf.${p}.table-executed`)
			);
		const costs = pkg.indicators.filter(
			(i) => i.project_id === p && i.level2_zh === '成本指标' && i.target_value !== null
		);
		if (costs.length > 1) {
			const line = (i: (typeof costs)[number], v: number, side: string): Operand => ({
				id: `indicator.${i.id}${side}`,
				value: v,
				precision: 0.01,
				unit: 'wan-yuan',
				label_zh: i.name_zh,
				label_en: i.name_en,
				approx: null
			});
			sumCheck(
				'performance',
				`perf.${p}.cost-lines`,
				fig(`perf.${p}.table-budget`),
				costs.map((i) => line(i, i.target_value!, ''))
			);
			// The same lines, as paid (已支付), against what the table says was spent.
			if (has(`perf.${p}.table-executed`) && costs.every((i) => i.actual_value !== null)) {
				sumCheck(
					'performance',
					`perf.${p}.cost-lines-paid`,
					fig(`perf.${p}.table-executed`),
					costs.map((i) => line(i, i.actual_value!, '.actual'))
				);
			}
		}
	}
	// "本部门在2019年度部门决算中反映…5个项目绩效目标实际完成情况": the narratives (1)–(5) and the tables.
	if (has('perf.projects-reported')) {
		const budgetLabel = (p: string) => {
			const f = pkg.figures.get(`perf.${p}.budget`);
			return {
				id: `perf.${p}`,
				label_zh: f ? f.label_zh.replace(/财政拨款安排$/, '') : p,
				label_en: f ? f.label_en.replace(/^Budget allocated: /, '') : p
			};
		};
		tally('performance', 'perf.projects-reported.narratives', fig('perf.projects-reported'), projects.map(budgetLabel));
		const tables = [...new Set(pkg.indicators.map((i) => i.project_id))];
		tally(
			'performance',
			'perf.projects-reported.tables',
			fig('perf.projects-reported'),
			tables.map((p) => {
				const first = pkg.indicators.find((i) => i.project_id === p)!;
				const name = /项目绩效目标完成情况表（(.+)）$/.exec(first.section)?.[1] ?? p;
				return {
					id: `table.${p}`,
					label_zh: `项目绩效目标完成情况表（${name}）`,
					label_en: `Project performance table: ${budgetLabel(p).label_en}`
				};
			})
		);
	}
	if (has('eval.hd-video.budget'))
		restatement(
			'performance',
			'eval.hd-video.budget.restated',
			fig('eval.hd-video.budget'),
			fig('perf.hd-video.budget')
		);
	if (has('eval.hd-video.executed'))
		restatement(
			'performance',
			'eval.hd-video.executed.restated',
			fig('eval.hd-video.executed'),
			fig('perf.hd-video.executed')
		);

	// Outcomes stated in the narrative (Part 2 十（四）1), again in the tables and the evaluation
	// report (Annex 2): each later printing against the first. Counts are exact; approximate ones
	// compare as their qualifiers say.
	const again = (id: string, printed: string, first: string) => {
		if (has(printed) && has(first)) restatement('performance', id, fig(printed), fig(first));
	};
	again(
		'eval.hd-video.video-conferences.restated',
		'eval.hd-video.video-conferences',
		'perf.hd-video.video-conferences'
	);
	again(
		'perf.hd-video.video-conferences-table.restated',
		'perf.hd-video.video-conferences-table',
		'perf.hd-video.video-conferences'
	);
	again('eval.hd-video.telegrams.restated', 'eval.hd-video.telegrams', 'perf.hd-video.telegrams');
	again('eval.hd-video.telegram-actual.restated', 'eval.hd-video.telegram-actual', 'perf.hd-video.telegrams');
	again('perf.hd-video.telegrams-table.restated', 'perf.hd-video.telegrams-table', 'perf.hd-video.telegrams');
	again('eval.hd-video.telegram-target.restated', 'eval.hd-video.telegram-target', 'perf.hd-video.telegram-target');
	again(
		'perf.overseas-chinese-visits.visits-table.restated',
		'perf.overseas-chinese-visits.visits-table',
		'perf.overseas-chinese-visits.visits'
	);
	again(
		'perf.overseas-chinese-visits.households-assisted-table.restated',
		'perf.overseas-chinese-visits.households-assisted-table',
		'perf.overseas-chinese-visits.households-assisted'
	);
	again('perf.annals.journal-issues-table.restated', 'perf.annals.journal-issues-table', 'perf.annals.journal-issues');
	again('eval.hd-video.overall-score.restated', 'eval.hd-video.overall-score', 'eval.hd-video.total-score');
	// The tables' indicator values against the narrative. A result the table prints is the same
	// figure; a target the table marks achieved (已完成) is one the narrative's result must reach.
	const ind = (id: string) => pkg.indicators.find((i) => i.id === id);
	const sameAsNarrative: [string, string][] = [
		['overseas-chinese-visits.3', 'perf.overseas-chinese-visits.households-assisted'],
		['annals.4', 'perf.annals.annals-copies']
	];
	for (const [i, f] of sameAsNarrative) {
		if (ind(i)?.actual_value != null && has(f))
			restatement('performance', `indicator.${i}.actual.restated`, indicator(i, 'actual'), fig(f));
	}
	const reachedInNarrative: [string, string][] = [
		['party-history-digital.2', 'perf.party-history-digital.archive-characters'],
		['party-history-digital.3', 'perf.party-history-digital.source-characters'],
		['party-history-digital.5', 'perf.party-history-digital.draft-characters']
	];
	for (const [i, f] of reachedInNarrative) {
		const row = ind(i);
		if (row?.target_value != null && row.actual_zh === '已完成' && has(f))
			bound('performance', `indicator.${i}.target.reached`, fig(f), '≥', [indicator(i, 'target')]);
	}
	// 走访慰问…20余人次 v. the table's 慰问户数 20户: a household visited is at least one visit.
	if (ind('overseas-chinese-visits.2')?.actual_value != null && has('perf.overseas-chinese-visits.visits')) {
		bound(
			'performance',
			'perf.overseas-chinese-visits.visits.per-household',
			fig('perf.overseas-chinese-visits.visits'),
			'≥',
			[indicator('overseas-chinese-visits.2', 'actual')]
		);
	}
	if (pkg.scores.length) {
		const row = (s: (typeof pkg.scores)[number], k: 'weight' | 'score'): Operand => ({
			id: `score.${s.id}.${k}`,
			value: s[k],
			precision: 0,
			unit: 'score',
			label_zh: k === 'score' ? `${s.level3_zh}（得分）` : `${s.level3_zh}（分值）`,
			label_en: k === 'score' ? `${s.name_en} (score)` : `${s.name_en} (full marks)`,
			approx: null
		});
		sumCheck(
			'performance',
			'eval.weights.sum',
			fig('eval.hd-video.total-weight'),
			pkg.scores.map((s) => row(s, 'weight'))
		);
		sumCheck(
			'performance',
			'eval.scores.sum',
			fig('eval.hd-video.total-score'),
			pkg.scores.map((s) => row(s, 'score'))
		);
		// No criterion scores more than its full marks.
		for (const s of pkg.scores)
			bound('performance', `eval.${s.id}.within-weight`, row(s, 'score'), '≤', [row(s, 'weight')]);
	}

	// ── The charts' raw data repeat figures of the text.
	for (const c of pkg.chartData) {
		const node = nodes.find((n) => n.id === c.figure_id);
		const target = node ? amount(node.id) : fig(c.figure_id);
		const n = c.chart.replace(/^fig/, '');
		const printed: Operand = {
			id: `chart.${c.id}`,
			value: c.value,
			precision: 0.01,
			unit: target.unit,
			label_zh: `图${n}数据：${c.category_zh}`,
			label_en: `Chart ${n} data: ${target.label_en}`,
			approx: null
		};
		restatement('chart-data', `chart.${c.id}`, printed, target);
	}
	return specs;
}
