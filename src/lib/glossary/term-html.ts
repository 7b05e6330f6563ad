/**
 * A glossary term as a live button: the markup Prose draws once the glossary is live, and the
 * attributes GlossaryState.activate gives a server link. Its own module so that activating terms
 * does not bring the prose renderer (and number formatting) into a page's first view.
 */
import { escapeMarkup } from '$lib/site/escape';

export function termButtonHtml(id: string, inner: string): string {
	return `<button type="button" class="term" data-term="${escapeMarkup(id)}" aria-expanded="false" aria-controls="term-popover" aria-haspopup="dialog">${inner}</button>`;
}
