import { describe, expect, it } from 'vitest';
import { messageAt } from '$lib/i18n/keys';
import { messages } from '$lib/i18n';

describe('messageAt', () => {
	it('finds a string by its path, ids with dots and dashes included', () => {
		const dict = { a: { 'item.x-1': { text: 'hello' } } };
		expect(messageAt(dict, ['a', 'item.x-1', 'text'])).toBe('hello');
		const [id, step] = Object.entries(messages.en.story.steps)[0]!;
		expect(messageAt(messages.en, ['story', 'steps', id, 'text'])).toBe(step.text);
	});

	it('throws naming the path when there is no string there', () => {
		const dict = { a: { b: { c: 'x' } } };
		expect(() => messageAt(dict, ['a', 'b'])).toThrow('a › b');
		expect(() => messageAt(dict, ['a', 'nope', 'c'])).toThrow('a › nope › c');
		expect(() => messageAt(dict, ['a', 'b', 'c', 'd'])).toThrow('a › b › c › d');
		expect(() => messageAt(dict, ['toString'])).toThrow('toString');
	});
});
