/**
 * The engine's treatment of counts, approximations and bounds, and the identities it checks
 * beyond sums and shares: each on the real report and on a copy of the package with one figure
 * broken, so that every check here can fail.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvFormat, csvParse } from 'd3-dsv';
import { loadPackage } from '$lib/data/load';
import {
	claimOf,
	evaluate,
	reconcile,
	stepOf,
	type CheckRelation,
	type CheckResult,
	type Operand
} from '$lib/data/reconcile';
import { pageChecks } from '$lib/story/checks';
import { storyEn, storyZh } from '$lib/i18n/story';

type Approx = Operand['approx'];
const count = (value: number, approx: Approx = null, id = 'n'): Operand => ({
	id,
	value,
	precision: 0,
	unit: 'count',
	label_zh: id,
	label_en: id,
	approx
});
const amount = (value: number, id = 'x'): Operand => ({
	id,
	value,
	precision: 0.01,
	unit: 'wan-yuan',
	label_zh: id,
	label_en: id,
	approx: null
});
const sum = (v: number[]) => v.reduce((a, b) => a + b, 0);
const same = (printed: Operand, input: Operand) =>
	evaluate({
		id: 't',
		group: 'g',
		kind: 'restatement',
		printed,
		inputs: [input],
		expression: '{0}',
		compute: ([x]) => x!
	});
const limit = (printed: Operand, relation: CheckRelation, inputs: Operand[]) =>
	evaluate({ id: 't', group: 'g', kind: 'bound', relation, printed, inputs, expression: '', compute: sum });

const real = reconcile(loadPackage('data'));
const realById = new Map(real.map((c) => [c.id, c]));
const check = (checks: CheckResult[], id: string) => {
	const c = checks.find((x) => x.id === id);
	if (!c) throw new Error(`no check ${id}`);
	return c;
};

/** Copies data/ and sets one cell of one row (by id) of one CSV; returns the checks on the copy. */
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
function broken(edits: [file: string, id: string, column: string, value: string][]): CheckResult[] {
	const dir = mkdtempSync(join(tmpdir(), 'pkg-broken-'));
	dirs.push(dir);
	cpSync('data', dir, { recursive: true });
	for (const [file, id, column, value] of edits) {
		const path = join(dir, file);
		const rows = csvParse(readFileSync(path, 'utf8'));
		const row = rows.find((r) => r.id === id);
		if (!row || !(column in row)) throw new Error(`fixture: no ${column} of ${id} in ${file}`);
		row[column] = value;
		writeFileSync(path, csvFormat(rows, rows.columns) + '\n');
	}
	return reconcile(loadPackage(dir));
}

describe('counts are exact numbers', () => {
	it('a tally off by one is a discrepancy, not rounding (precision 0, whatever the row displays)', () => {
		const r = evaluate({
			id: 't',
			group: 'g',
			kind: 'sum',
			printed: count(9),
			inputs: [count(3), count(5)],
			expression: '',
			compute: sum
		});
		expect(r.class).toBe('discrepancy');
		expect(r.range).toEqual([8, 8]);
		// Read as printed to a unit of 1, the same tally would have passed as rounding.
		const asRounded = (v: number): Operand => ({ ...count(v), precision: 1 });
		expect(
			evaluate({
				id: 't',
				group: 'g',
				kind: 'sum',
				printed: asRounded(9),
				inputs: [asRounded(3), asRounded(5)],
				expression: '',
				compute: sum
			}).class
		).toBe('rounding');
	});

	it('every count and score operand of the real checks is exact unless qualified', () => {
		const ops = real.flatMap((c) => [c.printed, ...c.inputs]).filter((o) => o.unit === 'count' || o.unit === 'score');
		expect(ops.length).toBeGreaterThan(40);
		for (const o of ops) expect(o.precision, o.id).toBe(0);
		expect(ops.some((o) => o.approx === 'over')).toBe(true);
	});

	it('broken: 3 saloon cars instead of 4 makes the fleet of 9 a discrepancy', () => {
		expect(check(real, 'tp.vehicles.fleet.parts').class).toBe('exact');
		expect(
			check(broken([['figures-accounts.csv', 'tp.vehicles.sedans', 'value', '3']]), 'tp.vehicles.fleet.parts').class
		).toBe('discrepancy');
	});

	it('broken: 186 video conferences in the table, 187 in the text', () => {
		expect(check(real, 'perf.hd-video.video-conferences-table.restated').class).toBe('exact');
		const c = broken([['figures-performance.csv', 'perf.hd-video.video-conferences-table', 'value', '186']]);
		expect(check(c, 'perf.hd-video.video-conferences-table.restated').class).toBe('discrepancy');
		expect(check(c, 'eval.hd-video.video-conferences.restated').class).toBe('exact');
	});

	it('broken: an overall score of 94 against the scorecard’s 95; a criterion above its full marks', () => {
		expect(check(real, 'eval.hd-video.overall-score.restated').class).toBe('exact');
		expect(
			check(
				broken([['figures-performance.csv', 'eval.hd-video.overall-score', 'value', '94']]),
				'eval.hd-video.overall-score.restated'
			).class
		).toBe('discrepancy');
		expect(check(real, 'eval.score.1.within-weight').class).toBe('exact');
		expect(
			check(broken([['evaluation-scores.csv', 'score.1', 'score', '6']]), 'eval.score.1.within-weight').class
		).toBe('discrepancy');
	});

	it('broken: 2 officials abroad in 2018 do not make 2 in 2019 after "增加1人"', () => {
		expect(check(real, 'tp.overseas.people.prior-year')).toMatchObject({ class: 'exact', computed: 1 });
		expect(
			check(
				broken([['figures-accounts.csv', 'tp.overseas.people-2018', 'value', '2']]),
				'tp.overseas.people.prior-year'
			).class
		).toBe('discrepancy');
	});

	it('broken: 4 second-level units against the 3 named twice, in Annex 1 and in the assets table', () => {
		for (const id of ['org.units.restated', 'org.units.annex', 'org.units.assets-table'])
			expect(check(real, id).class, id).toBe('exact');
		const c = broken([['figures-accounts.csv', 'org.units', 'value', '4']]);
		for (const id of ['org.units.restated', 'org.units.annex', 'org.units.assets-table'])
			expect(check(c, id).class, id).toBe('discrepancy');
	});

	it('broken: 4 projects reported, but 5 narratives and 5 tables', () => {
		expect(check(real, 'perf.projects-reported.tables').inputs).toHaveLength(5);
		const c = broken([['figures-performance.csv', 'perf.projects-reported', 'value', '4']]);
		expect(check(c, 'perf.projects-reported.tables').class).toBe('discrepancy');
		expect(check(c, 'perf.projects-reported.narratives').class).toBe('discrepancy');
	});
});

