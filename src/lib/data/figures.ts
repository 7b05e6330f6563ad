/**
 * What a page receives from the data package: the figures of the placeholder ids its text refers
 * to (see $lib/i18n/figures for which), and the reconciliation summary. Pure: no DOM, no Svelte,
 * no file system.
 */
import { WAN, type FigureLike, type Locale } from '$lib/format';
import type { DataPackage } from './load';
import { reconcile, type CheckResult } from './reconcile';

export interface PageFigure extends FigureLike {
	id: string;
	label: string;
	status: 'printed' | 'derived';
}

export type PageFigures = Record<string, PageFigure>;

/** Counts of the reconciliation classes, exposed to prose as `checks.*` figures. */
export function checkSummary(checks: CheckResult[]) {
	const count = (c: CheckResult['class']) => checks.filter((x) => x.class === c).length;
	return {
		total: checks.length,
		exact: count('exact'),
		rounding: count('rounding'),
		discrepancy: count('discrepancy')
	};
}

/**
 * The figures with these placeholder ids, by id: what a page that shows only part of the text
 * (an embed) receives. Throws naming the placeholder on an unknown id, so a typo fails the build
 * rather than the page.
 */
export function pageFigures(
	pkg: DataPackage,
	locale: Locale,
	ids: Iterable<string>,
	checks: CheckResult[] = reconcile(pkg)
): PageFigures {
	const summary = checkSummary(checks);
	const out: PageFigures = {};
	for (const id of new Set(ids)) {
		if (id === 'units.wan') {
			out[id] = { id, value: WAN, unit: 'count', precision: 1, label: '万', status: 'derived' };
			continue;
		}
		if (id.startsWith('checks.')) {
			const key = id.slice('checks.'.length) as keyof typeof summary;
			if (!(key in summary)) throw new Error(`text (${locale}) refers to unknown figure "{${id}}"`);
			out[id] = { id, value: summary[key], unit: 'count', precision: 1, label: id, status: 'derived' };
			continue;
		}
		const resolved = resolveFigure(pkg, id, locale);
		if (!resolved) throw new Error(`text (${locale}) refers to unknown figure "{${id}}"`);
		out[id] = resolved;
	}
	return out;
}

/**
 * A figure by placeholder id: a figure of the package (`totals.all.2019`), a 类/款/项 node's
 * amount, completion rate or printed share (`functional.gps`, `functional.gps.party.operation.rate`,
 * `functional.gps.share`), or a performance indicator's target or result (`indicator.hd-video.6.target`).
 */
export function resolveFigure(pkg: DataPackage, id: string, locale: Locale): PageFigure | null {
	const f = pkg.figures.get(id);
	if (f) {
		return {
			id,
			value: f.value,
			unit: f.unit,
			precision: f.precision,
			approx: f.approx,
			counter_zh: f.counter_zh,
			counter_en: f.counter_en,
			label: locale === 'zh' ? f.label_zh : f.label_en,
			status: f.status
		};
	}
	const fn = id.match(/^functional\.(.+?)(?:\.(rate|share))?$/);
	if (fn) {
		const node = pkg.functional.find((n) => n.id === fn[1]);
		if (!node) return null;
		const label = locale === 'zh' ? node.name_zh : node.name_en;
		if (!fn[2]) return { id, value: node.amount, unit: 'wan-yuan', precision: 0.01, label, status: node.status };
		const v = fn[2] === 'rate' ? node.completion_rate : node.share_printed;
		return v === null ? null : { id, value: v, unit: 'percent', precision: 0.01, label, status: 'printed' };
	}
	const ind = id.match(/^indicator\.(.+)\.(target|actual)$/);
	if (ind) {
		const row = pkg.indicators.find((r) => r.id === ind[1]);
		const target = ind[2] === 'target';
		const v = row ? (target ? row.target_value : row.actual_value) : null;
		if (!row || v === null) return null;
		return {
			id,
			value: v,
			unit: 'count',
			precision: 1,
			approx: target ? row.target_approx : row.actual_approx,
			label: locale === 'zh' ? row.name_zh : row.name_en,
			status: 'printed'
		};
	}
	return null;
}
