/**
 * Text of the "embed this chart" dialog (loaded with the dialog, on click): English is the
 * contract, Chinese must satisfy it. `$width` and `$scale` are filled with formatted numbers,
 * `$more` with `ampOverflow`; no digits typed in (the version in the amp-iframe script's URL is
 * code: code.ts). `ampOverflow` is also the text of the AMP frame's overflow button, which the
 * host's page shows. Pure: no DOM, no Svelte.
 */
import type { Locale } from '$lib/format';
import type { Widen } from './types';

export const dialogEn = {
	title: 'Embed this chart',
	kinds: 'Ways to embed',
	kind: { iframe: 'Responsive frame', amp: 'AMP', image: 'Image' },
	recommended: '(recommended)',
	intro:
		'Paste the frame where the chart should go on your page. Paste the script once per page: it keeps the frame as tall as the chart.',
	state: 'The code shows the chart as you see it now, in English.',
	iframe: 'Frame',
	script: 'Script (once per page)',
	ampIntro:
		'For AMP pages. AMP shows a frame only if it comes over https, from another origin than the AMP page’s own. The frame grows to the chart’s height when AMP allows it; until then, readers can tap “$more”.',
	ampHttp: 'This copy of the site is not served over https: AMP will not show its frames.',
	amp: 'AMP frame',
	ampScript: 'The amp-iframe script, for the head of your AMP page (once per page)',
	ampScriptNote:
		'Your AMP page loads it from AMP’s servers, as it loads AMP itself; the chart loads nothing from other sites.',
	ampOverflow: 'Show all',
	imageIntro:
		'Where a frame can’t go (print, newsletters, WeChat articles), use the chart as an image, with its source. Paste the code, or download the image and paste its alt text into your CMS.',
	imageState: 'The image shows the whole chart, not the view you picked.',
	image: 'Image with its source line (HTML)',
	alt: 'Alt text, for your CMS',
	download: 'Download the image (PNG)',
	imagePreview: 'The image',
	loading: 'Loading the image’s details…',
	imageFailed: 'The image’s details did not load. Close this box and open it again to retry.',
	copy: 'Copy',
	copyIframe: 'Copy the frame code',
	copyScript: 'Copy the script',
	copyAmp: 'Copy the AMP frame code',
	copyAmpScript: 'Copy the amp-iframe script',
	copyImage: 'Copy the image code',
	copyAlt: 'Copy the alt text',
	copied: {
		iframe: 'Frame code copied',
		script: 'Script copied',
		amp: 'AMP frame code copied',
		ampScript: 'amp-iframe script copied',
		image: 'Image code copied',
		alt: 'Alt text copied'
	},
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
	kinds: '嵌入方式',
	kind: { iframe: '自适应框架', amp: 'AMP 页面', image: '静态图片' },
	recommended: '（推荐）',
	intro: '将框架代码粘贴到网页中要显示图表的位置。脚本代码每个页面只需粘贴一次，它会让框架高度随图表自动调整。',
	state: '代码中的图表与您现在看到的一致（中文版）。',
	iframe: '框架代码',
	script: '脚本代码（每个页面一次）',
	ampIntro:
		'适用于 AMP 页面。AMP 只显示通过 https 加载、且与 AMP 页面本身不同源的框架。AMP 允许时，框架会自动调整为图表的高度；在此之前，读者可点击“$more”查看。',
	ampHttp: '本站当前的地址不是 https，AMP 不会显示这里的框架。',
	amp: 'AMP 框架代码',
	ampScript: 'amp-iframe 组件脚本：放在 AMP 页面的 <head> 中（每个页面一次）',
	ampScriptNote: '这段脚本由您的 AMP 页面从 AMP 的服务器加载，与加载 AMP 本身一样；图表不会从其他网站加载任何内容。',
	ampOverflow: '展开全部',
	imageIntro:
		'印刷品、电子邮件简报、微信公众号文章等无法嵌入框架的场合，可以使用图表的静态图片并注明来源：直接粘贴代码，或者下载图片，再把替代文字粘贴到内容管理系统中。',
	imageState: '图片显示的是完整图表，不随您当前的选择变化。',
	image: '图片及来源（HTML 代码）',
	alt: '替代文字（供内容管理系统使用）',
	download: '下载图片（PNG）',
	imagePreview: '图片预览',
	loading: '正在载入图片信息……',
	imageFailed: '图片信息未能载入，请关闭此窗口后重新打开。',
	copy: '复制',
	copyIframe: '复制框架代码',
	copyScript: '复制脚本代码',
	copyAmp: '复制 AMP 框架代码',
	copyAmpScript: '复制 amp-iframe 脚本',
	copyImage: '复制图片代码',
	copyAlt: '复制替代文字',
	copied: {
		iframe: '已复制框架代码',
		script: '已复制脚本代码',
		amp: '已复制 AMP 框架代码',
		ampScript: '已复制 amp-iframe 脚本',
		image: '已复制图片代码',
		alt: '已复制替代文字'
	},
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
