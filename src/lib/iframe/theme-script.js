/**
 * The embed pages' inline head script, as a literal: svelte.config.js hashes this very string
 * into the Content Security Policy (script-src 'sha256-…'), so the page may run it and nothing
 * else inline. Plain JavaScript because svelte.config.js imports it. Pure: a string.
 *
 * At parse time, before the first paint, it sets `data-theme` on the root element from the
 * query's `theme` (`light` or `dark`; anything else leaves the reader's system to decide, see
 * src/app.css), so a forced scheme does not flash the system's first; and `data-title="0"` from
 * `title=0` (a host whose CMS sets its own headline: the embed's headline and description are
 * not shown, see ChartFrame), so they do not flash either.
 */
export const THEME_SCRIPT =
	"{const t=new URLSearchParams(location.search).get('theme'),r=document.documentElement;" +
	"if(t==='light'||t==='dark')r.setAttribute('data-theme',t);else r.removeAttribute('data-theme');" +
	"if(new URLSearchParams(location.search).get('title')==='0')r.setAttribute('data-title','0')}";
