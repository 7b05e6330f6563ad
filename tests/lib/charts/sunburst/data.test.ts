import { describe, expect, it } from 'vitest';
import { loadPackage } from '$lib/data/load';
import { evaluateFormula } from '$lib/data/formula';
import {
	flatten,
	glossaryMatcher,
	indexTree,
	parseFormula,
	sunburstData,
	type SunburstNode
} from '$lib/charts/sunburst/data';

const pkg = loadPackage('data');
const root = sunburstData(pkg);
const byId = new Map(flatten(root).map((n) => [n.id, n]));
const node = (id: string) => byId.get(id)!;
const value = (id: string) => pkg.figures.get(id)!.value;
const cents = (v: number) => Math.round(v * 100);

describe('sunburstData(pkg)', () => {
	it.each(['total', 'gpb', 'fund', 'other-funds', 'carried'] as const)(
		'%s reads its amount from the figure it is',
		(id) => {
			expect.hasAssertions();
			const n = node(id);
			expect(n.figureId).not.toBeNull();
			expect(n.amount).toBe(value(n.figureId!));
		}
	);

	it('the root is the report’s 2019 total, and the budget is the general public budget spending', () => {
		expect(root.id).toBe('total');
		expect(root.amount).toBe(value('totals.all.2019'));
		expect(node('gpb').figureId).toBe('totals.gpb.2019');
	});

	it('puts the general public budget and the three parts not itemised under the root, nothing else', () => {
		expect(root.children.map((c) => c.id).sort()).toEqual(['carried', 'fund', 'gpb', 'other-funds']);
		expect(
			root.children
				.filter((c) => c.kind === 'not-itemised')
				.map((c) => c.figureId)
				.sort()
		).toEqual(['balance.closing', 'fund.spending', 'spending.other-funds']);
	});

	it('every node’s children add up to it, to the cent (nothing is counted twice)', () => {
		const offenders: string[] = [];
		for (const n of flatten(root)) {
			if (!n.children.length) continue;
			const sum = n.children.reduce((s, c) => s + cents(c.amount), 0);
			if (sum !== cents(n.amount)) offenders.push(`${n.id}: ${sum / 100} ≠ ${n.amount}`);
		}
		expect(offenders).toEqual([]);
	});

	it('has 5 classes, 11 sections and 14 items under the general public budget: every row of functional.csv', () => {
		const under = flatten(node('gpb')).slice(1);
		const count = (level: string) => under.filter((n) => n.kind === level).length;
		expect([count('class'), count('section'), count('item')]).toEqual([5, 11, 14]);
		expect(under.map((n) => n.id).sort()).toEqual(pkg.functional.map((n) => n.id).sort());
		expect(under.filter((n) => n.children.length === 0).every((n) => n.kind === 'item')).toBe(true);
	});

	it('orders children largest first', () => {
		for (const n of flatten(root)) {
			const amounts = n.children.map((c) => c.amount);
			expect(amounts, n.id).toEqual([...amounts].sort((a, b) => b - a));
		}
	});

	it('colours by class: every node under a class carries that class', () => {
		for (const c of node('gpb').children) for (const n of flatten(c)) expect(n.classId, n.id).toBe(c.id);
		expect([root, node('gpb'), node('fund')].map((n) => n.classId)).toEqual([null, null, null]);
	});

	it('keeps the completion rate of items as printed', () => {
		for (const f of pkg.functional) expect(node(f.id).completionRate, f.id).toBe(f.completion_rate);
	});

	it('marks derived parts and gives their formula in named terms that recompute the amount', () => {
		for (const id of ['other-funds', 'carried']) {
			const n = node(id);
			expect(n.status).toBe('derived');
			const formula = n.formula!.map((t) => (t.op ? `${t.op} ` : '') + t.ref).join(' ');
			expect(formula).toBe(pkg.figures.get(n.figureId!)!.formula);
			expect(evaluateFormula(formula, (ref) => pkg.figures.get(ref)?.value)).toBeCloseTo(n.amount, 2);
		}
		expect(node('carried').formula!.map((t) => [t.op, t.name_zh])).toEqual([
			[null, pkg.figures.get('totals.all.2019')!.label_zh],
			['-', pkg.figures.get('spending.total')!.label_zh]
		]);
		expect(node('fund').status).toBe('printed');
		expect(node('fund').formula).toBeNull();
	});

	it('names the terms of a section’s formula by its items', () => {
		const terms = node('gps.party').formula!;
		expect(terms.map((t) => t.ref)).toEqual(['gps.party.operation', 'gps.party.general']);
		expect(terms.map((t) => t.name_en)).toEqual([
			node('gps.party.operation').name_en,
			node('gps.party.general').name_en
		]);
	});

	it('survives JSON (it is what the page receives)', () => {
		expect(JSON.parse(JSON.stringify(root))).toEqual(root);
	});

	it('supports the title’s claim: the Party committee offices (款) took more than half of the whole', () => {
		expect(node('gps.party').amount).toBeGreaterThan(root.amount / 2);
	});
});

