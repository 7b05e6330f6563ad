/**
 * Text of the waterfall charts: English is the contract, Chinese must satisfy it.
 * Figures by placeholder only (`{figure.id}`, `{id|signed}`, `{id|abs}`); no digits but years.
 * `$name` marks a slot the chart fills with a formatted value or another string (see fill()).
 */
import type { Widen } from './types';
import type { Sources } from './types';

export const waterfallEn = {
	tableLabel: 'Show the data',
	/** An embed's disclosure: everything but the chart. */
	more: 'How to read it, the numbers, the data',
	title: 'Take out the informatization task and each total falls instead of rising',
	caption:
		'Start from the 2018 total, add the money for the informatization task (信息化建设) that the office took on under arrangements of the province and the city, then the net change in everything else: you land on the 2019 total. Take the task’s money out, and the 2019 total is below the 2018 one at every scope.',
	legend: {
		total: 'Total',
		rise: 'Increase',
		fall: 'Decrease'
	},
	source:
		'Source: 2019 final accounts (部门决算), part two, sections one, four and five, and the report’s chart data. “The rest, net” and the split by source are our arithmetic on its figures.',
	scopeLegend: 'The report states the change at three scopes (口径)',
	scopes: {
		all: { label: 'Total income and spending', hint: '收、支总计', name: 'total income and spending' },
		fiscal: {
			label: 'Fiscal appropriations',
			hint: '财政拨款收、支总计',
			name: 'fiscal-appropriation income and spending'
		},
		gpb: {
			label: 'General public budget spending',
			hint: '一般公共预算财政拨款支出',
			name: 'general public budget spending'
		}
	},
	chartLabel: 'From the 2018 total to the 2019 total, $scope, step by step',
	derivedMark: ' (derived)',
	bars: {
		start: '2018 total',
		info: 'Informatization task (信息化建设)',
		other: 'The rest, net',
		end: '2019 total'
	},
	aria: {
		total: '$what$derived, $scope: $amount',
		rise: '$what$derived, $scope: $amount, an increase',
		fall: '$what$derived, $scope: $amount, a decrease'
	},
	rates: {
		growth: 'Change on 2018',
		likeForLike: 'Like for like (同口径), without the task',
		printed: 'as printed',
		recomputed: 'recomputed: $value, $verdict',
		verdict: {
			exact: 'matches',
			rounding: 'matches within rounding',
			discrepancy: 'does not match'
		}
	},
	split: {
		title: 'Where the informatization money came from',
		note: 'The scopes nest: the general public budget is part of fiscal appropriations, which are part of all funds. The difference between two neighbouring scopes is one source of the money.',
		parts: {
			gpb: 'General public budget (一般公共预算)',
			fund: 'Government funds (政府性基金)',
			other: 'Other funds (其他资金)'
		},
		derived: 'derived',
		notInScope: 'not counted at this scope',
		total: 'All informatization funds'
	},
	method: {
		title: 'How we calculated',
		other: '“The rest, net” is the change on 2018 with the informatization funds taken out:',
		growth: 'Growth, recomputed by our reconciliation engine from the printed change and 2019 total:',
		likeForLike: 'Like for like, recomputed the same way once the informatization funds are taken out of the change:',
		split: 'Each source of the informatization funds is the gap between two nested scopes:',
		units:
			'Amounts in yuan (the report counts in 万元, units of {units.wan} yuan); rates in per cent of the 2018 total.'
	},
	table: {
		caption: 'The steps at each scope',
		step: 'Step',
		rows: {
			start: '2018 total',
			info: 'Informatization task (信息化建设)',
			other: 'The rest, net (derived)',
			end: '2019 total',
			change: 'Change on 2018',
			growth: 'Growth, as printed',
			growthComputed: 'Growth, recomputed',
			likeForLike: 'Like for like (同口径), as printed',
			likeForLikeComputed: 'Like for like, recomputed'
		},
		splitCaption: 'Informatization funds by source',
		source: 'Source',
		amount: 'Amount',
		status: 'Status',
		printed: 'printed',
		derived: 'derived',
		formula: 'How it is derived'
	},
	derivedLabels: {
		other: {
			all: 'Total income and spending: net change on 2018 other than the informatization task',
			fiscal: 'Fiscal-appropriation income and spending: net change on 2018 other than the informatization task',
			gpb: 'General public budget spending: net change on 2018 other than the informatization task'
		}
	},
	threePublic: {
		title: 'The “three public” expenses (“三公”经费) fell: far less on vehicles, more on trips and receptions',
		caption:
			'The “three public” expenses are what the office pays from fiscal appropriations for official trips abroad and to Hong Kong, Macao and Taiwan (因公出国（境）), official vehicles and official receptions. The report prints each for 2019 with its change on 2018; the 2018 amounts here are worked out from those two. Together they went from {tp.total.2018} to {tp.total}.',
		reason:
			'Why vehicle spending fell by {tp.vehicles.change|abs}, as the report explains: in 2018 the office bought {tp.vehicles.purchased-2018}, within its vehicle quota, for {tp.vehicles.purchase-2018} including taxes; and part of the 2019 running costs was put off, to be paid in 2020.',
		source: 'Source: 2019 final accounts (部门决算), part two, section seven. The 2018 amounts are derived.',
		scope: '“three public” expenses',
		chartLabel: 'From the 2018 total to the 2019 total of the “three public” expenses, step by step',
		bars: {
			start: '2018 total',
			overseas: 'Trips outside the mainland (因公出国（境）)',
			vehicles: 'Official vehicles (公务用车)',
			reception: 'Receptions (公务接待)',
			end: '2019 total'
		},
		table: {
			caption: '“Three public” expenses, 2018 and 2019',
			item: 'Expense',
			before: '2018 (derived)',
			change: 'Change',
			growth: 'Change, per cent',
			after: '2019',
			total: 'Total'
		},
		method: {
			before: 'Each 2018 amount is the 2019 amount less the printed change:',
			total: 'The 2018 total adds them up:'
		}
	}
};

