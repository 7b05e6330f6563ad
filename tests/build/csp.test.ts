/**
 * The Content Security Policy of every prerendered page (a <meta http-equiv>, svelte.config.js's
 * kit.csp) and the headers a meta tag cannot carry (static/_headers): what a host serves.
 */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { siteOrigin } from '$lib/site/config';

const BUILD = process.env.BUILD_DIR ?? 'build';

const files = (dir: string): string[] =>
	readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));

/** Every HTML page of the build, by its path inside the build ("en/index.html"). */
const pages = files(BUILD)
	.filter((f) => f.endsWith('.html'))
	.map((f) => ({ file: relative(BUILD, f).split(sep).join('/'), doc: readFileSync(f, 'utf8') }));

const decode = (s: string) =>
	s
		.replaceAll('&quot;', '"')
		.replaceAll('&#39;', "'")
		.replaceAll('&lt;', '<')
		.replaceAll('&gt;', '>')
		.replaceAll('&amp;', '&');

const CSP_META = /<meta http-equiv="content-security-policy" content="([^"]*)"\s*\/?>/gi;

/** The policy's directives: name → sources. */
function directives(policy: string): Map<string, string[]> {
	return new Map(
		policy
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter((d) => d[0])
			.map(([name, ...sources]) => [name!.toLowerCase(), sources])
	);
}

/** The executable inline scripts of a page: <script> without src, of no type or a JavaScript type. */
function inlineScripts(doc: string): string[] {
	return [...doc.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
		.filter(([, attrs]) => !/\bsrc=/i.test(attrs!) && !/\btype="(?!module"|text\/javascript")[^"]*"/i.test(attrs!))
		.map(([, , body]) => body!);
}

const sha256 = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

it('the build has the story, the embeds and the not-found page', () => {
	expect(pages.map((p) => p.file)).toEqual(
		expect.arrayContaining([
			'index.html',
			'en/index.html',
			'404.html',
			'embed/sunburst/index.html',
			'en/embed/waterfall/index.html'
		])
	);
});

describe.each(pages)('$file', ({ doc }) => {
	const metas = [...doc.matchAll(CSP_META)];
	const policy = directives(decode(metas[0]?.[1] ?? ''));

	it('carries exactly one CSP meta, in the head before any script', () => {
		expect(metas).toHaveLength(1);
		const at = metas[0]!.index;
		expect(at).toBeLessThan(doc.indexOf('</head>'));
		const firstScript = doc.search(/<script\b/i);
		if (firstScript >= 0) expect(at).toBeLessThan(firstScript);
	});

	it('allows scripts from this origin and listed hashes only', () => {
		const scripts = policy.get('script-src');
		expect(scripts).toBeDefined();
		expect(scripts).toContain("'self'");
		for (const s of scripts!) expect(s, s).toMatch(/^'self'$|^'sha256-[A-Za-z0-9+/]+=*'$/);
		expect(policy.has('script-src-elem')).toBe(false);
		expect(policy.has('script-src-attr')).toBe(false);
	});

	it('sets the rest of the policy', () => {
		expect(Object.fromEntries(policy)).toMatchObject({
			'default-src': ["'self'"],
			'style-src': ["'self'", "'unsafe-inline'"],
			'img-src': ["'self'", 'data:', 'blob:'],
			'connect-src': ["'self'"],
			'frame-src': ["'self'"],
			'object-src': ["'none'"],
			'base-uri': ["'self'"],
			'form-action': ["'self'"]
		});
		// Ignored in a meta tag, so it must not pretend to be there: static/_headers sets it.
		expect(policy.has('frame-ancestors')).toBe(false);
	});

	it('lists the hash of every inline script, and has no inline event handler or javascript: URL', () => {
		const scripts = policy.get('script-src') ?? [];
		for (const body of inlineScripts(doc)) expect(scripts, body.slice(0, 80)).toContain(sha256(body));
		expect(doc).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);
		expect(doc).not.toMatch(/(?:href|src|action)="\s*javascript:/i);
	});

	it('references no other host in a src, href or action: absolute URLs are SITE_URL (canonical, alternates, share tags)', () => {
		const urls = [...doc.matchAll(/\s(?:src|href|srcset|action|formaction|poster|data)="([^"]*)"/gi)].map((m) =>
			decode(m[1]!)
		);
		const absolute = urls.filter((u) => /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(u));
		for (const u of absolute) expect(new URL(u, siteOrigin()).origin, u).toBe(siteOrigin());
	});
});

/** static/_headers, as Netlify and Cloudflare Pages read it: a path line, then indented headers. */
function headerRules(text: string): { path: string; headers: [string, string][] }[] {
	const rules: { path: string; headers: [string, string][] }[] = [];
	for (const line of text.split('\n')) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: [] });
		else {
			const [name, ...value] = line.trim().split(':');
			rules.at(-1)!.headers.push([name!.trim().toLowerCase(), value.join(':').trim()]);
		}
	}
	return rules;
}

/** A _headers path pattern (`*` is a splat) against a request path. */
const matches = (pattern: string, path: string) =>
	new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*')}$`).test(path);

describe('static/_headers', () => {
	const rules = headerRules(readFileSync(join(BUILD, '_headers'), 'utf8'));
	/** Every value of a header a request path gets, one per matching rule. */
	const served = (path: string, header: string) =>
		rules
			.filter((r) => matches(r.path, path))
			.flatMap((r) => r.headers.filter(([n]) => n === header).map(([, v]) => v));
	/** The URLs a page is served at: its file, and its directory for an index.html. */
	const urls = pages.flatMap(({ file }) => [
		`/${file}`,
		...(file.endsWith('index.html') ? [`/${file.slice(0, -'index.html'.length)}`] : [])
	]);

	it('is in the build, with the frame-ancestors lines', () => {
		expect(rules.length).toBeGreaterThan(3);
		expect(served('/', 'content-security-policy')).toEqual(["frame-ancestors 'self'"]);
		expect(served('/embed/sunburst/', 'content-security-policy')).toEqual(['frame-ancestors *']);
	});

	it.each(urls)(
		'%s gets one frame-ancestors (any site for an embed, this site otherwise), nosniff and a referrer policy',
		(url) => {
			const embed = /^\/(en\/)?embed\//.test(url);
			expect(served(url, 'content-security-policy')).toEqual([embed ? 'frame-ancestors *' : "frame-ancestors 'self'"]);
			expect(served(url, 'x-content-type-options')).toEqual(['nosniff']);
			expect(served(url, 'referrer-policy')).toEqual(['strict-origin-when-cross-origin']);
		}
	);

	it('no two rules set the same header on one path (Cloudflare would join them, Netlify keep one)', () => {
		const names = [...new Set(rules.flatMap((r) => r.headers.map(([n]) => n)))];
		const paths = [
			...urls,
			'/data/datapackage.json',
			'/data/functional.csv',
			'/data/source/x.txt',
			'/share/story.png',
			'/embed.js'
		];
		for (const path of paths)
			for (const name of names) expect(served(path, name).length, `${path} ${name}`).toBeLessThanOrEqual(1);
	});
});
