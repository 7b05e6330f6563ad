import { describe, expect, it } from 'vitest';
import { hasBom, UTF8_BOM, withBom } from '$lib/data/bom';

describe('withBom(bytes)', () => {
	const text = new TextEncoder().encode('id,名称\n');

	it('puts EF BB BF in front of UTF-8 text, which then decodes unchanged', () => {
		const out = withBom(text);
		expect([...out.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(new TextDecoder('utf-8', { ignoreBOM: false }).decode(out)).toBe('id,名称\n');
		expect(hasBom(text)).toBe(false);
		expect(hasBom(out)).toBe(true);
	});

	it('adds it once', () => {
		expect(withBom(withBom(text)).length).toBe(text.length + UTF8_BOM.length);
	});
});
