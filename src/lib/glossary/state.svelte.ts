/**
 * Which glossary term is open, shared by every trigger and the one popover of a page.
 * One popover at a time: opening a term closes the last.
 */
import { getContext, setContext } from 'svelte';
import type { GlossaryEntry } from './glossary';

export class GlossaryState {
	readonly entries: Map<string, GlossaryEntry>;
	/** The open term, if any. */
	openId = $state<string | null>(null);
	/** The button that opened it: where focus returns. */
	trigger = $state.raw<HTMLElement | null>(null);

	constructor(entries: GlossaryEntry[]) {
		this.entries = new Map(entries.map((e) => [e.id, e]));
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

export function provideGlossary(entries: GlossaryEntry[]): GlossaryState {
	return setContext(KEY, new GlossaryState(entries));
}

export function useGlossary(): GlossaryState | undefined {
	return getContext<GlossaryState | undefined>(KEY);
}
