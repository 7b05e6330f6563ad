import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { THEME_SCRIPT } from './src/lib/iframe/theme-script.js';

/**
 * BASE_PATH lets the same build be served from a sub-path (e.g. /budget).
 * It must start with "/" and must not end with one; empty means the host root.
 */
const wanted = (process.env.BASE_PATH ?? '').replace(/\/+$/, '');
if (wanted && !wanted.startsWith('/')) {
	throw new Error(`BASE_PATH must start with "/" (got "${wanted}")`);
}
const base = /** @type {'' | `/${string}`} */ (wanted);

const outDir = process.env.BUILD_DIR ?? 'build';

/** @param {string} script @returns {`sha256-${string}`} */
const sha256 = (script) => `sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}`;

/**
 * The Content Security Policy of every page. Prerendered pages carry it as a
 * <meta http-equiv="content-security-policy">; Kit adds the hash of its own inline start-up
 * script to script-src, and the embed pages' theme script is listed here by the hash of the
 * very string they inline. Styles may be inline (Svelte writes style attributes); images may be
 * data: and blob: URLs (the PNG export draws the chart's SVG as a blob onto a canvas). The
 * story previews its own embeds, so frames may come from this origin. frame-ancestors cannot be
 * set in a meta tag: static/_headers sets it (see README, Deploy).
 * @type {import('@sveltejs/kit').KitConfig['csp']}
 */
export const csp = {
	mode: 'hash',
	directives: {
		'default-src': ['self'],
		'script-src': ['self', sha256(THEME_SCRIPT)],
		'style-src': ['self', 'unsafe-inline'],
		'img-src': ['self', 'data:', 'blob:'],
		'font-src': ['self'],
		'connect-src': ['self'],
		'frame-src': ['self'],
		'object-src': ['none'],
		'base-uri': ['self'],
		'form-action': ['self']
	}
};

/**
 * The components whose styles go inline with them (`css: 'injected'`), by path: folders end in `/`.
 * The charts load lazily on the client (src/lib/islands), so Kit cannot link their CSS from the
 * page: their styles go inline, in the page head on the server and from their JS after. So do the
 * parts the server alone draws (story/Static) and the share button's: an embed's chart draws it in
 * its row of actions. tests/lib/config.test.ts checks that every path is there.
 */
export const INJECTED_CSS = [
	'src/lib/charts/',
	'src/lib/story/CheckList.svelte',
	'src/lib/story/Headline.svelte',
	'src/lib/components/GlossaryList.svelte',
	'src/lib/actions/ShareButton.svelte'
];

/** @param {string} filename */
const injectsCss = (filename) =>
	INJECTED_CSS.some((p) => (p.endsWith('/') ? filename.includes(`/${p}`) : filename.endsWith(`/${p}`)));

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		// Scoped-style classes as `s-` and five characters of the styles' hash, not `svelte-` and
		// seven: the class is on most elements of the story, a tenth of its prerendered HTML.
		cssHash: ({ hash, css }) => `s-${hash(css).slice(0, 5)}`
	},
	vitePlugin: {
		dynamicCompileOptions({ filename }) {
			if (injectsCss(filename)) return { css: 'injected' };
		}
	},
	kit: {
		// KIT_OUT_DIR keeps a second build's intermediate files apart from .svelte-kit (vite preview serves those).
		outDir: process.env.KIT_OUT_DIR ?? '.svelte-kit',
		// BUILD_DIR lets a test build a second copy (e.g. under a sub-path) without touching build/.
		adapter: adapter({ pages: outDir, assets: outDir, fallback: undefined, strict: true }),
		paths: { base, relative: false },
		csp,
		// Every stylesheet goes inline in the page's head: a page with no stylesheet to wait for
		// paints as soon as its HTML is in. With render-blocking <link>s, headless Chromium held
		// the first paint of the story for two seconds in Lighthouse (a BeginFrame throttle of
		// the compositor while the styles were fetched), against a third of a second inline.
		inlineStyleThreshold: 64 * 1024,
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail', entries: ['*'] }
	}
};

export default config;
