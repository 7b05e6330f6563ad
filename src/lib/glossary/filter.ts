/**
 * The glossary list is drawn by the server alone (Static.svelte): its filter box is wired here,
 * once the page is live, on the server's markup. An entry is found by any of its words as the
 * reader sees them: the term in both languages, the explanation, the report's definition.
 */

export interface FilterText {
	/** "Showing " before the count. */
	shown: string;
	noMatch: string;
}

/** Wires the filter of the glossary `section`; `count` formats the number of entries shown. Returns the undo. */
export function wireGlossaryFilter(section: HTMLElement, count: (n: number) => string, text: FilterText): () => void {
	const input = section.querySelector<HTMLInputElement>('#glossary-filter');
	const status = section.querySelector<HTMLElement>('.count');
	if (!input || !status) return () => {};
	let entries: { el: HTMLElement; words: string }[] | null = null;
	const apply = () => {
		entries ??= [...section.querySelectorAll<HTMLElement>('.entry')].map((el) => ({
			el,
			words: (el.textContent ?? '').toLowerCase()
		}));
		const needle = input.value.trim().toLowerCase();
		let shown = 0;
		for (const { el, words } of entries) {
			el.hidden = !!needle && !words.includes(needle);
			if (!el.hidden) shown++;
		}
		if (shown === 0) {
			status.textContent = text.noMatch;
			return;
		}
		const num = document.createElement('span');
		num.className = 'num';
		num.dataset.figure = 'glossary.shown';
		num.textContent = count(shown);
		status.replaceChildren(text.shown, num);
	};
	input.addEventListener('input', apply);
	// Words typed before the page was live.
	if (input.value) apply();
	return () => input.removeEventListener('input', apply);
}
