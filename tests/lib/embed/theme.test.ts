/**
 * The colour schemes: the palette's style sheet (src/lib/site/palette.ts, written into every page's
 * head) states the dark palette twice, for the system's preference and for an embed's theme=dark:
 * the two must stay the same; src/app.css sets only color-scheme for a forced theme.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { SITE_PALETTE, TOKENS, paletteCss } from '$lib/site/palette';

/** The declarations of the first rule after `selector` in `sheet`, trimmed. */
function declarations(sheet: string, selector: string): string[] {
	const at = sheet.indexOf(selector);
	expect(at, selector).toBeGreaterThanOrEqual(0);
	const open = sheet.indexOf('{', at + selector.length);
	const body = sheet.slice(open + 1, sheet.indexOf('}', open));
	return body
		.split(';')
		.map((d) => d.trim())
		.filter(Boolean);
}

describe('colour schemes', () => {
	const css = paletteCss();

	it('paletteCss(): the light palette by default, every token once', () => {
		expect(declarations(css, ':root')).toEqual(TOKENS.map((t) => `--${t}:${SITE_PALETTE.light[t]}`));
	});

	it('paletteCss(): theme=dark forces the same palette as a dark system setting, and theme=light keeps the light one', () => {
		const system = declarations(css, "@media (prefers-color-scheme: dark){:root:not([data-theme='light'])");
		const forced = declarations(css, ":root[data-theme='dark']");
		expect(system).toEqual(TOKENS.map((t) => `--${t}:${SITE_PALETTE.dark[t]}`));
		expect(forced).toEqual(system);
	});

	it('src/app.css sets the forced color-scheme and no colour of its own', () => {
		const app = readFileSync('src/app.css', 'utf8');
		expect(declarations(app, ":root[data-theme='light']")).toEqual(['color-scheme: light']);
		expect(declarations(app, ":root[data-theme='dark']")).toEqual(['color-scheme: dark']);
		for (const t of TOKENS) expect(app, `--${t} is set only by the palette`).not.toMatch(new RegExp(`--${t}\\s*:`));
	});
});
