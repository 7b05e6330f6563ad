/**
 * Text of the sunburst chart: English is the contract, Chinese must satisfy it. Figures by placeholder only.
 *
 * Two kinds of slot:
 * - `{figure.id}`: a figure of the data package, formatted for the reader (see src/lib/i18n).
 * - `%slot%`: filled by the chart with a node's name, amount, share … (see describe.ts); every
 *   number that goes into one is formatted by src/lib/format.
 */
import type { Widen } from './types';
import type { Sources } from './types';

export const sunburstEn = {
	title: 'Where the money went: more than half was booked under Party committee offices and related bodies',
	caption:
		'The disc in the middle is the whole of the office’s total income and spending (收、支总计) for 2019, {totals.all.2019}, seen from the spending side. The first ring splits it: {totals.gpb.2019} of general public budget spending (一般公共预算财政拨款支出) and, in grey, the rest, which the report’s text does not break down by function. Further out, the budget spending is broken down the way the report does it, by function: classes (类), sections (款), items (项). Each ring adds up to the one inside it.',
	howTo:
		'Tap a segment to see its details and zoom in; tap the centre or the trail above the chart to go back. The list reaches every part, however thin. Keyboard: Tab to the chart, arrows to move, Enter to zoom in, Escape for the whole.',
	/** An embed's one line under the chart while nothing is picked (the full how-to is behind its disclosure). */
	tapHint: 'Tap a part to see it and zoom in; tap the centre to go back.',
	source:
		'Source: 2019 final accounts (部门决算), Part Two: total income and spending, spending in the year, general public budget spending by function (类, 款, 项) and government-fund spending. The year-end balance and spending from other funds, marked “derived”, are worked out from those totals.',
	tableLabel: 'Show the data',
	/** An embed's disclosure: everything but the chart. */
	more: 'How to read it, the numbers, the data',
	chartLabel: 'Sunburst of the 2019 total of income and spending, ring by ring',
	breadcrumbLabel: 'Zoom level',
	listLabel: 'What %name% is made of, largest first',
	listHint: 'Choose a part to see it in detail.',
	detailsLabel: 'Details of the selected part',
	otherLanguage: 'In Chinese: ',
	levels: {
		total: 'total',
		budget: 'budget',
		class: 'class (类)',
		section: 'section (款)',
		item: 'item (项)',
		'not-itemised': 'not itemised by function'
	},
	/** The name of a node for screen readers: each segment of the chart. */
	itemLabel: '%name%, %level%: %amount%, %share% of %parent%',
	rootLabel: '%name%: %amount%',
	/** Spoken after a zoom. */
	announce: 'Now showing %name%: %amount%, in %count%.',
	partsCounter: 'parts',
	partCounter: 'part',
	amount: 'Amount',
	shareOfParent: 'Share of %parent%',
	shareOfTotal: 'Share of the whole total',
	completion: 'Share of its budget spent',
	status: 'Source of the amount',
	printed: 'as printed in the report',
	derived: 'derived: %formula%',
	notItemised: 'The report does not break this amount down by function (类, 款, 项).',
	glossary: 'The report’s definition of this line',
	table: {
		caption: 'The 2019 total of income and spending, broken down as in the chart. Amounts in yuan.',
		name: 'Part',
		amount: 'Amount (yuan)',
		shareOfParent: 'Share of the level above',
		shareOfTotal: 'Share of the total',
		completion: 'Budget spent',
		derived: 'derived',
		notItemised: 'not itemised'
	}
};

export const sunburstZh: Widen<typeof sunburstEn> = {
	title: '钱花在了哪里：一半以上用于党委办公厅（室）及相关机构事务',
	caption:
		'圆心是市委办公室2019年收、支总计{totals.all.2019}，这里从支出一方展开。第一圈把它分开：一般公共预算财政拨款支出{totals.gpb.2019}，以及报告文字说明中没有按功能分类列出明细的其余部分（灰色）。再往外，一般公共预算财政拨款支出按决算的功能分类，依次分到类、款、项。每一圈各部分之和，正好等于它内侧的那一圈。',
	howTo:
		'点击扇区可查看详情并放大；点击圆心或图上方的层级导航可返回。列表可以选到每一个部分，再小的也不遗漏。键盘：Tab键进入图表，方向键移动，回车键放大，Esc键回到全貌。',
	tapHint: '点按扇区查看并放大，点按中心返回。',
	source:
		'来源：2019年度部门决算第二部分：收、支总计、本年支出合计、一般公共预算财政拨款支出（按功能分类的类、款、项）和政府性基金预算拨款支出。标注“推算”的年末结转和结余、其他资金支出，由这些总数计算得出。',
	tableLabel: '查看数据表',
	more: '读图说明、数字与数据表',
	chartLabel: '2019年收、支总计旭日图，由里向外逐级展开',
	breadcrumbLabel: '当前层级',
	listLabel: '%name%由哪些部分组成（从大到小）',
	listHint: '选择一项，查看详情。',
	detailsLabel: '所选部分的详情',
	otherLanguage: '英文名称：',
	levels: {
		total: '总计',
		budget: '预算',
		class: '类',
		section: '款',
		item: '项',
		'not-itemised': '未按功能分类'
	},
	itemLabel: '%name%（%level%）%amount%，占%parent%的%share%',
	rootLabel: '%name%%amount%',
	announce: '现在显示：%name%，%amount%，分为%count%。',
	partsCounter: '个部分',
	partCounter: '个部分',
	amount: '金额',
	shareOfParent: '占%parent%',
	shareOfTotal: '占收、支总计',
	completion: '预算完成率',
	status: '数据来源',
	printed: '报告原数',
	derived: '推算：%formula%',
	notItemised: '报告没有按功能分类（类、款、项）列出这部分金额的明细。',
	glossary: '报告中的名词解释',
	table: {
		caption: '2019年收、支总计的构成，与图中一致。金额单位：万元。',
		name: '项目',
		amount: '金额（万元）',
		shareOfParent: '占上一级',
		shareOfTotal: '占总计',
		completion: '预算完成率',
		derived: '推算',
		notItemised: '未按功能分类'
	}
};

/** Sources of each sentence (src/lib/sources/claims.ts): the chart's title and caption. */
export const sunburstSourcesEn: Sources = {
	title: [['functional.gps.party', 'totals.gpb.2019']],
	caption: [
		['totals.all.2019', 'spending.total', 'balance.closing'],
		['totals.gpb.2019', 'fund.spending', 'spending.other-funds', 'balance.closing', 'p:classes'],
		['p:classes', 'check:functional.classes.sum', 'check:functional.items.sum'],
		[
			'check:functional.classes.sum',
			'check:functional.gps.sum',
			'check:functional.sci.sum',
			'check:functional.social.sum',
			'check:functional.health.sum',
			'check:functional.housing.sum',
			'check:functional.items.sum'
		]
	]
};

/** The Chinese text says the same, sentence for sentence. */
export const sunburstSourcesZh: Sources = sunburstSourcesEn;
