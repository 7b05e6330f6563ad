/**
 * Hostile URLs at every route: query strings and hashes generated from a seeded PRNG (unknown
 * keys, wrong types for the keys the pages read, 100 kB values, CJK / RTL / emoji, lone surrogates
 * and malformed escapes, script-like strings, repeated keys, hashes that are no step, text
 * fragments). For each: no uncaught exception, no console error, nothing injected, and the page
 * falls back to a sensible state (the story shows its headline, at the top or on a step; an embed
 * draws its chart at the default scope / focus unless the first value of the key is a valid one,
 * in a light or dark scheme).
 *
 * The keys read in src/: `scope` (present.ts), `focus` (sunburst/url.ts), `theme`, `id`,
 * `childId` (embed/options.ts); `location.hash` (story/scrolly.svelte.ts). pym.js adds
 * `initialWidth`, `parentTitle`, `parentUrl`, `childId`.
 *
 * Fast on purpose: one project (desktop), one page per route; hashes are set in the page
 * (hashchange) and only a few are reloaded; the story gets a few grouped query strings.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { csvParse } from 'd3-dsv';
import { expect, test, type Page } from '@playwright/test';
import { islandReady, watchPage, type PageProblems } from './helpers';

test.describe.configure({ mode: 'parallel' });
test.beforeEach(({}, testInfo) => {
	test.skip(testInfo.project.name !== 'desktop', 'URL handling does not depend on the screen: desktop only');
});

// ---------------------------------------------------------------------------------------------
// Deterministic generation
// ---------------------------------------------------------------------------------------------

/** mulberry32: a small seeded PRNG, so every run throws the same URLs. */
function prng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** The global every payload tries to set; it must stay undefined. */
const PWNED = '__hostile';
const SCRIPTY = [
	`<script>window.${PWNED}=1</script>`,
	`javascript:window.${PWNED}=1`,
	`"><img src=x onerror="window.${PWNED}=1">`,
	`'><img src=x onerror=window.${PWNED}=1>`,
	`<svg onload=window.${PWNED}=1>`,
	`</title><img src=x onerror=window.${PWNED}=1>`,
	`<iframe srcdoc="<script>parent.${PWNED}=1</script>">`,
	`{{constructor.constructor('window.${PWNED}=1')()}}`,
	`\${window.${PWNED}=1}`,
	`data:text/html,<script>window.${PWNED}=1</script>`,
	`<a href="javascript:window.${PWNED}=1">x</a>`,
	`'-alert(1)-'`,
	`</script><script>window.${PWNED}=1</script>`
];
const UNICODE = [
	'信息化建设',
	'中共攀枝花市委办公室',
	'一般公共服务',
	'مرحبا بالعالم',
	'שלום',
	'\u202Egps\u202C',
	'😀🔥💰',
	'👨‍👩‍👧‍👦',
	'ｇｐｓ',
	'gps\u200B',
	'Z̷̢͓a̵l̶g̸o',
	'\uFEFFall',
	'ǅ',
	'\u0000'
];
/** Inserted into the URL as they are: malformed or unusual percent-encoding. */
const RAW = [
	'%00',
	'gps%00',
	'%ED%A0%80',
	'%ED%BF%BF',
	'%uD800',
	'%E0%A4%A',
	'%',
	'%%',
	'%zz',
	'%C0%AF',
	'%FF%FE',
	'%F0%9F%98',
	'a%0Ab',
	'%0D%0ASet-Cookie:x=1',
	'%2e%2e%2f%2e%2e%2f',
	'%3Cscript%3Ewindow.__hostile%3D1%3C%2Fscript%3E',
	'%22%3E%3Cimg%20src%3Dx%20onerror%3Dwindow.__hostile%3D1%3E',
	'%25E0%25A4%25A',
	'+',
	'%2B',
	'&',
	'=',
	'==',
	';'
];
const WRONG = [
	'',
	'0',
	'-1',
	'1e309',
	'NaN',
	'null',
	'undefined',
	'true',
	'[]',
	'{}',
	'{"a":1}',
	'[1,2]',
	'__proto__',
	'constructor',
	'toString',
	'hasOwnProperty',
	' ',
	'gps ',
	' GPS',
	'GPS',
	'ALL',
	'Dark',
	'dark ',
	'light\t',
	'auto',
	'../../etc/passwd',
	'total.',
	'.gps',
	'gps.gps'
];
const HUGE = ['a'.repeat(100_000), '信'.repeat(34_000), `<img src=x onerror=window.${PWNED}=1>`.repeat(2_700)];

