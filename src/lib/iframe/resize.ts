/**
 * Auto-height for an embed page: a ResizeObserver on the page's content posts its height to the
 * host page whenever it changes, in the AMP, pym.js and Datawrapper formats (see messages.ts).
 * Nothing polls, and nothing is sent while the height stays the same. Browser wiring only.
 */
import { heightMessages, isPymWidthMessage, type FrameIds } from './messages';

export interface HeightReporter {
	/** Posts the height (rounded up to a whole pixel) if it differs from the last one sent; true if it did. */
	report(height: number): boolean;
	/** Posts the last height again (a host that has just started listening asks for it). */
	resend(): void;
}

/**
 * Change detection between measurements and messages.
 * @example const r = heightReporter((m) => parent.postMessage(m, '*'), { id: 'sunburst', childId: 'sunburst' });
 * r.report(640.2); // posts 641 three times (one per format), returns true
 * r.report(640.9); // still 641: posts nothing, returns false
 */
export function heightReporter(post: (message: unknown) => void, ids: FrameIds): HeightReporter {
	let last: number | null = null;
	const send = (h: number) => {
		for (const m of heightMessages(h, ids)) post(m);
	};
	return {
		report(height) {
			const h = Math.ceil(height);
			if (!Number.isFinite(h) || h <= 0 || h === last) return false;
			last = h;
			send(h);
			return true;
		},
		resend() {
			if (last !== null) send(last);
		}
	};
}

export interface AutoHeightOptions {
	ids: FrameIds;
	/** The window of the embed page. @default window */
	win?: Window & typeof globalThis;
	/** The element whose height is the page's height. @default the document's body */
	target?: Element;
	/** Where messages go. @default the parent window, any origin (a height is no secret) */
	post?: (message: unknown) => void;
}

/**
 * Starts reporting the page's height to its host; returns the teardown. Does nothing on a page
 * that is not in a frame (there is no one to tell), unless `post` is given.
 */
export function autoHeight({ ids, win = window, target, post }: AutoHeightOptions): () => void {
	if (!post && win.parent === win) return () => {};
	const el = target ?? win.document.body;
	const reporter = heightReporter(post ?? ((m) => win.parent.postMessage(m, '*')), ids);
	// The body's border box: its children's margins stay inside (the embed's root has padding).
	const observer = new win.ResizeObserver(() => reporter.report(el.getBoundingClientRect().height));
	observer.observe(el);
	// A pym.js parent (and /embed.js) sends "width" when it starts listening: answer with the height.
	const onMessage = (e: MessageEvent) => {
		if (e.source === win.parent && isPymWidthMessage(e.data)) reporter.resend();
	};
	win.addEventListener('message', onMessage);
	return () => {
		observer.disconnect();
		win.removeEventListener('message', onMessage);
	};
}
