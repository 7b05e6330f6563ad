/**
 * English text of the site: the contract every locale satisfies (see zh.ts).
 * Figures are never typed in: `{figure.id}` is replaced by the figure, formatted for the reader;
 * `{figure.id|signed}` adds "+" on rises, `{figure.id|abs}` drops the sign where the words carry it.
 */
import type { Widen } from './types';
import type { Sources } from './types';
import { sunburstEn } from './sunburst';
import { waterfallEn } from './waterfall';
import { embedEn } from './embed';
import { notFoundEn } from './not-found';
import { storyEn } from './story';
import { shareEn } from './share';

export const en = {
	meta: {
		title: 'Where the Panzhihua Party office’s 2019 money went',
		description:
			'The 2019 final accounts of the General Office of the CPC Panzhihua Municipal Committee, explained: what it received and spent, why its totals rose, and what one informatization task did to them.',
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
		lede: 'In 2019 the total income and spending (收、支总计) of the General Office of the Panzhihua Municipal Party Committee came to {totals.all.2019}, up from {totals.all.2018} in 2018: {totals.all.change} more, a rise of {totals.all.growth}. That total is not what the office took in or spent in the year: its income side includes money carried in from 2018, its spending side money left for 2020. The report names one main reason for the rise: a task of building information systems ([[informatization|信息化建设]]) that the office took on under arrangements of the province and the city, worth {totals.all.informatization}. Take that away and, [[like-for-like|like for like (同口径)]], total income and spending fell by {totals.all.lfl-growth|abs}.',
		whatIs:
			'[[final-accounts|Final accounts (部门决算)]] record what the office actually received and spent in 2019; line by line, the report sets its general public budget spending against the [[budget|budget (预算)]] and gives the share spent.',
		statsLabel: 'The year in six numbers',
		stats: {
			total2019: 'Total income and spending, 2019',
			total2018: 'Total income and spending, 2018',
			change: 'Change on 2018',
			growth: 'Growth',
			informatization: 'Informatization task',
			likeForLike: 'Like for like, without it'
		},
		unitNote:
			'Amounts in yuan. The report counts in [[wan-yuan|万元]], units of {units.wan} yuan; the data tables keep its every digit.'
	},

	story: storyEn,
	sunburst: sunburstEn,
	waterfall: waterfallEn,
	share: shareEn,
	embed: embedEn,
	glossary: {
		title: 'Glossary',
		intro:
			'Budget reports speak their own language. Here are the official terms marked on this page: the report’s own definition where it gives one, quoted as printed, and what it means in plain words.',
		filter: 'Find a term',
		filterHint: 'For example: carry-over, 三公',
		shown: 'Terms shown: ',
		noMatch: 'No term matches.',
		reportDefinition: 'The report’s own definition (名词解释)',
		source: 'Where the term comes from: ',
		related: 'Related: ',
		close: 'Close',
		fullEntry: 'See it in the glossary'
	},
	footer: {
		source:
			'Source: 中共攀枝花市委办公室2019年度部门决算 (2019 final accounts of the General Office of the CPC Panzhihua Municipal Committee).',
		method:
			'Every figure on this page is read from the data package, which quotes the passage of the report it comes from.'
	},
	notFound: notFoundEn
};

/** The shape every locale's dictionary must have: a missing key is a type error. */
export type Messages = Widen<typeof en>;

/** Sources of each sentence (src/lib/sources/claims.ts): the page's title, description and headline. */
export const siteSourcesEn: Sources = {
	'meta.title': [['p:spending-by-type', 'p:classes']],
	'meta.description': [['p:income-by-source', 'p:spending-by-type', 'p:total']],
	'headline.title': [['totals.all.growth', 'totals.all.lfl-growth', 'p:total']],
	'headline.lede': [
		['totals.all.2019', 'totals.all.2018', 'totals.all.change', 'totals.all.growth'],
		['check:totals.all.income-plus-carryover', 'p:annex1-income', 'balance.closing', 'p:def-carryover-closing'],
		['totals.all.informatization', 'p:total'],
		['totals.all.lfl-growth']
	],
	'headline.whatIs': [
		[
			'p:income-by-source',
			'p:spending-by-type',
			'p:gpb-completion',
			'functional.gps.party.operation.rate',
			'functional.sci.admin.other.rate',
			'functional.housing.reform.fund.rate'
		]
	]
};
