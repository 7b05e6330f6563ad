/**
 * The page's colours, as data: the light and dark values of the CSS custom properties (`--bg`,
 * `--text`, …) that src/app.css and every component read. Pure: no DOM, no Svelte.
 *
 * src/hooks.server.ts writes `paletteCss()` into the head of every prerendered page (src/app.html:
 * static, before the first paint, no flash), so this module is the only place the colours live; the
 * contrast and colour-vision tests (tests/lib/site/palette.test.ts) read them from here.
 */

export type Scheme = 'light' | 'dark';
export type Hex = `#${string}`;

/** The names of the colour custom properties, without their `--`. */
export const TOKENS = [
	'bg',
	'surface',
	'text',
	'muted',
	'rule',
	'accent',
	'accent-text',
	'rise',
	'fall',
	'focus'
] as const;
export type Token = (typeof TOKENS)[number];

/**
 * Each scheme's colours.
 * - `bg` the page, `surface` panels on it (glossary entries, the centre of the sunburst);
 * - `text` and `muted` text; `accent-text` links and the chosen scope; `accent` marks;
 * - `rise` and `fall` the waterfall's bars, `rule` hairlines, `focus` the focus ring.
 */
export const SITE_PALETTE: Record<Scheme, Record<Token, Hex>> = {
	light: {
		bg: '#fdfcfa',
		surface: '#f3f1ec',
		text: '#1d1d1f',
		muted: '#55585e',
		rule: '#d8d4cb',
		accent: '#9b2c1f',
		'accent-text': '#8a2518',
		rise: '#9b2c1f',
		fall: '#1f5f8b',
		focus: '#1a56db'
	},
	dark: {
		bg: '#141517',
		surface: '#1f2124',
		text: '#ececec',
		muted: '#a9adb4',
		rule: '#3a3d42',
		accent: '#f08a78',
		'accent-text': '#f4a293',
		rise: '#f08a78',
		fall: '#7fb8e0',
		focus: '#8ab4ff'
	}
};

const declarations = (scheme: Scheme) => TOKENS.map((t) => `--${t}:${SITE_PALETTE[scheme][t]};`).join('');

/**
 * The style sheet of the colours: the light scheme by default, the dark one where the system
 * prefers it (unless an embed's `theme=light` forces light) and where `theme=dark` forces it
 * (src/lib/iframe/options.ts sets `data-theme`). The dark values are written twice because CSS
 * cannot join a media query and a selector in one rule; generated here, the two cannot differ.
 * @example paletteCss().startsWith(':root{--bg:#fdfcfa;') // true
 */
export function paletteCss(): string {
	const dark = declarations('dark');
	return (
		`:root{${declarations('light')}}` +
		`@media (prefers-color-scheme: dark){:root:not([data-theme='light']){${dark}}}` +
		`:root[data-theme='dark']{${dark}}`
	);
}
