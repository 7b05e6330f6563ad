/**
 * Text of the embed pages: English is the contract, Chinese must satisfy it. Figures by
 * placeholder only (`{figure.id}`, `{id|abs}`), glossary terms as `[[term|words]]`; no digits but years.
 * `frame` is plain text (the iframe's title attribute and the page title): no placeholders there.
 * `description` is the one line under an embed's headline (hidden with the headline by `?title=0`).
 */
import type { Widen } from './types';
import type { Sources } from './types';

export const embedEn = {
	source: 'Source: ',
	report: 'the 2019 final accounts (部门决算) of the General Office of the CPC Panzhihua Municipal Committee',
	fullStory: 'Read the whole story: where the Panzhihua Party office’s 2019 money went',
	newTab: '(opens in a new tab)',
	charts: {
		waterfall: {
			frame:
				'Chart: how one informatization task turned a like-for-like fall in the Panzhihua Party office’s totals into a rise',
			description: 'From the 2018 total to the 2019 total: the informatization task, then everything else, net.',
			title: {
				all: 'Total income and spending rose {totals.all.growth} on 2018 with the [[informatization|informatization task]]; without it, it fell {totals.all.lfl-growth|abs} [[like-for-like|like for like]]',
				fiscal:
					'Fiscal-appropriation income and spending rose {totals.fiscal.growth} on 2018 with the [[informatization|informatization task]]; without it, it fell {totals.fiscal.lfl-growth|abs} [[like-for-like|like for like]]',
				gpb: 'General public budget spending rose {totals.gpb.growth} on 2018 with the [[informatization|informatization task]]; without it, it fell {totals.gpb.lfl-growth|abs} [[like-for-like|like for like]]'
			}
		},
		'three-public': {
			frame: 'Chart: the Panzhihua Party office’s “three public” spending, 2018 to 2019',
			description: 'Its three items, one by one, from the 2018 total to the 2019 total.',
			title:
				'[[three-public-expenses|“Three public” spending]] fell from {tp.total.2018} to {tp.total}: vehicles cost {tp.vehicles.change|abs} less, trips and receptions more'
		},
		sunburst: {
			frame: 'Chart: where the Panzhihua Party office’s 2019 money went, by function',
			description:
				'From the centre out: total income and spending, {totals.all.2019}; then general public budget spending by class (类), section (款) and item (项).',
			title:
				'Of the office’s {totals.gpb.2019} of general public budget spending in 2019, more than half, {functional.gps.party}, was booked under Party committee offices and related bodies ([[classification|by function]])'
		}
	}
};

export const embedZh: Widen<typeof embedEn> = {
	source: '来源：',
	report: '中共攀枝花市委办公室2019年度部门决算',
	fullStory: '阅读全文：读懂攀枝花市委办2019年度部门决算',
	newTab: '（在新标签页中打开）',
	charts: {
		waterfall: {
			frame: '图表：一项信息化建设任务，让市委办公室各口径的总额由降转升',
			description: '从2018年的总额到2019年的总额：先是信息化建设任务，再是其余各项的净增减。',
			title: {
				all: '收、支总计比2018年增长{totals.all.growth}；剔除[[informatization|信息化建设]]任务，[[like-for-like|同口径]]下降{totals.all.lfl-growth|abs}',
				fiscal:
					'财政拨款收、支总计比2018年增长{totals.fiscal.growth}；剔除[[informatization|信息化建设]]任务，[[like-for-like|同口径]]下降{totals.fiscal.lfl-growth|abs}',
				gpb: '一般公共预算财政拨款支出比2018年增长{totals.gpb.growth}；剔除[[informatization|信息化建设]]任务，[[like-for-like|同口径]]下降{totals.gpb.lfl-growth|abs}'
			}
		},
		'three-public': {
			frame: '图表：攀枝花市委办公室2018年和2019年的“三公”经费',
			description: '“三公”经费的三个项目逐项列示，从2018年的合计到2019年的合计。',
			title:
				'[[three-public-expenses|“三公”经费]]从{tp.total.2018}降到{tp.total}：公务用车购置及运行维护费减少{tp.vehicles.change|abs}，因公出国（境）费和公务接待费有所增加'
		},
		sunburst: {
			frame: '图表：攀枝花市委办公室2019年的钱花在了哪里（按功能分类）',
			description: '由内向外：收、支总计{totals.all.2019}，再按类、款、项分解一般公共预算财政拨款支出。',
			title:
				'市委办公室2019年一般公共预算财政拨款支出{totals.gpb.2019}，一半以上、{functional.gps.party}用于党委办公厅（室）及相关机构事务（[[classification|按功能分类]]）'
		}
	}
};

/** Sources of each sentence (src/lib/sources/claims.ts): the embeds' titles and headlines. */
export const embedSourcesEn: Sources = {
	'charts.waterfall.frame': [
		[
			'totals.all.growth',
			'totals.all.lfl-growth',
			'totals.fiscal.growth',
			'totals.fiscal.lfl-growth',
			'totals.gpb.growth',
			'totals.gpb.lfl-growth'
		]
	],
	'charts.waterfall.description': [
		[
			'check:totals.all.prior-year',
			'check:totals.fiscal.prior-year',
			'check:totals.gpb.prior-year',
			'totals.all.informatization',
			'totals.fiscal.informatization',
			'totals.gpb.informatization',
			'p:total'
		]
	],
	'charts.three-public.description': [['p:def-three-public', 'p:tp-by-item', 'tp.total.2018', 'tp.total']],
	'charts.sunburst.description': [['totals.all.2019', 'totals.gpb.2019', 'p:classes']],
	'charts.waterfall.title.all': [['totals.all.growth', 'totals.all.informatization', 'totals.all.lfl-growth']],
	'charts.waterfall.title.fiscal': [
		['totals.fiscal.growth', 'totals.fiscal.informatization', 'totals.fiscal.lfl-growth']
	],
	'charts.waterfall.title.gpb': [['totals.gpb.growth', 'totals.gpb.informatization', 'totals.gpb.lfl-growth']],
	'charts.three-public.frame': [['tp.total.2018', 'tp.total']],
	'charts.three-public.title': [
		['tp.total.2018', 'tp.total', 'tp.vehicles.change', 'tp.overseas.change', 'tp.reception.change']
	],
	'charts.sunburst.frame': [['p:classes']],
	'charts.sunburst.title': [['totals.gpb.2019', 'functional.gps.party']]
};

/** The Chinese text says the same, sentence for sentence. */
export const embedSourcesZh: Sources = embedSourcesEn;
