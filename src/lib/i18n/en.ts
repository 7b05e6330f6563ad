/**
 * English text of the site: the contract every locale satisfies (see zh.ts).
 * Figures are never typed in: `{figure.id}` is replaced by the figure, formatted for the reader;
 * `{figure.id|signed}` adds "+" on rises, `{figure.id|abs}` drops the sign where the words carry it.
 */
import type { Widen } from './types';
import { sunburstEn } from '$lib/charts/sunburst/text';
import { waterfallEn } from '$lib/charts/waterfall/text';
import { embedEn } from '$lib/embed/text';
import { notFoundEn } from './not-found';
import { storyEn } from '$lib/story/text';
import { shareEn } from '$lib/share/text';

export const en = {
	meta: {
		title: 'Where the Panzhihua Party office’s 2019 money went',
		description:
			'The 2019 final accounts of the General Office of the CPC Panzhihua Municipal Committee, explained: what it spent, why spending rose, and what one informatization task did to the total.',
		siteName: 'Panzhihua Party Office 2019 accounts, explained'
	},
	nav: {
		skip: 'Skip to the story',
		switchTo: '中文',
		switchLabel: '阅读中文版 (read in Chinese)'
	},
	headline: {
		kicker: 'General Office of the CPC Panzhihua Municipal Committee · 2019 final accounts (部门决算)',
		title: 'One informatization task turned a fall into a rise',
		lede: 'In 2019 the General Office of the Panzhihua Municipal Party Committee took in and spent {totals.all.2019}, up from {totals.all.2018} in 2018. That is {totals.all.change} more, a rise of {totals.all.growth}. The report puts it down to a single job handed down by the province and the city: building information systems ([[informatization|信息化建设]]), worth {totals.all.informatization}. Take that away and, [[like-for-like|like for like (同口径)]], spending fell by {totals.all.lfl-growth|abs}.',
		whatIs:
			'[[final-accounts|Final accounts (部门决算)]] record what a department actually received and spent over the year, as opposed to the [[budget|budget (预算)]] it planned at the start.',
		statsLabel: 'The year in six numbers',
		stats: {
			total2019: 'Total, 2019',
			total2018: 'Total, 2018',
			change: 'Change on 2018',
			growth: 'Growth',
			informatization: 'Informatization task',
			likeForLike: 'Like for like, without it'
		},
		unitNote: 'Amounts in yuan. The report counts in [[wan-yuan|万元]], units of {units.wan} yuan; the data tables keep its every digit.'
	},

	story: storyEn,
	sunburst: sunburstEn,
	waterfall: waterfallEn,
	share: shareEn,
	embed: embedEn,
	glossary: {
		title: 'Glossary',
		intro: 'Budget reports speak their own language. Here is every official term on this page: the report’s own definition where it gives one, quoted as printed, and what it means in plain words.',
		filter: 'Find a term',
		filterHint: 'e.g. carry-over, 三公',
		shown: 'Terms shown: ',
		noMatch: 'No term matches.',
		reportDefinition: 'The report’s own definition (名词解释)',
		source: 'Where the term comes from: ',
		related: 'Related: ',
		close: 'Close',
		fullEntry: 'See it in the glossary'
	},
	footer: {
		source: 'Source: 中共攀枝花市委办公室2019年度部门决算 (2019 final accounts of the General Office of the CPC Panzhihua Municipal Committee).',
		method: 'Every figure on this page is read from the data package, which quotes the passage of the report it comes from.'
	},
	notFound: notFoundEn
};


/** The shape every locale's dictionary must have: a missing key is a type error. */
export type Messages = Widen<typeof en>;
