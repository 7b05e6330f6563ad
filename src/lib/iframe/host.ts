/**
 * The host side of an embed, shipped as /embed.js for pages with no resizer of their own
 * (`npm run embed-js` builds static/embed.js from this file). It sizes each iframe of the
 * embed to the height the embed page reports, and trusts a message only when it comes from the
 * embed's origin AND from one of those iframes. Browser only; no dependencies beyond messages.ts.
 */
import { heightFromMessage, PYM_SEPARATOR } from './messages';

/** Kept in step with EMBED_ATTRIBUTE in code.ts (a test checks): importing it would pull in the dictionaries. */
const ATTRIBUTE = 'data-pzh-embed';

const originOf = (url: string): string | null => {
	try {
		return new URL(url).origin;
	} catch {
		return null;
	}
};

/** The page's iframes that show embeds from `origin`: marked with the attribute, or loaded from that origin. */
export function embedFrames(doc: Document, origin: string): HTMLIFrameElement[] {
	return Array.from(doc.getElementsByTagName('iframe')).filter(
		(f) => f.hasAttribute(ATTRIBUTE) || originOf(f.src) === origin
	);
}

/**
 * Listens for height messages from the embeds of `origin` and sizes their iframes; returns the
 * teardown. Asks the frames that are already there for their height (pym.js's "width" message),
 * in case they reported it before this script ran.
 */
export function startHost(win: Window, origin: string): () => void {
	const doc = win.document;
	const onMessage = (e: MessageEvent) => {
		if (e.origin !== origin) return;
		const frame = embedFrames(doc, origin).find((f) => f.contentWindow === e.source);
		const height = frame ? heightFromMessage(e.data) : null;
		if (frame && height !== null) frame.style.height = `${height}px`;
	};
	win.addEventListener('message', onMessage);
	for (const f of embedFrames(doc, origin)) {
		// A width is no secret, and '*' cannot fail on a frame that has not loaded yet.
		f.contentWindow?.postMessage(
			`pym${PYM_SEPARATOR}${f.getAttribute(ATTRIBUTE) || 'embed'}${PYM_SEPARATOR}width${PYM_SEPARATOR}${f.offsetWidth}`,
			'*'
		);
	}
	return () => win.removeEventListener('message', onMessage);
}

/** The origin this script was loaded from: the embed's origin. Null when it cannot tell. */
export function scriptOrigin(doc: Document): string | null {
	const script = doc.currentScript;
	return script instanceof HTMLScriptElement && script.src ? originOf(script.src) : null;
}