describe('approximations', () => {
	it.each([
		[3800, 100],
		[50000, 10000],
		[180, 10],
		[50, 10],
		[7, 1],
		[2.5, 0.1]
	])('stepOf(%d) = %d', (v, u) => expect(stepOf(v)).toBeCloseTo(u, 12));

	it('claims: 3,800余 is (3,800, 3,900); 约3,800 is (3,750, 3,850); 4以上 is [4, ∞)', () => {
		expect(claimOf(count(3800, 'over'))).toEqual({ lo: 3800, hi: 3900, loOpen: true, hiOpen: true });
		expect(claimOf(count(3800, 'about'))).toEqual({ lo: 3750, hi: 3850, loOpen: true, hiOpen: true });
		expect(claimOf(count(4, 'at-least'))).toEqual({ lo: 4, hi: Infinity, loOpen: false, hiOpen: true });
		expect(claimOf(count(187))).toEqual({ lo: 187, hi: 187, loOpen: false, hiOpen: false });
	});

	it.each([
		['3,800余 restated as 3,800余', count(3800, 'over'), count(3800, 'over'), 'exact'],
		[
			'约3,800 restated from 3,800余: consistent within the approximation',
			count(3800, 'about'),
			count(3800, 'over'),
			'rounding'
		],
		['50,000 restated from 50,000左右', count(50000), count(50000, 'around'), 'rounding'],
		['exactly 3,800 against more than 3,800', count(3800), count(3800, 'over'), 'discrepancy'],
		['约4,100 against 3,800余: no common value', count(4100, 'about'), count(3800, 'over'), 'discrepancy'],
		[
			'约4,000 against 3,800余: stated to thousands, 约4,000 reaches down to 3,500',
			count(4000, 'about'),
			count(3800, 'over'),
			'rounding'
		],
		['4 against 4以上', count(4), count(4, 'at-least'), 'rounding'],
		['3 against 4以上', count(3), count(4, 'at-least'), 'discrepancy']
	] as const)('%s: %s', (_, printed, input, cls) => expect(same(printed, input).class).toBe(cls));

	it('on the real report: the table’s 约3,800 telegrams and the evaluation’s 50,000 target agree with the text only within their qualifiers', () => {
		expect(check(real, 'perf.hd-video.telegrams-table.restated')).toMatchObject({
			class: 'rounding',
			range: [3800, 3900]
		});
		expect(check(real, 'eval.hd-video.telegram-target.restated')).toMatchObject({
			class: 'rounding',
			range: [45000, 55000]
		});
		for (const id of [
			'eval.hd-video.telegrams.restated',
			'eval.hd-video.telegram-actual.restated',
			'work.info-reports-adopted.annex.restated',
			'perf.overseas-chinese-visits.visits-table.restated'
		]) {
			expect(check(real, id).class, id).toBe('exact');
		}
	});

	it('broken: the table’s telegrams stated exactly, or as 约4,100; the evaluation’s 3,800余 as 约3,800', () => {
		expect(
			check(
				broken([['figures-performance.csv', 'perf.hd-video.telegrams-table', 'approx', '']]),
				'perf.hd-video.telegrams-table.restated'
			).class
		).toBe('discrepancy');
		expect(
			check(
				broken([['figures-performance.csv', 'perf.hd-video.telegrams-table', 'value', '4100']]),
				'perf.hd-video.telegrams-table.restated'
			).class
		).toBe('discrepancy');
		expect(
			check(
				broken([['figures-performance.csv', 'eval.hd-video.telegrams', 'approx', 'about']]),
				'eval.hd-video.telegrams.restated'
			).class
		).toBe('rounding');
		expect(
			check(
				broken([['figures-performance.csv', 'work.info-reports-adopted-annex', 'approx', '']]),
				'work.info-reports-adopted.annex.restated'
			).class
		).toBe('discrepancy');
	});
});

