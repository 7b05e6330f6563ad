/** Text of the waterfall chart: English is the contract, Chinese must satisfy it. Figures by placeholder only. */
import type { Widen } from '$lib/i18n/types';

export const waterfallEn = {
	tableLabel: 'Show the data'
};

export const waterfallZh: Widen<typeof waterfallEn> = {
	tableLabel: '查看数据表'
};
