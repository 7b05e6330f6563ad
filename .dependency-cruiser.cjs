// dependency-cruiser: the layers of src/lib, checked by `npm run lint` (docs/architecture.md draws them).
// Each folder of src/lib may import only the folders listed for it; no two folders may import each
// other, even through others; src/lib never imports a route. Type-only imports count: a type names a
// dependency as surely as a value does. dependency-cruiser reads a .svelte file as compiled, without
// its type imports: scripts/svelte-type-imports.mjs checks those against the same LAYERS.
const { join } = require('node:path');

/** Folder of src/lib → the folders of src/lib its modules may import (besides their own). */
const LAYERS = {
	// The base: no other folder.
	site: [],
	format: ['site'],
	// The report's data package and its arithmetic: knows no text, no page, no drawing.
	data: ['site', 'format'],
	// Every text of the site and the figures it names.
	i18n: ['site', 'format', 'data'],
	// The glossary's terms and their live state.
	glossary: ['site', 'format', 'data', 'i18n'],
	// Prose with figures and terms; the glossary's popover and list.
	components: ['site', 'format', 'data', 'i18n', 'glossary'],
	// Every sentence's sources (claims.json, the passages under a step).
	sources: ['site', 'format', 'data', 'i18n', 'components'],
	// The iframe protocol: an embed's query, its height messages, the host page's embed.js.
	iframe: ['site', 'format'],
	// What a reader takes from a chart: the embed dialog and code, share, copy.
	actions: ['site', 'format', 'i18n', 'iframe'],
	// The charts: data → layout → drawing, and the frame and actions row around them.
	charts: ['site', 'format', 'data', 'i18n', 'glossary', 'components', 'iframe', 'actions'],
	// Share images, made at build time from the charts' layouts.
	share: ['site', 'format', 'data', 'i18n', 'charts', 'actions'],
	// Hydration: a chart drawn by the server, its code loaded as the reader nears it.
	islands: ['site', 'format', 'charts'],
	// The pages: the story, and an embed (which links to the story's steps).
	story: [
		'site',
		'format',
		'data',
		'i18n',
		'glossary',
		'components',
		'sources',
		'iframe',
		'actions',
		'charts',
		'share',
		'islands'
	],
	embed: [
		'site',
		'format',
		'data',
		'i18n',
		'glossary',
		'components',
		'iframe',
		'actions',
		'charts',
		'share',
		'islands',
		'story'
	]
};

const layerRules = Object.entries(LAYERS).map(([folder, allowed]) => ({
	name: `layer-${folder}`,
	comment: `src/lib/${folder} may import only ${allowed.length ? allowed.join(', ') : 'no other folder of src/lib'}`,
	severity: 'error',
	from: { path: `^src/lib/${folder}/` },
	to: { path: '^src/lib/([^/]+)/', pathNot: [`^src/lib/(${[folder, ...allowed].join('|')})/`] }
}));

const config = {
	forbidden: [
		...layerRules,
		{
			name: 'unknown-folder',
			comment: 'every folder of src/lib has its layer in .dependency-cruiser.cjs',
			severity: 'error',
			from: { path: '^src/lib/' },
			to: { path: '^src/lib/', pathNot: `^src/lib/(${Object.keys(LAYERS).join('|')})/` }
		},
		{
			name: 'lib-imports-no-route',
			severity: 'error',
			from: { path: '^src/lib/' },
			to: { path: '^src/routes/' }
		},
		{
			name: 'no-folder-cycle',
			comment: 'two folders that import each other, directly or through others, are one module in two places',
			severity: 'error',
			scope: 'folder',
			from: { path: '^src/' },
			to: { circular: true }
		},
		{
			name: 'no-module-cycle',
			severity: 'error',
			from: { path: '^src/' },
			to: { circular: true }
		},
		{
			name: 'not-to-unresolvable',
			comment:
				"an import of src/ that does not resolve (a moved module, a typo); the kit's own modules resolve at build",
			severity: 'error',
			from: { path: '^src/' },
			to: { couldNotResolve: true, pathNot: ['^(svelte|@sveltejs/kit|\\$app|\\$env)(/|$)', '^\\./\\$types$'] }
		}
	],
	options: {
		tsPreCompilationDeps: true,
		doNotFollow: { path: 'node_modules' },
		exclude: { path: '^\\.svelte-kit/' },
		webpackConfig: { fileName: join(__dirname, 'scripts/depcruise-resolve.cjs') }
	}
};

// LAYERS for scripts/svelte-type-imports.mjs; not enumerable, as dependency-cruiser's schema allows no extra key.
Object.defineProperty(config, 'LAYERS', { value: LAYERS, enumerable: false });
module.exports = config;
