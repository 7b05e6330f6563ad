/**
 * The reconciliation engine: recomputes every identity the report implies and compares it with
 * what the report prints. Pure: no DOM, no Svelte, no file system.
 *
 * It knows which identities to test (parts add up to totals, shares, growth rates, the same figure
 * printed twice …), never what the answer should be: each check's class is found by arithmetic.
 *
 * Classes:
 * - `exact`: the value computed from the printed inputs, rounded to the printed precision, is
 *   the printed value.
 * - `rounding`: not exact, but some choice of the inputs within their own printed rounding
 *   (±half a unit of their last digit) gives a value that rounds to the printed one.
 * - `discrepancy`: no such choice exists: the report's numbers do not agree with each other.
 */
import type { DataPackage } from './load';

export type CheckClass = 'exact' | 'rounding' | 'discrepancy';

export type CheckKind =
	| 'sum'
	| 'share'
	| 'growth'
	| 'prior-year'
	| 'like-for-like'
	| 'restatement'
	| 'completion'
	| 'execution';

/** A number as the report prints it, with where it comes from. */
export interface Operand {
	id: string;
	value: number;
	/** The rounding unit of the printed figure (0 for exact figures such as counts of 0). */
	precision: number;
	/** What the number counts, to format it. */
	unit: 'wan-yuan' | 'percent' | 'count' | 'score';
	label_zh: string;
	label_en: string;
}

export interface CheckResult {
	id: string;
	group: string;
	kind: CheckKind;
	printed: Operand;
	inputs: Operand[];
	/** The identity in terms of the inputs: `{0}`, `{1}` … stand for inputs[0], inputs[1] … */
	expression: string;
	computed: number;
	/** computed − printed */
	difference: number;
	/** The values the identity can take with every input anywhere within its own rounding. */
	range: [number, number];
	class: CheckClass;
}

interface CheckSpec {
	id: string;
	group: string;
	kind: CheckKind;
	printed: Operand;
	inputs: Operand[];
	expression: string;
	compute: (v: number[]) => number;
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
	const values = spec.inputs.map((o) => o.value);
	const computed = spec.compute(values);
	const range = rangeOf(spec.compute, spec.inputs);
	const p = spec.printed;
	const half = p.precision / 2;
	const eps = 1e-9 * Math.max(1, Math.abs(p.value));
	let cls: CheckClass;
	if (Math.abs(roundTo(computed, p.precision) - p.value) <= eps) cls = 'exact';
	// Strict overlap: two printings that only touch at a rounding boundary (5,851.12 v. 5,851.13)
	// are one unit apart in the last printed digit, which rounding alone does not produce.
	else if (range[0] < p.value + half - eps && range[1] > p.value - half + eps) cls = 'rounding';
	else cls = 'discrepancy';
	return {
		id: spec.id,
		group: spec.group,
		kind: spec.kind,
		printed: p,
		inputs: spec.inputs,
		expression: spec.expression,
		computed,
		difference: computed - p.value,
		range,
		class: cls
	};
}

/**
 * The range of f over the box of inputs ± half their precision. Every identity here is monotone
 * in each input over so small a box, so the extremes are at the corner picked input by input.
 */
