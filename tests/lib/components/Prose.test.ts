// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/svelte';
import Prose from '$lib/components/Prose.svelte';
import type { PageFigures } from '$lib/data/figures';

const figures = {
	'totals.all.2019': {
		id: 'totals.all.2019',
		value: 5852.77,
		unit: 'wan-yuan',
		precision: 0.01,
		label: 'total',
		status: 'printed'
	}
} as unknown as PageFigures;

describe('Prose: punctuation after a term or a figure stays on its line', () => {
	it('glues a comma to the glossary term before it, and leaves the rest of the text alone', () => {
		const { container } = render(Prose, { text: 'Under [[basic|basic spending]], the rest.', figures, locale: 'en' });
		const glue = container.querySelectorAll('.glue');
		expect(glue).toHaveLength(1);
		expect(glue[0]!.textContent).toBe('basic spending,');
		expect(container.textContent).toBe('Under basic spending, the rest.');
	});

	it('glues Chinese punctuation to a figure', () => {
		const { container } = render(Prose, { text: '支出{totals.all.2019}。其后', figures, locale: 'zh' });
		const glue = container.querySelector('.glue');
		expect(glue?.querySelector('[data-figure="totals.all.2019"]')).not.toBeNull();
		expect(glue?.textContent?.endsWith('。')).toBe(true);
		expect(container.textContent?.endsWith('。其后')).toBe(true);
	});

	it('adds no wrapper where a space follows', () => {
		const { container } = render(Prose, {
			text: '[[basic|basic spending]] and {totals.all.2019} then',
			figures,
			locale: 'en'
		});
		expect(container.querySelectorAll('.glue')).toHaveLength(0);
	});
});

describe('Prose: Chinese glosses in English text', () => {
	it('marks a gloss as Chinese and keeps a short one on one line, in text and in a term', () => {
		const { container } = render(Prose, {
			text: 'The task ([[informatization|informatization (信息化建设)]]) and its total (收、支总计), as printed.',
			figures,
			locale: 'en'
		});
		const glosses = [...container.querySelectorAll('span[lang="zh-CN"]')];
		expect(glosses.map((g) => g.textContent)).toEqual(['(信息化建设)', '(收、支总计)']);
		expect(glosses.every((g) => g.classList.contains('gloss'))).toBe(true);
		expect(container.textContent).toBe(
			'The task (informatization (信息化建设)) and its total (收、支总计), as printed.'
		);
	});
	it('lets a long run of Chinese break, and leaves Chinese pages alone', () => {
		const { container } = render(Prose, {
			text: 'Source: 中共攀枝花市委办公室2019年度部门决算 (the report).',
			figures,
			locale: 'en'
		});
		const g = container.querySelector('span[lang="zh-CN"]');
		expect(g?.textContent).toBe('中共攀枝花市委办公室2019年度部门决算');
		expect(g?.classList.contains('gloss')).toBe(false);
		const zh = render(Prose, { text: '收、支总计（含结转）', figures, locale: 'zh' }).container;
		expect(zh.querySelector('span[lang]')).toBeNull();
	});
});
