// @vitest-environment jsdom
/**
 * The checked-in /embed.js: as small as promised, built from the current source, and doing in a
 * page what host.ts says.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { buildEmbedJs, OUTPUT } from '$lib/../../scripts/embed-js.mjs';
import { EMBED_ATTRIBUTE } from '$lib/actions/embed-code';
import { heightMessages } from '$lib/iframe/messages';

const shipped = readFileSync(OUTPUT, 'utf8');
const EMBED = 'http://127.0.0.1:4192';

/** Runs the shipped file as if loaded by `<script src="${EMBED}/embed.js">`. */
function run() {
	const script = document.createElement('script');
	script.src = `${EMBED}/embed.js`;
	Object.defineProperty(document, 'currentScript', { value: script, configurable: true });
	try {
		new Function(shipped)();
	} finally {
		Object.defineProperty(document, 'currentScript', { value: null, configurable: true });
	}
}

afterEach(() => {
	document.body.replaceChildren();
	delete (window as { pzhEmbedHost?: true }).pzhEmbedHost;
});

describe('static/embed.js', () => {
	it('is at most 1 KB gzip', () => {
		const gz = gzipSync(shipped, { level: 9 }).length;
		expect(gz).toBeLessThanOrEqual(1024);
	});

	it(
		'is what `node scripts/embed-js.mjs` builds from src/lib/iframe (rebuild it after changing them)',
		{ timeout: 60_000 },
		async () => {
			expect(await buildEmbedJs()).toBe(shipped);
		}
	);

	it('sizes the embed’s iframe from its origin only, once however often it is pasted', () => {
		const f = document.createElement('iframe');
		f.setAttribute(EMBED_ATTRIBUTE, 'sunburst');
		document.body.append(f);
		run();
		run();
		const [amp, pym, dw] = heightMessages(777, { id: 'sunburst', childId: 'sunburst' });
		window.dispatchEvent(
			new MessageEvent('message', { data: amp, origin: 'http://localhost:4192', source: f.contentWindow })
		);
		expect(f.style.height).toBe('');
		window.dispatchEvent(new MessageEvent('message', { data: pym, origin: EMBED, source: f.contentWindow }));
		expect(f.style.height).toBe('777px');
		window.dispatchEvent(new MessageEvent('message', { data: dw, origin: EMBED, source: window }));
		expect(f.style.height).toBe('777px');
	});

	it('keeps its attribute in step with embedCode’s', () => {
		expect(shipped).toContain(`\`${EMBED_ATTRIBUTE}\``);
	});
});