const functional = csvParse(readFileSync(fileURLToPath(new URL('../../data/functional.csv', import.meta.url)), 'utf8'));
const VALID: Record<string, string[]> = {
	scope: ['all', 'fiscal', 'gpb'],
	focus: ['gps', 'sci', functional[3]!.id!, ' gps '],
	theme: ['auto', 'light', 'dark'],
	childId: ['graphic-1', 'a:b.c_d'],
	id: ['chart', 'x-1']
};
const KNOWN = ['scope', 'focus', 'theme', 'childId', 'id', 'initialWidth', 'parentTitle', 'parentUrl'];
const ODD_KEYS = [
	'__proto__',
	'constructor',
	'scope[]',
	'SCOPE',
	'Focus',
	'focus%00',
	'',
	'%E0%A4%A',
	'<script>',
	'信息',
	'a.b',
	'theme ',
	'%20scope',
	'hash'
];

type Pick = <T>(xs: readonly T[]) => T;

/** One value, as it goes into the URL (already encoded, or raw on purpose). */
function value(pick: Pick, rand: () => number, key: string, huge: boolean): string {
	const r = rand();
	if (huge) return encodeURIComponent(pick(HUGE));
	if (r < 0.15 && VALID[key]) return encodeURIComponent(pick(VALID[key]!));
	if (r < 0.4) return encodeURIComponent(pick(SCRIPTY));
	if (r < 0.55) return encodeURIComponent(pick(UNICODE));
	if (r < 0.75) return pick(RAW);
	if (r < 0.9) return encodeURIComponent(pick(WRONG));
	return Math.floor(rand() * 1e9).toString(36);
}

/** `count` query strings (with the leading "?"); every `hugeEvery`-th carries a 100 kB value. */
function queries(
	seed: number,
	count: number,
	options: { params?: [number, number]; hugeEvery?: number } = {}
): string[] {
	const rand = prng(seed);
	const pick: Pick = (xs) => xs[Math.floor(rand() * xs.length)]!;
	const [min, max] = options.params ?? [1, 4];
	const out: string[] = [];
	for (let i = 0; i < count; i++) {
		const n = min + Math.floor(rand() * (max - min + 1));
		const parts: string[] = [];
		const huge = options.hugeEvery ? i % options.hugeEvery === options.hugeEvery - 1 : false;
		for (let j = 0; j < n; j++) {
			const r = rand();
			const key = r < 0.7 ? pick(KNOWN) : r < 0.85 ? pick(ODD_KEYS) : Math.floor(rand() * 1e6).toString(36);
			const encodedKey = key.includes('%') ? key : encodeURIComponent(key);
			parts.push(`${encodedKey}=${value(pick, rand, key, huge && j === 0)}`);
			// A repeated key: the first value wins (URLSearchParams.get), the second must not matter.
			if (rand() < 0.25) parts.push(`${encodedKey}=${value(pick, rand, key, false)}`);
		}
		// Now and then a bare key, an empty pair or a stray separator.
		if (rand() < 0.15) parts.push(pick(['scope', 'focus', '', '&', '=', 'theme']));
		out.push('?' + parts.join('&'));
	}
	return out;
}

