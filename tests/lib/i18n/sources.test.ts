import { describe, expect, it } from 'vitest';
import { sectionEn } from '$lib/i18n/sources';

describe('sectionEn', () => {
	it.each([
		['第二部分 一', 'Part 2, section 1'],
		['第二部分 七（二）', 'Part 2, section 7 (2)'],
		['第二部分 十（四）1（1）', 'Part 2, section 10 (4) 1 (1)'],
		['第四部分 附件2 三', 'Part 4, annex 2, section 3'],
		['第四部分 附件1 一（三）', 'Part 4, annex 1, section 1 (3)'],
		['图表数据（图1）', 'Chart data (chart 1)'],
		['第一部分 二', 'Part 1, section 2'],
		['第三部分 名词解释', 'Part 3, definitions'],
		['第二部分 十（四） 项目绩效目标完成情况表（机要高清业务费）', 'Part 2, section 10 (4), project performance table']
	])('%s → %s', (zh, en) => expect(sectionEn(zh)).toBe(en));
});
