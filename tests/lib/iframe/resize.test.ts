// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { autoHeight, heightReporter } from '$lib/iframe/resize';

const ids = { id: 'waterfall', childId: 'graphic' };

describe('heightReporter(post, ids)', () => {
	it('posts the three formats on a change, nothing while the height stays', () => {
		const post = vi.fn();
		const r = heightReporter(post, ids);
		expect(r.report(640.2)).toBe(true);
		expect(post.mock.calls.map((c) => c[0])).toEqual([
			{ sentinel: 'amp', type: 'embed-size', height: 641 },
			'pymxPYMxgraphicxPYMxheightxPYMx641',
			{ 'datawrapper-height': { waterfall: 641 } }
		]);
		// Rounded up to the same whole pixel: unchanged.
		expect(r.report(640.9)).toBe(false);
		expect(r.report(641)).toBe(false);
		expect(post).toHaveBeenCalledTimes(3);
		expect(r.report(600)).toBe(true);
		expect(post).toHaveBeenCalledTimes(6);
		expect(post).toHaveBeenLastCalledWith({ 'datawrapper-height': { waterfall: 600 } });
	});

	it('sends no zero, negative or non-finite height', () => {
		const post = vi.fn();
		const r = heightReporter(post, ids);
		for (const h of [0, -4, NaN, Infinity]) expect(r.report(h)).toBe(false);
		expect(post).not.toHaveBeenCalled();
	});

	it('resend() repeats the last height, and nothing before the first', () => {
		const post = vi.fn();
		const r = heightReporter(post, ids);
		r.resend();
		expect(post).not.toHaveBeenCalled();
		r.report(300);
		r.resend();
		expect(post).toHaveBeenCalledTimes(6);
		expect(post.mock.calls[3]![0]).toEqual({ sentinel: 'amp', type: 'embed-size', height: 300 });
	});
});

/** A ResizeObserver that reports when told to, like the browser's after a layout. */
class FakeObserver {
	static last: FakeObserver | undefined;
	observed: Element[] = [];
	disconnected = false;
	constructor(readonly callback: () => void) {
		FakeObserver.last = this;
	}
	observe(el: Element) {
		this.observed.push(el);
	}
	disconnect() {
		this.disconnected = true;
	}
	fire() {
		this.callback();
	}
}

describe('autoHeight({ ids, win, target, post })', () => {
	afterEach(() => {
		vi.unstubAllGlobals();
		FakeObserver.last = undefined;
	});

	function setup() {
		vi.stubGlobal('ResizeObserver', FakeObserver);
		const target = document.createElement('div');
		let height = 500;
		target.getBoundingClientRect = () => ({ height }) as DOMRect;
		const post = vi.fn();
		const stop = autoHeight({ ids, target, post });
		return { target, post, stop, setHeight: (h: number) => (height = h), observer: FakeObserver.last! };
	}

	it('observes the content and posts its height when the observer reports a change', () => {
		const { target, post, observer, setHeight } = setup();
		expect(observer.observed).toEqual([target]);
		observer.fire();
		expect(post).toHaveBeenCalledTimes(3);
		observer.fire();
		expect(post).toHaveBeenCalledTimes(3);
		setHeight(320);
		observer.fire();
		expect(post).toHaveBeenCalledTimes(6);
		expect(post).toHaveBeenLastCalledWith({ 'datawrapper-height': { waterfall: 320 } });
	});

	it('answers a pym.js width message from the parent window with the height again', () => {
		const { post, observer } = setup();
		observer.fire();
		// In jsdom, a top-level window is its own parent.
		window.dispatchEvent(new MessageEvent('message', { data: 'pymxPYMxgraphicxPYMxwidthxPYMx600', source: window }));
		expect(post).toHaveBeenCalledTimes(6);
		window.dispatchEvent(new MessageEvent('message', { data: 'hello', source: window }));
		window.dispatchEvent(new MessageEvent('message', { data: 'pymxPYMxgraphicxPYMxwidthxPYMx600', source: null }));
		expect(post).toHaveBeenCalledTimes(6);
	});

	it('stops observing and listening on teardown', () => {
		const { post, observer, stop } = setup();
		observer.fire();
		stop();
		expect(observer.disconnected).toBe(true);
		window.dispatchEvent(new MessageEvent('message', { data: 'pymxPYMxgraphicxPYMxwidthxPYMx600', source: window }));
		expect(post).toHaveBeenCalledTimes(3);
	});

	it('does nothing on a page that is not in a frame', () => {
		vi.stubGlobal('ResizeObserver', FakeObserver);
		const stop = autoHeight({ ids });
		expect(FakeObserver.last).toBeUndefined();
		stop();
	});
});
