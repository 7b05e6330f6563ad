/**
 * A plain static file server, as the simplest host serves the build: `<base>/x/` is `x/index.html`,
 * a file is itself with the content type of its extension, a directory without its slash is
 * redirected to it, anything else is the build's 404.html with status 404. Nothing of Vite or Kit.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';

/** Content types by extension, as hosts commonly send them; text in UTF-8. */
export const CONTENT_TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.ico': 'image/x-icon'
};

export interface StaticServer {
	/** The site's root URL, with the base path and a trailing slash: `http://127.0.0.1:PORT/budget/`. */
	url: string;
	/** Every request the server answered: status and path. */
	log: { status: number; path: string }[];
	close(): Promise<void>;
}

/**
 * Serves the directory `root` under the path `base` ("" or "/budget") on 127.0.0.1, on a free port.
 * @example const server = await serveStatic({ root: 'build', base: '/budget' }); await page.goto(server.url);
 */
export async function serveStatic({ root, base }: { root: string; base: string }): Promise<StaticServer> {
	const top = resolve(root);
	const log: StaticServer['log'] = [];
	const server = createServer((req, res) => {
		const send = (status: number, body: Buffer | string, type: string, headers: Record<string, string> = {}) => {
			log.push({ status, path: req.url ?? '' });
			res.writeHead(status, { 'content-type': type, 'x-content-type-options': 'nosniff', ...headers });
			res.end(req.method === 'HEAD' ? undefined : body);
		};
		const notFound = () => {
			const page = join(top, '404.html');
			send(404, existsSync(page) ? readFileSync(page) : 'Not found', CONTENT_TYPES['.html']!);
		};
		if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'Method not allowed', 'text/plain');
		let path: string;
		try {
			path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		} catch {
			return send(400, 'Bad request', 'text/plain');
		}
		if (path !== base && !path.startsWith(`${base}/`)) return notFound();
		const file = resolve(top, `.${path.slice(base.length) || '/'}`);
		if (file !== top && !file.startsWith(top + sep)) return notFound();
		if (!existsSync(file)) return notFound();
		if (statSync(file).isDirectory()) {
			if (!path.endsWith('/')) return send(301, '', 'text/plain', { location: `${path}/` });
			const index = join(file, 'index.html');
			return existsSync(index) ? send(200, readFileSync(index), CONTENT_TYPES['.html']!) : notFound();
		}
		send(200, readFileSync(file), CONTENT_TYPES[extname(file)] ?? 'application/octet-stream');
	});
	await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}${base}/`,
		log,
		close: () => new Promise<void>((r) => server.close(() => r()))
	};
}
