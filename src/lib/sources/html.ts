/**
 * The markup of the passages under a text: a <details> whose summary says how many. Pure.
 */
import type { Locale } from '$lib/format';
import type { PassageRow } from '$lib/data/schema';
import { formatCount } from '$lib/format';
import { escapeMarkup as esc } from '$lib/site/escape';
import { sectionEn, sourcesText } from '$lib/i18n/sources';

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
			// The report's words and numbers are data (data-from="data"), not text of the site's own. A
			// few elements a passage: every step carries its passages, and the page is parsed whole.
			const where =
				locale === 'zh'
					? `<p class="where" data-from="data">${esc(t.where)}${esc(p.section)}</p>`
					: `<p class="where"><span data-from="data">${esc(t.where)}${esc(sectionEn(p.section))}</span> ` +
						`<span lang="zh-CN" data-from="data">(${esc(p.section)})</span></p>`;
			const rendering =
				locale === 'en' ? `<p class="rendering" data-from="data">${esc(t.rendering)}${esc(p.en)}</p>` : '';
			return `<li data-passage="${esc(p.id)}"><blockquote lang="zh-CN" data-from="data">${esc(p.quote)}</blockquote>${rendering}${where}</li>`;
		})
		.join('');
	return `<details><summary>${esc(t.summary)} <span class="count">(${count})</span></summary><ol>${items}</ol></details>`;
}