describe('bounds', () => {
	it.each([
		['holds as printed', amount(5544.03), '≥', [amount(5524.59)], 'exact'],
		['misses by a cent that rounding allows', amount(5544.22), '≤', [amount(5524.59), amount(19.62)], 'rounding'],
		['misses by more than rounding allows', amount(5544.22), '≤', [amount(5524.59), amount(19.6)], 'discrepancy'],
		[
			'20余 visits ≥ 20 households: holds for every value the qualifier allows',
			count(20, 'over'),
			'≥',
			[count(20)],
			'exact'
		],
		[
			'约3,800 ≥ 3,800: holds as printed, not for every value of 约',
			count(3800, 'about'),
			'≥',
			[count(3800)],
			'rounding'
		],
		['2 people ≥ 3 delegations: counts have no rounding', count(2), '≥', [count(3)], 'discrepancy']
	] as const)('%s', (_, printed, relation, inputs, cls) => {
		const r = limit(printed, relation, [...inputs]);
		expect(r.relation).toBe(relation);
		expect(r.class).toBe(cls);
	});

	it('the fiscal-appropriation total: above fiscal income, and above fiscal spending', () => {
		expect(check(real, 'totals.fiscal.above-income')).toMatchObject({ class: 'exact', relation: '≥' });
		expect(check(real, 'totals.fiscal.above-income').computed).toBeCloseTo(5524.59, 9);
		expect(check(real, 'totals.fiscal.above-spending').computed).toBeCloseTo(5544.03, 9);
		expect(
			check(broken([['figures-accounts.csv', 'soe.spending', 'value', '1']]), 'totals.fiscal.above-spending').class
		).toBe('discrepancy');
	});

	it('the fiscal-appropriation total exceeds fiscal income plus all the money carried in by a cent: rounding', () => {
		const c = check(real, 'totals.fiscal.within-income-and-carryover');
		expect(c).toMatchObject({ relation: '≤', class: 'rounding' });
		expect(c.computed).toBeCloseTo(5544.21, 9);
		// The fiscal money carried in that the total implies, against all money carried in:
		expect(c.printed.value - c.inputs[0]!.value - c.inputs[1]!.value).toBeCloseTo(19.63, 9);
		expect(c.inputs[2]).toMatchObject({ id: 'annex.income.carryover', value: 19.62 });
		expect(check(broken([['figures-accounts.csv', 'annex.income.carryover', 'value', '19.64']]), c.id).class).toBe(
			'exact'
		);
		expect(check(broken([['figures-accounts.csv', 'annex.income.carryover', 'value', '19.6']]), c.id).class).toBe(
			'discrepancy'
		);
	});

	it('broken: micro-firm contracts above all small and medium-sized ones', () => {
		expect(check(real, 'proc.micro.within-sme').class).toBe('exact');
		expect(
			check(broken([['figures-accounts.csv', 'proc.micro', 'value', '97.5']]), 'proc.micro.within-sme').class
		).toBe('discrepancy');
	});

	it('broken: basic spending below the general public budget’s basic spending', () => {
		expect(check(real, 'spending.basic.above-gpb-basic').class).toBe('exact');
		expect(
			check(broken([['figures-accounts.csv', 'basic.gpb.total', 'value', '3410']]), 'spending.basic.above-gpb-basic')
				.class
		).toBe('discrepancy');
	});

	it('broken: a target the table marks achieved that the narrative falls short of', () => {
		expect(check(real, 'indicator.party-history-digital.2.target.reached').class).toBe('exact');
		expect(
			check(
				broken([['figures-performance.csv', 'perf.party-history-digital.archive-characters', 'value', '2500']]),
				'indicator.party-history-digital.2.target.reached'
			).class
		).toBe('discrepancy');
	});
});

