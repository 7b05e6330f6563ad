/**
 * The rules of src/lib/sources/audit.ts and claims.ts, each shown to fire on a broken fixture;
 * tests/lib/sources/site.test.ts runs them on the site's own text.
 */
import { describe, expect, it } from 'vitest';
import { loadPackage } from '$lib/data/load';
import { reconcile } from '$lib/data/reconcile';
import { collectClaims, type TextModule } from '$lib/sources/claims';
import { auditClaims } from '$lib/sources/audit';
import { namedFlows } from '$lib/sources/scope';
import { resolveSource } from '$lib/sources/resolve';

const pkg = loadPackage();
const checks = reconcile(pkg);

/** A module of one text in each language, with the sources given. */
function fixture(
	en: string,
	enSources: string[][],
	zh = '收、支总计{totals.all.2019}。',
	zhSources: string[][] = [['totals.all.2019']]
): TextModule {
	return {
		prefix: 'fixture',
		text: { en: { lede: en }, zh: { lede: zh } },
		sources: { en: { lede: enSources }, zh: { lede: zhSources } },
		required: ['lede']
	};
}
const audit = (m: TextModule) => {
	const { claims, problems } = collectClaims([m]);
	return [...problems, ...auditClaims(claims, pkg, checks)].map(
		(p) => `${p.locale} ${p.key}${p.sentence ? ` #${p.sentence}` : ''}: ${p.message}`
	);
};

describe('a sound fixture passes', () => {
	it('two sentences, each with its sources', () => {
		expect(
			audit(
				fixture('Total income and spending came to {totals.all.2019}. The report gives one reason.', [
					['totals.all.2019'],
					['p:total']
				])
			)
		).toEqual([]);
	});
});

describe('each rule fires on a broken fixture', () => {
	it('a required text without sources', () => {
		const m = fixture('x', []);
		m.sources.en = {};
		expect(audit(m)).toEqual(['en fixture.lede: has no sources']);
	});
	it('sources for a text that does not exist', () => {
		const m = fixture('Total income and spending came to {totals.all.2019}.', [['totals.all.2019']]);
		m.sources.en = { ...m.sources.en, missing: [['p:total']] };
		expect(audit(m)).toContain('en fixture.missing: has sources but no such text');
	});
	it('a count of source lists that is not the count of sentences', () => {
		expect(
			audit(fixture('Total income and spending came to {totals.all.2019}. It rose.', [['totals.all.2019']]))
		).toContain('en fixture.lede: has 2 sentences but 1 list of sources');
	});
	it('a sentence without a source', () => {
		expect(
			audit(fixture('It rose. Total income and spending came to {totals.all.2019}.', [[], ['totals.all.2019']]))
		).toEqual(['en fixture.lede #1: a sentence without sources: “It rose.”']);
	});
	it("a placeholder missing from its sentence's sources", () => {
		expect(
			audit(
				fixture('Total income and spending came to {totals.all.2019}, up {totals.all.growth}.', [['totals.all.2019']])
			)
		).toEqual([
			"en fixture.lede #1: placeholder {totals.all.growth} is not among the sentence's sources: “Total income and spending came to {totals.all.2019}, up {totals.all.growth}.”"
		]);
	});
	it('a source that names nothing', () => {
		const out = audit(
			fixture('Total income and spending came to {totals.all.2019}.', [
				['totals.all.2019', 'p:no-such-passage', 'check:no-such-check', 'totals.nope']
			])
		);
		expect(out).toHaveLength(3);
		expect(out.join('\n')).toContain('"p:no-such-passage" names no figure');
		expect(out.join('\n')).toContain('"check:no-such-check"');
		expect(out.join('\n')).toContain('"totals.nope"');
	});
	it('a figure whose quote no passage holds', () => {
		const bare = { ...pkg, passages: pkg.passages.filter((p) => !p.quote.includes('5,852.77万元。与2018年相比')) };
		const { claims } = collectClaims([
			fixture('Total income and spending came to {totals.all.2019}.', [['totals.all.2019']])
		]);
		const out = auditClaims(claims, bare, checks).map((p) => p.message);
		expect(
			out.some((m) => m.startsWith('source "totals.all.2019": no passage of data/passages.csv holds its quote'))
		).toBe(true);
	});
	it('a scope mismatch: the like-for-like fall of 收、支总计 called spending (the old lede)', () => {
		const out = audit(
			fixture('Take that away and, like for like, spending fell by {totals.all.lfl-growth|abs}.', [
				['totals.all.lfl-growth']
			])
		);
		expect(out).toEqual([
			'en fixture.lede #1: "totals.all.lfl-growth" counts 收、支总计 (income and spending together), but the sentence names spending: “Take that away and, like for like, spending fell by {totals.all.lfl-growth|abs}.”'
		]);
	});
	it('a scope mismatch in Chinese, and in a source that is not a placeholder', () => {
		const out = audit(
			fixture(
				'Total income and spending came to {totals.all.2019}.',
				[['totals.all.2019']],
				'剔除该因素后，同口径支出下降。',
				[['totals.all.lfl-growth']]
			)
		);
		expect(out).toHaveLength(1);
		expect(out[0]).toContain('zh fixture.lede #1: "totals.all.lfl-growth" counts 收、支总计');
	});
	it('a sentence of 收、支总计 may not call it income', () => {
		expect(audit(fixture('The office took in {totals.all.2019}.', [['totals.all.2019']]))[0]).toContain(
			'but the sentence names income'
		);
	});
});

describe('the scope words', () => {
	it('read the longest name first: "total income and spending" names the total, not spending', () => {
		expect([...namedFlows('Total income and spending came to {totals.all.2019}.', 'en')]).toEqual(['total']);
		expect([...namedFlows('财政拨款收、支总计{totals.fiscal.2019}', 'zh')]).toEqual(['total']);
		expect([...namedFlows('Of the {spending.total} spent in 2019', 'en')]).toEqual(['spending']);
		expect([...namedFlows('本年收入合计{income.total}', 'zh')]).toEqual(['income']);
	});
	it("read a term's shown words but not its id or a placeholder", () => {
		expect(namedFlows('[[other-income|Other funds]] came to {income.other}.', 'en').size).toBe(0);
		expect([...namedFlows('[[other-income|Other income]] came to {income.other}.', 'en')]).toEqual(['income']);
	});
});

describe('resolveSource', () => {
	it("a printed figure rests on the passage that holds its quote; a derived one on its inputs'", () => {
		expect(resolveSource('totals.all.2019', pkg, checks)?.passages).toContain('total');
		const derived = resolveSource('tp.total.2018', pkg, checks)!;
		expect(derived.status).toBe('derived');
		expect(derived.passages.length).toBeGreaterThan(0);
	});
	it('a check rests on the passages of its printed figure and inputs', () => {
		const r = resolveSource('check:totals.all.like-for-like', pkg, checks)!;
		expect(r.kind).toBe('check');
		expect(r.passages).toContain('total');
	});
	it("the site's own counts rest on no passage", () => {
		expect(resolveSource('checks.total', pkg, checks)).toEqual({ id: 'checks.total', kind: 'site', passages: [] });
	});
	it("a figure's scope comes from the data package", () => {
		expect(resolveSource('totals.all.lfl-growth', pkg, checks)?.scope).toBe('total');
		expect(resolveSource('functional.gps', pkg, checks)?.scope).toBe('gpb-spending');
		expect(resolveSource('tp.total', pkg, checks)?.scope).toBeNull();
	});
});
