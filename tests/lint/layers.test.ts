/**
 * The layer rules of `npm run lint` bite: dependency-cruiser with the project's own
 * .dependency-cruiser.cjs, and scripts/svelte-type-imports.mjs, run over small trees that break
 * one rule each, fail naming the rule and the import.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { typeImportViolations } from '../../scripts/svelte-type-imports.mjs';

const ROOT = resolve(__dirname, '../..');
const CLI = join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
const CONFIG = join(ROOT, '.dependency-cruiser.cjs');

interface Violation {
	from: string;
	to: string;
	rule: { name: string };
}

let dir: string;
beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'layers-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes the files of a tree under a fresh folder of `dir` and returns its path. */
function tree(name: string, files: Record<string, string>): string {
	const root = join(dir, name);
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	}
	return root;
}

/** dependency-cruiser's violations over `root`/src with the project's config. */
function cruise(root: string): Violation[] {
	let out: string;
	try {
		out = execFileSync(process.execPath, [CLI, 'src', '--config', CONFIG, '--output-type', 'json'], {
			cwd: root,
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'pipe']
		});
	} catch (e) {
		// Violations of severity error exit non-zero; the report is on stdout all the same.
		out = (e as { stdout: string }).stdout;
	}
	return (JSON.parse(out) as { summary: { violations: Violation[] } }).summary.violations;
}

describe('dependency-cruiser with .dependency-cruiser.cjs', () => {
	it('passes a tree that keeps its layers', () => {
		const root = tree('clean', {
			'src/lib/format/index.ts': 'export const f = (n: number) => String(n);\n',
			'src/lib/data/load.ts': "import { f } from '../format/index';\nexport const load = () => f(1);\n",
			'src/lib/charts/bars/layout.ts': "import { load } from '../../data/load';\nexport const rows = () => load();\n"
		});
		expect(cruise(root)).toEqual([]);
	});

	it('fails data importing a chart (layer-data)', () => {
		const root = tree('data-to-chart', {
			'src/lib/charts/bars/layout.ts': 'export const rows = () => [];\n',
			'src/lib/data/load.ts': "import { rows } from '../charts/bars/layout';\nexport const load = () => rows();\n"
		});
		const v = cruise(root);
		expect(v.map((x) => [x.rule.name, x.from, x.to])).toContainEqual([
			'layer-data',
			'src/lib/data/load.ts',
			'src/lib/charts/bars/layout.ts'
		]);
	});

	it('fails a type-only import across a layer too', () => {
		const root = tree('type-import', {
			'src/lib/story/steps.ts': 'export type Step = { id: string };\n',
			'src/lib/charts/bars/layout.ts':
				"import type { Step } from '../../story/steps';\nexport const id = (s: Step) => s.id;\n"
		});
		expect(cruise(root).map((x) => x.rule.name)).toContain('layer-charts');
	});

	it('fails two chart folders that import each other through a third (no-folder-cycle)', () => {
		const root = tree('folder-cycle', {
			'src/lib/charts/a/one.ts': "import { two } from '../b/two';\nexport const one = () => two();\n",
			'src/lib/charts/b/two.ts': "import { three } from '../c/three';\nexport const two = () => three();\n",
			'src/lib/charts/c/three.ts': "import { four } from '../a/four';\nexport const three = () => four;\n",
			'src/lib/charts/a/four.ts': 'export const four = 4;\n'
		});
		const names = cruise(root).map((x) => x.rule.name);
		expect(names).toContain('no-folder-cycle');
		expect(names).not.toContain('no-module-cycle');
	});

	it('fails a folder with no layer, a route imported by src/lib, and an import that does not resolve', () => {
		const root = tree('misc', {
			'src/lib/newthing/x.ts': 'export const x = 1;\n',
			'src/routes/+page.ts': 'export const prerender = true;\n',
			'src/lib/story/page.ts':
				"import { x } from '../newthing/x';\nimport { prerender } from '../../routes/+page';\n" +
				"import { gone } from '../data/gone';\nexport const p = [x, prerender, gone];\n"
		});
		const names = cruise(root).map((x) => x.rule.name);
		expect(names).toEqual(expect.arrayContaining(['unknown-folder', 'lib-imports-no-route', 'not-to-unresolvable']));
	});
});

describe('scripts/svelte-type-imports.mjs', () => {
	it('finds the type import of a component that breaks a layer, with its line', () => {
		const root = tree('svelte-types', {
			'src/lib/story/steps.ts': 'export type Step = { id: string };\n',
			'src/lib/charts/bars/Bars.svelte':
				'<script lang="ts">\n\timport { onMount } from \'svelte\';\n' +
				"\timport type { Step } from '$lib/story/steps';\n\tlet { step }: { step: Step } = $props();\n</script>\n",
			'src/lib/story/Page.svelte':
				"<script lang=\"ts\">\n\timport { type Step } from './steps';\n\timport Bars from '$lib/charts/bars/Bars.svelte';\n</script>\n"
		});
		expect(typeImportViolations(root)).toEqual([
			{
				file: 'src/lib/charts/bars/Bars.svelte',
				line: 3,
				spec: '$lib/story/steps',
				message: 'src/lib/charts may not import src/lib/story'
			}
		]);
	});

	it('finds none in the project', () => {
		expect(typeImportViolations(ROOT)).toEqual([]);
	});
});