describe('shares of a whole add up to 100%', () => {
	it.each([
		['income.shares.sum', 'income.other.share', '5.32'],
		['spending.shares.sum', 'spending.project.share', '41.76'],
		['tp.shares.sum', 'tp.reception.share', '8.37']
	])('%s: exact on the report, a discrepancy with %s at %s', (id, figure, value) => {
		expect(check(real, id)).toMatchObject({ class: 'exact', kind: 'sum' });
		expect(check(real, id).printed).toMatchObject({ value: 100, precision: 0 });
		expect(check(broken([['figures-accounts.csv', figure, 'value', value]]), id).class).toBe('discrepancy');
	});

	it('the three public expenses’ completion from their parts', () => {
		expect(check(real, 'tp.completion')).toMatchObject({ class: 'exact', kind: 'completion' });
		expect(check(broken([['figures-accounts.csv', 'tp.total.completion', 'value', '99']]), 'tp.completion').class).toBe(
			'discrepancy'
		);
	});
});

describe('on the page and in checks.json', () => {
	it('every kind the engine produces has a label in both languages', () => {
		const kinds = new Set(real.map((c) => c.kind));
		expect(kinds).toContain('bound');
		expect(kinds).toContain('tally');
		for (const k of kinds) {
			expect(storyEn.sections.checks.kinds[k], k).toMatch(/\S/);
			expect(storyZh.sections.checks.kinds[k], k).toMatch(/\S/);
		}
		expect(new Set(Object.values(storyEn.sections.checks.kinds)).size).toBe(
			Object.keys(storyEn.sections.checks.kinds).length
		);
		expect(new Set(Object.values(storyZh.sections.checks.kinds)).size).toBe(
			Object.keys(storyZh.sections.checks.kinds).length
		);
	});

	it('a bound shows its relation; an approximate count its qualifier; a score every digit', () => {
		const zh = new Map(pageChecks(real, 'zh', 'F').map((c) => [c.id, c]));
		const en = new Map(pageChecks(real, 'en', 'F').map((c) => [c.id, c]));
		expect(zh.get('totals.fiscal.within-income-and-carryover')).toMatchObject({
			relation: '≤',
			printed: '5,544.22',
			computed: '≤ 5,544.21',
			arithmetic: '5,544.22 ≤ 5,491.68 + 32.91 + 19.62 = 5,544.21'
		});
		expect(zh.get('perf.hd-video.telegrams-table.restated')).toMatchObject({
			printed: '约3,800',
			computed: '3,800余',
			arithmetic: '3,800余 = 3,800'
		});
		expect(en.get('perf.hd-video.telegrams-table.restated')).toMatchObject({
			printed: 'about 3,800',
			computed: 'more than 3,800',
			arithmetic: 'more than 3,800 = 3,800'
		});
		expect(zh.get('eval.hd-video.video-conferences.restated')).toMatchObject({ printed: '187', computed: '187' });
		expect(zh.get('eval.hd-video.telegram-target.restated')!.arithmetic).toBe('50,000左右 = 50,000');
		expect(zh.get('eval.scores.sum')!.arithmetic).toContain(' 3.5 ');
		expect(zh.get('eval.scores.sum')!.arithmetic).toContain(' 14.5 ');
		expect(zh.get('tp.vehicles.fleet.parts')!.arithmetic).toBe('4 + 5 = 9');
	});

	it('the checks serialise as checks.json does, relation and qualifiers included', () => {
		const json = JSON.parse(JSON.stringify(real)) as CheckResult[];
		expect(json).toHaveLength(real.length);
		expect(json.every((c) => ['=', '≤', '≥'].includes(c.relation))).toBe(true);
		expect(json.find((c) => c.id === 'perf.hd-video.telegrams-table.restated')!.printed.approx).toBe('about');
		expect(json.every((c) => c.range.every((v) => typeof v === 'number'))).toBe(true);
	});
});

describe('what changed, in totals', () => {
	it('the real report: every new identity holds but the fiscal carry-over bound and the two approximate restatements, which agree within rounding', () => {
		const notExact = real
			.filter((c) => c.class !== 'exact')
			.map((c) => `${c.class} ${c.id}`)
			.sort();
		expect(notExact).toEqual(
			[
				'discrepancy annex.spending.total.restated',
				'discrepancy functional.health.share',
				'rounding assets.current.column',
				'rounding assets.fixed.column',
				'rounding eval.hd-video.telegram-target.restated',
				'rounding functional.completion',
				'rounding perf.hd-video.telegrams-table.restated',
				'rounding spending.sum',
				'rounding totals.fiscal.within-income-and-carryover',
				'rounding tp.overseas.growth',
				'rounding tp.reception.growth'
			].sort()
		);
		expect(realById.size).toBe(real.length);
	});
});
