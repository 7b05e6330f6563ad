/**
 * The paths the build configs name by hand stay true as files move: every component whose styles
 * go inline (svelte.config.js) is there, and every server twin (vite.config.ts) has its component.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { INJECTED_CSS } from '../../svelte.config.js';

const ROOT = resolve(__dirname, '../..');

function files(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? files(join(dir, e.name)) : [relative(ROOT, join(dir, e.name))]
	);
}

describe('svelte.config.js: INJECTED_CSS', () => {
	it.each(INJECTED_CSS)('%s is there', (path) => {
		expect(existsSync(join(ROOT, path)), `${path} (moved or renamed? update svelte.config.js)`).toBe(true);
		expect(statSync(join(ROOT, path)).isDirectory()).toBe(path.endsWith('/'));
	});
});

describe('vite.config.ts: server twins', () => {
	const twins = files(join(ROOT, 'src/lib')).filter((f) => f.endsWith('.ssr.svelte'));
	it('finds the twins', () => {
		expect(twins.length).toBeGreaterThan(0);
	});
	it.each(twins)('%s stands for a component beside it', (twin) => {
		expect(existsSync(join(ROOT, twin.replace(/\.ssr\.svelte$/, '.svelte')))).toBe(true);
	});
});
