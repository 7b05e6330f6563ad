/**
 * The UTF-8 byte-order mark of the published CSVs. Pure: bytes in, bytes out.
 */

/** The UTF-8 byte-order mark, EF BB BF. */
export const UTF8_BOM = Uint8Array.of(0xef, 0xbb, 0xbf);

/** Whether the bytes start with a UTF-8 BOM. */
export function hasBom(bytes: Uint8Array): boolean {
	return bytes[0] === UTF8_BOM[0] && bytes[1] === UTF8_BOM[1] && bytes[2] === UTF8_BOM[2];
}

/**
 * The bytes with a UTF-8 BOM in front, once: bytes that already start with one come back as they are.
 * Excel reads a CSV as UTF-8 only when it starts with a BOM; without one, Chinese text turns to mojibake.
 * @example withBom(new TextEncoder().encode('id,名称')) // EF BB BF 69 64 2C …
 */
export function withBom(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
	if (hasBom(bytes)) return Uint8Array.from(bytes);
	const out = new Uint8Array(bytes.length + UTF8_BOM.length);
	out.set(UTF8_BOM);
	out.set(bytes, UTF8_BOM.length);
	return out;
}
