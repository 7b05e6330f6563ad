/**
 * Text of the sources under a step ("What the report says"): English is the contract, Chinese must
 * satisfy it. No figures. The passages themselves are the report's (data/passages.csv).
 */
import type { Locale } from '$lib/format';
import type { Widen } from './types';

export const sourcesTextEn = {
	summary: 'What the report says',
	/** Read after the summary by screen readers and shown small: how many passages. */
	count: { one: 'one passage', other: '$n passages' },
	rendering: 'In English: ',
	where: 'Report, ',
	all: 'Every sentence and its sources: claims.json'
};

export const sourcesTextZh: Widen<typeof sourcesTextEn> = {
	summary: '报告原文',
	count: { one: '一段', other: '$n段' },
	rendering: '',
	where: '出处：',
	all: '全部句子及出处：claims.json'
};

export const sourcesText = (locale: Locale) => (locale === 'zh' ? sourcesTextZh : sourcesTextEn);

const PART = ['', '一', '二', '三', '四'];
const NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const numeral = (s: string) => {
	if (/^\d+$/.test(s)) return Number(s);
	if (s.length === 2 && s[0] === '十') return 10 + NUMERALS.indexOf(s[1]!);
	return NUMERALS.indexOf(s);
};

/**
 * A section of the report as an English reader finds it: 第二部分 十（四）1（1） → "Part 2, section
 * 10 (4) 1 (1)"; the Chinese stays beside it on the page. Headings it cannot read stay as they are.
 * @example sectionEn('第二部分 七（二）') // "Part 2, section 7 (2)"
 */
export function sectionEn(section: string): string {
	return section
		.replace(/^第([一二三四])部分/, (_, p: string) => `Part ${PART.indexOf(p)}`)
		.replace(/^图表数据（图(\d+)）/, 'Chart data (chart $1)')
		.replace(/ 附件(\d)/, ', annex $1')
		.replace(/ ([一二三四五六七八九十]{1,2})(?=（|\d|$| )/, (_, n: string) => `, section ${numeral(n)}`)
		.replace(/（([一二三四五六七八九十\d]{1,2})）/g, (_, n: string) => ` (${numeral(n)})`)
		.replace(/\)(\d)/g, ') $1')
		.replace(/ 项目评价得分表/, ', evaluation score table')
		.replace(/ 项目绩效目标完成情况表（.+）$/, ', project performance table')
		.replace(/ 名词解释$/, ', definitions');
}
