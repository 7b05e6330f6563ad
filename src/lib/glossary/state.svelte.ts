/**
 * Which glossary term is open, shared by every trigger and the one popover of a page.
 * One popover at a time: opening a term closes the last.
 */
import { getContext, setContext } from 'svelte';
import type { GlossaryEntry } from './glossary';

/** Where a term's full entry is: the glossary list on the page, or another page's (an embed has none). */
export interface EntryLink {
	href: string;
	target?: '_blank';
	rel?: 'noopener';
}

const onThisPage = (id: string): EntryLink => ({ href: `#term-${id}` });

export class GlossaryState {
	readonly entries: Map<string, GlossaryEntry>;
	/** The link to a term's full entry. */
	readonly link: (id: string) => EntryLink;
	/** The open term, if any. */
	openId = $state<string | null>(null);
	/** The button that opened it: where focus returns. */
	trigger = $state.raw<HTMLElement | null>(null);

	constructor(entries: GlossaryEntry[], options: { link?: (id: string) => EntryLink } = {}) {
		this.entries = new Map(entries.map((e) => [e.id, e]));
		this.link = options.link ?? onThisPage;
	}

	get entry(): GlossaryEntry | null {
		return this.openId ? (this.entries.get(this.openId) ?? null) : null;
	}

	open(id: string, trigger: HTMLElement) {
		this.openId = id;
		this.trigger = trigger;
	}

	/** Shows another term in the open popover (related terms), keeping its anchor. */
	show(id: string) {
		if (this.entries.has(id)) this.openId = id;
	}

	close({ returnFocus }: { returnFocus: boolean }) {
		const t = this.trigger;
		this.openId = null;
		this.trigger = null;
		if (returnFocus) t?.focus();
	}
}

const KEY = Symbol('glossary');

export function provideGlossary(entries: GlossaryEntry[], options?: { link?: (id: string) => EntryLink }): GlossaryState {
	return setContext(KEY, new GlossaryState(entries, options));
}

export function useGlossary(): GlossaryState | undefined {
	return getContext<GlossaryState | undefined>(KEY);
}

/** The link to a term's full entry, as the page's glossary has it (the list on the page by default). */
export const entryLink = (glossary: GlossaryState | undefined, id: string): EntryLink => (glossary ?? { link: onThisPage }).link(id);
