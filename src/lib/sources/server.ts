/**
 * The claims of the site's text, resolved against the data package: what /data/claims.json
 * publishes and what a story step lists under "What the report says". Build time only.
 */
import { getData } from '$lib/data/server';
import { pageFigures } from '$lib/data/figures';
import type { Locale } from '$lib/format';
import { PLACEHOLDER } from '$lib/i18n/template';
import { prosePieces } from '$lib/components/prose';
import type { PassageRow } from '$lib/data/schema';
import { collectClaims, type Claim } from './claims';
import { auditClaims } from './audit';
import { resolveSource, type ResolvedSource } from './resolve';
import { TEXT_MODULES } from './registry';

let cached: { claims: Claim[] } | undefined;

/** Every claim of the site, audited: a problem fails the build, naming text, sentence and rule. */
export function siteClaims(): Claim[] {
	if (cached) return cached.claims;
	const { pkg, checks } = getData();
	const { claims, problems } = collectClaims(TEXT_MODULES);
	const all = [...problems, ...auditClaims(claims, pkg, checks)];
	if (all.length) {
		throw new Error(
			`The site's text has ${all.length} sentence${all.length === 1 ? '' : 's'} without sound sources:\n` +
				all.map((p) => `  ${p.locale} ${p.key}${p.sentence ? `, sentence ${p.sentence}` : ''}: ${p.message}`).join('\n')
		);
	}
	cached = { claims };
	return claims;
}

/** A text as the reader reads it: figures formatted, term marks as their words. */
function plain(template: string, locale: Locale): string {
	const { pkg, checks } = getData();
	const figures = pageFigures(
		pkg,
		locale,
		[...template.matchAll(PLACEHOLDER)].map((m) => m[1]!),
		checks
	);
	return prosePieces(template, figures, locale)
		.map((p) => p.text + ('tail' in p ? p.tail : ''))
		.join('');
}

/** /data/claims.json: every sentence of both languages with its sources, and the passages. */
export function claimsDocument() {
	const { pkg, checks } = getData();
	const claims = siteClaims();
	const used = new Set<string>();
	const resolved = (id: string): ResolvedSource => {
		const r = resolveSource(id, pkg, checks)!;
		r.passages.forEach((p) => used.add(p));
		return r;
	};
	const out = claims.map((c) => ({
		locale: c.locale,
		key: c.key,
		text: plain(c.text, c.locale),
		sentences: c.sentences.map((s) => ({
			text: plain(s.text, c.locale),
			template: s.text,
			sources: s.sources.map(resolved)
		}))
	}));
	const passages = Object.fromEntries(
		pkg.passages.filter((p) => used.has(p.id)).map((p) => [p.id, { section: p.section, quote: p.quote, en: p.en }])
	);
	return {
		generated: 'build',
		about:
			'Every sentence of the site, in Chinese and English, with the sources it rests on: figures of the data package (each with its own quote), passages of the report (verbatim), checks of the reconciliation engine (checks.json), or the site’s own counts.',
		count: out.reduce((n, c) => n + c.sentences.length, 0),
		claims: out,
		passages
	};
}

/** The passages under a text, in the order its sentences cite them. */
export function passagesFor(key: string, locale: Locale): PassageRow[] {
	const { pkg, checks } = getData();
	const claim = siteClaims().find((c) => c.key === key && c.locale === locale);
	if (!claim) throw new Error(`no claim "${key}" (${locale}): give the text its sources`);
	const ids = [
		...new Set(claim.sentences.flatMap((s) => s.sources.flatMap((id) => resolveSource(id, pkg, checks)!.passages)))
	];
	return ids.map((id) => pkg.passages.find((p) => p.id === id)!);
}
