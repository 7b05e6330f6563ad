/**
 * Which characters a font can draw, read from its `cmap` table, and the check that every
 * character of a share image has a glyph. Pure: no DOM, no file system (bytes in, sets out).
 *
 * resvg draws nothing for a character no loaded font covers, and says nothing; this check turns
 * that silence into a build error that names the image and the characters.
 */

/** The code points a font maps to a real glyph (glyph id ≠ 0). */
export type Coverage = ReadonlySet<number>;

/** What the share images need of a font: its coverage and how wide each character is. */
export interface FontMetrics {
	/** Code point → advance width in em. */
	advance: ReadonlyMap<number, number>;
	coverage: Coverage;
}

/** The font's tables by tag: offset and length. Throws on a font collection. */
function tables(font: Uint8Array): { view: DataView; at: (tag: string) => number } {
	const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
	const tagAt = (i: number) => String.fromCharCode(font[i]!, font[i + 1]!, font[i + 2]!, font[i + 3]!);
	if (tagAt(0) === 'ttcf') throw new Error('font collections (.ttc) are not supported; pass a single .ttf or .otf');
	if (font.byteLength < 12) throw new Error(`${font.byteLength} bytes are no font`);
	if (!['\0\x01\0\0', 'OTTO', 'true'].includes(tagAt(0)))
		throw new Error('not an OpenType or TrueType font (no sfnt version at its start)');
	const offsets = new Map<string, number>();
	for (let i = 0; i < view.getUint16(4); i++) offsets.set(tagAt(12 + i * 16), view.getUint32(12 + i * 16 + 8));
	return {
		view,
		at: (tag) => {
			const o = offsets.get(tag);
			if (o === undefined) throw new Error(`the font has no ${tag} table`);
			return o;
		}
	};
}

/**
 * Reads the Unicode subtables (formats 4 and 12) of an OpenType/TrueType font's `cmap`: code
 * point → glyph id, for every code point mapped to a real glyph (id ≠ 0).
 * Throws on a font collection or a font without a Unicode cmap.
 */
export function cmapGlyphs(font: Uint8Array): Map<number, number> {
	const { view, at } = tables(font);
	const cmap = at('cmap');
	const out = new Map<number, number>();
	let unicodeTables = 0;
	const subtables = view.getUint16(cmap + 2);
	for (let i = 0; i < subtables; i++) {
		const rec = cmap + 4 + i * 8;
		const platform = view.getUint16(rec);
		const encoding = view.getUint16(rec + 2);
		// Unicode platform (any encoding) or Windows Unicode BMP (1) / full repertoire (10).
		if (!(platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10)))) continue;
		const sub = cmap + view.getUint32(rec + 4);
		const format = view.getUint16(sub);
		if (format === 4) readFormat4(view, sub, out);
		else if (format === 12) readFormat12(view, sub, out);
		else continue;
		unicodeTables++;
	}
	if (!unicodeTables) throw new Error('the font has no Unicode cmap subtable of format 4 or 12');
	return out;
}

/**
 * The code points a font can draw.
 * @example
 * const covered = cmapCoverage(readFileSync('NotoSansHans-Regular.otf'));
 * covered.has(0x6500) // true: 攀
 */
export function cmapCoverage(font: Uint8Array): Coverage {
	return new Set(cmapGlyphs(font).keys());
}

/**
 * Coverage and advance widths (in em, from `hmtx`, kerning ignored) of a font.
 * @example fontMetrics(sourceSans).advance.get(0x30) // 0.5 ("0" is half an em wide)
 */
export function fontMetrics(font: Uint8Array): FontMetrics {
	const { view, at } = tables(font);
	const unitsPerEm = view.getUint16(at('head') + 18);
	const longMetrics = view.getUint16(at('hhea') + 34);
	const hmtx = at('hmtx');
	const glyphs = cmapGlyphs(font);
	const advance = new Map<number, number>();
	for (const [cp, g] of glyphs) {
		// Glyphs past the last long metric share its advance (monospaced tails, e.g. CJK).
		advance.set(cp, view.getUint16(hmtx + Math.min(g, longMetrics - 1) * 4) / unitsPerEm);
	}
	return { advance, coverage: new Set(glyphs.keys()) };
}

