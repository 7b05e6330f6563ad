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

export function termButtonHtml(id: string, inner: string): string {
	return `<span class="term" role="button" tabindex="0" data-term="${escapeMarkup(id)}" aria-expanded="false" aria-controls="term-popover" aria-haspopup="dialog">${inner}</span>`;
}

/** Live term buttons (see termButtonHtml). */
export const TERM_BUTTON = '.term[role="button"][data-term]';
