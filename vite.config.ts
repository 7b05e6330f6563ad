import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { existsSync, readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * Server-side twins: where a component of src/lib has an `.ssr.svelte` file beside it, the server
 * build reads that file instead. Islands (src/lib/islands): the client loads a chart's code only
 * when the reader nears it, while the server must draw the chart into the page, so the server
 * reads Island.ssr.svelte (the component itself) wherever the client reads Island.svelte (the lazy
 * loader); story/Static.ssr.svelte (the part and its data) stands for Static.svelte (nothing at
 * all); ShareMeta, StoryHead, EmbedHead (head tags), ServerProse (the story's step texts) and
 * ReportSources (the passages under them) likewise: their text never travels to the browser.
 */
function serverTwins(): Plugin {
	return {
		name: 'server-twins',
		enforce: 'pre',
		load(id, options) {
			const server = options?.ssr || this.environment?.config.consumer === 'server';
			if (!server || !/\/src\/lib\/.+(?<!\.ssr)\.svelte$/.test(id)) return null;
			const file = id.replace(/\.svelte$/, '.ssr.svelte');
			if (!existsSync(file)) return null;
			this.addWatchFile(file);
			return readFileSync(file, 'utf8');
		}
	};
}

export default defineConfig({
	plugins: [serverTwins(), sveltekit(), svelteTesting()],
	test: {
		// Generous on a loaded 2-core machine: the first jsdom render of a file can take seconds.
		testTimeout: 30_000,
		hookTimeout: 30_000,
		// Tier "build" reads the prerendered site in build/, so it runs after `vite build`.
		include: process.env.TEST_TIER === 'build' ? ['tests/build/**/*.test.ts'] : ['tests/**/*.test.ts'],
		exclude: ['tests/e2e/**', 'node_modules/**', ...(process.env.TEST_TIER === 'build' ? [] : ['tests/build/**'])],
		environment: 'node',
		setupFiles: ['tests/setup.ts'],
		env: { TZ: 'UTC' }
	}
});
