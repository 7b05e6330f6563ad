/**
 * A glossary term as a live button: the markup Prose draws once the glossary is live, and the
 * attributes GlossaryState.activate gives a server link. Its own module so that activating terms
 * does not bring the prose renderer (and number formatting) into a page's first view.
 *
 * An inline element with the button role, not a <button>: a <button> is one box, so a long term
 * that wraps took two full lines on a phone, with the punctuation glued to it alone at the edge.
 * GlossaryState answers Enter and Space on it as a button would.
 */
import { escapeMarkup } from '$lib/site/escape';

/** A live term's attributes, in the order of its markup; `data-term` takes the term's id. */
const ATTRIBUTES = [
	['role', 'button'],
	['tabindex', '0'],
	['data-term', ''],
	['aria-expanded', 'false'],
	['aria-controls', 'term-popover'],
	['aria-haspopup', 'dialog']
] as const;

export function termButtonHtml(id: string, inner: string): string {
	const attributes = ATTRIBUTES.map(
		([name, value]) => ` ${name}="${name === 'data-term' ? escapeMarkup(id) : value}"`
	).join('');
	return `<span class="term"${attributes}>${inner}</span>`;
}

/**
 * The live term of `id` as an element, for a server link's words: what activating a page does once per
 * term, cheaper than parsing termButtonHtml's markup.
 */
export function termButtonElement(doc: Document, id: string): HTMLElement {
	const el = doc.createElement('span');
	el.className = 'term';
	for (const [name, value] of ATTRIBUTES) el.setAttribute(name, name === 'data-term' ? id : value);
	return el;
}

/** Live term buttons (see termButtonHtml). */
export const TERM_BUTTON = '.term[role="button"][data-term]';
