/**
 * What a story page receives from the data package: only the figures its text refers to, and
 * the reconciliation summary. Pure: no DOM, no Svelte, no file system.
 */
import { WAN, type FigureLike, type Locale } from '$lib/format';
import { figureIdsOf, messages } from '$lib/i18n';
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
	return { total: checks.length, exact: count('exact'), rounding: count('rounding'), discrepancy: count('discrepancy') };
}

/**
 * The figures a locale's text needs, by id. Throws naming the placeholder if the text refers to
 * a figure the package does not have, so a typo fails the build rather than the page.
 */
export function storyFigures(pkg: DataPackage, locale: Locale, checks: CheckResult[] = reconcile(pkg)): PageFigures {
	const summary = checkSummary(checks);
	const out: PageFigures = {};
	for (const id of figureIdsOf(messages[locale])) {
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
		const f = pkg.figures.get(id);
		if (!f) throw new Error(`text (${locale}) refers to unknown figure "{${id}}"`);
		out[id] = {
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
	return out;
}
