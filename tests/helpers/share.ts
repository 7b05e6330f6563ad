/**
 * What the share images must say, worked out from data/ with d3-dsv, independently of the
 * package loader: the expected text of each card, formatted by $lib/format.
 */
import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { formatAmount, formatRate, type Locale } from '$lib/format';
import type { ShareImage } from '$lib/actions/share-images';

export const csv = (file: string) => csvParse(readFileSync(`data/${file}`, 'utf8'));

const figures = new Map([...csv('figures-accounts.csv'), ...csv('figures-performance.csv')].map((r) => [r.id!, r]));

/** A figure's value, from the CSV. */
export function value(id: string): number {
	const row = figures.get(id);
	if (!row) throw new Error(`no figure ${id} in data/`);
	return Number(row.value);
}

/** A percent figure as the page prints it, at its printed precision. */
export const rate = (id: string, locale: Locale, sign = false) =>
	formatRate(value(id), locale, { precision: Number(figures.get(id)!.precision), sign });

/** The 类 with the largest amount in functional.csv. */
export function largestClassRow() {
	const classes = csv('functional.csv').filter((r) => r.level === 'class');
	return classes.reduce((a, b) => (Number(b.amount) > Number(a.amount) ? b : a));
}

/** The figures each card must show, formatted for the locale. */
export function expectedFigures(image: ShareImage, locale: Locale): string[] {
	const amount = (id: string, sign = false) => formatAmount(value(id), locale, { sign });
	switch (image) {
		case 'story':
			return [
				amount('totals.all.2019'),
				amount('totals.all.change'),
				rate('totals.all.growth', locale),
				amount('totals.all.informatization')
			];
		case 'waterfall':
			return [
				amount('totals.all.change', true),
				amount('totals.all.informatization'),
				rate('totals.all.lfl-growth', locale, true)
			];
		case 'sunburst': {
			const top = largestClassRow();
			return [
				formatRate(Number(top.share_printed), locale, { precision: 0.01 }),
				formatAmount(Number(top.amount), locale),
				locale === 'zh' ? top.name_zh! : top.name_en!,
				amount('totals.gpb.2019')
			];
		}
		case 'three-public':
			return [
				amount('tp.total'),
				amount('tp.total.2018'),
				formatAmount(Math.abs(Math.round((value('tp.total') - value('tp.total.2018')) * 100) / 100), locale)
			];
	}
}