export const waterfallZh: Widen<typeof waterfallEn> = {
	tableLabel: '查看数据表',
	more: '读图说明、数字与数据表',
	title: '剔除信息化建设任务，各口径都不增反降',
	caption:
		'从2018年的总额出发，先加上按省、市工作安排承担的信息化建设任务资金，再计入其余各项的净增减，就得到2019年的总额。剔除这项任务的资金，各口径2019年的总额都低于2018年。',
	legend: {
		total: '总额',
		rise: '增加',
		fall: '减少'
	},
	source: '来源：2019年度部门决算第二部分一、四、五及图表数据。“其余增减”和资金来源的拆分由本文根据报告数据推算。',
	scopeLegend: '报告在三个口径下说明了这一变化',
	scopes: {
		all: { label: '收、支总计', hint: '全部资金', name: '收、支总计' },
		fiscal: { label: '财政拨款收、支总计', hint: '一般公共预算加政府性基金', name: '财政拨款收、支总计' },
		gpb: { label: '一般公共预算财政拨款支出', hint: '只含一般公共预算', name: '一般公共预算财政拨款支出' }
	},
	chartLabel: '$scope从2018年到2019年的逐项变化',
	derivedMark: '（推算）',
	bars: {
		start: '2018年',
		info: '信息化建设',
		other: '其余增减',
		end: '2019年'
	},
	aria: {
		total: '$what$scope$derived：$amount',
		rise: '$scope · $what$derived：$amount，增加',
		fall: '$scope · $what$derived：$amount，减少'
	},
	rates: {
		growth: '比2018年增长',
		likeForLike: '剔除信息化建设后同口径',
		printed: '报告数',
		recomputed: '复算为$value，$verdict',
		verdict: {
			exact: '与报告一致',
			rounding: '差异在四舍五入范围内',
			discrepancy: '与报告不符'
		}
	},
	split: {
		title: '信息化建设资金从哪里来',
		note: '三个口径层层包含：一般公共预算财政拨款属于财政拨款，财政拨款又属于收、支总计。相邻两个口径的信息化建设资金相减，就是其中一种来源的金额。',
		parts: {
			gpb: '一般公共预算财政拨款',
			fund: '政府性基金',
			other: '其他资金'
		},
		derived: '推算',
		notInScope: '不计入本口径',
		total: '信息化建设资金合计'
	},
	method: {
		title: '计算方法',
		other: '“其余增减”是比2018年的增减额扣除信息化建设资金后的部分：',
		growth: '增长率由本文的核对程序根据报告的增加额和2019年总额复算：',
		likeForLike: '同口径增长率用同样方法复算，只是先从增加额中扣除信息化建设资金：',
		split: '各来源的信息化建设资金，是相邻两个口径的差额：',
		units: '金额单位为万元；增长率以2018年总额为基数。'
	},
	table: {
		caption: '各口径的逐项变化',
		step: '项目',
		rows: {
			start: '2018年总额',
			info: '信息化建设',
			other: '其余增减（推算）',
			end: '2019年总额',
			change: '比2018年增减',
			growth: '增长率（报告数）',
			growthComputed: '增长率（复算）',
			likeForLike: '同口径增长率（报告数）',
			likeForLikeComputed: '同口径增长率（复算）'
		},
		splitCaption: '信息化建设资金来源',
		source: '来源',
		amount: '金额',
		status: '性质',
		printed: '报告数',
		derived: '推算',
		formula: '推算方法'
	},
	derivedLabels: {
		other: {
			all: '收、支总计中除信息化建设外的其余增减',
			fiscal: '财政拨款收、支总计中除信息化建设外的其余增减',
			gpb: '一般公共预算财政拨款支出中除信息化建设外的其余增减'
		}
	},
	threePublic: {
		title: '“三公”经费下降：公务用车费用大减，因公出国（境）和公务接待费有所增加',
		caption:
			'“三公”经费即用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。报告列出了各项2019年的金额及其比2018年的增减额，图中2018年的金额由两者推算。合计从{tp.total.2018}降到{tp.total}。',
		reason:
			'公务用车购置及运行维护费减少{tp.vehicles.change|abs}，报告给出的原因：一是2018年根据工作需要，在车辆编制范围内购置车辆{tp.vehicles.purchased-2018}，发生车辆购置及相关税费{tp.vehicles.purchase-2018}；二是部分公务用车运行维护费延迟到2020年支付。',
		source: '来源：2019年度部门决算第二部分七。2018年金额为推算数。',
		scope: '“三公”经费',
		chartLabel: '“三公”经费从2018年到2019年的逐项变化',
		bars: {
			start: '2018年',
			overseas: '因公出国（境）',
			vehicles: '公务用车',
			reception: '公务接待',
			end: '2019年'
		},
		table: {
			caption: '2018年和2019年“三公”经费',
			item: '项目',
			before: '2018年（推算）',
			change: '增减额',
			growth: '增减幅度',
			after: '2019年',
			total: '合计'
		},
		method: {
			before: '2018年各项金额＝2019年金额减去报告所列的增减额：',
			total: '2018年合计为三项之和：'
		}
	}
};