/** `count` hashes (with the leading "#"): never a step id, some with a text fragment. */
function hashes(seed: number, count: number): string[] {
	const rand = prng(seed);
	const pick: Pick = (xs) => xs[Math.floor(rand() * xs.length)]!;
	const out: string[] = [];
	for (let i = 0; i < count; i++) {
		const r = rand();
		let h: string;
		if (i === 0) h = encodeURIComponent(HUGE[0]!);
		else if (r < 0.2) h = encodeURIComponent(pick(SCRIPTY));
		else if (r < 0.35)
			h = pick(SCRIPTY); // as the reader might paste it, unencoded
		else if (r < 0.5) h = encodeURIComponent(pick(UNICODE));
		else if (r < 0.65) h = pick(RAW);
		else if (r < 0.8)
			h = `:~:text=${pick([encodeURIComponent(pick(UNICODE)), pick(RAW), encodeURIComponent(pick(SCRIPTY)), 'nothing-matches-this', 'start,end', '-,prefix-,text,-suffix'])}`;
		else if (r < 0.9)
			h = `${pick(['rise-2019-x', 'no-such-step', 'term-nope', 'sec-', 'step-99', ''])}${pick(['', ':~:text=x', '?x=1', '#', '%00'])}`;
		else h = encodeURIComponent(pick(WRONG));
		out.push('#' + h);
	}
	return out;
}

// ---------------------------------------------------------------------------------------------
// Looking at the page: one round trip per variant
// ---------------------------------------------------------------------------------------------

type Kind = 'story' | 'embed' | '404';

interface Seen {
	y: number;
	active: string[];
	hash: string;
	/** Story: the headline; embed: the chart's svg on show; 404: its heading and a link home. */
	shown: boolean;
	bg: string;
	theme: string | null;
	centre: string | null;
	scope: string | null;
	injected: { imgX: number; handlers: string[]; scripts: number; iframes: number; jsLinks: number; global: string };
}
const CLEAN: Seen['injected'] = { imgX: 0, handlers: [], scripts: 0, iframes: 0, jsLinks: 0, global: 'undefined' };

/** What the checks need, in one round trip; sets `hash` first (when given) and lets the page take it. */
function look(page: Page, kind: Kind, hash: string | null = null): Promise<Seen> {
	return page.evaluate(
		async ({ pwned, kind, hash }) => {
			if (hash !== null) {
				// From the top, so that where the hash takes the page is the hash's doing.
				if (window.scrollY !== 0) window.scrollTo({ top: 0, behavior: 'instant' });
				await new Promise<void>((resolve) => {
					const done = () => requestAnimationFrame(() => resolve());
					const timer = setTimeout(done, 50);
					window.addEventListener('hashchange', () => (clearTimeout(timer), done()), { once: true });
					location.hash = hash;
				});
				// A text fragment's search (and its scroll) ends a little later: let it land within its own variant.
				if (hash.includes(':~:')) await new Promise((r) => setTimeout(r, 300));
			}
			const visible = (el: Element | null) =>
				!!el && el.getBoundingClientRect().height > 0 && getComputedStyle(el).visibility !== 'hidden';
			const shown =
				kind === 'story'
					? visible(document.querySelector('[data-testid="headline"]'))
					: kind === 'embed'
						? // The waterfall carries a drawing per range of widths: the one on show.
							[...document.querySelectorAll('[data-testid="embed"] figure svg')].some(visible)
						: visible(document.querySelector('h1')) && !!document.querySelector('a[href="/"]');
			let raw = location.hash.slice(1);
			try {
				raw = decodeURIComponent(raw);
			} catch {
				// a malformed escape: compared as it is
			}
			const checked = document.querySelector<HTMLInputElement>('#waterfall-chart input:checked');
			return {
				y: window.scrollY,
				active: [...document.querySelectorAll('.step.active')].map((e) => e.id),
				hash: raw,
				shown,
				bg: getComputedStyle(document.body).backgroundColor,
				theme: document.documentElement.getAttribute('data-theme'),
				centre: document.querySelector('#sunburst-chart path.is-centre')?.getAttribute('data-node') ?? null,
				scope: checked?.value ?? null,
				injected: {
					imgX: document.querySelectorAll('img[src="x"]').length,
					handlers: [...document.querySelectorAll('*')]
						.filter((e) => [...e.attributes].some((a) => /^on/i.test(a.name)))
						.map((e) => e.outerHTML.slice(0, 80)),
					scripts: [...document.scripts].filter((s) => (s.textContent ?? '').includes(pwned)).length,
					iframes: document.querySelectorAll('iframe').length,
					jsLinks: [...document.querySelectorAll('a[href]')].filter((a) =>
						/^\s*(javascript|data):/i.test(a.getAttribute('href') ?? '')
					).length,
					global: typeof (window as unknown as Record<string, unknown>)[pwned]
				}
			};
		},
		{ pwned: PWNED, kind, hash }
	);
}

