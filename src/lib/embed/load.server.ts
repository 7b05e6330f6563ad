/**
 * Build-time data for an embed page (see data.ts). Node only.
 */
import { getData } from '$lib/data/server';
import type { Locale } from '$lib/format';
import { embedData, type EmbedData } from './data';
import type { EmbedChart } from './options';

export function embedLoad<C extends EmbedChart>(locale: Locale, chart: C): Extract<EmbedData, { chart: C }> {
	const { pkg, checks } = getData();
	return embedData(pkg, checks, locale, chart) as Extract<EmbedData, { chart: C }>;
}
