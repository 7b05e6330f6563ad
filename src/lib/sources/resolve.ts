/**
 * What a source id stands for, down to the passages of the report it rests on. Pure.
 */
import type { DataPackage } from '$lib/data/load';
import { collapse } from '$lib/data/quote';
import type { CheckResult } from '$lib/data/reconcile';
import type { FigureScope, PassageRow } from '$lib/data/schema';
import { formulaIds } from '$lib/data/formula';

export type SourceKind = 'figure' | 'passage' | 'check' | 'site';

export interface ResolvedSource {
	id: string;
	kind: SourceKind;
	/** The passages of the report it rests on, by id (none for the site's own counts). */
	passages: string[];
	/** A figure's scope (口径), where it has one. */
	scope?: FigureScope | null;
	/** Where a figure comes from: printed in the report, or derived from printed figures. */
	status?: 'printed' | 'derived';
}

/** The site's own figures: counts of its checks, the size of 万. They rest on no passage. */
const SITE = /^(checks\.(total|exact|rounding|discrepancy)|units\.wan)$/;

/** The quotes a figure or check operand comes from; a derived figure's are its inputs'. */
export function quotesOf(id: string, pkg: DataPackage, seen = new Set<string>()): string[] | null {
	if (seen.has(id)) return [];
	seen.add(id);
	const f = pkg.figures.get(id);
	if (f) {
		if (f.status === 'derived' && f.formula) return formulaIds(f.formula).flatMap((x) => quotesOf(x, pkg, seen) ?? []);
		return [f.quote];
	}
	const fn = id.match(/^functional\.(.+?)(?:\.(rate|share|completion))?$/);
	if (fn) {
		const node = pkg.functional.find((n) => n.id === fn[1]);
		if (node)
			return node.status === 'derived' && node.formula
				? formulaIds(node.formula).flatMap((x) => quotesOf(`functional.${x}`, pkg, seen) ?? [])
				: [node.quote];
	}
	const ind = id.match(/^indicator\.(.+?)(?:\.(target|actual))?$/);
	if (ind) {
		const row = pkg.indicators.find((r) => r.id === ind[1]);
		if (row) return [row.quote];
	}
	const asset = id.match(/^assets\.([^.]+)\./);
	if (asset) {
		const row = pkg.assets.find((r) => r.id === asset[1]);
		if (row) return [row.quote];
	}
	const chart = id.match(/^chart\.(.+)$/);
	if (chart) {
		const row = pkg.chartData.find((r) => r.id === chart[1]);
		if (row) return [row.quote];
	}
	const score = id.match(/^score\.(.+)\.(weight|score)$/);
	if (score) {
		const row = pkg.scores.find((r) => r.id === score[1]);
		if (row) return [row.quote];
	}
	return null;
}

/** The passages that hold a quote (or that a quote holds: a figure may quote a longer stretch). */
export function passagesOf(quote: string, passages: PassageRow[]): PassageRow[] {
	const q = collapse(quote);
	return passages.filter((p) => {
		const t = collapse(p.quote);
		return t.includes(q) || q.includes(t);
	});
}

/**
 * A source id resolved, or null if it names nothing. A figure or check whose quote no passage
 * holds resolves with no passages: the audit reports it.
 */
export function resolveSource(id: string, pkg: DataPackage, checks: CheckResult[]): ResolvedSource | null {
	if (SITE.test(id)) return { id, kind: 'site', passages: [] };
	const unique = (rows: PassageRow[]) => [...new Set(rows.map((p) => p.id))];
	if (id.startsWith('p:')) {
		const p = pkg.passages.find((x) => x.id === id.slice(2));
		return p ? { id, kind: 'passage', passages: [p.id] } : null;
	}
	if (id.startsWith('check:')) {
		const c = checks.find((x) => x.id === id.slice('check:'.length));
		if (!c) return null;
		const quotes = [c.printed, ...c.inputs].flatMap((o) => quotesOf(o.id, pkg) ?? []);
		return { id, kind: 'check', passages: unique(quotes.flatMap((q) => passagesOf(q, pkg.passages))) };
	}
	const quotes = quotesOf(id, pkg);
	if (quotes === null) return null;
	const f = pkg.figures.get(id);
	const node = id.startsWith('functional.') ? pkg.functional.find((n) => `functional.${n.id}` === id) : undefined;
	return {
		id,
		kind: 'figure',
		passages: unique(quotes.flatMap((q) => passagesOf(q, pkg.passages))),
		scope: f ? f.scope : id.startsWith('functional.') && !id.endsWith('.rate') ? 'gpb-spending' : null,
		status: f?.status ?? node?.status ?? 'printed'
	};
}
