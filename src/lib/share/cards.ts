/**
 * What each share image says, in each language: its text with every figure read from the data
 * package and formatted by $lib/format, and the chart it draws. Pure: no DOM, no Svelte, no file
 * system (the package comes in as an argument).
 */
import type { DataPackage } from '$lib/data/load';
import { roundTo, type CheckResult } from '$lib/data/reconcile';
import { resolveFigure } from '$lib/data/figures';
import { formatAmount, formatFigure, type FigureLike, type Locale } from '$lib/format';
import { PLACEHOLDER } from '$lib/i18n/template';
import { sunburstData, type SunburstNode } from '$lib/charts/sunburst/data';
import { waterfallData } from '$lib/charts/waterfall/data';
import { fill, scopeSteps, threePublicSteps } from '$lib/charts/waterfall/present';
import type { WaterfallStep } from '$lib/charts/waterfall/layout';
import { shareEn, shareZh } from '$lib/i18n/share';
import type { ShareImage } from '$lib/actions/share-images';

export type ShareText = typeof shareEn;

/** The share images' text in a locale. */
export const shareText = (locale: Locale): ShareText => (locale === 'zh' ? shareZh : shareEn);

/** What a share image draws beside its text. */
export type ShareDrawing =
	{ kind: 'waterfall'; steps: WaterfallStep[] } | { kind: 'sunburst'; root: SunburstNode; highlight: string };

/** Everything a share image shows, as plain strings ready to set; and its alt text. */
export interface ShareCard {
	image: ShareImage;
	locale: Locale;
	kicker: string;
	title: string;
	/** What the big number is. */
	label: string;
	/** The big number. */
	figure: string;
	first: string;
	second: string;
	source: string;
	unitNote: string;
	drawing: ShareDrawing;
	/** Alt text of the image: the card's own text and what the drawing shows. */
	alt: string;
}

/**
 * Fills a template: `{figure.id}` (with `|signed` or `|abs`) from `figure`, then `$slot`s.
 * Throws naming the id when a figure is unknown, so a typo fails the build.
 * @example renderText('Up {totals.all.growth}', { locale: 'en', figure }) // "Up 26.1%"
 */
export function renderText(
	template: string,
	opts: { locale: Locale; figure: (id: string) => FigureLike | null; slots?: Record<string, string> }
): string {
	const withFigures = template.replace(PLACEHOLDER, (_, id: string, modifier: 'signed' | 'abs' | undefined) => {
		const f = opts.figure(id);
		if (!f) throw new Error(`share text (${opts.locale}) refers to unknown figure "{${id}}"`);
		const value = modifier === 'abs' ? { ...f, value: Math.abs(f.value) } : f;
		return formatFigure(value, opts.locale, modifier === 'signed' ? 'signed' : 'plain');
	});
	return fill(withFigures, opts.slots ?? {});
}

/** The 类 (class) with the largest amount, and its printed share of the budget it belongs to. */
export function largestClass(pkg: DataPackage): {
	id: string;
	amount: FigureLike;
	share: FigureLike;
	name: Record<Locale, string>;
} {
	const classes = pkg.functional.filter((n) => n.level === 'class');
	if (!classes.length) throw new Error('share: the data package has no class (类) rows in functional.csv');
	const top = classes.reduce((a, b) => (b.amount > a.amount ? b : a));
	const amount = resolveFigure(pkg, `functional.${top.id}`, 'en');
	const share = resolveFigure(pkg, `functional.${top.id}.share`, 'en');
	if (!amount || !share) throw new Error(`share: class "${top.id}" has no amount or printed share in functional.csv`);
	return { id: top.id, amount, share, name: { zh: top.name_zh, en: top.name_en } };
}

/** The drawings' values leave the unit out (the unit note says it), so five bars fit side by side. */
function unitless(steps: WaterfallStep[], locale: Locale): WaterfallStep[] {
	return steps.map((s) => ({
		...s,
		valueText: formatAmount(s.value, locale, { unit: false, sign: s.kind === 'delta' })
	}));
}

/**
 * The card of one share image in one language.
 * @example
 * const { pkg, checks } = getData();
 * shareCard({ pkg, checks, image: 'story', locale: 'en' }).figure // "58.5 million yuan"
 */
export function shareCard(opts: {
	pkg: DataPackage;
	checks: CheckResult[];
	image: ShareImage;
	locale: Locale;
}): ShareCard {
	const { pkg, checks, image, locale } = opts;
	const t = shareText(locale);
	const figure = (id: string) => resolveFigure(pkg, id, locale);
	const text = (template: string, slots?: Record<string, string>) => renderText(template, { locale, figure, slots });

	let c: { title: string; label: string; figure: string; first: string; second: string; drawing: string };
	let slots: Record<string, string> = {};
	let drawing: ShareDrawing;
	if (image === 'sunburst') {
		const top = largestClass(pkg);
		slots = {
			name: top.name[locale],
			amount: formatFigure(top.amount, locale),
			share: formatFigure(top.share, locale)
		};
		c = t.cards.sunburst;
		drawing = { kind: 'sunburst', root: sunburstData(pkg), highlight: top.id };
	} else if (image === 'three-public') {
		const wf = waterfallData(pkg, checks);
		const { start, end } = wf.threePublic;
		// The 2018 total is derived; so is the change, rounded to the precision the amounts are printed at.
		const change = roundTo(end.value - start.value, end.precision);
		slots = { change: formatAmount(Math.abs(change), locale) };
		const tp = t.cards.threePublic;
		c = { ...tp, first: change < 0 ? tp.firstDown : tp.firstUp };
		drawing = { kind: 'waterfall', steps: unitless(threePublicSteps(wf.threePublic, locale), locale) };
	} else {
		const wf = waterfallData(pkg, checks);
		const all = wf.scopes.find((s) => s.id === 'all');
		if (!all) throw new Error('share: the waterfall data has no "all" scope');
		c = t.cards[image];
		drawing = { kind: 'waterfall', steps: unitless(scopeSteps(all, locale), locale) };
	}

	const card = {
		title: text(c.title, slots),
		label: text(c.label, slots),
		figure: text(c.figure, slots),
		first: text(c.first, slots),
		second: text(c.second, slots),
		drawing: text(c.drawing, slots)
	};
	return {
		image,
		locale,
		kicker: t.kicker,
		title: card.title,
		label: card.label,
		figure: card.figure,
		first: card.first,
		second: card.second,
		source: t.source,
		unitNote: t.unitNote,
		drawing,
		alt: fill(t.alt, card)
	};
}
