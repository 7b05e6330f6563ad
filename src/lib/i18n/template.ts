/**
 * The markup of locale text: `{figure.id}` placeholders and `[[term|words]]` glossary marks.
 * Pure, and free of dictionaries, so components can parse text without shipping every locale.
 */

/** `{id}` or `{id|modifier}`: ids are figure ids (a-z, 0-9, ".", "-"). */
export const PLACEHOLDER = /\{([a-z0-9][a-z0-9.-]*)(?:\|(signed|abs))?\}/g;

/** `[[term-id|shown text]]` marks a glossary term in prose. */
export const TERM_MARK = /\[\[([a-z0-9][a-z0-9.-]*)\|([^\]]+)\]\]/g;

export type Segment =
	{ text: string } | { id: string; modifier: 'signed' | 'abs' | null } | { term: string; text: string };

const TOKEN = new RegExp(`${PLACEHOLDER.source}|${TERM_MARK.source}`, 'g');

/** Splits a template into text, figure and glossary-term segments, in order. */
export function parseTemplate(template: string): Segment[] {
	const out: Segment[] = [];
	let last = 0;
	for (const m of template.matchAll(TOKEN)) {
		if (m.index > last) out.push({ text: template.slice(last, m.index) });
		if (m[1]) out.push({ id: m[1], modifier: (m[2] as 'signed' | 'abs' | undefined) ?? null });
		else out.push({ term: m[3]!, text: m[4]! });
		last = m.index + m[0].length;
	}
	if (last < template.length) out.push({ text: template.slice(last) });
	return out;
}
