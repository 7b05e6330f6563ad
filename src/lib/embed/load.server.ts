/**
 * Build-time data for an embed page (see data.ts). Node only.
 */
import { getData } from '$lib/data/server';
import type { Locale } from '$lib/format';
import { shareInfo, type ShareInfo } from '$lib/share/meta.server';
import { CHART_IMAGE } from '$lib/actions/embed-code';
import { embedData, type EmbedData } from './data';
import type { EmbedChart } from '$lib/site/charts';

/** The page's data, with its share image (the chart's own, in the page's language). */
export function embedLoad<C extends EmbedChart>(
	locale: Locale,
	chart: C
): Extract<EmbedData, { chart: C }> & { share: ShareInfo } {
	const { pkg, checks } = getData();
	return {
		...(embedData(pkg, checks, locale, chart) as Extract<EmbedData, { chart: C }>),
		share: shareInfo(CHART_IMAGE[chart], locale)
	};
}
