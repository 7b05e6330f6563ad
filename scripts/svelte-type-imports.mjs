#!/usr/bin/env node
// The layers of .dependency-cruiser.cjs applied to what dependency-cruiser cannot see: the type
// imports of .svelte files (it reads a component as compiled, its types stripped). Part of `npm run lint`.
//
//   node scripts/svelte-type-imports.mjs [root]    exits 1 listing each import that breaks a layer
//
// Plain Node ESM, no dependencies.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
/** @type {Record<string, string[]>} */
export const LAYERS = require('../.dependency-cruiser.cjs').LAYERS;

const SCRIPT = /<script\b[^>]*>([\s\S]*?)<\/script>/g;
// `import type … from 'x'` and `import { a, type B } from 'x'`: the imports a compiled component loses.
const TYPE_IMPORT = /\bimport\s+(type\s+[^;]*?|\{[^}]*\btype\s[^}]*\})\s*from\s*['"]([^'"]+)['"]/g;

/**
 * Every type import of a .svelte file under `root`/src/lib that breaks a layer.
 * @param {string} root the project's root (holding src/lib)
 * @returns {{ file: string, line: number, spec: string, message: string }[]}
 */
export function typeImportViolations(root) {
	const lib = join(root, 'src', 'lib');
	const out = [];
	const files = readdirSync(lib, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.svelte'));
	for (const file of files.map((f) => join(lib, f))) {
		const text = readFileSync(file, 'utf8');
		const from = relative(lib, file).split(sep)[0] ?? '';
		for (const script of text.matchAll(SCRIPT)) {
			const body = script[1] ?? '';
			const offset = (script.index ?? 0) + script[0].indexOf(body);
			for (const m of body.matchAll(TYPE_IMPORT)) {
				const spec = m[2] ?? '';
				let target;
				if (spec.startsWith('$lib/')) target = join(lib, spec.slice(5));
				else if (spec.startsWith('.')) target = resolve(dirname(file), spec);
				else continue;
				const rel = relative(lib, target);
				if (rel.startsWith('..')) continue;
				const to = rel.split(sep)[0] ?? '';
				if (to === from) continue;
				const line = text.slice(0, offset + (m.index ?? 0)).split('\n').length;
				const where = relative(root, file);
				if (!(from in LAYERS)) out.push({ file: where, line, spec, message: `src/lib/${from} has no layer` });
				else if (!(to in LAYERS)) out.push({ file: where, line, spec, message: `src/lib/${to} has no layer` });
				else if (!LAYERS[from]?.includes(to)) {
					out.push({ file: where, line, spec, message: `src/lib/${from} may not import src/lib/${to}` });
				}
			}
		}
	}
	return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const root = resolve(process.argv[2] ?? '.');
	const found = typeImportViolations(root);
	for (const v of found) console.error(`error layer: ${v.file}:${v.line} imports the type of ${v.spec}: ${v.message}`);
	if (found.length) process.exit(1);
	console.log('svelte type imports: every layer kept');
}
