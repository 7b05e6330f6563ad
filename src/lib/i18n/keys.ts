/**
 * A string of a dictionary by its path (`['story', 'steps', 'rise-1', 'text']`): how prose the
 * server alone draws (ServerProse) names its text without the text travelling to the browser.
 * Pure.
 */

/** The path to a string of a dictionary, one part per level (ids may hold dots). */
export type MessageKey = readonly string[];

/** The string at `key`; throws naming the key if there is none. */
export function messageAt(dict: unknown, key: MessageKey): string {
	let node: unknown = dict;
	for (const part of key) {
		node =
			node !== null && typeof node === 'object' && Object.hasOwn(node, part)
				? (node as Record<string, unknown>)[part]
				: undefined;
	}
	if (typeof node !== 'string') throw new Error(`no text at ${key.join(' › ')} in the dictionary`);
	return node;
}
