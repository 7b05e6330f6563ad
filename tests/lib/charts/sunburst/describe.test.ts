import { describe, expect, it } from 'vitest';
import { loadPackage } from '$lib/data/load';
import { formatAmount, formatCount, formatRate, MINUS } from '$lib/format';
import { indexTree, sunburstData } from '$lib/charts/sunburst/data';
import { announceZoom, describeNode, fillSlots, shareOf, sunburstText } from '$lib/charts/sunburst/describe';
import { allStrings } from '$lib/i18n';

const pkg = loadPackage('data');
const index = indexTree(sunburstData(pkg));
const fig = (id: string) => pkg.figures.get(id)!;
const row = (id: string) => pkg.functional.find((n) => n.id === id)!;
const pct = (v: number, locale: 'zh' | 'en') => formatRate(v, locale, { decimals: 2 });

describe('fillSlots', () => {
	it('fills every %slot%', () => {
		expect(fillSlots('%name%: %amount%', { name: 'A', amount: 'B' })).toBe('A: B');
	});
	it('throws on a slot it has no value for', () => {
		expect(() => fillSlots('%name% %typo%', { name: 'A' })).toThrow('%typo%');
	});
	it.each(['zh', 'en'] as const)('%s: every slot of the chart’s text is one describe.ts fills', (locale) => {
		const known = new Set(['name', 'amount', 'share', 'parent', 'level', 'count', 'formula']);
		const slots = allStrings(sunburstText(locale)).flatMap(([, s]) =>
			[...s.matchAll(/%([a-zA-Z]+)%/g)].map((m) => m[1]!)
		);
		expect(slots.filter((s) => !known.has(s))).toEqual([]);
	});
});

describe('describeNode(index, id, locale)', () => {
	it('zh: a class says its name, level, amount and share of its parent', () => {
		const housing = describeNode(index, 'housing', 'zh');
		const share = pct(shareOf(row('housing').amount, fig('totals.gpb.2019').value), 'zh');
		expect(housing.ariaLabel).toBe(
			`${row('housing').name_zh}（类）${formatAmount(row('housing').amount, 'zh')}，占${fig('totals.gpb.2019').label_zh}的${share}`
		);
		// The computed share is the one the report prints for the class.
		expect(share).toBe(pct(row('housing').share_printed!, 'zh'));
	});

	it('en: names in both languages, shares of the parent and of the whole, completion rate', () => {
		const f = describeNode(index, 'sci.admin.other', 'en');
		const r = row('sci.admin.other');
		expect(f).toMatchObject({
			name: r.name_en,
			otherName: r.name_zh,
			level: 'item (项)',
			amount: formatAmount(r.amount, 'en'),
			amountExact: formatAmount(r.amount, 'en', { style: 'table' }),
			parentName: row('sci.admin').name_en,
			shareOfParent: pct(shareOf(r.amount, row('sci.admin').amount), 'en'),
			shareOfTotal: pct(shareOf(r.amount, fig('totals.all.2019').value), 'en'),
			completion: formatRate(r.completion_rate!, 'en', { decimals: 2 }),
			glossaryId: 'item.sci-tech-admin.other',
			notItemised: false
		});
	});

	it('the root has no parent or shares', () => {
		const f = describeNode(index, 'total', 'en');
		expect([f.parentName, f.shareOfParent, f.shareOfTotal, f.completion]).toEqual([null, null, null, null]);
		expect(f.ariaLabel).toBe(`${fig('totals.all.2019').label_en}: ${formatAmount(fig('totals.all.2019').value, 'en')}`);
	});

	it('a derived part spells out its formula with a true minus', () => {
		const f = describeNode(index, 'carried', 'zh');
		expect(f.formula).toBe(`${fig('totals.all.2019').label_zh} ${MINUS} ${fig('spending.total').label_zh}`);
		expect(f.notItemised).toBe(true);
		expect(describeNode(index, 'fund', 'zh').formula).toBeNull();
	});

	it('throws on an unknown id', () => {
		expect(() => describeNode(index, 'nope', 'zh')).toThrow('nope');
	});
});

describe('announceZoom(index, id, locale)', () => {
	it.each(['zh', 'en'] as const)('%s: names the centre, its amount and its number of parts', (locale) => {
		const n = index.get('gps')!;
		const t = sunburstText(locale);
		const text = announceZoom(index, 'gps', locale);
		expect(text).toContain(locale === 'zh' ? n.node.name_zh : n.node.name_en);
		expect(text).toContain(formatAmount(n.node.amount, locale));
		expect(text).toContain(formatCount(n.childIds.length, locale, { counter: t.partsCounter }));
	});
	it('en: one part is singular', () => {
		expect(announceZoom(index, 'housing', 'en')).toContain(formatCount(1, 'en', { counter: 'part' }) + '.');
	});
});
