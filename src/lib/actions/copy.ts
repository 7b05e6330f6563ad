/**
 * Copying text and sharing links from a click, with fallbacks for where the Clipboard API is
 * blocked (a cross-origin iframe without `allow="clipboard-write"`, an insecure origin).
 * Browser only; small: a share button loads it as the reader reaches for it.
 */

/**
 * Copies `text` with `document.execCommand('copy')`: selects `field` when given (a visible
 * read-only textarea), else a hidden textarea put inside `host` (an open modal dialog leaves the
 * rest of the page inert, so the textarea must live inside it). True when the browser says it copied.
 */
export function execCopy(
	text: string,
	{ field, host = document.body }: { field?: HTMLTextAreaElement | HTMLInputElement; host?: Element } = {}
): boolean {
	const before = document.activeElement as HTMLElement | null;
	let el = field;
	if (!el) {
		el = document.createElement('textarea');
		el.value = text;
		el.readOnly = true;
		el.setAttribute('aria-hidden', 'true');
		el.style.cssText = 'position:fixed;top:0;left:0;width:1px;height:1px;opacity:0;pointer-events:none';
		host.append(el);
	}
	el.focus({ preventScroll: true });
	el.select();
	let ok: boolean;
	try {
		ok = document.execCommand('copy');
	} catch {
		ok = false;
	}
	if (!field) {
		el.remove();
		before?.focus({ preventScroll: true });
	}
	return ok;
}

/** Copies `text`: the Clipboard API first, then execCopy(). True when either worked. */
export async function copyText(text: string, options: Parameters<typeof execCopy>[1] = {}): Promise<boolean> {
	try {
		if (navigator.clipboard?.writeText) {
			await navigator.clipboard.writeText(text);
			return true;
		}
	} catch {
		// Blocked (permissions policy of a frame, no focus): fall back.
	}
	return execCopy(text, options);
}

/** How a link was passed on: the system's share sheet, the clipboard, the reader cancelled, or nothing worked. */
export type ShareOutcome = 'shared' | 'copied' | 'cancelled' | 'manual';

/**
 * Shares a link: the Web Share API where there is one, else copies it. 'manual' means the reader
 * must copy it by hand (show it in a selected field).
 */
export async function shareLink({ title, url }: { title: string; url: string }): Promise<ShareOutcome> {
	if (typeof navigator.share === 'function') {
		try {
			await navigator.share({ title, url });
			return 'shared';
		} catch (e) {
			if ((e as DOMException)?.name === 'AbortError') return 'cancelled';
			// NotAllowedError (a frame without allow="web-share") and the like: copy instead.
		}
	}
	return (await copyText(url)) ? 'copied' : 'manual';
}
