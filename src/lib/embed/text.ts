/**
 * Text of the embed pages: English is the contract, Chinese must satisfy it. Figures by
 * placeholder only (`{figure.id}`, `{id|abs}`), glossary terms as `[[term|words]]`; no digits but years.
 * `frame` is plain text (the iframe's title attribute and the page title): no placeholders there.
 */
import type { Widen } from '$lib/i18n/types';

export const embedEn = {
	source: 'Source: ',
	report: 'the 2019 final accounts (部门决算) of the General Office of the CPC Panzhihua Municipal Committee',
	fullStory: 'Read the whole story: where the Panzhihua Party office’s 2019 money went',
	newTab: '(opens in a new tab)',
	charts: {
		waterfall: {
			frame: 'Chart: how one informatization task turned a fall in the Panzhihua Party office’s money into a rise',
			title: {
				all: 'All funds rose {totals.all.growth} on 2018 with the [[informatization|informatization task]]; without it they fell {totals.all.lfl-growth|abs} [[like-for-like|like for like]]',
				fiscal:
					'Fiscal appropriations rose {totals.fiscal.growth} on 2018 with the [[informatization|informatization task]]; without it they fell {totals.fiscal.lfl-growth|abs} [[like-for-like|like for like]]',
				gpb: 'General public budget spending rose {totals.gpb.growth} on 2018 with the [[informatization|informatization task]]; without it, it fell {totals.gpb.lfl-growth|abs} [[like-for-like|like for like]]'
			}
		},
		'three-public': {
			frame: 'Chart: the Panzhihua Party office’s “three public” spending, 2018 to 2019',
			title: '[[three-public-expenses|“Three public” spending]] fell from {tp.total.2018} to {tp.total}: cars cost {tp.vehicles.change|abs} less, trips and receptions a little more'
		},
		sunburst: {
			frame: 'Chart: where the Panzhihua Party office’s 2019 money went, by function',
			title: 'Of the {totals.all.2019} the office spent in 2019, more than half, {functional.gps.party}, ran the Party committee’s offices ([[classification|by function]])'
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
			frame: '图表：一项信息化任务，让市委办公室收支由降转升',
			title: {
				all: '收支总计比2018年增长{totals.all.growth}；剔除[[informatization|信息化建设]]任务，[[like-for-like|同口径]]下降{totals.all.lfl-growth|abs}',
				fiscal: '财政拨款收支总计比2018年增长{totals.fiscal.growth}；剔除[[informatization|信息化建设]]任务，[[like-for-like|同口径]]下降{totals.fiscal.lfl-growth|abs}',
				gpb: '一般公共预算财政拨款支出比2018年增长{totals.gpb.growth}；剔除[[informatization|信息化建设]]任务，[[like-for-like|同口径]]下降{totals.gpb.lfl-growth|abs}'
			}
		},
		'three-public': {
			frame: '图表：攀枝花市委办公室2018年和2019年的“三公”经费',
			title: '[[three-public-expenses|“三公”经费]]从{tp.total.2018}降到{tp.total}：公务用车减少{tp.vehicles.change|abs}，出国和接待略增'
		},
		sunburst: {
			frame: '图表：攀枝花市委办公室2019年的钱花在了哪里（按功能分类）',
			title: '市委办公室2019年收、支总计{totals.all.2019}，一半以上、{functional.gps.party}用于党委办公厅（室）及相关机构事务（[[classification|按功能分类]]）'
		}
	}
};
