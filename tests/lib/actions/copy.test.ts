// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyText, execCopy, shareLink } from '$lib/actions/copy';

const link = { title: 'Where the money went', url: 'https://example.org/en/#rise-2019' };

/** Puts stubs on navigator (share, clipboard) and document.execCommand for one test. */
function stub({
	share,
	writeText,
	exec
}: {
	share?: (d: ShareData) => Promise<void>;
	writeText?: (s: string) => Promise<void>;
	exec?: boolean | (() => boolean);
}) {
	Object.defineProperty(navigator, 'share', { value: share, configurable: true });
	Object.defineProperty(navigator, 'clipboard', { value: writeText ? { writeText } : undefined, configurable: true });
	const execCommand = vi.fn(typeof exec === 'function' ? exec : () => exec ?? false);
	Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
	return execCommand;
}

afterEach(() => {
	document.body.innerHTML = '';
});

describe('shareLink({ title, url })', () => {
	it('uses the share sheet where there is one', async () => {
		const share = vi.fn(async () => {});
		stub({ share });
		expect(await shareLink(link)).toBe('shared');
		expect(share).toHaveBeenCalledWith(link);
	});

	it('does nothing more when the reader cancels the sheet', async () => {
		const writeText = vi.fn(async () => {});
		stub({ share: async () => Promise.reject(new DOMException('no', 'AbortError')), writeText });
		expect(await shareLink(link)).toBe('cancelled');
		expect(writeText).not.toHaveBeenCalled();
	});

	it('copies the link where sharing is refused (a frame without web-share)', async () => {
		const writeText = vi.fn(async () => {});
		stub({ share: async () => Promise.reject(new DOMException('no', 'NotAllowedError')), writeText });
		expect(await shareLink(link)).toBe('copied');
		expect(writeText).toHaveBeenCalledWith(link.url);
	});

	it('falls back to execCommand where the Clipboard API is blocked', async () => {
		const exec = stub({
			writeText: async () => Promise.reject(new DOMException('blocked', 'NotAllowedError')),
			exec: true
		});
		expect(await shareLink(link)).toBe('copied');
		expect(exec).toHaveBeenCalledWith('copy');
		// The helper textarea is gone again.
		expect(document.querySelectorAll('textarea')).toHaveLength(0);
	});

	it('says "manual" when nothing can copy', async () => {
		stub({
			exec: () => {
				throw new Error('not supported');
			}
		});
		expect(await shareLink(link)).toBe('manual');
	});
});

describe('copyText(text, { field })', () => {
	it('selects the given field for execCommand, and leaves it in place', async () => {
		const field = document.createElement('textarea');
		field.value = '<script async src="https://example.org/embed.js"></script>';
		document.body.append(field);
		let selected = '';
		stub({ exec: () => ((selected = field.value.slice(field.selectionStart, field.selectionEnd)), true) });
		expect(await copyText(field.value, { field })).toBe(true);
		expect(selected).toBe(field.value);
		expect(field.isConnected).toBe(true);
	});
});

describe('execCopy(text, { host })', () => {
	it('puts its hidden textarea inside the host (an open modal leaves the rest inert) and gives focus back', () => {
		const host = document.createElement('dialog');
		const button = document.createElement('button');
		host.append(button);
		document.body.append(host);
		button.focus();
		let parent: Element | null = null;
		stub({ exec: () => ((parent = document.activeElement?.parentElement ?? null), true) });
		expect(execCopy('x', { host })).toBe(true);
		expect(parent).toBe(host);
		expect(document.activeElement).toBe(button);
	});
});
