// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { island } from '$lib/islands/island';
import Probe from './__fixtures__/Probe.svelte';
import Later from './__fixtures__/Later.svelte';

/** An IntersectionObserver the test drives: `fire(true)` says the element came near. */
class FakeObserver {
	static last: FakeObserver | undefined;
	observed: Element[] = [];
	disconnected = false;
	constructor(
		readonly callback: IntersectionObserverCallback,
		readonly options?: IntersectionObserverInit
	) {
		FakeObserver.last = this;
	}
	observe(el: Element) {
		this.observed.push(el);
	}
	disconnect() {
		this.disconnected = true;
	}
	fire(isIntersecting: boolean) {
		this.callback(
			this.observed.map((target) => ({ target, isIntersecting }) as IntersectionObserverEntry),
			this as unknown as IntersectionObserver
		);
	}
}

function cleanUp() {
	document.body.innerHTML = '';
	delete (globalThis as { IntersectionObserver?: unknown }).IntersectionObserver;
}

// island() waits one task between loading and drawing.
const settle = () => new Promise((r) => setTimeout(r, 20));

function serverMarkup() {
	const el = document.createElement('div');
	el.innerHTML = '<p data-testid="server">drawn by the server</p>';
	document.body.append(el);
	return el;
}

describe('island()', () => {
	afterEach(cleanUp);

	it('keeps the server markup and loads nothing until the element comes near the viewport', async () => {
		globalThis.IntersectionObserver = FakeObserver as unknown as typeof IntersectionObserver;
		const el = serverMarkup();
		let loads = 0;
		const load = async () => (loads++, { default: Probe });
		island(el, load, { label: 'live' }, new Map());
		expect(FakeObserver.last?.options?.rootMargin).toMatch(/^\d+% 0px$/);

		FakeObserver.last!.fire(false);
		await settle();
		expect(loads).toBe(0);
		expect(el.querySelector('[data-testid=server]')).not.toBeNull();

		FakeObserver.last!.fire(true);
		await settle();
		expect(loads).toBe(1);
		expect(FakeObserver.last!.disconnected).toBe(true);
		expect(el.querySelector('[data-testid=server]'), 'the server markup is replaced').toBeNull();
		expect(el.querySelector('[data-testid=probe]')?.textContent).toBe('live');
	});

	it('passes live props: a getter read again after a change', async () => {
		globalThis.IntersectionObserver = FakeObserver as unknown as typeof IntersectionObserver;
		const el = serverMarkup();
		let label = $state('first');
		const props = {
			get label() {
				return label;
			}
		};
		let ready = false;
		island(el, async () => ({ default: Probe }), props, new Map(), { onready: () => (ready = true) });
		FakeObserver.last!.fire(true);
		await settle();
		expect(ready).toBe(true);
		expect(el.textContent).toContain('first');
		label = 'second';
		flushSync();
		expect(el.textContent).toContain('second');
	});

	it('does not mount when torn down before the code arrived, and unmounts after', async () => {
		globalThis.IntersectionObserver = FakeObserver as unknown as typeof IntersectionObserver;
		const el = serverMarkup();
		let release!: () => void;
		const gate = new Promise<void>((r) => (release = r));
		const { destroy: stop } = island(el, async () => (await gate, { default: Probe }), { label: 'late' }, new Map());
		FakeObserver.last!.fire(true);
		stop();
		release();
		await settle();
		expect(el.querySelector('[data-testid=probe]')).toBeNull();
		expect(el.querySelector('[data-testid=server]')).not.toBeNull();

		const el2 = serverMarkup();
		const { destroy: stop2 } = island(el2, async () => ({ default: Probe }), { label: 'x' }, new Map());
		FakeObserver.last!.fire(true);
		await settle();
		expect(el2.querySelector('[data-testid=probe]')).not.toBeNull();
		stop2();
		await settle();
		expect(el2.querySelector('[data-testid=probe]')).toBeNull();
	});

	it('mounts at once where there is no IntersectionObserver', async () => {
		const el = serverMarkup();
		island(el, async () => ({ default: Probe }), { label: 'now' }, new Map());
		await settle();
		expect(el.textContent).toContain('now');
	});
});

describe('island() and the keyboard', () => {
	afterEach(cleanUp);

	it('starts when focus enters the server markup, and keeps the focus on the same control', async () => {
		globalThis.IntersectionObserver = FakeObserver as unknown as typeof IntersectionObserver;
		const el = document.createElement('div');
		el.innerHTML = '<button>one</button><button>two</button>';
		document.body.append(el);
		const Buttons = (await import('./__fixtures__/Buttons.svelte')).default;
		let ready = false;
		island(el, async () => ({ default: Buttons }), {}, new Map(), { onready: () => (ready = true) });
		el.querySelectorAll('button')[1]!.focus();
		await settle();
		expect(ready, 'focus alone brought it to life').toBe(true);
		expect(el.querySelector('[data-client]'), 'the client render replaced the markup').not.toBeNull();
		expect(document.activeElement?.textContent).toBe('two');
		expect(el.contains(document.activeElement)).toBe(true);
	});
});

