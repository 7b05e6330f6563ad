/**
 * Text of the not-found and error pages, in both languages: those pages show both, and the error
 * page is loaded with every page, so it must not pull in the dictionaries. Wired into en.ts and zh.ts.
 */
import type { Widen } from './types';

export const notFoundEn = {
	title: 'Page not found',
	body: 'This page does not exist. The story starts here:',
	home: 'The 2019 accounts, explained'
};

export const notFoundZh: Widen<typeof notFoundEn> = {
	title: '页面不存在',
	body: '没有找到这个页面。可以从这里开始阅读：',
	home: '读懂2019年度部门决算'
};
