/**
 * Build-time site settings, read from the environment. Node only (used in +layout.server.ts).
 * SITE_URL: the public origin the site is served from, for canonical and hreflang links,
 * which search engines need absolute. BASE_PATH (svelte.config.js) is the sub-path, if any.
 */
export function siteOrigin(): string {
	const raw = process.env.SITE_URL ?? 'http://localhost:4173';
	try {
		return new URL(raw).origin;
	} catch {
		throw new Error(`SITE_URL must be an absolute URL such as https://example.org (got "${raw}")`);
	}
}
