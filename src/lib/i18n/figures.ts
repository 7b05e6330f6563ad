/**
 * Which figures a locale's text refers to: every placeholder of its dictionary and of the
 * glossary's explanations. Pure: no DOM, no Svelte, no file system.
 */
import type { Locale } from '$lib/format';
import type { DataPackage } from '$lib/data/load';
import { pageFigures, type PageFigures } from '$lib/data/figures';
import { reconcile, type CheckResult } from '$lib/data/reconcile';
import { figureIdsOf, messages, PLACEHOLDER } from './index';
import { TERMS } from './glossary';

/**
 * The figures a locale's text needs, by id. Throws naming the placeholder if the text refers to
 * a figure the package does not have, so a typo fails the build rather than the page.
 */
export function storyFigures(pkg: DataPackage, locale: Locale, checks: CheckResult[] = reconcile(pkg)): PageFigures {
	const glossaryText = TERMS.map((t) => (locale === 'zh' ? t.plain_zh : t.plain_en));
	return pageFigures(
		pkg,
		locale,
		[...figureIdsOf(messages[locale]), ...glossaryText.flatMap((s) => [...s.matchAll(PLACEHOLDER)].map((m) => m[1]!))],
		checks
	);
}
