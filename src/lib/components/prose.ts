/**
 * A locale string as HTML: `{figure.id}` placeholders become formatted figures, `[[term|words]]`
 * glossary triggers. Pure, so the server and the browser build the same string.
 *
 * Prose.svelte puts the string in the page with {@html}: hydrating it is a walk to its end
 * marker, where a component per piece cost the story a quarter of its hydration (about 300 prose
 * blocks, 1,400 pieces) and a hydration comment per piece in the HTML.
 */
import { formatFigure, type Locale } from '$lib/format';
import { parseTemplate } from '$lib/i18n/template';
import type { PageFigures } from '$lib/data/figures';
import type { EntryLink } from '$lib/glossary/state.svelte';
import { escapeMarkup } from '$lib/site/escape';
import { termButtonHtml } from '$lib/glossary/term-html';

/** How terms are drawn: links to their entries (server, hydration, no glossary) or live buttons. */
export interface TermStyle {
	/** Buttons that open the page's glossary popover (see GlossaryState.activate). */
	buttons: boolean;
	/** Where a term's entry is, for links. */
	link: (id: string) => EntryLink;
}

/** `tail`: punctuation right after a term or figure, kept on its line (a term is one unbreakable box). */
type Piece =
	| { kind: 'text'; text: string }
	| { kind: 'term'; id: string; text: string; tail: string }
	| { kind: 'figure'; id: string; text: string; tail: string };

const LEADING_PUNCTUATION = /^[,.;:!?)\]’”，。；：！？）」』、]+/;

const escapeHtml = escapeMarkup;

/** The pieces of a text, punctuation after a term or a figure glued to it. */
export function prosePieces(text: string, figures: PageFigures, locale: Locale): Piece[] {
	const out = parseTemplate(text).map((s): Piece => {
		if ('term' in s) return { kind: 'term', id: s.term, text: s.text, tail: '' };
		if ('text' in s) return { kind: 'text', text: s.text };
		const f = figures[s.id];
		if (!f) throw new Error(`no figure "${s.id}" passed to this page`);
		const value = s.modifier === 'abs' ? { ...f, value: Math.abs(f.value) } : f;
		return {
			kind: 'figure',
			id: s.id,
			text: formatFigure(value, locale, s.modifier === 'signed' ? 'signed' : 'plain'),
			tail: ''
		};
	});
	for (let i = 0; i + 1 < out.length; i++) {
		const p = out[i]!;
		const next = out[i + 1]!;
		if (p.kind === 'text' || next.kind !== 'text') continue;
		const m = LEADING_PUNCTUATION.exec(next.text);
		if (m) [p.tail, next.text] = [m[0], next.text.slice(m[0].length)];
	}
	return out;
}

/**
 * A Chinese gloss in English text, such as "(信息化建设)": a run of Chinese, with the brackets around
 * it. Marked as Chinese for screen readers and fonts; kept on one line when short enough to fit
 * a phone's line (a longer one, the report's title, may break like Chinese does).
 */
const GLOSS =
	/[(（“]?[\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”‘’、]+(?:[\d]+[\u3400-\u9fff\uff00-\uffef（）]+)*[)）”]?/g;
const GLOSS_ON_ONE_LINE = 14; // characters, brackets included: 14 × 17 px fits a 320 px phone's card

/** Escaped text, its Chinese glosses marked on an English page. */
export function textHtml(text: string, locale: Locale): string {
	if (locale !== 'en') return escapeHtml(text);
	let out = '';
	let last = 0;
	for (const m of text.matchAll(GLOSS)) {
		if (!/[\u3400-\u9fff]/.test(m[0])) continue;
		out += escapeHtml(text.slice(last, m.index));
		const cls = [...m[0]].length <= GLOSS_ON_ONE_LINE ? ' class="gloss"' : '';
		out += `<span lang="zh-CN"${cls}>${escapeHtml(m[0])}</span>`;
		last = m.index + m[0].length;
	}
	return out + escapeHtml(text.slice(last));
}

function termHtml(id: string, words: string, style: TermStyle, locale: Locale): string {
	if (style.buttons) return termButtonHtml(id, textHtml(words, locale));
	const { href, target, rel } = style.link(id);
	return `<a class="term" data-term="${escapeHtml(id)}" href="${escapeHtml(href)}"${target ? ` target="${target}"` : ''}${rel ? ` rel="${rel}"` : ''}>${textHtml(words, locale)}</a>`;
}

export function proseHtml(text: string, figures: PageFigures, locale: Locale, style: TermStyle): string {
	let html = '';
	for (const p of prosePieces(text, figures, locale)) {
		if (p.kind === 'text') {
			html += textHtml(p.text, locale);
			continue;
		}
		const box =
			p.kind === 'term'
				? termHtml(p.id, p.text, style, locale)
				: `<span class="num" data-figure="${escapeHtml(p.id)}">${escapeHtml(p.text)}</span>`;
		html += p.tail ? `<span class="glue">${box}${escapeHtml(p.tail)}</span>` : box;
	}
	return html;
}
