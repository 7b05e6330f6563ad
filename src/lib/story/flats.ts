/**
 * The flat copies of the story's charts (one per step, shown after its text in flat mode) are
 * sent inside <noscript>: without JS the browser shows them as they are, and with JS it keeps
 * them as text, neither building nor laying out about a thousand elements the reader of the
 * scrolling story never sees. They are built from that text when they are needed: for the
 * reduced-motion layout, for print, and to measure a phone's stage (stage-height.ts).
 */

/** Builds the flat charts under `root` that are still text; cheap when they are built already. */
export function materializeFlats(root: ParentNode = document): void {
	for (const holder of root.querySelectorAll<HTMLElement>('.flat-chart > noscript:not([data-built])')) {
		const t = document.createElement('template');
		t.innerHTML = holder.textContent ?? '';
		// After the <noscript>, which stays where Svelte put it.
		holder.after(t.content);
		holder.dataset.built = '';
	}
}
