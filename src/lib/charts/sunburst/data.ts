/**
 * The sunburst's tree, built from the data package at build time. Pure: no DOM, no Svelte, no
 * file system. Only this small serialisable tree reaches the client, never the raw package.
 *
 * The root is the whole 2019 total (收、支总计). Under it: the general public budget appropriation
 * spending, which the report itemises by function (类 → 款 → 项), and beside it the parts the
 * report does not itemise by function (government-fund spending, spending from other funds, money
 * carried into 2020), read from the package's figures. Nothing is counted twice: the children of
 * every node add up to it (a unit test holds the data to that).
 */
import type { DataPackage } from '$lib/data/load';
import type { FunctionalNode, GlossaryRow } from '$lib/data/schema';
import { sumTerms, type SumTerm } from '$lib/data/formula';

/** What a node is: the total, the budget it itemises, a 类/款/项 of that budget, or a part the report does not itemise. */
export type SunburstKind = 'total' | 'budget' | 'class' | 'section' | 'item' | 'not-itemised';

/** One term of a derived node's formula, with the names of what it refers to. */
export interface FormulaTerm {
	/** The operator before this term; null for the first. */
	op: '+' | '-' | null;
	/** A figure id or a functional node id. */
	ref: string;
	name_zh: string;
	name_en: string;
}

export interface SunburstNode {
	/** Stable id: a functional id (`gps.party.operation`) or one of `total`, `gpb`, `fund`, `other-funds`, `carried`. */
	id: string;
	kind: SunburstKind;
	name_zh: string;
	name_en: string;
	/** 万元, as the report stores it. */
	amount: number;
	/** `derived` when the report does not print it: then `formula` says how it is computed. */
	status: 'printed' | 'derived';
	formula: FormulaTerm[] | null;
	/** Per cent of budget completed (items only, as the report prints it). */
	completionRate: number | null;
	/** Id of the glossary definition (Part 3 名词解释) that explains this node, if any. */
	glossaryId: string | null;
	/** The 类 (class) this node belongs to, which sets its colour; null above the classes and for the parts not itemised. */
	classId: string | null;
	/** The figure this node repeats, where it is one (`totals.gpb.2019` …). */
	figureId: string | null;
	children: SunburstNode[];
}

/** The parts of the total that the report does not itemise by function, and the figures they are. */
export const NOT_ITEMISED = [
	{ id: 'fund', figureId: 'fund.spending' },
	{ id: 'other-funds', figureId: 'spending.other-funds' },
	{ id: 'carried', figureId: 'balance.closing' }
] as const;

const ROOT_FIGURE = 'totals.all.2019';
const BUDGET_FIGURE = 'totals.gpb.2019';

/**
 * Builds the sunburst tree from the package. Throws, naming the id, when a figure it needs is
 * missing or a formula is more than a sum and difference of ids (so the build fails loudly).
 * @example
 * const root = sunburstData(loadPackage());
 * root.children.map((c) => c.id); // ['gpb', 'fund', 'other-funds', 'carried']
 */
export function sunburstData(pkg: DataPackage): SunburstNode {
	const figure = (id: string) => {
		const f = pkg.figures.get(id);
		if (!f) throw new Error(`sunburst: the data package has no figure "${id}"`);
		return f;
	};
	const functionalById = new Map(pkg.functional.map((n) => [n.id, n]));
	const nameOf = (ref: string): { name_zh: string; name_en: string } => {
		const n = functionalById.get(ref);
		if (n) return { name_zh: n.name_zh, name_en: n.name_en };
		const f = figure(ref);
		return { name_zh: f.label_zh, name_en: f.label_en };
	};
	const glossary = glossaryMatcher(pkg.glossary);

	const fromFigure = (
		id: string,
		figureId: string,
		kind: SunburstKind,
		children: SunburstNode[] = []
	): SunburstNode => {
		const f = figure(figureId);
		if (f.unit !== 'wan-yuan') throw new Error(`sunburst: figure "${figureId}" is not an amount in 万元`);
		return {
			id,
			kind,
			name_zh: f.label_zh,
			name_en: f.label_en,
			amount: f.value,
			status: f.status,
			formula: f.status === 'derived' ? parseFormula(f.formula, nameOf) : null,
			completionRate: null,
			glossaryId: glossary.byTerm(f.label_zh),
			classId: null,
			figureId,
			children
		};
	};

	const fromFunctional = (n: FunctionalNode, classId: string, path: string[]): SunburstNode => {
		const names = [...path, n.name_zh];
		return {
			id: n.id,
			kind: n.level,
			name_zh: n.name_zh,
			name_en: n.name_en,
			amount: n.amount,
			status: n.status,
			formula: n.status === 'derived' ? parseFormula(n.formula, nameOf) : null,
			completionRate: n.completion_rate,
			glossaryId: n.level === 'item' ? glossary.byPath(names) : null,
			classId,
			figureId: null,
			children: byAmount(
				pkg.functional.filter((c) => c.parent_id === n.id).map((c) => fromFunctional(c, classId, names))
			)
		};
	};

	const classes = byAmount(pkg.functional.filter((n) => n.level === 'class').map((c) => fromFunctional(c, c.id, [])));
	const budget = fromFigure('gpb', BUDGET_FIGURE, 'budget', classes);
	const parts = NOT_ITEMISED.map((p) => fromFigure(p.id, p.figureId, 'not-itemised'));
	return fromFigure('total', ROOT_FIGURE, 'total', byAmount([budget, ...parts]));
}

