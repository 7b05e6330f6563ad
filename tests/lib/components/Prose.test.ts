// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/svelte';
import Prose from '$lib/components/Prose.svelte';
import type { PageFigures } from '$lib/data/story';

const figures = {
	'totals.all.2019': { id: 'totals.all.2019', value: 5852.77, unit: 'wan-yuan', precision: 0.01, label: 'total', status: 'printed' }
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
		const { container } = render(Prose, { text: '[[basic|basic spending]] and {totals.all.2019} then', figures, locale: 'en' });
		expect(container.querySelectorAll('.glue')).toHaveLength(0);
	});
});