describe('island() triggers', () => {
	afterEach(cleanUp);

	it('intent: nothing loads until the reader touches, points or types anywhere on the page', async () => {
		globalThis.IntersectionObserver = FakeObserver as unknown as typeof IntersectionObserver;
		FakeObserver.last = undefined;
		const el = serverMarkup();
		let loads = 0;
		island(el, async () => (loads++, { default: Probe }), { label: 'used' }, new Map(), { trigger: 'intent' });
		expect(FakeObserver.last, 'no viewport watch for an intent island').toBeUndefined();
		await settle();
		expect(loads).toBe(0);
		document.body.dispatchEvent(new Event('pointerover', { bubbles: true }));
		document.body.dispatchEvent(new Event('keydown', { bubbles: true }));
		await settle();
		expect(loads, 'loaded once, on the first sign').toBe(1);
		expect(el.textContent).toContain('used');
	});

	it('now: loads at once; start() brings a waiting island to life', async () => {
		globalThis.IntersectionObserver = FakeObserver as unknown as typeof IntersectionObserver;
		const a = serverMarkup();
		island(a, async () => ({ default: Probe }), { label: 'a' }, new Map(), { trigger: 'now' });
		const b = serverMarkup();
		const handle = island(b, async () => ({ default: Probe }), { label: 'b' }, new Map(), { trigger: 'intent' });
		await settle();
		expect(a.textContent).toContain('a');
		expect(b.querySelector('[data-testid=server]')).not.toBeNull();
		handle.start();
		await settle();
		expect(b.textContent).toContain('b');
	});

	it('a tap on a glossary term link before the code arrives stays in the page and opens the term once live', async () => {
		const el = document.createElement('div');
		el.innerHTML = '<p><a class="term" href="/glossary#term-x">term</a></p>';
		document.body.append(el);
		const TermProbe = (await import('./__fixtures__/TermProbe.svelte')).default;
		island(el, async () => ({ default: TermProbe }), {}, new Map(), { trigger: 'intent' });
		const click = new MouseEvent('click', { bubbles: true, cancelable: true });
		el.querySelector('a.term')!.dispatchEvent(click);
		expect(click.defaultPrevented, 'the link is not followed').toBe(true);
		await settle();
		expect(el.querySelector('button.term')?.getAttribute('data-clicks'), 'the tap is passed on to the live term').toBe(
			'1'
		);
	});

	it('an opened table and a picked option on the server markup carry over to the live chart', async () => {
		const el = document.createElement('div');
		el.innerHTML =
			'<details><summary>data</summary>table</details><input type="radio" name="s" value="a" checked><input type="radio" name="s" value="b">';
		document.body.append(el);
		el.querySelector('details')!.open = true;
		el.querySelectorAll('input')[1]!.checked = true;
		const Choices = (await import('./__fixtures__/Choices.svelte')).default;
		island(el, async () => ({ default: Choices }), {}, new Map(), { trigger: 'now' });
		await settle();
		expect(el.querySelector('[data-picked]')?.getAttribute('data-picked'), 'the component heard the pick').toBe('b');
		expect(el.querySelector('details')?.open).toBe(true);
	});
	it("a page's hook around the swap: asked before the server markup goes; `whole` draws every put-off part in the same task; `done` comes once all is drawn", async () => {
		for (const whole of [true, false]) {
			document.body.innerHTML = '';
			const el = serverMarkup();
			const log: string[] = [];
			const swap = (target: HTMLElement) => {
				log.push(`before: ${target.querySelector('[data-testid=server]') ? 'server markup' : 'none'}`);
				let aTaskLater = false;
				setTimeout(() => (aTaskLater = true));
				return {
					whole,
					done: () =>
						log.push(
							`done: ${target.querySelectorAll('[data-testid^=part-]').length} parts, ${aTaskLater ? 'tasks later' : 'same task'}`
						)
				};
			};
			island(el, async () => ({ default: Later }), { depth: 2 }, new Map(), { trigger: 'now', swap });
			await settle();
			await settle();
			expect(log, `whole: ${whole}`).toEqual([
				'before: server markup',
				`done: 3 parts, ${whole ? 'same task' : 'tasks later'}`
			]);
		}
	});
});
