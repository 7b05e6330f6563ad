/**
 * First-view JavaScript of the prerendered pages, as `npm run bench` counts it (gzip level 9 of
 * each file, KiB), read from the build without a browser: what SvelteKit's start script loads
 * (its client, the app, the root layout and error nodes, the page's nodes) and every module those
 * import statically. Lazy parts (islands, the glossary popover, the sharing code) are not counted:
 * a reader's first view does not load them.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUILD = process.env.BUILD_DIR ?? 'build';
const IMMUTABLE = join(BUILD, '_app', 'immutable');
const KIB = 1024;

/** Static imports and re-exports of a minified module (not `import(…)`). */
const STATIC_IMPORT = /(?:\bimport\s*(?:[\w$*{},\s]+?\s*from\s*)?|\bexport\s*\{[^}]*\}\s*from\s*)["']([^"']+\.js)["']/g;

function closure(roots: string[]): Set<string> {
	const seen = new Set<string>();
	const visit = (file: string) => {
		if (seen.has(file)) return;
		if (!existsSync(file)) throw new Error(`first view imports ${file}, which the build lacks`);
		seen.add(file);
		for (const m of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) visit(join(dirname(file), m[1]!));
	};
	roots.forEach(visit);
	return seen;
}

const nodeFile = (id: number) => {
	const name = readdirSync(join(IMMUTABLE, 'nodes')).find((f) => f.startsWith(`${id}.`) && f.endsWith('.js'));
	if (!name) throw new Error(`no client file for route node ${id}`);
	return join(IMMUTABLE, 'nodes', name);
};

/** The files a page's first view loads, and their gzip size in bytes. */
function firstView(htmlPath: string): { files: string[]; bytes: number } {
	const html = readFileSync(htmlPath, 'utf8');
	const entries = [...html.matchAll(/import\("([^"]+\/entry\/[^"]+\.js)"\)/g)].map((m) =>
		join(BUILD, m[1]!.replace(/^.*?\/_app\//, '_app/'))
	);
	const ids = /node_ids:\s*\[([\d,\s]+)\]/.exec(html);
	if (entries.length < 2 || !ids) throw new Error(`${htmlPath}: no SvelteKit start script`);
	// Kit's client loads the root layout (0) and root error page (1) at start, then the page's nodes.
	const nodes = new Set([0, 1, ...ids[1]!.split(',').map(Number)]);
	const files = [...closure([...entries, ...[...nodes].map(nodeFile)])];
	const bytes = files.reduce((sum, f) => sum + gzipSync(readFileSync(f), { level: 9 }).length, 0);
	return { files: files.map((f) => posix.normalize(f.split('\\').join('/'))), bytes };
}

const EMBEDS = [
	'embed/sunburst',
	'embed/waterfall',
	'embed/three-public',
	'en/embed/sunburst',
	'en/embed/waterfall',
	'en/embed/three-public'
];
const STORIES = ['', 'en'];

describe('first-view JavaScript (gzip)', () => {
	it.each(EMBEDS)('/%s/ stays within the embed budget of 45 KiB', (route) => {
		const { bytes } = firstView(join(BUILD, route, 'index.html'));
		expect(bytes / KIB).toBeLessThanOrEqual(45);
	});

	it.each(STORIES)('story /%s stays within its budget of 65 KiB', (dir) => {
		const { bytes } = firstView(join(BUILD, dir, 'index.html'));
		expect(bytes / KIB).toBeLessThanOrEqual(65);
	});

	it('an embed loads neither the prose renderer, the sharing code nor the link-preview tags up front', () => {
		const { files } = firstView(join(BUILD, 'embed', 'waterfall', 'index.html'));
		const code = files.map((f) => readFileSync(f, 'utf8')).join('\n');
		// Marks of each: proseHtml's figure span, copy.ts's hidden textarea, ShareMeta's tags.
		expect(code).not.toContain('data-figure=');
		expect(code).not.toContain('execCommand(');
		expect(code).not.toContain('og:image:alt');
		// While the page's own parts are there: the island loader and the height messages.
		expect(code).toContain('IntersectionObserver');
		expect(code).toContain('datawrapper-height');
	});
});
