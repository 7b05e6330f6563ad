/**
 * src/app.css states the dark palette twice (the system's preference, and an embed's theme=dark):
 * the two must stay the same.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

const css = readFileSync('src/app.css', 'utf8');

/** The declarations of the first rule after `selector`, one a line, trimmed. */
function declarations(selector: string): string[] {
	const at = css.indexOf(selector);
	expect(at, selector).toBeGreaterThanOrEqual(0);
	const open = css.indexOf('{', at + selector.length);
	const body = css.slice(open + 1, css.indexOf('}', open));
	return body
		.split(';')
		.map((d) => d.trim())
		.filter(Boolean);
}

describe('src/app.css colour schemes', () => {
	it('theme=dark forces the same palette as a dark system setting', () => {
		const system = declarations("@media (prefers-color-scheme: dark) {\n\t:root:not([data-theme='light'])");
		const forced = declarations(":root[data-theme='dark']");
		expect(system.length).toBeGreaterThan(5);
		expect(forced).toEqual(['color-scheme: dark', ...system]);
	});

	it('theme=light keeps the light palette whatever the system prefers', () => {
		expect(declarations(":root[data-theme='light']")).toEqual(['color-scheme: light']);
	});
});
