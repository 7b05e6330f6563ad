/**
 * Text of the share images (1200×630 cards for social media) and their alt text: English is
 * the contract, Chinese must satisfy it. Figures by placeholder only.
 *
 * Two kinds of slot:
 * - `{figure.id}`: a figure of the data package, formatted for the reader (see src/lib/i18n).
 * - `$slot`: filled by src/lib/share/cards.ts with a value it reads or works out from the data
 *   (the largest class and its share, the change of the “three public” total); every number
 *   that goes into one is formatted by src/lib/format.
 * Each card: `title` (the point), `label` (what the big number is), `figure` (the big number),
 * `first` and `second` (supporting lines), `drawing` (what the chart beside it shows, for alt text).
 */
import type { Widen } from './types';
import type { Sources } from './types';

export const shareEn = {
	kicker: 'Panzhihua Party Office, 2019 accounts explained',
	source: 'Source: 2019 final accounts (部门决算) of the General Office of the CPC Panzhihua Municipal Committee',
	/** Under the drawing: the drawing's values leave the unit out. */
	unitNote: 'Amounts in yuan',
	/** The image's alt text, from the card's own text. */
	alt: '$title. $label: $figure. $first. $second. $drawing',
	cards: {
		story: {
			title: 'One informatization task turned a fall into a rise',
			label: 'Total income and spending, 2019',
			figure: '{totals.all.2019}',
			first: 'Up {totals.all.growth} on 2018, a rise of {totals.all.change}',
			second:
				'Without the {totals.all.informatization} informatization task, {totals.all.lfl-growth|signed} like for like',
			drawing:
				'Beside it, a waterfall chart climbs from the 2018 total through the task and the net change in everything else to the 2019 total.'
		},
		waterfall: {
			title: 'Take out one task, and the total falls instead of rising',
			label: 'Change in total income and spending on 2018',
			figure: '{totals.all.change|signed}',
			first: 'The informatization task alone: {totals.all.informatization}',
			second: 'Without it, like for like: {totals.all.lfl-growth|signed}',
			drawing:
				'Beside it, a waterfall chart: the 2018 total, the rise from the task, the net fall from everything else, the 2019 total.'
		},
		sunburst: {
			title: 'Where the money went',
			label: '$name: share of general public budget spending',
			figure: '$share',
			first: '$amount, the largest class of spending',
			second: 'General public budget spending in all: {totals.gpb.2019}',
			drawing:
				'Beside it, a sunburst chart: the 2019 total of income and spending in the centre, then general public budget spending split ring by ring into class, section and item.'
		},
		threePublic: {
			title: 'Vehicles, trips, receptions: the “three public” bill fell',
			label: '“Three public” expenses in 2019',
			figure: '{tp.total}',
			/** The change from 2018 to 2019, chosen by its sign; `$change` carries no sign. */
			firstDown: 'Down $change from {tp.total.2018} in 2018 (derived)',
			firstUp: 'Up $change from {tp.total.2018} in 2018 (derived)',
			second: 'Official vehicles alone: {tp.vehicles.change|signed}',
			drawing:
				'Beside it, a waterfall chart from the 2018 total through official trips outside the mainland, official vehicles and receptions to the 2019 total.'
		}
	}
};

export const shareZh: Widen<typeof shareEn> = {
	kicker: '读懂攀枝花市委办2019年度部门决算',
	source: '数据来源：中共攀枝花市委办公室2019年度部门决算',
	unitNote: '单位：万元',
	alt: '$title。$label：$figure。$first；$second。$drawing',
	cards: {
		story: {
			title: '一项信息化任务，让“下降”变成了“增长”',
			label: '2019年收、支总计',
			figure: '{totals.all.2019}',
			first: '比上年增加{totals.all.change}，增长{totals.all.growth}',
			second: '剔除{totals.all.informatization}信息化建设资金，同口径下降{totals.all.lfl-growth|abs}',
			drawing: '右侧瀑布图：从2018年总额出发，加上信息化建设和其余各项的净增减，到2019年总额。'
		},
		waterfall: {
			title: '剔除信息化建设任务，收、支总计不增反降',
			label: '收、支总计比2018年增加',
			figure: '{totals.all.change|signed}',
			first: '信息化建设任务一项就有{totals.all.informatization}',
			second: '剔除这一因素，同口径{totals.all.lfl-growth|signed}',
			drawing: '右侧瀑布图：2018年总额、信息化建设带来的增加、其余各项合计的净减少、2019年总额。'
		},
		sunburst: {
			title: '钱主要花在了哪里',
			label: '$name（类）占一般公共预算财政拨款支出',
			figure: '$share',
			first: '$name支出$amount，居各类之首',
			second: '一般公共预算财政拨款支出合计{totals.gpb.2019}',
			drawing: '右侧旭日图：圆心是2019年收、支总计，向外先分出一般公共预算财政拨款支出，再逐层分为类、款、项。'
		},
		threePublic: {
			title: '“三公”经费明显减少，主要是公务用车费用下降',
			label: '2019年“三公”经费',
			figure: '{tp.total}',
			firstDown: '比2018年的{tp.total.2018}（推算）减少$change',
			firstUp: '比2018年的{tp.total.2018}（推算）增加$change',
			second: '其中公务用车购置及运行维护费减少{tp.vehicles.change|abs}',
			drawing: '右侧瀑布图：从2018年合计出发，经因公出国（境）、公务用车、公务接待三项增减，到2019年合计。'
		}
	}
};

/** Sources of each sentence (src/lib/sources/claims.ts): the share cards. */
export const shareSourcesEn: Sources = {
	'cards.story.title': [['totals.all.growth', 'totals.all.lfl-growth', 'p:total']],
	'cards.story.label': [['totals.all.2019']],
	'cards.story.figure': [['totals.all.2019']],
	'cards.story.first': [['totals.all.growth', 'totals.all.change']],
	'cards.story.second': [['totals.all.informatization', 'totals.all.lfl-growth']],
	'cards.waterfall.title': [['totals.all.informatization', 'totals.all.growth', 'totals.all.lfl-growth']],
	'cards.waterfall.label': [['totals.all.change']],
	'cards.waterfall.figure': [['totals.all.change']],
	'cards.waterfall.first': [['totals.all.informatization']],
	'cards.waterfall.second': [['totals.all.lfl-growth']],
	// $name, $amount and $share: the largest class (类), general public services (cards.ts, largestClass).
	'cards.sunburst.title': [['p:classes']],
	'cards.sunburst.label': [['functional.gps', 'functional.gps.share']],
	'cards.sunburst.figure': [['functional.gps.share']],
	'cards.sunburst.first': [['functional.gps', 'p:classes']],
	'cards.sunburst.second': [['totals.gpb.2019']],
	// $change: the 2019 total less the derived 2018 total (cards.ts).
	'cards.threePublic.title': [['tp.total.2018', 'tp.total']],
	'cards.threePublic.label': [['tp.total']],
	'cards.threePublic.figure': [['tp.total']],
	'cards.threePublic.firstDown': [['tp.total.2018', 'tp.total']],
	'cards.threePublic.firstUp': [['tp.total.2018', 'tp.total']],
	'cards.threePublic.second': [['tp.vehicles.change']]
};

/** The Chinese cards say what the English ones do, but for the three-public title, which names the vehicles' fall. */
export const shareSourcesZh: Sources = {
	...shareSourcesEn,
	'cards.threePublic.title': [['tp.total.2018', 'tp.total', 'tp.vehicles.change']]
};
