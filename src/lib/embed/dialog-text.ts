/**
 * Text of the "embed this chart" dialog (loaded with the dialog, on click): English is the
 * contract, Chinese must satisfy it. `$width` and `$scale` are filled with formatted numbers;
 * no digits typed in. Pure: no DOM, no Svelte.
 */
import type { Locale } from '$lib/format';
import type { Widen } from '$lib/i18n/types';

export const dialogEn = {
	title: 'Embed this chart',
	intro: 'Paste the frame where the chart should go on your page. Paste the script once per page: it keeps the frame as tall as the chart.',
	state: 'The code shows the chart as you see it now, in English.',
	iframe: 'Frame',
	script: 'Script (once per page)',
	copy: 'Copy',
	copyIframe: 'Copy the frame code',
	copyScript: 'Copy the script',
	copied: { iframe: 'Frame code copied', script: 'Script copied' },
	copyFailed: 'Could not copy: the code is selected, copy it with your keyboard',
	preview: 'Preview',
	widths: 'Width of the preview',
	width: '$width px',
	frameTitle: 'Preview of the embedded chart, $width px wide',
	scaled: 'Shown at $scale of its size to fit this window',
	close: 'Close'
};

export const dialogZh: Widen<typeof dialogEn> = {
	title: '嵌入此图表',
	intro: '将框架代码粘贴到网页中要显示图表的位置。脚本代码每个页面只需粘贴一次，它会让框架高度随图表自动调整。',
	state: '代码中的图表与您现在看到的一致（中文版）。',
	iframe: '框架代码',
	script: '脚本代码（每个页面一次）',
	copy: '复制',
	copyIframe: '复制框架代码',
	copyScript: '复制脚本代码',
	copied: { iframe: '已复制框架代码', script: '已复制脚本代码' },
	copyFailed: '无法自动复制：代码已选中，请用键盘复制',
	preview: '预览',
	widths: '预览宽度',
	width: '$width 像素',
	frameTitle: '嵌入图表预览，宽 $width 像素',
	scaled: '为适应窗口，按$scale显示',
	close: '关闭'
};

export type DialogText = typeof dialogEn;

/** The dialog's text in a locale. */
export const dialogText = (locale: Locale): DialogText => (locale === 'zh' ? dialogZh : dialogEn);