const LIGHT_BG = 'rgb(253, 252, 250)';
const DARK_BG = 'rgb(20, 21, 23)';

/** The value of a key's first occurrence, as the pages read it (URLSearchParams.get). */
const first = (query: string, key: string) => new URLSearchParams(query).get(key);
const knownNode = (id: string | undefined) => !!id && functional.some((r) => r.id === id);

/** What is wrong with what the page shows (empty when nothing). `query` is the URL's, if any. */
function judge(kind: Kind, seen: Seen, stepIds: ReadonlySet<string>, query: string | null, hash = ''): string[] {
	const wrong: string[] = [];
	if (JSON.stringify(seen.injected) !== JSON.stringify(CLEAN)) wrong.push(`injected ${JSON.stringify(seen.injected)}`);
	if (!seen.shown)
		wrong.push(
			kind === 'story' ? 'headline not visible' : kind === 'embed' ? 'chart not drawn' : 'no heading or no link home'
		);
	if (kind === '404') return wrong;
	if (kind === 'story') {
		// At the top or on one step, the hash then naming no other step. A text fragment (`:~:text=`)
		// may scroll to its text, wherever that is: the browser's doing, and what the reader asked for.
		if (seen.y > 1 && seen.active.length !== 1 && !hash.includes(':~:'))
			wrong.push(`scrolled to ${seen.y} with active steps ${JSON.stringify(seen.active)}`);
		if (seen.active.length === 1 && stepIds.has(seen.hash) && seen.hash !== seen.active[0])
			wrong.push(`hash #${seen.hash} names another step than the active ${seen.active[0]}`);
	} else {
		if (seen.bg !== LIGHT_BG && seen.bg !== DARK_BG) wrong.push(`background ${seen.bg}`);
	}
	if (query === null) return wrong;
	const focus = first(query, 'focus')?.trim();
	const wantCentre = seen.centre === null ? null : knownNode(focus) ? focus : 'total';
	if (seen.centre !== wantCentre) wrong.push(`sunburst centre ${seen.centre}, expected ${wantCentre}`);
	const scope = first(query, 'scope');
	const wantScope = seen.scope === null ? null : VALID.scope!.includes(scope ?? '') ? scope : 'all';
	if (seen.scope !== wantScope) wrong.push(`waterfall scope ${seen.scope}, expected ${wantScope}`);
	if (kind === 'embed') {
		const theme = first(query, 'theme');
		const want = theme === 'light' || theme === 'dark' ? theme : null;
		if (seen.theme !== want) wrong.push(`data-theme ${seen.theme}, expected ${want}`);
	}
	return wrong;
}

const short = (s: string) => (s.length > 160 ? `${s.slice(0, 150)}… (${s.length} chars)` : s);

/** Failures by variant, with the console and page errors recorded while it was tried. */
class Ledger {
	readonly failures: string[] = [];
	private seen = { console: 0, page: 0 };
	constructor(private problems: PageProblems) {}
	record(variant: string, wrong: string[]) {
		const { consoleErrors, pageErrors } = this.problems;
		for (const w of wrong) this.failures.push(`${short(variant)}: ${w}`);
		for (const e of consoleErrors.slice(this.seen.console))
			this.failures.push(`${short(variant)}: console: ${e.slice(0, 300)}`);
		for (const e of pageErrors.slice(this.seen.page))
			this.failures.push(`${short(variant)}: uncaught: ${e.slice(0, 300)}`);
		this.seen = { console: consoleErrors.length, page: pageErrors.length };
	}
}

/**
 * Serves a URL too long for `vite preview` (Node refuses request heads over 16 kB) as a host that
 * takes long URLs would: the page of the same path. The page still reads the whole query.
 */
