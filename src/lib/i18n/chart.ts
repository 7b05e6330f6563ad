/**
 * Text of a chart's action row (embed, share, downloads) and of the share buttons of the story and
 * the embed pages: English is the contract, Chinese must satisfy it. No digits: file sizes and
 * widths are formatted where they are shown. Pure: no DOM, no Svelte.
 */
import type { Locale } from '$lib/format';
import type { Widen } from './types';

export const actionsEn = {
	/** Name of a chart's row of actions, for screen readers. */
	group: 'Share, embed or download this chart',
	embed: 'Embed',
	/** Also the share button of a page (the story's header bar, an embed's footer). */
	share: 'Share',
	copied: 'Link copied',
	/** Shown with the link when neither the share sheet nor the clipboard can take it. */
	manual: 'Copy this link',
	download: 'Download',
	/** An embed's row: the whole story. */
	story: 'Full story',
	svg: 'Image (SVG)',
	png: 'Image (PNG)',
	csv: 'Data (CSV)',
	datapackage: 'Data package (JSON)',
	saving: 'Making the image…',
	saved: 'Image downloaded',
	failed: 'The image could not be made; the data files still work'
};

export const actionsZh: Widen<typeof actionsEn> = {
	group: '分享、嵌入或下载此图表',
	embed: '嵌入',
	share: '分享',
	copied: '链接已复制',
	manual: '请复制此链接',
	download: '下载',
	story: '阅读全文',
	svg: '图片（SVG）',
	png: '图片（PNG）',
	csv: '数据（CSV）',
	datapackage: '数据包（JSON）',
	saving: '正在生成图片……',
	saved: '图片已下载',
	failed: '图片生成失败，数据文件仍可下载'
};

export type ActionsText = typeof actionsEn;

/** The action row's text in a locale. */
export const actionsText = (locale: Locale): ActionsText => (locale === 'zh' ? actionsZh : actionsEn);
