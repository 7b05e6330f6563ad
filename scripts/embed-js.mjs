// Builds static/embed.js, the host page's resizer, from src/lib/iframe/embed-js.ts (and host.ts,
// messages.ts): one minified IIFE, checked in so that the site serves it as a plain static file.
//
//   node scripts/embed-js.mjs          write static/embed.js (npm run embed-js)
//
// tests/lib/iframe/embed-js.test.ts rebuilds it in memory and fails when the checked-in file is
// stale or over 1 KB gzip.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

// No `new URL(…, import.meta.url)`: the unit test imports this file through Vite, which would rewrite it.
const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
export const ENTRY = 'src/lib/iframe/embed-js.ts';
export const OUTPUT = 'static/embed.js';
const BANNER = `/* /embed.js: sizes this site's embedded charts. Built from ${ENTRY} by scripts/embed-js.mjs; do not edit. */\n`;

/** The file's text, built in memory. */
export async function buildEmbedJs() {
	const result = await build({
		root: ROOT,
		configFile: false,
		logLevel: 'silent',
		build: {
			write: false,
			minify: true,
			target: 'es2020',
			lib: { entry: ENTRY, formats: ['iife'], name: 'pzhEmbed', fileName: () => 'embed.js' }
		}
	});
	const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
	const chunk = outputs.find((o) => o.type === 'chunk');
	if (!chunk || chunk.type !== 'chunk') throw new Error('embed-js: no chunk built');
	return BANNER + chunk.code.trim() + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
	const code = await buildEmbedJs();
	writeFileSync(join(ROOT, OUTPUT), code);
	console.log(`wrote ${OUTPUT} (${code.length} bytes)`);
}
