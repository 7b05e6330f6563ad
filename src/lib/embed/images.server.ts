/**
 * /embed/images.json and /en/embed/images.json: for each chart, the share card that stands for it
 * as a still image, the card's alt text and the story step it stands for. The "embed this chart"
 * dialog fetches it when it opens (the story's page data stays as it is). Node only.
 */
import { getData } from '$lib/data/server';
import type { Locale } from '$lib/format';
import { shareCard } from '$lib/share/cards';
import { storySteps } from '$lib/story/steps';
import { CHART_IMAGE, type ChartImages } from '$lib/actions/embed-code';
import { embedSteps } from './data';
import { EMBED_CHARTS } from '$lib/iframe/options';

/** What each chart's still image is, in one language. */
export function chartImages(locale: Locale): ChartImages {
	const { pkg, checks } = getData();
	const steps = embedSteps(storySteps(pkg, locale));
	// The cards draw the whole chart: the waterfall's card its widest scope, the sunburst's its whole.
	const step: Record<(typeof EMBED_CHARTS)[number], string> = {
		sunburst: steps.sunburst,
		waterfall: steps.waterfall.all,
		'three-public': steps['three-public']
	};
	return Object.fromEntries(
		EMBED_CHARTS.map((chart) => {
			const image = CHART_IMAGE[chart];
			return [chart, { image, alt: shareCard({ pkg, checks, image, locale }).alt, step: step[chart] }];
		})
	) as ChartImages;
}

/** The JSON response. */
export const chartImagesResponse = (locale: Locale): Response =>
	new Response(JSON.stringify(chartImages(locale)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
