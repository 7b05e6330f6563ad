// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { embedFrames, scriptOrigin, startHost } from '$lib/iframe/host';
import { EMBED_ATTRIBUTE } from '$lib/actions/embed-code';
import { heightMessages } from '$lib/iframe/messages';

const EMBED = 'http://127.0.0.1:4192';

function frame(attrs: Record<string, string>): HTMLIFrameElement {
	const f = document.createElement('iframe');
	for (const [k, v] of Object.entries(attrs)) f.setAttribute(k, v);
	document.body.append(f);
	return f;
}

const send = (data: unknown, origin: string, source: Window | null) =>
	window.dispatchEvent(new MessageEvent('message', { data, origin, source }));

afterEach(() => document.body.replaceChildren());

describe('embedFrames(doc, origin)', () => {
	it('finds iframes marked with the attribute or loaded from the origin, and no others', () => {
		const marked = frame({ [EMBED_ATTRIBUTE]: 'sunburst' });
		const bySrc = frame({ src: `${EMBED}/embed/waterfall/` });
		frame({ src: 'http://localhost:4192/embed/waterfall/' });
		frame({ src: 'not a url' });
		expect(embedFrames(document, EMBED)).toEqual([marked, bySrc]);
	});
});

describe('startHost(win, origin)', () => {
	it('sizes an embed iframe from each of the three formats', () => {
		const f = frame({ [EMBED_ATTRIBUTE]: 'sunburst' });
		const stop = startHost(window, EMBED);
		heightMessages(640, { id: 'sunburst', childId: 'sunburst' }).forEach((m, i) => {
			send(m, EMBED, f.contentWindow);
			expect(f.style.height, `format ${i}`).toBe('640px');
			f.style.height = '';
		});
		stop();
	});

	it('ignores messages from another origin, from a window that is not one of its iframes, and of the wrong shape', () => {
		const f = frame({ [EMBED_ATTRIBUTE]: 'waterfall' });
		const other = frame({ src: 'https://elsewhere.example/' });
		const stop = startHost(window, EMBED);
		const [amp] = heightMessages(500, { id: 'waterfall', childId: 'waterfall' });
		send(amp, 'https://evil.example', f.contentWindow);
		send(amp, EMBED, other.contentWindow);
		send(amp, EMBED, window);
		send(amp, EMBED, null);
		send({ sentinel: 'amp', type: 'embed-size', height: '500' }, EMBED, f.contentWindow);
		send('pymxPYMxwaterfallxPYMxheightxPYMx-1', EMBED, f.contentWindow);
		expect(f.style.height).toBe('');
		expect(other.style.height).toBe('');
		send(amp, EMBED, f.contentWindow);
		expect(f.style.height).toBe('500px');
		stop();
		send(heightMessages(900, { id: 'waterfall', childId: 'waterfall' })[0], EMBED, f.contentWindow);
		expect(f.style.height).toBe('500px');
	});

	it('sizes an iframe added after it started', () => {
		const stop = startHost(window, EMBED);
		const late = frame({ [EMBED_ATTRIBUTE]: 'three-public' });
		send(heightMessages(321, { id: 'three-public', childId: 'three-public' })[2], EMBED, late.contentWindow);
		expect(late.style.height).toBe('321px');
		stop();
	});

	it('asks the frames already there for their height (pym.js "width")', async () => {
		const f = frame({ [EMBED_ATTRIBUTE]: 'sunburst' });
		const received = new Promise<unknown>((resolve) =>
			f.contentWindow!.addEventListener('message', (e) => resolve(e.data))
		);
		const stop = startHost(window, EMBED);
		expect(await received).toMatch(/^pymxPYMxsunburstxPYMxwidthxPYMx\d+$/);
		stop();
	});
});

describe('scriptOrigin(doc)', () => {
	it('is the origin of the running script, or null', () => {
		expect(scriptOrigin(document)).toBeNull();
	});
});
