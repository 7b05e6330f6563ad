import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * BASE_PATH lets the same build be served from a sub-path (e.g. /budget).
 * It must start with "/" and must not end with one; empty means the host root.
 */
const base = (process.env.BASE_PATH ?? '').replace(/\/+$/, '');
if (base && !base.startsWith('/')) {
	throw new Error(`BASE_PATH must start with "/" (got "${base}")`);
}

const outDir = process.env.BUILD_DIR ?? 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// KIT_OUT_DIR keeps a second build's intermediate files apart from .svelte-kit (vite preview serves those).
		outDir: process.env.KIT_OUT_DIR ?? '.svelte-kit',
		// BUILD_DIR lets a test build a second copy (e.g. under a sub-path) without touching build/.
		adapter: adapter({ pages: outDir, assets: outDir, fallback: undefined, strict: true }),
		paths: { base, relative: false },
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail', entries: ['*'] }
	}
};

export default config;
