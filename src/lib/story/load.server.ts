/**
 * Build-time data for a story page: the figures its text refers to and the reconciliation
 * summary, never the raw package. Node only.
 */
import { getData } from '$lib/data/server';
import { storyFigures } from '$lib/i18n/figures';
import { waterfallData } from '$lib/charts/waterfall/data';
import { sunburstData } from '$lib/charts/sunburst/data';
import type { Locale } from '$lib/format';
import { buildGlossary } from '$lib/glossary/glossary';
import { messages, termIdsOf } from '$lib/i18n';
import { storySteps } from './steps';
import type { ClientStoryText } from '$lib/i18n/story';
import { pageChecks } from './checks';
import { shareInfo } from '$lib/share/meta.server';

/** The glossary of a locale, after checking that every term its text marks has an entry. */
function glossaryFor(pkg: ReturnType<typeof getData>['pkg'], locale: Locale) {
	const glossary = buildGlossary(pkg, locale);
	const ids = new Set(glossary.map((g) => g.id));
	for (const id of termIdsOf(messages[locale])) {
		if (!ids.has(id)) throw new Error(`text (${locale}) marks unknown glossary term "[[${id}|…]]"`);
	}
	return glossary;
}

/**
 * The dictionary as the browser gets it: without what the server alone draws, the step texts
 * (ServerProse) and the headline (Static), which are most of its weight.
 */
export function clientMessages(locale: Locale) {
	const m = messages[locale];
	const { steps: _steps, ...story } = m.story;
	const { headline: _headline, story: _story, ...rest } = m;
	return { ...rest, story: story satisfies ClientStoryText };
}

export function storyLoad(locale: Locale) {
	const { pkg, checks } = getData();
	return {
		locale,
		t: clientMessages(locale),
		figures: storyFigures(pkg, locale, checks),
		waterfall: waterfallData(pkg, checks),
		sunburst: sunburstData(pkg),
		glossaryIds: glossaryFor(pkg, locale).map((g) => g.id),
		steps: storySteps(pkg, locale),
		share: shareInfo('story', locale)
	};
}

/** The glossary as the story lists it: the list is drawn by the server alone (Static.svelte). */
export function storyGlossary(locale: Locale) {
	return glossaryFor(getData().pkg, locale);
}

/** The checks as the story lists them: drawn by the server alone (Static.svelte), not sent to the browser. */
export function storyChecks(locale: Locale) {
	return pageChecks(getData().checks, locale, messages[locale].story.sections.checks.completionFormula);
}

export type StoryData = ReturnType<typeof storyLoad> & { origin: string };
