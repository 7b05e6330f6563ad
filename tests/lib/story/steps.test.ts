import { describe, expect, it } from 'vitest';
import { criterionLabel, storySteps } from '$lib/story/steps';
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