/** Segment mapping to delta values (BMP only). */
function readFormat4(view: DataView, at: number, out: Map<number, number>): void {
	const segCount = view.getUint16(at + 6) / 2;
	const ends = at + 14;
	const starts = ends + segCount * 2 + 2;
	const deltas = starts + segCount * 2;
	const rangeOffsets = deltas + segCount * 2;
	for (let s = 0; s < segCount; s++) {
		const end = view.getUint16(ends + s * 2);
		const start = view.getUint16(starts + s * 2);
		const delta = view.getInt16(deltas + s * 2);
		const rangeOffsetAt = rangeOffsets + s * 2;
		const rangeOffset = view.getUint16(rangeOffsetAt);
		for (let c = start; c <= end && c !== 0xffff; c++) {
			let glyph: number;
			if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
			else {
				// The offset counts from the idRangeOffset entry itself (OpenType spec, cmap format 4).
				const raw = view.getUint16(rangeOffsetAt + rangeOffset + (c - start) * 2);
				glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
			}
			if (glyph !== 0 && !out.has(c)) out.set(c, glyph);
		}
	}
}

/** Segmented coverage (full Unicode). */
function readFormat12(view: DataView, at: number, out: Map<number, number>): void {
	const groups = view.getUint32(at + 12);
	for (let g = 0; g < groups; g++) {
		const rec = at + 16 + g * 12;
		const start = view.getUint32(rec);
		const end = view.getUint32(rec + 4);
		const startGlyph = view.getUint32(rec + 8);
		for (let c = start; c <= end; c++) {
			const glyph = startGlyph + (c - start);
			if (glyph !== 0) out.set(c, glyph);
		}
	}
}

/** Characters that need no glyph: line breaks and tabs are layout, not ink. */
const NO_GLYPH = new Set([0x09, 0x0a, 0x0d]);

/**
 * The distinct characters of `texts` that none of the fonts covers, in order of first use.
 * @example missingGlyphs(['攀枝花 😀'], [noto]) // ['😀']
 */
export function missingGlyphs(texts: readonly string[], fonts: readonly Coverage[]): string[] {
	const missing = new Set<string>();
	for (const text of texts) {
		for (const ch of text) {
			const cp = ch.codePointAt(0)!;
			if (NO_GLYPH.has(cp) || fonts.some((f) => f.has(cp))) continue;
			missing.add(ch);
		}
	}
	return [...missing];
}

/** `"😀" (U+1F600)`: a character as a reader and a font tool both recognise it. */
export function describeChar(ch: string): string {
	return `"${ch}" (U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`;
}

/**
 * Throws, naming the image and every character without a glyph, unless the fonts cover all
 * the text. The build calls it before rendering, so a missing glyph fails the build instead of
 * leaving a blank in the image.
 * @example assertGlyphs({ image: 'en/share/story.png', texts: svgTexts(svg), fonts })
 */
export function assertGlyphs(opts: { image: string; texts: readonly string[]; fonts: readonly Coverage[] }): void {
	const missing = missingGlyphs(opts.texts, opts.fonts);
	if (!missing.length) return;
	const where = opts.texts.filter((t) => missing.some((ch) => t.includes(ch)));
	throw new Error(
		`share image ${opts.image}: the bundled fonts have no glyph for ${missing.map(describeChar).join(', ')}` +
			` (in ${where.map((t) => JSON.stringify(t)).join(', ')}). Reword the text or bring a font that covers them.`
	);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * The text an SVG draws: the content of each <text> element (its <tspan>/<textPath> included),
 * entities decoded. What the glyph check reads, so nothing drawn escapes it.
 * @example svgTexts('<svg><text>a<tspan>&amp;b</tspan></text></svg>') // ['a&b']
 */
export function svgTexts(svg: string): string[] {
	return [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map((m) =>
		m[1]!.replace(/<[^>]+>/g, '').replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (e, name: string) => {
			if (name[0] === '#')
				return String.fromCodePoint(
					name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1))
				);
			return ENTITIES[name] ?? e;
		})
	);
}
