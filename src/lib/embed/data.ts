/**
 * What an embed page receives: one chart's data, the text it shows (its headline, the source
 * line, the glossary's labels), only the figures and glossary entries that text needs, and the
 * story step it stands for. Built at build time (load.server.ts). Pure: no DOM, no Svelte.
 */
import type { DataPackage } from '$lib/data/load';
import type { CheckResult } from '$lib/data/reconcile';
import { pageFigures, type PageFigures } from '$lib/data/figures';
import { SCOPES, waterfallData, type ScopeId, type WaterfallData } from '$lib/charts/waterfall/data';
import { sunburstData, type SunburstNode } from '$lib/charts/sunburst/data';
import type { Locale } from '$lib/format';
import { buildGlossary, type GlossaryEntry } from '$lib/glossary/glossary';
import { allStrings, messages, PLACEHOLDER, termIdsOf, type Messages } from '$lib/i18n';
import { storySteps, type StepDef } from '$lib/story/steps';
import type { EmbedChart } from '$lib/site/charts';
import { actionsText, type ActionsText } from '$lib/i18n/chart';

/** One state of an embed: its headline (with placeholders and glossary marks) and its story step. */
export interface EmbedView {
	title: string;
	/** The one line under the headline (placeholders and marks too). */
	description: string;
	/** Id of the story step that shows the same thing: the canonical page and the source link go there. */
	step: string;
}

export interface EmbedText {
	source: string;
	report: string;
	fullStory: string;
	newTab: string;
	/** Plain title of the page (and of the iframe that shows it). */
	frame: string;
	/** The site's description and name, for the share tags. */
	description: string;
	siteName: string;
	glossary: Messages['glossary'];
	/** The footer's share button (sent as data: the page's code carries no text of its own). */
	share: Pick<ActionsText, 'share' | 'copied' | 'manual'>;
}

interface EmbedBase {
	locale: Locale;
	t: EmbedText;
	figures: PageFigures;
	glossary: GlossaryEntry[];
}

export interface SunburstEmbedData extends EmbedBase {
	chart: 'sunburst';
	view: EmbedView;
	sunburst: SunburstNode;
}

export interface ThreePublicEmbedData extends EmbedBase {
	chart: 'three-public';
	view: EmbedView;
	waterfall: WaterfallData;
}

/** The waterfall's headline and step follow the scope the reader picks. */
export interface WaterfallEmbedData extends EmbedBase {
	chart: 'waterfall';
	views: Record<ScopeId, EmbedView>;
	waterfall: WaterfallData;
}

export type EmbedData = SunburstEmbedData | ThreePublicEmbedData | WaterfallEmbedData;

/** What an embed page's component receives: its data, the site's origin (root layout) and its share image (load.server.ts). */
export type EmbedPageData<D extends EmbedData = EmbedData> = D & {
	origin: string;
	share: { image: string; alt: string };
};

const placeholderIds = (text: unknown) =>
	allStrings(text).flatMap(([, s]) => [...s.matchAll(PLACEHOLDER)].map((m) => m[1]!));

/** The first step whose chart state passes the test; throws if the story has none (a renamed step fails the build). */
function stepWhere(steps: StepDef[], what: string, test: (c: StepDef['chart']) => boolean): string {
	const step = steps.find((s) => test(s.chart));
	if (!step) throw new Error(`embed: the story has no step that shows ${what}`);
	return step.id;
}

/**
 * The story step each embed stands for: the sunburst's whole, the "three public" waterfall, and
 * for each scope the step that shows its whole waterfall.
 */
