/** Text of the sunburst chart: English is the contract, Chinese must satisfy it. Figures by placeholder only. */
import type { Widen } from '$lib/i18n/types';

export const sunburstEn = {
	tableLabel: 'Show the data'
};

export const sunburstZh: Widen<typeof sunburstEn> = {
	tableLabel: '查看数据表'
};
