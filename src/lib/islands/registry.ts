/**
 * The parts of the story that are drawn on the server but whose code the reader's browser loads
 * only when it is about to show them (islands): the charts. Keeps the first view's JavaScript to
 * the page itself, the words and the scrolling.
 *
 * The client side imports them lazily from here; the server side (Island.ssr.svelte) imports the
 * same components statically so that the prerendered page holds every chart.
 */
import type { Component, ComponentProps } from 'svelte';
import type StepChart from '$lib/charts/step/StepChart.svelte';
import type WaterfallFigure from '$lib/charts/waterfall/WaterfallFigure.svelte';
import type SunburstFigure from '$lib/charts/sunburst/SunburstFigure.svelte';

export interface IslandProps {
	'step-chart': ComponentProps<typeof StepChart>;
	'waterfall-figure': ComponentProps<typeof WaterfallFigure>;
	'sunburst-figure': ComponentProps<typeof SunburstFigure>;
}
export type IslandName = keyof IslandProps;

type Loader<N extends IslandName> = () => Promise<{ default: Component<IslandProps[N]> }>;

export const islandLoaders: { [N in IslandName]: Loader<N> } = {
	'step-chart': () => import('$lib/charts/step/StepChart.svelte'),
	'waterfall-figure': () => import('$lib/charts/waterfall/WaterfallFigure.svelte'),
	'sunburst-figure': () => import('$lib/charts/sunburst/SunburstFigure.svelte')
};
