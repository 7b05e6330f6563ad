/**
 * Which glossary term is open, shared by every trigger and the one popover of a page.
 * One popover at a time: opening a term closes the last.
 */
import { getContext, setContext } from 'svelte';
import type { GlossaryEntry } from './glossary';
import { TERM_BUTTON, termButtonElement } from './term-html';

/** Where a term's full entry is: the glossary list on the page, or another page's (an embed has none). */
export interface EntryLink {
	href: string;
	target?: '_blank';
	rel?: 'noopener';
}

const onThisPage = (id: string): EntryLink => ({ href: `#term-${id}` });

/** Entries to fetch when first needed: their ids now, the rest on `load` (the story's popover). */
export interface LazyEntries {
	ids: string[];
	load: () => Promise<GlossaryEntry[]>;
}

export class GlossaryState {
	/** Every term id the page's glossary has. */
	readonly ids: ReadonlySet<string>;
	/** The entries, once there (at once, or after `load`). */
	entries = $state.raw<ReadonlyMap<string, GlossaryEntry>>(new Map());
	/** The link to a term's full entry. */
	readonly link: (id: string) => EntryLink;
	/** The open term, if any. */
	openId = $state<string | null>(null);
	/** The button that opened it: where focus returns. */
	trigger = $state.raw<HTMLElement | null>(null);
	/**
	 * Whether the page is live (see activate): prose drawn from then on draws its terms as buttons.
	 * A plain field, not state: prose already drawn keeps its markup.
	 */
	live = false;
	#loading: Promise<void> | null = null;
	readonly #fetch: (() => Promise<GlossaryEntry[]>) | null;

	constructor(entries: GlossaryEntry[] | LazyEntries, options: { link?: (id: string) => EntryLink } = {}) {
		if (Array.isArray(entries)) {
			this.ids = new Set(entries.map((e) => e.id));
			this.entries = new Map(entries.map((e) => [e.id, e]));
			this.#fetch = null;
		} else {
			this.ids = new Set(entries.ids);
			this.#fetch = entries.load;
		}
		this.link = options.link ?? onThisPage;
	}

	/** Fetches the entries if they are not there yet (once; a failed fetch may be tried again). */
	load(): Promise<void> {
		if (!this.#fetch) return Promise.resolve();
		return (this.#loading ??= this.#fetch().then(
			(list) => void (this.entries = new Map(list.map((e) => [e.id, e]))),
			(e: unknown) => {
				this.#loading = null;
				throw e;
			}
		));
	}

	get entry(): GlossaryEntry | null {
		return this.openId ? (this.entries.get(this.openId) ?? null) : null;
	}

	open(id: string, trigger: HTMLElement) {
		if (this.trigger && this.trigger !== trigger) this.trigger.setAttribute('aria-expanded', 'false');
		this.openId = id;
		this.trigger = trigger;
		trigger.setAttribute('aria-expanded', 'true');
	}

	/** Shows another term in the open popover (related terms), keeping its anchor. */
	show(id: string) {
		if (this.ids.has(id)) this.openId = id;
	}

	close({ returnFocus }: { returnFocus: boolean }) {
		const t = this.trigger;
		this.openId = null;
		this.trigger = null;
		t?.setAttribute('aria-expanded', 'false');
		if (returnFocus) t?.focus();
	}

	/**
	 * Makes the page's terms live, once it has hydrated: the server's links to entries become
	 * buttons that open the popover, and one listener on the document answers them all. Terms in
	 * an island's server markup stay links (the island holds a tap on one until its chart is live,
	 * and then draws buttons itself). Returns the undo.
	 */
	activate(root: Document = document): () => void {
		this.live = true;
		for (const a of root.querySelectorAll<HTMLAnchorElement>('a.term[data-term]')) {
			const id = a.dataset.term!;
			if (a.closest('[data-island]') || !this.ids.has(id)) continue;
			const button = termButtonElement(root, id);
			button.append(...a.childNodes);
			a.replaceWith(button);
		}
		const termOf = (e: Event) => (e.target instanceof Element ? e.target.closest<HTMLElement>(TERM_BUTTON) : null);
		const toggle = (b: HTMLElement) => {
			if (this.openId !== null && this.trigger === b) this.close({ returnFocus: false });
			else this.open(b.dataset.term!, b);
		};
		const onClick = (e: MouseEvent) => {
			const b = termOf(e);
			if (b) toggle(b);
		};
		// Enter and Space, as on a <button> (Space must not scroll the page).
		const onKey = (e: KeyboardEvent) => {
			const b = termOf(e);
			if (!b || (e.key !== 'Enter' && e.key !== ' ') || e.altKey || e.ctrlKey || e.metaKey) return;
			e.preventDefault();
			if (!e.repeat) toggle(b);
		};
		root.addEventListener('click', onClick);
		root.addEventListener('keydown', onKey);
		return () => {
			root.removeEventListener('click', onClick);
			root.removeEventListener('keydown', onKey);
			this.live = false;
		};
	}
}

const KEY = Symbol('glossary');

export function provideGlossary(
	entries: GlossaryEntry[] | LazyEntries,
	options?: { link?: (id: string) => EntryLink }
): GlossaryState {
	return setContext(KEY, new GlossaryState(entries, options));
}

export function useGlossary(): GlossaryState | undefined {
	return getContext<GlossaryState | undefined>(KEY);
}

/** The link to a term's full entry, as the page's glossary has it (the list on the page by default). */
export const entryLink = (glossary: GlossaryState | undefined, id: string): EntryLink =>
	(glossary ?? { link: onThisPage }).link(id);
