/**
 * The rules every claim of the site's text must pass. Pure. The unit tests run them on the real
 * text (no problem allowed) and on broken fixtures (each rule must fire); the build runs them
 * before it publishes claims.json.
 *
 * 1. A required text has sources (claims.ts), one list per sentence.
 * 2. Every sentence has at least one source, and every source resolves.
 * 3. Every figure placeholder of a sentence is among its sources.
 * 4. Every figure or check among the sources rests on a passage of the report (data/passages.csv
 *    holds its quote); passages are verbatim, which the package's loader checks.
 * 5. A sentence that names a flow (收、支总计, income, spending) uses figures of that flow only.
 */
import type { DataPackage } from '$lib/data/load';
import type { CheckResult } from '$lib/data/reconcile';
import { PLACEHOLDER } from '$lib/i18n/template';
import type { Claim, ClaimProblem } from './claims';
import { resolveSource } from './resolve';
import { FLOW_OF, namedFlows } from './scope';

const FLOW_WORDS = {
	total: '收、支总计 (income and spending together)',
	income: 'income',
	spending: 'spending'
} as const;

export function auditClaims(claims: Claim[], pkg: DataPackage, checks: CheckResult[]): ClaimProblem[] {
	const problems: ClaimProblem[] = [];
	for (const c of claims) {
		c.sentences.forEach((s, i) => {
			const where = { locale: c.locale, key: c.key, sentence: i + 1 };
			const report = (message: string) => problems.push({ ...where, message: `${message}: “${s.text}”` });
			if (s.sources.length === 0) report('a sentence without sources');
			const resolved = new Map(s.sources.map((id) => [id, resolveSource(id, pkg, checks)]));
			for (const [id, r] of resolved) {
				if (!r) report(`source "${id}" names no figure, passage (p:…) or check (check:…)`);
				else if ((r.kind === 'figure' || r.kind === 'check') && r.passages.length === 0)
					report(`source "${id}": no passage of data/passages.csv holds its quote`);
			}
			const placeholders = [...s.text.matchAll(PLACEHOLDER)].map((m) => m[1]!);
			for (const id of placeholders)
				if (!resolved.has(id)) report(`placeholder {${id}} is not among the sentence's sources`);

			const named = namedFlows(s.text, c.locale);
			if (named.size === 0) return;
			for (const id of new Set([...placeholders, ...s.sources])) {
				const scope = (resolved.get(id) ?? resolveSource(id, pkg, checks))?.scope;
				if (!scope) continue;
				const flow = FLOW_OF[scope];
				if (!named.has(flow)) {
					report(
						`"${id}" counts ${FLOW_WORDS[flow]}, but the sentence names ${[...named].map((f) => FLOW_WORDS[f]).join(' and ')}`
					);
				}
			}
		});
	}
	return problems;
}
