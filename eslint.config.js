// ESLint (flat config): TypeScript and Svelte rules on src/, tests/, scripts/ and the configs.
// Formatting is Prettier's (`npm run format`); layering is dependency-cruiser's (.dependency-cruiser.cjs).
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{
		ignores: [
			'build/',
			'build-*/',
			'.svelte-kit/',
			'node_modules/',
			'bench-results/',
			'test-results/',
			'playwright-report/',
			'scripts/_*',
			'static/embed.js'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: { extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig }
		}
	},
	{
		// CommonJS configs (dependency-cruiser reads .cjs).
		files: ['**/*.cjs'],
		languageOptions: { sourceType: 'commonjs' },
		rules: { '@typescript-eslint/no-require-imports': 'off' }
	},
	{
		// Playwright's fixtures are destructured: a test that needs only testInfo writes `async ({}, testInfo)`.
		files: ['tests/e2e/**'],
		rules: { 'no-empty-pattern': 'off' }
	},
	{
		rules: {
			// Hrefs are built by resolve() in the modules that make links (frame.ts, links of the story) or are absolute
			// URLs on SITE_URL; replaceState only changes the hash or query of the page shown. The sub-path build test
			// (tests/e2e/subpath.spec.ts) is what guards them.
			'svelte/no-navigation-without-resolve': 'off',
			// The flagged Maps, Sets and URLs are temporaries or are replaced whole inside $state.raw, by design.
			'svelte/prefer-svelte-reactivity': 'off',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }
			],
			// Lines of code at most 140 characters; a template literal is code (it may hold expressions and
			// markup), a plain string is prose (a test's title, a message) and may run longer.
			'max-len': [
				'error',
				{
					code: 140,
					tabWidth: 1,
					ignoreStrings: true,
					ignoreTemplateLiterals: false,
					ignoreUrls: true,
					ignoreRegExpLiterals: true,
					ignoreComments: false
				}
			]
		}
	}
);
