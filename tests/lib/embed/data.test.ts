import { describe, expect, it } from 'vitest';
import { loadPackage } from '$lib/data/load';
import { reconcile } from '$lib/data/reconcile';
import { SCOPES } from '$lib/charts/waterfall/data';
import { buildGlossary } from '$lib/glossary/glossary';
import { messages, parseTemplate } from '$lib/i18n';
import { storySteps } from '$lib/story/steps';
import { embedData, embedSteps, glossaryFor } from '$lib/embed/data';
import { EMBED_CHARTS } from '$lib/iframe/options';

const pkg = loadPackage('data');
const checks = reconcile(pkg);

describe('embedSteps(steps)', () => {
	it.each(['zh', 'en'] as const)('%s: names story steps that show the same chart state', (locale) => {
		const steps = storySteps(pkg, locale);
		const byId = new Map(steps.map((s) => [s.id, s.chart]));
		const e = embedSteps(steps);
		expect(byId.get(e.sunburst)).toEqual({ kind: 'sunburst', focus: null, highlight: null });
		expect(byId.get(e['three-public'])).toEqual({ kind: 'three-public' });
		for (const scope of SCOPES) {
			const chart = byId.get(e.waterfall[scope]);
			expect(chart).toMatchObject({ kind: 'waterfall', scope });
			// The whole waterfall: as many bars as any step of that scope shows.
			const most = Math.max(
				...steps.map((s) => (s.chart.kind === 'waterfall' && s.chart.scope === scope ? s.chart.shown : 0))
			);
			expect(chart).toMatchObject({ shown: most });
		}
	});

	it('fails loudly when the story no longer has such a step', () => {
		const steps = storySteps(pkg, 'en').filter((s) => s.chart.kind !== 'three-public');
		expect(() => embedSteps(steps)).toThrow('the story has no step that shows the "three public" waterfall');
	});
});

describe('glossaryFor(all, text)', () => {
	const all = buildGlossary(pkg, 'en');

	it('keeps the marked terms and their related terms, and no link to a term left out', () => {
		const got = glossaryFor(all, 'a [[like-for-like|like for like]] fall');
		const ids = got.map((e) => e.id);
		expect(ids).toContain('like-for-like');
		const related = all.find((e) => e.id === 'like-for-like')!.related.map((r) => r.id);
		expect(related.length).toBeGreaterThan(0);
		for (const id of related) expect(ids).toContain(id);
		for (const e of got) for (const r of e.related) expect(ids).toContain(r.id);
		expect(got.length).toBeLessThan(all.length);
	});

	it('fails on an unknown term', () => {
		expect(() => glossaryFor(all, '[[nope|x]]')).toThrow('embed text marks unknown glossary term "[[nope|…]]"');
	});
});

describe.each(['zh', 'en'] as const)('embedData(pkg, checks, %s, chart)', (locale) => {
	it.each(EMBED_CHARTS)('%s: every placeholder of its text has its figure, every term its entry', (chart) => {
		const d = embedData(pkg, checks, locale, chart);
		const titles = d.chart === 'waterfall' ? Object.values(d.views).map((v) => v.title) : [d.view.title];
		const texts = [...titles, ...d.glossary.map((g) => g.plain)];
		for (const seg of texts.flatMap((t) => parseTemplate(t))) {
			if ('id' in seg) expect(d.figures[seg.id], seg.id).toBeDefined();
			if ('term' in seg) expect(d.glossary.map((g) => g.id)).toContain(seg.term);
		}
		expect(d.t.frame).toBe(messages[locale].embed.charts[chart].frame);
		expect(d.t.glossary).toEqual(messages[locale].glossary);
	});

	it('ships only the figures it needs, not the story’s', () => {
		const d = embedData(pkg, checks, locale, 'three-public');
		expect(Object.keys(d.figures)).toContain('tp.total.2018');
		expect(Object.keys(d.figures)).not.toContain('proc.sme');
	});

	it('the waterfall has a headline and a step per scope; each headline states its own scope’s figures', () => {
		const d = embedData(pkg, checks, locale, 'waterfall');
		expect(Object.keys(d.views)).toEqual([...SCOPES]);
		for (const scope of SCOPES) expect(d.views[scope].title).toContain(`{totals.${scope}.growth}`);
		expect(d.waterfall.scopes.map((s) => s.id)).toEqual([...SCOPES]);
	});

	it('the sunburst carries the tree', () => {
		const d = embedData(pkg, checks, locale, 'sunburst');
		expect(d.sunburst.children.length).toBeGreaterThan(0);
	});
});