export function embedSteps(steps: StepDef[]): {
	sunburst: string;
	'three-public': string;
	waterfall: Record<ScopeId, string>;
} {
	const full = (scope: ScopeId) => {
		const bars = steps.flatMap((s) => (s.chart.kind === 'waterfall' && s.chart.scope === scope ? [s.chart.shown] : []));
		const most = Math.max(...bars);
		return stepWhere(
			steps,
			`the whole waterfall at scope "${scope}"`,
			(c) => c.kind === 'waterfall' && c.scope === scope && c.shown === most
		);
	};
	return {
		sunburst: stepWhere(steps, 'the whole sunburst', (c) => c.kind === 'sunburst' && c.focus === null),
		'three-public': stepWhere(steps, 'the "three public" waterfall', (c) => c.kind === 'three-public'),
		waterfall: Object.fromEntries(SCOPES.map((s) => [s, full(s)])) as Record<ScopeId, string>
	};
}

/**
 * The glossary entries that text marks, with the terms they relate to (so "related" buttons
 * open something); links to terms outside the set are dropped.
 */
export function glossaryFor(all: GlossaryEntry[], text: unknown): GlossaryEntry[] {
	const byId = new Map(all.map((e) => [e.id, e]));
	const marked = termIdsOf(text);
	for (const id of marked) if (!byId.has(id)) throw new Error(`embed text marks unknown glossary term "[[${id}|…]]"`);
	const ids = new Set(marked.flatMap((id) => [id, ...byId.get(id)!.related.map((r) => r.id)]));
	return all.filter((e) => ids.has(e.id)).map((e) => ({ ...e, related: e.related.filter((r) => ids.has(r.id)) }));
}

const pickShare = ({ share, copied, manual }: ActionsText): EmbedText['share'] => ({ share, copied, manual });

/**
 * The data of one embed page in one locale.
 * @example embedData(pkg, checks, 'en', 'three-public').view.step // "three-public"
 */
export function embedData(
	pkg: DataPackage,
	checks: CheckResult[],
	locale: Locale,
	chart: 'sunburst'
): SunburstEmbedData;
export function embedData(
	pkg: DataPackage,
	checks: CheckResult[],
	locale: Locale,
	chart: 'three-public'
): ThreePublicEmbedData;
export function embedData(
	pkg: DataPackage,
	checks: CheckResult[],
	locale: Locale,
	chart: 'waterfall'
): WaterfallEmbedData;
export function embedData(pkg: DataPackage, checks: CheckResult[], locale: Locale, chart: EmbedChart): EmbedData;
export function embedData(pkg: DataPackage, checks: CheckResult[], locale: Locale, chart: EmbedChart): EmbedData {
	const m = messages[locale];
	const text = m.embed.charts[chart];
	const glossary = glossaryFor(buildGlossary(pkg, locale), [text.title, text.description]);
	// The chart's own text (caption, notes) holds placeholders too.
	const chartText = chart === 'sunburst' ? m.sunburst : m.waterfall;
	const figures = pageFigures(
		pkg,
		locale,
		[
			...placeholderIds(text.title),
			...placeholderIds(text.description),
			...placeholderIds(chartText),
			...glossary.flatMap((g) => placeholderIds(g.plain))
		],
		checks
	);
	const { source, report, fullStory, newTab } = m.embed;
	const t: EmbedText = {
		source,
		report,
		fullStory,
		newTab,
		frame: text.frame,
		description: m.meta.description,
		siteName: m.meta.siteName,
		glossary: m.glossary,
		share: pickShare(actionsText(locale))
	};
	const base: EmbedBase = { locale, t, figures, glossary };
	const steps = embedSteps(storySteps(pkg, locale));
	if (chart === 'sunburst')
		return {
			...base,
			chart,
			view: { title: m.embed.charts.sunburst.title, description: text.description, step: steps.sunburst },
			sunburst: sunburstData(pkg)
		};
	const waterfall = waterfallData(pkg, checks);
	if (chart === 'three-public')
		return {
			...base,
			chart,
			view: { title: m.embed.charts['three-public'].title, description: text.description, step: steps['three-public'] },
			waterfall
		};
	const titles = m.embed.charts.waterfall.title;
	const views = Object.fromEntries(
		SCOPES.map((s) => [s, { title: titles[s], description: text.description, step: steps.waterfall[s] }])
	) as Record<ScopeId, EmbedView>;
	return { ...base, chart, views, waterfall };
}