export function rangeOf(f: (v: number[]) => number, inputs: Operand[]): [number, number] {
	const mid = inputs.map((o) => o.value);
	const lo = [...mid];
	const hi = [...mid];
	inputs.forEach((o, i) => {
		const h = o.precision / 2;
		if (h === 0) return;
		const down = [...mid];
		const up = [...mid];
		down[i] = o.value - h;
		up[i] = o.value + h;
		const increasing = f(up) >= f(down);
		lo[i] = increasing ? o.value - h : o.value + h;
		hi[i] = increasing ? o.value + h : o.value - h;
	});
	return [f(lo), f(hi)];
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

function buildChecks(pkg: DataPackage): CheckSpec[] {
	const specs: CheckSpec[] = [];
	const fig = (id: string): Operand => {
		const f = pkg.figures.get(id);
		if (!f) throw new Error(`reconcile: no figure "${id}" in the data package`);
		return { id, value: f.value, precision: f.precision, unit: f.unit, label_zh: f.label_zh, label_en: f.label_en };
	};
	const has = (id: string) => pkg.figures.has(id);
	const add = (s: CheckSpec) => specs.push(s);

	const sumCheck = (group: string, id: string, total: Operand, parts: Operand[]) =>
		add({ id, group, kind: 'sum', printed: total, inputs: parts, expression: plusJoin(parts.length), compute: sum });
	const shareCheck = (group: string, id: string, share: Operand, part: Operand, total: Operand) =>
		add({ id, group, kind: 'share', printed: share, inputs: [part, total], expression: '{0} / {1} × 100', compute: ([a, b]) => (a! / b!) * 100 });
	const restatement = (group: string, id: string, a: Operand, b: Operand) =>
		add({ id, group, kind: 'restatement', printed: a, inputs: [b], expression: '{0}', compute: ([x]) => x! });

	// ── 类/款/项: every node with children, then the whole, then each class's printed share.
	const nodes = pkg.functional;
	const amount = (id: string): Operand => {
		const n = nodes.find((x) => x.id === id)!;
		return { id: `functional.${n.id}`, value: n.amount, precision: 0.01, unit: 'wan-yuan', label_zh: n.name_zh, label_en: n.name_en };
	};
	const items = nodes.filter((n) => n.level === 'item');
	const under = (id: string) => items.filter((i) => i.id.startsWith(id + '.'));
	for (const c of nodes.filter((n) => n.level === 'class')) {
		sumCheck('functional', `functional.${c.id}.sum`, amount(c.id), under(c.id).map((i) => amount(i.id)));
	}
	const classes = nodes.filter((n) => n.level === 'class');
	const gpb = fig('totals.gpb.2019');
	sumCheck('functional', 'functional.classes.sum', gpb, classes.map((c) => amount(c.id)));
	sumCheck('functional', 'functional.items.sum', gpb, items.map((i) => amount(i.id)));
	for (const c of classes) {
		if (c.share_printed === null) continue;
		const share: Operand = { id: `functional.${c.id}.share`, value: c.share_printed, precision: 0.01, unit: 'percent', label_zh: c.name_zh, label_en: c.name_en };
		shareCheck('functional', `functional.${c.id}.share`, share, amount(c.id), gpb);
	}
	sumCheck(
		'functional',
		'functional.shares.sum',
		{ id: 'functional.shares.total', value: 100, precision: 0, unit: 'percent', label_zh: '合计', label_en: 'Total' },
		classes.filter((c) => c.share_printed !== null).map((c) => ({ id: `functional.${c.id}.share`, value: c.share_printed!, precision: 0.01, unit: 'percent' as const, label_zh: c.name_zh, label_en: c.name_en }))
	);
	// Overall budget completion: Σ spent / Σ budget, each item's budget being spent / rate.
	const rated = items.filter((i) => i.completion_rate !== null);
	if (has('totals.gpb.completion') && rated.length === items.length) {
		const inputs: Operand[] = [
			...rated.map((i) => amount(i.id)),
			...rated.map((i) => ({ id: `functional.${i.id}.completion`, value: i.completion_rate!, precision: 0.01, unit: 'percent' as const, label_zh: i.name_zh, label_en: i.name_en }))
		];
		const n = rated.length;
		add({
			id: 'functional.completion',
			group: 'functional',
			kind: 'completion',
			printed: fig('totals.gpb.completion'),
			inputs,
			expression: `Σ spent / Σ (spent / rate) × 100`,
			compute: (v) => {
				const spent = v.slice(0, n);
				const rates = v.slice(n);
				return (sum(spent) / sum(spent.map((s, i) => s / (rates[i]! / 100)))) * 100;
			}
		});
	}

	// ── Totals at the three scopes: prior year, growth, like for like.
	for (const scope of ['all', 'fiscal', 'gpb']) {
		const y19 = fig(`totals.${scope}.2019`);
		const change = fig(`totals.${scope}.change`);
		const info = fig(`totals.${scope}.informatization`);
		add({ id: `totals.${scope}.prior-year`, group: 'totals', kind: 'prior-year', printed: fig(`totals.${scope}.2018`), inputs: [y19, change], expression: '{0} − {1}', compute: ([a, b]) => a! - b! });
		add({ id: `totals.${scope}.growth`, group: 'totals', kind: 'growth', printed: fig(`totals.${scope}.growth`), inputs: [change, y19], expression: '{0} / ({1} − {0}) × 100', compute: ([c, y]) => (c! / (y! - c!)) * 100 });
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

	// ── Income, spending, and the balance of the account.
	const incomeParts = ['income.gpb', 'income.fund', 'income.other'];
	sumCheck('income', 'income.sum', fig('income.total'), incomeParts.map(fig));
	for (const p of incomeParts) shareCheck('income', `${p}.share`, fig(`${p}.share`), fig(p), fig('income.total'));
	sumCheck('income', 'totals.all.income-plus-carryover', fig('totals.all.2019'), [fig('income.total'), fig('annex.income.carryover')]);
	sumCheck('income', 'annex.income.sum', fig('annex.income.total'), ['annex.income.fiscal', 'annex.income.carryover', 'annex.income.other'].map(fig));
	sumCheck('income', 'annex.income.fiscal.sum', fig('annex.income.fiscal'), [fig('income.gpb'), fig('income.fund')]);
	restatement('income', 'annex.income.total.restated', fig('annex.income.total'), fig('totals.all.2019'));
	restatement('income', 'annex.income.other.restated', fig('annex.income.other'), fig('income.other'));

	sumCheck('spending', 'spending.sum', fig('spending.total'), [fig('spending.basic'), fig('spending.project')]);
	for (const p of ['spending.basic', 'spending.project']) shareCheck('spending', `${p}.share`, fig(`${p}.share`), fig(p), fig('spending.total'));
	sumCheck('spending', 'annex.spending.sum', fig('annex.spending.total'), [fig('annex.spending.basic'), fig('annex.spending.project')]);
	restatement('spending', 'annex.spending.total.restated', fig('annex.spending.total'), fig('spending.total'));
	restatement('spending', 'annex.spending.basic.restated', fig('annex.spending.basic'), fig('spending.basic'));
	restatement('spending', 'annex.spending.project.restated', fig('annex.spending.project'), fig('spending.project'));
	sumCheck('spending', 'basic.gpb.sum', fig('basic.gpb.total'), [fig('basic.gpb.personnel'), fig('basic.gpb.public')]);

	// ── "Three public" expenses.
	const tp = ['tp.overseas', 'tp.vehicles', 'tp.reception'];
	sumCheck('three-public', 'tp.sum', fig('tp.total'), tp.map(fig));
	for (const p of tp) {
		shareCheck('three-public', `${p}.share`, fig(`${p}.share`), fig(p), fig('tp.total'));
		add({ id: `${p}.growth`, group: 'three-public', kind: 'growth', printed: fig(`${p}.growth`), inputs: [fig(`${p}.change`), fig(p)], expression: '{0} / ({1} − {0}) × 100', compute: ([c, y]) => (c! / (y! - c!)) * 100 });
	}
	sumCheck('three-public', 'tp.vehicles.parts', fig('tp.vehicles'), [fig('tp.vehicles.purchase'), fig('tp.vehicles.running')]);
	sumCheck('three-public', 'tp.reception.parts', fig('tp.reception'), [fig('tp.reception.domestic'), fig('tp.reception.foreign')]);
	sumCheck('three-public', 'tp.vehicles.fleet.parts', fig('tp.vehicles.fleet'), [fig('tp.vehicles.sedans'), fig('tp.vehicles.suvs')]);
	restatement('three-public', 'tp.vehicles.fleet.restated', fig('assets.vehicles.total'), fig('tp.vehicles.fleet'));

	// ── Operating costs, procurement, vehicles by use.
	add({ id: 'opcost.growth', group: 'operating-costs', kind: 'growth', printed: fig('opcost.growth'), inputs: [fig('opcost.change'), fig('opcost.2019')], expression: '{0} / ({1} − {0}) × 100', compute: ([c, y]) => (c! / (y! - c!)) * 100 });
	restatement('operating-costs', 'opcost.restated', fig('opcost.2019'), fig('basic.gpb.public'));
	sumCheck('procurement', 'proc.sum', fig('proc.total'), [fig('proc.goods'), fig('proc.services')]);
	shareCheck('procurement', 'proc.sme.share', fig('proc.sme.share'), fig('proc.sme'), fig('proc.total'));
	shareCheck('procurement', 'proc.micro.share', fig('proc.micro.share'), fig('proc.micro'), fig('proc.total'));
	sumCheck('assets', 'assets.vehicles.sum', fig('assets.vehicles.total'), ['leaders', 'confidential', 'emergency', 'special', 'other'].map((k) => fig(`assets.vehicles.${k}`)));

	// ── Assets table: rows and columns.
	const cols = ['current', 'fixed', 'intangible', 'pending_loss'] as const;
	const colZh = { current: '流动资产', fixed: '固定资产', intangible: '无形资产', pending_loss: '待处理财产损益' };
	const colEn = { current: 'Current assets', fixed: 'Fixed assets', intangible: 'Intangible assets', pending_loss: 'Assets pending write-off' };
	const cell = (r: (typeof pkg.assets)[number], c: (typeof cols)[number] | 'subtotal'): Operand => {
		const v = r[c];
		return {
			id: `assets.${r.id}.${c}`,
			value: v ?? 0,
			precision: v === null ? 0 : 0.01, // an empty cell is a printed nothing
			unit: 'wan-yuan',
			label_zh: `${r.unit_zh} ${c === 'subtotal' ? '小计' : colZh[c]}`,
			label_en: `${r.unit_en}: ${c === 'subtotal' ? 'subtotal' : colEn[c]}`
		};
	};
	const total = pkg.assets.find((r) => r.id === 'total');
	const units = pkg.assets.filter((r) => r.id !== 'total');
	for (const r of pkg.assets) sumCheck('assets', `assets.${r.id}.row`, cell(r, 'subtotal'), cols.map((c) => cell(r, c)));
	if (total) {
		for (const c of [...cols, 'subtotal' as const]) sumCheck('assets', `assets.${c}.column`, cell(total, c), units.map((u) => cell(u, c)));
	}

	// ── Performance: execution rates, table v. narrative, cost lines, score table.
	const projects = [...new Set([...pkg.figures.keys()].filter((k) => k.startsWith('perf.') && k.endsWith('.execution-rate')).map((k) => k.split('.')[1]!))];
	for (const p of projects) {
		add({ id: `perf.${p}.execution`, group: 'performance', kind: 'execution', printed: fig(`perf.${p}.execution-rate`), inputs: [fig(`perf.${p}.executed`), fig(`perf.${p}.budget`)], expression: '{0} / {1} × 100', compute: ([a, b]) => (a! / b!) * 100 });
		if (has(`perf.${p}.table-budget`)) restatement('performance', `perf.${p}.table-budget.restated`, fig(`perf.${p}.budget`), fig(`perf.${p}.table-budget`));
		if (has(`perf.${p}.table-executed`)) restatement('performance', `perf.${p}.table-executed.restated`, fig(`perf.${p}.executed`), fig(`perf.${p}.table-executed`));
		const costs = pkg.indicators.filter((i) => i.project_id === p && i.level2_zh === '成本指标' && i.target_value !== null);
		if (costs.length > 1) {
			sumCheck(
				'performance',
				`perf.${p}.cost-lines`,
				fig(`perf.${p}.table-budget`),
				costs.map((i) => ({ id: `indicator.${i.id}`, value: i.target_value!, precision: 0.01, unit: 'wan-yuan' as const, label_zh: i.name_zh, label_en: i.name_en }))
			);
		}
	}
	if (has('eval.hd-video.budget')) restatement('performance', 'eval.hd-video.budget.restated', fig('eval.hd-video.budget'), fig('perf.hd-video.budget'));
	if (pkg.scores.length) {
		const row = (s: (typeof pkg.scores)[number], k: 'weight' | 'score'): Operand => ({ id: `score.${s.id}.${k}`, value: s[k], precision: 0, unit: 'score', label_zh: s.level3_zh, label_en: s.name_en });
		sumCheck('performance', 'eval.weights.sum', fig('eval.hd-video.total-weight'), pkg.scores.map((s) => row(s, 'weight')));
		sumCheck('performance', 'eval.scores.sum', fig('eval.hd-video.total-score'), pkg.scores.map((s) => row(s, 'score')));
	}

	// ── The charts' raw data repeat figures of the text.
	for (const c of pkg.chartData) {
		const node = nodes.find((n) => n.id === c.figure_id);
		const target = node ? amount(node.id) : fig(c.figure_id);
		const n = c.chart.replace(/^fig/, '');
		const printed: Operand = { id: `chart.${c.id}`, value: c.value, precision: 0.01, unit: target.unit, label_zh: `图${n}数据：${c.category_zh}`, label_en: `Chart ${n} data: ${target.label_en}` };
		restatement('chart-data', `chart.${c.id}`, printed, target);
	}
	return specs;
}
