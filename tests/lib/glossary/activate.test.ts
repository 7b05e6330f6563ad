// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { GlossaryState } from '$lib/glossary/state.svelte';
import { proseHtml } from '$lib/components/prose';
import type { GlossaryEntry } from '$lib/glossary/glossary';
import type { PageFigures } from '$lib/data/figures';

const entries = [{ id: 'basic' }, { id: 'project' }] as unknown as GlossaryEntry[];
const figures = {} as PageFigures;

function page(): { glossary: GlossaryState; doc: Document } {
	const doc = document.implementation.createHTMLDocument('t');
	const glossary = new GlossaryState(entries);
	const link = (id: string) => glossary.link(id);
	doc.body.innerHTML = `<p>${proseHtml('Under [[basic|basic spending]], and [[project|projects]].', figures, 'en', { buttons: false, link })}</p>
		<div data-island="step-chart"><p>${proseHtml('[[basic|basic]]', figures, 'en', { buttons: false, link })}</p></div>
		<p><a class="term" data-term="unknown" href="#term-unknown">unknown</a></p>`;
	return { glossary, doc };
}

describe('GlossaryState.activate: the server’s term links become the popover’s buttons', () => {
	it('turns each link into a button with its words, leaving islands and unknown terms as links', () => {
		const { glossary, doc } = page();
		expect(doc.querySelectorAll('a.term')).toHaveLength(4);
		glossary.activate(doc);
		const buttons = [...doc.querySelectorAll<HTMLElement>('.term[role="button"]')];
		expect(
			buttons.map((b) => [
				b.dataset.term,
				b.textContent,
				b.getAttribute('aria-expanded'),
				b.getAttribute('aria-controls')
			])
		).toEqual([
			['basic', 'basic spending', 'false', 'term-popover'],
			['project', 'projects', 'false', 'term-popover']
		]);
		expect(buttons[0]!.closest('.glue')?.textContent, 'punctuation stays glued to the term').toBe('basic spending,');
		expect([...doc.querySelectorAll('a.term')].map((a) => a.getAttribute('data-term'))).toEqual(['basic', 'unknown']);
		expect(glossary.live).toBe(true);
	});

	it('opens a term on a click, moves aria-expanded to the next, and closes on a second click', () => {
		const { glossary, doc } = page();
		glossary.activate(doc);
		const [basic, project] = doc.querySelectorAll<HTMLElement>('.term[role="button"]');
		basic!.click();
		expect([glossary.openId, glossary.trigger === basic, basic!.getAttribute('aria-expanded')]).toEqual([
			'basic',
			true,
			'true'
		]);
		project!.click();
		expect([glossary.openId, basic!.getAttribute('aria-expanded'), project!.getAttribute('aria-expanded')]).toEqual([
			'project',
			'false',
			'true'
		]);
		project!.click();
		expect([glossary.openId, project!.getAttribute('aria-expanded')]).toEqual([null, 'false']);
	});

	it('answers Enter and Space as a button does (Space without scrolling), and no other key', () => {
		const { glossary, doc } = page();
		glossary.activate(doc);
		const basic = doc.querySelector<HTMLElement>('.term[role="button"]')!;
		expect(basic.tabIndex, 'reachable by Tab').toBe(0);
		const press = (key: string, init: KeyboardEventInit = {}) => {
			const e = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
			basic.dispatchEvent(e);
			return e.defaultPrevented;
		};
		expect(press('a')).toBe(false);
		expect(glossary.openId).toBeNull();
		expect(press(' '), 'Space does not scroll the page').toBe(true);
		expect(glossary.openId).toBe('basic');
		press(' ', { repeat: true });
		expect(glossary.openId, 'a held key does not toggle it back').toBe('basic');
		press('Enter');
		expect(glossary.openId).toBeNull();
		expect(press('Enter', { ctrlKey: true })).toBe(false);
		expect(glossary.openId).toBeNull();
	});

	it('stops answering clicks once undone', () => {
		const { glossary, doc } = page();
		const undo = glossary.activate(doc);
		undo();
		doc.querySelector<HTMLElement>('.term[role="button"]')!.click();
		expect(glossary.openId).toBeNull();
		expect(glossary.live).toBe(false);
	});
});

describe('proseHtml', () => {
	it('escapes the text and draws live terms as buttons', () => {
		const html = proseHtml('a < b & [[basic|"basic"]]', figures, 'en', { buttons: true, link: () => ({ href: '#' }) });
		expect(html).toBe(
			'a &lt; b &amp; <span class="term" role="button" tabindex="0" data-term="basic" aria-expanded="false" aria-controls="term-popover" aria-haspopup="dialog">&quot;basic&quot;</span>'
		);
	});
	it('links a term to its entry in another page, in a new tab', () => {
		const html = proseHtml('[[basic|basic]]', figures, 'en', {
			buttons: false,
			link: (id) => ({ href: `/en/#term-${id}`, target: '_blank', rel: 'noopener' })
		});
		expect(html).toBe(
			'<a class="term" data-term="basic" href="/en/#term-basic" target="_blank" rel="noopener">basic</a>'
		);
	});
});

describe('GlossaryState with entries fetched when first needed', () => {
	it('knows its ids at once, fetches the entries once, and serves the open one after', async () => {
		let fetches = 0;
		const glossary = new GlossaryState({ ids: ['basic', 'project'], load: async () => (fetches++, entries) });
		expect([glossary.ids.has('basic'), glossary.entries.size]).toEqual([true, 0]);
		const doc = document.implementation.createHTMLDocument('t');
		doc.body.innerHTML = proseHtml('[[basic|basic]]', figures, 'en', {
			buttons: false,
			link: (id) => glossary.link(id)
		});
		glossary.activate(doc);
		doc.querySelector<HTMLElement>('.term[role="button"]')!.click();
		expect([glossary.openId, glossary.entry]).toEqual(['basic', null]);
		await Promise.all([glossary.load(), glossary.load()]);
		expect(fetches).toBe(1);
		expect(glossary.entry?.id).toBe('basic');
	});

	it('may try again after a failed fetch', async () => {
		let calls = 0;
		const glossary = new GlossaryState({
			ids: ['basic'],
			load: async () => (++calls === 1 ? Promise.reject(new Error('offline')) : entries)
		});
		await expect(glossary.load()).rejects.toThrow('offline');
		await glossary.load();
		expect([calls, glossary.entries.has('basic')]).toEqual([2, true]);
	});
});
