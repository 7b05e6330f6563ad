/** 中文文本：必须满足 en.ts 定义的结构（缺少任何一项都是类型错误）。数字一律以占位符引用数据。 */
import { siteSourcesEn, type Messages } from './en';
import type { Sources } from './types';
import { sunburstZh } from './sunburst';
import { waterfallZh } from './waterfall';
import { embedZh } from './embed';
import { notFoundZh } from './not-found';
import { storyZh } from './story';
import { shareZh } from './share';

export const zh: Messages = {
	meta: {
		title: '攀枝花市委办公室2019年的钱花在了哪里',
		description:
			'读懂中共攀枝花市委办公室2019年度部门决算：钱从哪里来、花在哪里，收、支总计为什么增长，一项信息化建设任务对总数有多大影响。',
		siteName: '读懂攀枝花市委办2019年度部门决算'
	},
	nav: {
		skip: '跳到正文',
		switchTo: 'English',
		switchLabel: 'Read in English（阅读英文版）'
	},
	headline: {
		kicker: '中共攀枝花市委办公室 · 2019年度部门决算',
		title: '一项信息化任务，让“下降”变成了“增长”',
		lede: '2019年，市委办公室收、支总计{totals.all.2019}，2018年为{totals.all.2018}，增加{totals.all.change}，增长{totals.all.growth}。这个总计并不是当年的收入或支出：收入一方含从2018年结转的资金，支出一方含留到2020年的结转和结余。决算报告给出的主要原因是：按照省、市工作安排，市委办公室承担了[[informatization|信息化建设]]任务，涉及资金{totals.all.informatization}。剔除这一因素，收、支总计[[like-for-like|同口径]]反而下降{totals.all.lfl-growth|abs}。',
		whatIs:
			'[[final-accounts|部门决算]]记录的是本部门2019年实际的收入和支出；报告把一般公共预算财政拨款支出逐项与[[budget|预算]]相比，给出完成预算的比例。',
		statsLabel: '六个数字看全年',
		stats: {
			total2019: '2019年收、支总计',
			total2018: '2018年收、支总计',
			change: '比上年增减',
			growth: '增长率',
			informatization: '信息化建设资金',
			likeForLike: '剔除后同口径'
		},
		unitNote: '金额单位与报告一致，为[[wan-yuan|万元]]；数据表保留报告印出的全部位数。'
	},

	story: storyZh,
	sunburst: sunburstZh,
	waterfall: waterfallZh,
	share: shareZh,
	embed: embedZh,
	glossary: {
		title: '名词解释',
		intro:
			'预决算报告有一套自己的术语。这里收录本页标注的术语：报告第三部分给出定义的，照录原文；每个术语都附有我们用平实语言写的说明。',
		filter: '查找术语',
		filterHint: '例如：结转、三公',
		shown: '当前显示：',
		noMatch: '没有匹配的术语。',
		reportDefinition: '报告原文定义（第三部分 名词解释）',
		source: '出处：',
		related: '相关术语：',
		close: '关闭',
		fullEntry: '在名词解释中查看'
	},
	footer: {
		source: '来源：中共攀枝花市委办公室2019年度部门决算。',
		method: '本页所有数字均读取自数据包，数据包为每个数字标注了报告原文出处。'
	},
	notFound: notFoundZh
};

/**
 * Sources of each sentence (src/lib/sources/claims.ts): the page's title, description and headline.
 * The Chinese sentences rest on what the English ones do, sentence by sentence; where they part,
 * the sources test asks for a list of their own.
 */
export const siteSourcesZh: Sources = { ...siteSourcesEn };