/** Sources of each sentence (src/lib/sources/claims.ts): the charts' titles and captions. */
export const waterfallSourcesEn: Sources = {
	title: [
		[
			'totals.all.growth',
			'totals.all.lfl-growth',
			'totals.fiscal.growth',
			'totals.fiscal.lfl-growth',
			'totals.gpb.growth',
			'totals.gpb.lfl-growth'
		]
	],
	caption: [
		[
			'check:totals.all.prior-year',
			'check:totals.fiscal.prior-year',
			'check:totals.gpb.prior-year',
			'totals.all.informatization',
			'totals.fiscal.informatization',
			'totals.gpb.informatization',
			'p:total'
		],
		[
			'totals.all.lfl-growth',
			'totals.fiscal.lfl-growth',
			'totals.gpb.lfl-growth',
			'check:totals.all.like-for-like',
			'check:totals.fiscal.like-for-like',
			'check:totals.gpb.like-for-like'
		]
	],
	'split.title': [
		[
			'totals.all.informatization',
			'totals.fiscal.informatization',
			'totals.gpb.informatization',
			'info.fund',
			'info.other'
		]
	],
	'split.note': [
		[
			'p:income-by-source',
			'check:annex.income.fiscal.sum',
			'check:totals.gpb.informatization.within-fiscal',
			'check:totals.fiscal.informatization.within-all'
		],
		['info.fund', 'info.other']
	],
	'threePublic.title': [
		['tp.total.2018', 'tp.total', 'tp.vehicles.change', 'tp.overseas.change', 'tp.reception.change']
	],
	'threePublic.caption': [
		['p:def-three-public'],
		[
			'p:tp-by-item',
			'p:tp-overseas-change',
			'p:tp-vehicles-change',
			'p:tp-reception-change',
			'tp.overseas.2018',
			'tp.vehicles.2018',
			'tp.reception.2018'
		],
		['tp.total.2018', 'tp.total']
	],
	'threePublic.reason': [
		['tp.vehicles.change', 'tp.vehicles.purchased-2018', 'tp.vehicles.purchase-2018', 'p:tp-vehicles-purchase-2018']
	]
};

/** The Chinese text says the same, sentence for sentence. */
export const waterfallSourcesZh: Sources = waterfallSourcesEn;