async function acceptLongUrls(page: Page) {
	await page.route(
		(url) => url.href.length > 8_000,
		async (route) => {
			const url = new URL(route.request().url());
			url.search = '';
			url.hash = '';
			await route.fulfill({ response: await route.fetch({ url: url.href }) });
		}
	);
}

/**
 * Waits until the page is live: the story hydrated (a glossary term became a button, Term.svelte)
 * and scrollama wired; an embed or the 404 page loaded (an embed's chart code waits for the
 * reader's first touch unless the URL asks for a state: see liveIfAsked).
 */
async function ready(page: Page, kind: Kind) {
	if (kind !== 'story') return void (await page.waitForLoadState('load'));
	await expect(page.locator('.term[role="button"]').first()).toBeAttached({ timeout: 20_000 });
	await expect(page.locator('[data-step-index]').last()).toHaveAttribute('data-scrollama-index', /^\d+$/, {
		timeout: 20_000
	});
}

/** Where the query asks for a zoom or a scope other than the default, waits for that chart's code to take over. */
async function liveIfAsked(page: Page, query: string) {
	const focus = first(query, 'focus')?.trim();
	const scope = first(query, 'scope');
	const asked = [
		knownNode(focus) && focus !== 'total' ? ('sunburst-figure' as const) : null,
		VALID.scope!.includes(scope ?? '') && scope !== 'all' ? ('waterfall-figure' as const) : null
	];
	for (const name of asked)
		if (name && (await page.locator(`[data-island="${name}"]`).count())) await islandReady(page, name);
}

interface Plan {
	kind: Kind;
	/** Paths the query strings go to, in turn. */
	paths: string[];
	queries: string[];
	hashes: string[];
	/** How many of the hashes are also reloaded. */
	reloads: number;
	allowStatus?: string[];
}

async function run(page: Page, label: string, plan: Plan) {
	const problems = watchPage(page, { allowStatus: plan.allowStatus });
	const ledger = new Ledger(problems);
	await acceptLongUrls(page);
	const stepIds = new Set<string>();
	const { kind } = plan;
	for (const [i, q] of plan.queries.entries()) {
		const path = plan.paths[i % plan.paths.length]!;
		await page.goto(path + q, { waitUntil: 'domcontentloaded' });
		await ready(page, kind);
		await liveIfAsked(page, q);
		if (kind === 'story' && !stepIds.size)
			for (const id of await page.locator('[data-step-index]').evaluateAll((els) => els.map((e) => e.id)))
				stepIds.add(id);
		ledger.record(path + q, judge(kind, await look(page, kind), stepIds, q));
	}
	// Hashes: one page, each set in it (a same-document navigation), then a few reloaded (the story reads the hash on mount).
	await page.goto(plan.paths[0]!, { waitUntil: 'domcontentloaded' });
	await ready(page, kind);
	for (const h of plan.hashes) ledger.record(`hash ${h}`, judge(kind, await look(page, kind, h), stepIds, null, h));
	const reloaded = plan.hashes.filter((h) => h.length < 2_000).slice(0, plan.reloads);
	for (const h of reloaded) {
		await look(page, kind, h);
		await page.reload({ waitUntil: 'domcontentloaded' });
		await ready(page, kind);
		ledger.record(`reload with hash ${h}`, judge(kind, await look(page, kind), stepIds, null, h));
	}
	const total = plan.queries.length + plan.hashes.length;
	console.log(
		`hostile ${label}: ${total} variants (${plan.queries.length} query strings, ${plan.hashes.length} hashes, ` +
			`${reloaded.length} of them also reloaded), ${ledger.failures.length} failures`
	);
	test.info().annotations.push({ type: 'variants', description: String(total) });
	expect(ledger.failures, `${label}: what went wrong, by variant`).toEqual([]);
}

