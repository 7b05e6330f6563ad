/**
 * The markup of the passages under a text: a <details> whose summary says how many. Pure.
 */
import type { Locale } from '$lib/format';
import type { PassageRow } from '$lib/data/schema';
import { formatCount } from '$lib/format';
import { escapeMarkup as esc } from '$lib/site/escape';
import { sectionEn, sourcesText } from './text';

export function sourcesHtml(passages: Pick<PassageRow, 'id' | 'section' | 'quote' | 'en'>[], locale: Locale): string {
	const t = sourcesText(locale);
	const count =
		passages.length === 1
			? esc(t.count.one)
			: t.count.other
					.split('$n')
					.map(esc)
					.join(`<span class="num">${esc(formatCount(passages.length, locale))}</span>`);
	const items = passages
		.map((p) => {
			// The report's words and numbers are data (data-from="data"), not text of the site's own.
			const data = (text: string, lang = '') => `<span data-from="data"${lang ? ` lang="${lang}"` : ''}>${esc(text)}</span>`;
			const where = locale === 'zh' ? data(p.section) : `${data(sectionEn(p.section))} (${data(p.section, 'zh-CN')})`;
			const rendering = locale === 'en' ? `<p class="rendering">${esc(t.rendering)}${data(p.en)}</p>` : '';
			return `<li data-passage="${esc(p.id)}"><blockquote lang="zh-CN"><p data-from="data">${esc(p.quote)}</p></blockquote>${rendering}<p class="where">${esc(t.where)}${where}</p></li>`;
		})
		.join('');
	return `<details><summary>${esc(t.summary)} <span class="count">(${count})</span></summary><ol>${items}</ol></details>`;
}
