import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit(), svelteTesting()],
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