// Counts: 2 × (4 + 80) + 6 × (10 + 40) + (8 + 40) + 12 = 528 variants.
const ROUTES: { label: string; plan: () => Plan }[] = [
	...['/', '/en/'].map((path, n) => ({
		label: `story ${path}`,
		// Few navigations, many parameters each (a 100 kB value in the last).
		plan: (): Plan => ({
			kind: 'story',
			paths: [path],
			queries: queries(1000 + n, 4, { params: [6, 10], hugeEvery: 4 }),
			hashes: hashes(2000 + n, 80),
			reloads: 2
		})
	})),
	...['', '/en']
		.flatMap((prefix) => ['sunburst', 'waterfall', 'three-public'].map((chart) => `${prefix}/embed/${chart}/`))
		.map((path, n) => ({
			label: `embed ${path}`,
			plan: (): Plan => ({
				kind: 'embed',
				paths: [path],
				queries: queries(3000 + n, 10, { hugeEvery: 10 }),
				hashes: hashes(4000 + n, 40),
				reloads: 1
			})
		})),
	{
		label: '404 (/404.html and a missing path)',
		plan: (): Plan => ({
			kind: '404',
			paths: ['/404.html', '/no/such/page/'],
			queries: queries(6000, 8, { hugeEvery: 8 }),
			hashes: hashes(7000, 40),
			reloads: 2,
			allowStatus: ['/no/such/page/']
		})
	}
];

for (const { label, plan } of ROUTES) {
	test(`${label}: hostile query strings and hashes`, async ({ page }) => {
		// Generous: the machine is shared; a clean run takes a fraction of it.
		test.setTimeout(180_000);
		await run(page, label, plan());
	});
}

test('embeds in a frame echo only safe ids in their height messages, whatever childId and id say', async ({
	page,
	baseURL
}) => {
	test.setTimeout(120_000);
	const problems = watchPage(page);
	const ledger = new Ledger(problems);
	const origin = new URL(baseURL!).origin;
	const qs = queries(5000, 12, { params: [2, 4] }).map(
		(q, i) => `${q}&${i % 2 ? 'childId' : 'id'}=${encodeURIComponent(SCRIPTY[i % SCRIPTY.length]!)}`
	);
	// A host page on the embeds' origin (served by the test, not by the site) with one frame per query.
	const frames = qs
		.map(
			(q, i) =>
				`<iframe title="f${i}" src="/embed/${i % 2 ? 'waterfall' : 'three-public'}/${q.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}" width="400" height="100"></iframe>`
		)
		.join('');
	await page.route(`${origin}/__hostile-host`, (route) =>
		route.fulfill({
			contentType: 'text/html; charset=utf-8',
			body:
				`<!doctype html><html lang="en"><head><title>host</title><link rel="icon" href="data:,">` +
				`<script>window.got=[];addEventListener('message',(e)=>got.push(e.data))</script></head>` +
				`<body>${frames}</body></html>`
		})
	);
	await page.goto(`${origin}/__hostile-host`);
	const got = () => page.evaluate(() => (window as unknown as { got: unknown[] }).got);
	await expect
		.poll(async () => (await got()).filter((m) => typeof m === 'string').length, { timeout: 60_000 })
		.toBeGreaterThanOrEqual(qs.length);
	const wrong: string[] = [];
	for (const m of await got()) {
		if (typeof m === 'string') {
			if (!/^pymxPYMx[A-Za-z0-9_:.-]{1,80}xPYMxheightxPYMx\d+$/.test(m)) wrong.push(`pym message ${m}`);
		} else if (m && typeof m === 'object' && 'datawrapper-height' in m) {
			for (const k of Object.keys((m as Record<string, object>)['datawrapper-height']!))
				if (!/^[A-Za-z0-9_:.-]{1,80}$/.test(k)) wrong.push(`datawrapper id ${k}`);
		}
	}
	for (const f of page.frames().slice(1)) {
		const inj = await f.evaluate(
			(pwned) => ({
				imgX: document.querySelectorAll('img[src="x"]').length,
				global: typeof (window as unknown as Record<string, unknown>)[pwned]
			}),
			PWNED
		);
		if (inj.imgX || inj.global !== 'undefined') wrong.push(`${f.url()}: injected ${JSON.stringify(inj)}`);
	}
	ledger.record('frames', wrong);
	console.log(
		`hostile framed embeds: ${qs.length} variants (query strings with hostile childId / id), ${ledger.failures.length} failures`
	);
	expect(ledger.failures).toEqual([]);
});
