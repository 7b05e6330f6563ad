/**
 * Build-time data for a story page: the figures its text refers to and the reconciliation
 * summary, never the raw package. Node only.
 */
import { getData } from '$lib/data/server';
import { storyFigures } from '$lib/data/story';
import type { Locale } from '$lib/format';

export function storyLoad(locale: Locale) {
	const { pkg, checks } = getData();
	return { locale, figures: storyFigures(pkg, locale, checks) };
}

export type StoryData = ReturnType<typeof storyLoad> & { origin: string };