/** Largest first, ties in the package's order: the order of the rings, the ranked list and the keyboard. */
function byAmount(nodes: SunburstNode[]): SunburstNode[] {
	return nodes
		.map((n, i) => ({ n, i }))
		.sort((a, b) => b.n.amount - a.n.amount || a.i - b.i)
		.map(({ n }) => n);
}

/**
 * Splits a formula of the package (`totals.all.2019 - spending.total`) into named terms.
 * Only sums and differences of ids occur in the parts the sunburst shows; anything else throws.
 */
export function parseFormula(
	formula: string,
	nameOf: (ref: string) => { name_zh: string; name_en: string }
): FormulaTerm[] {
	let terms: SumTerm[];
	try {
		terms = sumTerms(formula);
	} catch (e) {
		throw new Error(`sunburst: ${(e as Error).message}`, { cause: e });
	}
	return terms.map(({ sign, id }, i) => ({ op: i === 0 ? null : sign, ref: id, ...nameOf(id) }));
}

/**
 * Finds the glossary definition of a node by its Chinese names, not by typed-in ids.
 *
 * The report's definitions name budget lines in full, 类 then 款 then 项:
 * `一般公共服务（类）党委办公厅（室）及相关机构事务（款）行政运行（项）`. The glossary sometimes
 * adds 支出 ("spending") where the itemised table leaves it out (`科学技术支出（类）`), so both sides
 * are compared without a trailing 支出.
 */
export function glossaryMatcher(rows: GlossaryRow[]) {
	const strip = (s: string) => s.trim().replace(/支出$/, '');
	const parsed = rows.map((r) => {
		const m = r.term_zh.match(/^(.+?)（类）(.+?)（款）(.+?)（项）$/);
		return { id: r.id, term: r.term_zh.trim(), path: m ? [m[1]!, m[2]!, m[3]!].map(strip) : null };
	});
	return {
		/** The definition of a 类 → 款 → 项 path of names, or null. */
		byPath(names: string[]): string | null {
			const want = names.map(strip);
			const hit = parsed.find((p) => p.path && p.path.length === want.length && p.path.every((s, i) => s === want[i]));
			return hit?.id ?? null;
		},
		/** The definition whose term is exactly this label (年末结转和结余 …), or null. */
		byTerm(label: string): string | null {
			return parsed.find((p) => p.term === label.trim())?.id ?? null;
		}
	};
}

/** Every node of the tree, parents before children. */
export function flatten(root: SunburstNode): SunburstNode[] {
	return [root, ...root.children.flatMap(flatten)];
}

/** Where a node sits in the tree: what a tree widget needs (aria-level, -posinset, -setsize) and what moving through it needs. */
export interface TreeEntry {
	node: SunburstNode;
	parentId: string | null;
	/** 0 for the root. */
	depth: number;
	/** 1-based position among its siblings, and their number (the root counts as its own set of one). */
	posinset: number;
	setsize: number;
	siblingIds: string[];
	childIds: string[];
	/** Ids from the root down to this node, both included. */
	path: string[];
}

/**
 * Indexes a tree by id.
 * @example indexTree(root).get('gps.party')?.path // ['total', 'gpb', 'gps', 'gps.party']
 */
export function indexTree(root: SunburstNode): Map<string, TreeEntry> {
	const out = new Map<string, TreeEntry>();
	const visit = (node: SunburstNode, parent: SunburstNode | null, path: string[]) => {
		const siblings = parent ? parent.children : [node];
		const here = [...path, node.id];
		out.set(node.id, {
			node,
			parentId: parent?.id ?? null,
			depth: path.length,
			posinset: siblings.indexOf(node) + 1,
			setsize: siblings.length,
			siblingIds: siblings.map((s) => s.id),
			childIds: node.children.map((c) => c.id),
			path: here
		});
		for (const c of node.children) visit(c, node, here);
	};
	visit(root, null, []);
	return out;
}
