import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * Server-side twins. Islands (src/lib/islands): the client loads a chart's code only when the
 * reader nears it, while the server must draw the chart into the page. The server build reads
 * Island.ssr.svelte (the component itself) wherever the client build reads Island.svelte (the
 * lazy loader), and Static.ssr.svelte (the part and its data) wherever it reads Static.svelte
 * (nothing at all); ShareMeta.ssr.svelte (the link-preview tags), StoryHead.ssr.svelte (the story's
 * title and links), ServerProse.ssr.svelte (the story's step texts) and ReportSources.ssr.svelte (the
 * passages under them) likewise.
 */
const SERVER_TWINS = /\/src\/lib\/(islands\/Island|islands\/Static|share\/ShareMeta|story\/StoryHead|embed\/EmbedHead|components\/ServerProse|sources\/ReportSources)\.svelte$/;
function serverTwins(): Plugin {
	return {
		name: 'server-twins',
		enforce: 'pre',
		load(id, options) {
			const server = options?.ssr || this.environment?.config.consumer === 'server';
			if (!server || !SERVER_TWINS.test(id)) return null;
			const file = id.replace(/\.svelte$/, '.ssr.svelte');
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
