/**
 * Publishes the data package as static files: /data/datapackage.json, the CSV resources, the
 * report's text, and checks.json (the reconciliation engine's results).
 */
import { error } from '@sveltejs/kit';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getData } from '$lib/data/server';
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

export const entries: EntryGenerator = () => [...publishedFiles(), 'checks.json'].map((path) => ({ path }));

export const GET: RequestHandler = ({ params }) => {
	const type = TYPES[params.path.split('.').pop() ?? ''];
	if (params.path === 'checks.json') {
		const { checks } = getData();
		return new Response(JSON.stringify({ generated: 'build', count: checks.length, checks }, null, 1), {
			headers: { 'content-type': TYPES.json! }
		});
	}
	if (!type || !publishedFiles().includes(params.path)) error(404, 'Not found');
	return new Response(readFileSync(join(process.env.DATA_DIR ?? 'data', params.path)), { headers: { 'content-type': type } });
};
