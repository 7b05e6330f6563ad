/**
 * Page wiring that can wait a task: `onMount`, but run in a task of its own after hydration.
 * Hydrating the story and wiring it (glossary terms, the filter, the scroll driver, the islands'
 * setup) were one long task of the page's load; as separate tasks, none blocks the reader's first
 * tap for long.
 */
import { onMount } from 'svelte';

/** Runs `setup` a task after the component mounts; its teardown, if any, runs on destroy. */
export function mountLater(setup: () => void | (() => void)): void {
	onMount(() => {
		let teardown: void | (() => void);
		let done = false;
		const timer = setTimeout(() => {
			teardown = setup();
			done = true;
		});
		return () => {
			clearTimeout(timer);
			if (done) teardown?.();
		};
	});
}
