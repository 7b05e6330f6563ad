/**
 * Publishes the data package as static files: /data/datapackage.json, the CSV resources, the
 * report's text, checks.json (the reconciliation engine's results) and claims.json (every sentence of
 * the site with its sources).
 */
import { error } from '@sveltejs/kit';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getData } from '$lib/data/server';
import { withBom } from '$lib/data/bom';
import { claimsDocument } from '$lib/sources/server';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

const TYPES: Record<string, string> = {
	json: 'application/json; charset=utf-8',
	csv: 'text/csv; charset=utf-8',
	txt: 'text/plain; charset=utf-8'
};

function publishedFiles(): string[] {
	const { pkg } = getData();
	return [
		'datapackage.json',
		...pkg.descriptor.resources.map((r) => r.path),
		...(pkg.descriptor.sources ?? []).flatMap((s) => (s.path ? [s.path] : []))
	];
}

export const entries: EntryGenerator = () =>
	[...publishedFiles(), 'checks.json', 'claims.json'].map((path) => ({ path }));

export const GET: RequestHandler = ({ params }) => {
	const type = TYPES[params.path.split('.').pop() ?? ''];
	if (params.path === 'checks.json') {
		const { checks } = getData();
		return new Response(JSON.stringify({ generated: 'build', count: checks.length, checks }, null, 1), {
			headers: { 'content-type': TYPES.json! }
		});
	}
	if (params.path === 'claims.json') {
		return new Response(JSON.stringify(claimsDocument(), null, 1), { headers: { 'content-type': TYPES.json! } });
	}
	if (!type || !publishedFiles().includes(params.path)) error(404, 'Not found');
	const body = readFileSync(join(process.env.DATA_DIR ?? 'data', params.path));
	// The package's CSVs are UTF-8 without a BOM (the loader insists); the published copies get one,
	// so that Excel opens the Chinese text as UTF-8. Frictionless reads a resource declared
	// "encoding": "utf-8" that starts with a BOM as utf-8-sig, so the descriptor stays as it is.
	return new Response(params.path.endsWith('.csv') ? withBom(body) : body, { headers: { 'content-type': type } });
};
