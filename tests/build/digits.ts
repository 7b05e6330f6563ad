/**
 * The project's rule on typed-in figures, applied to prerendered HTML: digits left once comments,
 * styles, tags and the elements that render data (class="num", data-from="data") are removed.
 * Years of the report (2018–2020) are words, not figures.
 */
export function typedInDigits(html: string): string[] {
	const text = html
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/<(\w+)[^>]*class="[^"]*\bnum\b[^"]*"[^>]*>[^<]*<\/\1>/g, ' ')
		.replace(/<(\w+)[^>]*data-from="data"[^>]*>[^<]*<\/\1>/g, ' ')
		.replace(/<style[\s\S]*?<\/style>/g, ' ')
		.replace(/<[^>]+>/g, ' ');
	return [...text.matchAll(/\d+/g)].map((m) => m[0]).filter((d) => !['2018', '2019', '2020'].includes(d));
}
