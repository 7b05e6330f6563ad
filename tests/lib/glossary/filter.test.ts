// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { wireGlossaryFilter } from '$lib/glossary/filter';

function section(value = ''): HTMLElement {
	const el = document.createElement('section');
	el.innerHTML = `<input id="glossary-filter" type="search" value="${value}">
		<p class="count">Showing <span class="num" data-figure="glossary.shown">3</span></p>
		<article class="entry" id="term-a"><h3>Three public expenses <span>三公经费</span></h3><p>Trips abroad, cars, receptions.</p></article>
		<article class="entry" id="term-b"><h3>Basic spending <span>基本支出</span></h3><p>Salaries and running costs.</p></article>
		<article class="entry" id="term-c"><h3>Project spending <span>项目支出</span></h3><p>Tasks beyond running costs.</p></article>`;
	return el;
}
const type = (el: HTMLElement, text: string) => {
	const input = el.querySelector('input')!;
	input.value = text;
	input.dispatchEvent(new Event('input'));
};
const shown = (el: HTMLElement) =>
	[...el.querySelectorAll<HTMLElement>('.entry')].filter((e) => !e.hidden).map((e) => e.id);

describe('wireGlossaryFilter', () => {
	it('narrows the list by the words the reader sees, in either language, and counts them', () => {
		const el = section();
		wireGlossaryFilter(el, (n) => `${n} terms`, { shown: 'Showing ', noMatch: 'No term matches.' });
		type(el, '三公');
		expect(shown(el)).toEqual(['term-a']);
		type(el, 'running COSTS ');
		expect(shown(el)).toEqual(['term-b', 'term-c']);
		expect(el.querySelector('.count')!.textContent).toBe('Showing 2 terms');
		expect(el.querySelector('.count [data-figure="glossary.shown"]')?.textContent).toBe('2 terms');
	});

	it('says so when nothing matches, and shows every entry again when the box is cleared', () => {
		const el = section();
		wireGlossaryFilter(el, (n) => String(n), { shown: 'Showing ', noMatch: 'No term matches.' });
		type(el, 'zzzz');
		expect(shown(el)).toEqual([]);
		expect(el.querySelector('.count')!.textContent).toBe('No term matches.');
		type(el, '');
		expect(shown(el)).toEqual(['term-a', 'term-b', 'term-c']);
	});

	it('applies words typed before the page was live, and stops once undone', () => {
		const el = section('项目');
		const undo = wireGlossaryFilter(el, (n) => String(n), { shown: 'Showing ', noMatch: 'none' });
		expect(shown(el)).toEqual(['term-c']);
		undo();
		type(el, '');
		expect(shown(el)).toEqual(['term-c']);
	});
});
