import { describe, expect, it } from 'vitest';
import { criterionLabel, storySteps } from '$lib/story/steps';
import { storyEn, storyZh } from '$lib/i18n/story';
import { getData } from '$lib/data/server';

const { pkg } = getData();

describe('criterionLabel: the evaluation criteria by short names, for a phone', () => {
	it('names a criterion by its level 3 where that is a name, by its level 2 where level 3 is the indicator sentence', () => {
		for (const s of pkg.scores) {
			const zh = criterionLabel(s, 'zh');
			const sentence = s.level3_zh.length > 6 || /[，。,.≥≤%]/.test(s.level3_zh);
			expect(zh, s.id).toBe(sentence ? s.level2_zh : s.level3_zh);
			// The English is the matching part of "Group – level 2: level 3", capitalised.
			const en = criterionLabel(s, 'en');
			expect(s.name_en.toLowerCase(), s.id).toContain(en.toLowerCase());
			expect(en[0], s.id).toBe(en[0]!.toUpperCase());
		}
		expect(pkg.scores.some((s) => criterionLabel(s, 'zh') === s.level2_zh)).toBe(true);
		expect(pkg.scores.some((s) => criterionLabel(s, 'zh') === s.level3_zh)).toBe(true);
	});

	it('gives every criterion a distinct name short enough for one line at 320 px', () => {
		for (const locale of ['zh', 'en'] as const) {
			const labels = pkg.scores.map((s) => criterionLabel(s, locale));
			expect(new Set(labels).size, locale).toBe(labels.length);
			for (const l of labels) expect(l.length, `${locale}: ${l}`).toBeLessThanOrEqual(locale === 'zh' ? 8 : 30);
		}
	});

	it('keeps the whole name where it does not follow the pattern', () => {
		expect(criterionLabel({ level2_zh: '乙', level3_zh: '甲', name_en: 'Plain name' }, 'en')).toBe('Plain name');
	});

	it('draws the score step as a compact list with these names', () => {
		for (const locale of ['zh', 'en'] as const) {
			const step = storySteps(pkg, locale).find((s) => s.id === 'performance-score')!;
			expect(step.chart.kind).toBe('bars');
			if (step.chart.kind !== 'bars') return;
			expect(step.chart.compact).toBe(true);
			expect(step.chart.rows.map((r) => r.label)).toEqual(pkg.scores.map((s) => criterionLabel(s, locale)));
		}
	});
});

describe('stage chart titles come from the dictionary (src/lib/i18n/story.ts), in both languages', () => {
	it.each([
		['zh', storyZh],
		['en', storyEn]
	] as const)(
		'%s: every bar chart of a step is titled by its step’s `chart` text, and every such text is used',
		(locale, text) => {
			const steps = storySteps(pkg, locale);
			const titled = steps.filter((s) => s.chart.kind === 'bars');
			expect(titled.length).toBeGreaterThan(0);
			for (const s of titled) {
				const entry = (text.steps as Record<string, { chart?: string }>)[s.id];
				expect(s.chart.kind === 'bars' && s.chart.label, s.id).toBe(entry?.chart);
			}
			const withChart = Object.entries(text.steps as Record<string, { chart?: string }>)
				.filter(([, v]) => v.chart !== undefined)
				.map(([id]) => id);
			expect(withChart.sort()).toEqual(titled.map((s) => s.id).sort());
		}
	);

	it('the two languages title different things in their own words, never the same string', () => {
		const zh = storySteps(pkg, 'zh').filter((s) => s.chart.kind === 'bars');
		const en = storySteps(pkg, 'en').filter((s) => s.chart.kind === 'bars');
		zh.forEach((s, i) => {
			const a = s.chart.kind === 'bars' ? s.chart.label : '';
			const b = en[i]!.chart.kind === 'bars' ? en[i]!.chart.label : '';
			expect(a, s.id).not.toBe(b);
			expect(a, s.id).toMatch(/\p{Script=Han}/u);
			expect(b, s.id).not.toMatch(/\p{Script=Han}/u);
		});
	});
});
