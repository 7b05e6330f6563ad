/**
 * The site's own text against the rules of src/lib/sources (tests/lib/sources/audit.test.ts shows
 * each rule firing on a broken fixture): every sentence that must have sources has them, and they
 * hold.
 */
import { describe, expect, it } from 'vitest';
import { loadPackage } from '$lib/data/load';
import { reconcile } from '$lib/data/reconcile';
import { PLACEHOLDER } from '$lib/i18n/template';
import { collectClaims, requiredPaths } from '$lib/sources/claims';
import { auditClaims } from '$lib/sources/audit';
import { TEXT_MODULES } from '$lib/sources/registry';
import { storyEn, storyZh } from '$lib/i18n/story';

const pkg = loadPackage();
const checks = reconcile(pkg);
const { claims, problems } = collectClaims(TEXT_MODULES);
const show = (ps: { locale: string; key: string; sentence?: number; message: string }[]) =>
	ps.map((p) => `${p.locale} ${p.key}${p.sentence ? ` #${p.sentence}` : ''}: ${p.message}`);

describe("the sources of the site's text", () => {
	it('cover every step, title, caption, headline and card, one list per sentence', () => {
		expect(show(problems)).toEqual([]);
	});
	it('hold: every sentence has sources, every placeholder is among them, every source rests on a verbatim passage, no scope is misnamed', () => {
		expect(show(auditClaims(claims, pkg, checks))).toEqual([]);
	});
	it("require what the issue names: all story steps, the headline, the charts' titles and captions, embed headlines, share cards", () => {
		const required = TEXT_MODULES.flatMap((m) =>
			requiredPaths(m, 'en').map((p) => (m.prefix ? `${m.prefix}.${p}` : p))
		);
		for (const id of Object.keys(storyEn.steps)) expect(required).toContain(`story.steps.${id}.text`);
		for (const k of [
			'headline.lede',
			'waterfall.title',
			'waterfall.caption',
			'waterfall.threePublic.title',
			'sunburst.title',
			'sunburst.caption',
			'embed.charts.sunburst.title',
			'embed.charts.waterfall.title.all',
			'share.cards.story.title'
		]) {
			expect(required).toContain(k);
		}
	});
	it("a step's alt text, what a screen reader hears of its chart, uses only figures its text rests on", () => {
		for (const [locale, story] of [
			['en', storyEn],
			['zh', storyZh]
		] as const) {
			for (const [id, step] of Object.entries(story.steps)) {
				const claim = claims.find((c) => c.locale === locale && c.key === `story.steps.${id}.text`);
				const cited = new Set(claim?.sentences.flatMap((s) => s.sources) ?? []);
				const missing = [...step.alt.matchAll(PLACEHOLDER)].map((m) => m[1]!).filter((f) => !cited.has(f));
				expect(missing, `${locale} ${id}: the alt's figures not among the text's sources`).toEqual([]);
			}
		}
	});
});
