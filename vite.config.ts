import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit(), svelteTesting()],
	test: {
		// Tier "build" reads the prerendered site in build/, so it runs after `vite build`.
		include: process.env.TEST_TIER === 'build' ? ['tests/build/**/*.test.ts'] : ['tests/**/*.test.ts'],
		exclude: ['tests/e2e/**', 'node_modules/**', ...(process.env.TEST_TIER === 'build' ? [] : ['tests/build/**'])],
		environment: 'node',
		setupFiles: ['tests/setup.ts'],
		env: { TZ: 'UTC' }
	}
});
