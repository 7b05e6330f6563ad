/**
 * The fonts of the share images, brought from npm (both SIL Open Font License 1.1), never from
 * the system: the images look the same on every machine, and a missing glyph fails the build.
 * Pure: names and paths only; src/lib/share/render.server.ts reads the files.
 *
 * - Noto Sans S Chinese (Noto Sans CJK, Simplified Chinese subset; the files are named
 *   NotoSansHans-*), from @embedpdf/fonts-sc: Chinese text.
 * - Source Sans 3, from @expo-google-fonts/source-sans-3: Latin text and numbers. It is the Latin
 *   design Noto Sans CJK grew from, so the two sit together; and it has a true minus sign and
 *   proportional quotes, which the CJK font draws full-width.
 */

/** Font families as the SVG names them (the fonts' own family names). */
export const FAMILY = { latin: 'Source Sans 3', cjk: 'Noto Sans S Chinese' } as const;

export type Script = keyof typeof FAMILY;

/** Each font file: the npm package that ships it and its path inside the package. */
export const FONT_FILES = [
	{ family: FAMILY.cjk, weight: 400, pkg: '@embedpdf/fonts-sc', file: 'fonts/NotoSansHans-Regular.otf' },
	{ family: FAMILY.cjk, weight: 700, pkg: '@embedpdf/fonts-sc', file: 'fonts/NotoSansHans-Bold.otf' },
	{
		family: FAMILY.latin,
		weight: 400,
		pkg: '@expo-google-fonts/source-sans-3',
		file: '400Regular/SourceSans3_400Regular.ttf'
	},
	{
		family: FAMILY.latin,
		weight: 700,
		pkg: '@expo-google-fonts/source-sans-3',
		file: '700Bold/SourceSans3_700Bold.ttf'
	}
] as const;
