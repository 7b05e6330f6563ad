/**
 * The parts of a page the server draws alone (Static.svelte). Their props are what the page has
 * anyway; the server looks up the rest (the checks, the glossary's entries) itself, so it is not sent to the browser.
 */
import type { ComponentProps } from 'svelte';
import type CheckList from '$lib/story/CheckList.svelte';
import type GlossaryList from '$lib/components/GlossaryList.svelte';
import type Headline from '$lib/story/Headline.svelte';

export interface StaticProps {
	'check-list': Omit<ComponentProps<typeof CheckList>, 'checks'>;
	'glossary-list': Omit<ComponentProps<typeof GlossaryList>, 'entries'>;
	headline: Omit<ComponentProps<typeof Headline>, 'text'>;
}
export type StaticName = keyof StaticProps;
