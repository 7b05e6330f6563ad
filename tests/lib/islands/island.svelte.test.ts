// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { island } from '$lib/islands/island';
import Probe from './__fixtures__/Probe.svelte';

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
		this.callback(this.observed.map((target) => ({ target, isIntersecting }) as IntersectionObserverEntry), this as unknown as IntersectionObserver);
	}
}

function cleanUp() {
	document.body.innerHTML = '';
	delete (globalThis as { IntersectionObserver?: unknown }).IntersectionObserver;
}

const settle = () => new Promise((r) => setTimeout(r, 0));

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
		island(el, async () => ({ default: Probe }), props, new Map(), () => (ready = true));
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
		const stop = island(el, async () => (await gate, { default: Probe }), { label: 'late' }, new Map());
		FakeObserver.last!.fire(true);
		stop();
		release();
		await settle();
		expect(el.querySelector('[data-testid=probe]')).toBeNull();
		expect(el.querySelector('[data-testid=server]')).not.toBeNull();

		const el2 = serverMarkup();
		const stop2 = island(el2, async () => ({ default: Probe }), { label: 'x' }, new Map());
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
		island(el, async () => ({ default: Buttons }), {}, new Map(), () => (ready = true));
		el.querySelectorAll('button')[1]!.focus();
		await settle();
		expect(ready, 'focus alone brought it to life').toBe(true);
		expect(el.querySelector('[data-client]'), 'the client render replaced the markup').not.toBeNull();
		expect(document.activeElement?.textContent).toBe('two');
		expect(el.contains(document.activeElement)).toBe(true);
	});
});