describe('glossary links', () => {
	const termOf = (id: string | null) => pkg.glossary.find((g) => g.id === id)?.term_zh;

	it('links gps.party.operation to the definition of 一般公共服务（类）党委办公厅（室）及相关机构事务（款）行政运行（项）', () => {
		expect(termOf(node('gps.party.operation').glossaryId)).toBe(
			'一般公共服务（类）党委办公厅（室）及相关机构事务（款）行政运行（项）'
		);
	});

	it('links the money carried into 2020 to the definition of 年末结转和结余', () => {
		expect(termOf(node('carried').glossaryId)).toBe(pkg.figures.get('balance.closing')!.label_zh);
	});

	it('every link names the node’s own 类, 款 and 项 (allowing the glossary’s extra 支出)', () => {
		expect.hasAssertions();
		const index = indexTree(root);
		const linked = flatten(node('gpb')).filter((n) => n.glossaryId);
		expect(linked.length).toBeGreaterThan(0);
		for (const n of linked) {
			const term = termOf(n.glossaryId)!;
			const names = index
				.get(n.id)!
				.path.slice(2)
				.map((id) => node(id).name_zh);
			expect(term.replaceAll('支出（', '（'), n.id).toBe(`${names[0]}（类）${names[1]}（款）${names[2]}（项）`);
		}
	});

	it('items without a definition in the report get no link', () => {
		// 其他一般公共服务 and the health items have no entry in Part 3.
		expect(node('gps.other.other').glossaryId).toBeNull();
		expect(node('health.other.other').glossaryId).toBeNull();
	});

	it.each([
		[['一般公共服务', '组织事务', '其他组织事务'], 'item.organization-affairs.other'],
		[['科学技术', '科学技术管理事务', '行政运行'], 'item.sci-tech-admin.admin-operation'],
		[['住房保障', '住房改革', '住房公积金'], 'item.housing-reform.housing-provident-fund'],
		[['科学技术', '社会科学', '其他社会科学'], null],
		[['一般公共服务', '党委办公厅（室）及相关机构事务'], null]
	])('glossaryMatcher().byPath(%j) is %s', (names, id) => {
		expect(glossaryMatcher(pkg.glossary).byPath(names)).toBe(id);
	});
});

describe('parseFormula', () => {
	const names = (ref: string) => ({ name_zh: ref, name_en: ref });
	it('splits sums and differences', () => {
		expect(parseFormula('a - b + c', names).map((t) => [t.op, t.ref])).toEqual([
			[null, 'a'],
			['-', 'b'],
			['+', 'c']
		]);
	});
	it.each(['a * b', 'a - ( b + c )', 'a -', 'a b'])('rejects "%s"', (f) => {
		expect(() => parseFormula(f, names)).toThrow(/sunburst: formula/);
	});
});

describe('indexTree', () => {
	const index = indexTree(root);
	it('gives each node its path, level and place among its siblings', () => {
		const e = index.get('gps.party.general')!;
		expect(e.path).toEqual(['total', 'gpb', 'gps', 'gps.party', 'gps.party.general']);
		expect(e.depth).toBe(4);
		expect(e.siblingIds).toEqual(node('gps.party').children.map((c: SunburstNode) => c.id));
		expect(e.posinset).toBe(e.siblingIds.indexOf('gps.party.general') + 1);
		expect(e.setsize).toBe(node('gps.party').children.length);
		expect(index.get('total')).toMatchObject({ parentId: null, depth: 0, posinset: 1, setsize: 1 });
		expect(index.size).toBe(flatten(root).length);
	});
});
