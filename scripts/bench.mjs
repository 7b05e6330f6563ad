#!/usr/bin/env node
// `npm run bench`: first-view transfer sizes and Lighthouse (mobile, simulated throttling) per route.
//
//   node scripts/bench.mjs                 all routes, 3 Lighthouse runs each
//   node scripts/bench.mjs --runs=1        quicker, noisier
//   node scripts/bench.mjs --route=/en/    only this route (repeatable)
//   node scripts/bench.mjs --no-lighthouse transfer sizes only
//   node scripts/bench.mjs --build         rebuild first even when build/ exists
//
// Builds when build/ is missing, serves the build with `vite preview` on 127.0.0.1:4180 (stopped
// by PID at the end, also on error), prints a Markdown table and writes bench-results/latest.json.
// Budgets are informational: the exit code is 0 whenever the measurements themselves ran.
// BUILD_DIR and KIT_OUT_DIR (see svelte.config.js) and BENCH_PORT let a second copy run beside it.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BUILD = resolve(ROOT, process.env.BUILD_DIR ?? 'build');
const KIT_OUT = resolve(ROOT, process.env.KIT_OUT_DIR ?? '.svelte-kit');
const PORT = Number(process.env.BENCH_PORT ?? 4180);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
const CHROME_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

/**
 * Routes to measure. `story: true` routes get the story's first-view JS budget. Any other
 * build/**\/index.html page is added automatically (as a non-story route); embed pages
 * (`/embed/…`, `/en/embed/…`) get the embed budget.
 * @type {{ path: string, story: boolean }[]}
 */
const ROUTES = [
	{ path: '/', story: true },
	{ path: '/en/', story: true }
];
const isEmbed = (path) => /^\/(en\/)?embed\//.test(path);

const BUDGET = { storyJsKb: 65, embedJsKb: 45, perf: 95, a11y: 100, bp: 100, seo: 100, cls: 0.01 };

// ── options ──────────────────────────────────────────────────────────────────
const args = process.argv.slice(2);
const opt = (name) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const RUNS = Math.max(1, Number(opt('runs') ?? 3) || 3);
const NO_LH = args.includes('--no-lighthouse');
const FORCE_BUILD = args.includes('--build');
const ONLY = args.filter((a) => a.startsWith('--route=')).map((a) => a.slice('--route='.length));

// ── helpers ──────────────────────────────────────────────────────────────────
const kb = (bytes) => (bytes / 1024).toFixed(1);
const median = (xs) => {
	const v = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
	if (v.length === 0) return null;
	const m = Math.floor(v.length / 2);
	return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
};
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function discoverRoutes() {
	/** @type {string[]} */
	const found = [];
	const walk = (dir) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const full = join(dir, entry.name);
			if (entry.isDirectory()) {
				if (entry.name !== '_app') walk(full);
			} else if (entry.name === 'index.html') {
				const rel = relative(BUILD, dir).split(sep).filter(Boolean).join('/');
				found.push(rel ? `/${rel}/` : '/');
			}
		}
	};
	if (existsSync(BUILD)) walk(BUILD);
	return found.filter((p) => !/^\/404\/?$/.test(p)).sort();
}

/** @param {import('node:child_process').ChildProcess | undefined} child */
function stopServer(child) {
	if (child && child.exitCode === null && child.pid) {
		try {
			process.kill(child.pid, 'SIGTERM');
		} catch {
			/* already gone */
		}
	}
}

async function startServer() {
	const child = spawn(
		process.execPath,
		['node_modules/vite/bin/vite.js', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
		{ cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] }
	);
	let log = '';
	child.stdout.on('data', (d) => (log += d));
	child.stderr.on('data', (d) => (log += d));
	const deadline = Date.now() + 30_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`vite preview exited ${child.exitCode}:\n${log}`);
		try {
			const res = await fetch(`${ORIGIN}/`);
			if (res.ok) return child;
		} catch {
			/* not up yet */
		}
		await sleep(250);
	}
	stopServer(child);
	throw new Error(`vite preview did not answer on ${ORIGIN} within 30 s:\n${log}`);
}

/** @param {string} contentType @param {string} resourceType @param {string} url */
function classify(contentType, resourceType, url) {
	const ct = contentType.toLowerCase();
	const path = new URL(url).pathname;
	if (ct.includes('javascript') || resourceType === 'script' || /\.m?js$/.test(path)) return 'js';
	if (ct.includes('text/css') || resourceType === 'stylesheet' || path.endsWith('.css')) return 'css';
	if (ct.includes('text/html') || resourceType === 'document') return 'html';
	return 'other';
}

/** First-view transfer of one route: every same-origin response until network idle, gzip -9. */
async function measureTransfer(browser, route) {
	const context = await browser.newContext({ viewport: { width: 375, height: 812 } });
	const page = await context.newPage();
	/** @type {Promise<any>[]} */
	const pending = [];
	page.on('response', (res) => {
		const url = res.url();
		if (!url.startsWith(ORIGIN)) return;
		pending.push(
			(async () => {
				const body = await res.body().catch(() => Buffer.alloc(0));
				const type = classify(res.headers()['content-type'] ?? '', res.request().resourceType(), url);
				return {
					url: url.slice(ORIGIN.length),
					status: res.status(),
					type,
					raw: body.length,
					gzip: body.length ? gzipSync(body, { level: 9 }).length : 0
				};
			})()
		);
	});
	await page.goto(ORIGIN + route, { waitUntil: 'networkidle' });
	const requests = await Promise.all(pending);
	await context.close();
	const sum = { js: 0, css: 0, html: 0, other: 0, total: 0 };
	for (const r of requests) {
		sum[r.type] += r.gzip;
		sum.total += r.gzip;
	}
	return { bytes: sum, requests };
}

/**
 * Long tasks while a reader scrolls the whole story, step by step, on a phone-sized screen:
 * each step brought to the trigger line in turn (the stage redraws, islands load), then a pause.
 * Unthrottled CPU on this machine; `PerformanceObserver('longtask')` in the page.
 */
async function measureScroll(browser, route) {
	const context = await browser.newContext({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
	const page = await context.newPage();
	await page.addInitScript(() => {
		const w = /** @type {any} */ (window);
		w.__longTasks = [];
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
		}).observe({ type: 'longtask', buffered: true });
	});
	await page.goto(ORIGIN + route, { waitUntil: 'networkidle' });
	await page.waitForTimeout(1000);
	const from = await page.evaluate(() => performance.now());
	const ids = await page.$$eval('[data-step-index]', (els) => els.map((e) => e.id));
	for (const id of ids) {
		await page.evaluate((id) => {
			const el = document.getElementById(id);
			if (el)
				window.scrollTo({
					top: el.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.5,
					behavior: 'instant'
				});
		}, id);
		await page.waitForTimeout(400);
	}
	const tasks = await page.evaluate(
		(from) => /** @type {any} */ (window).__longTasks.filter((t) => t.start >= from),
		from
	);
	await context.close();
	return { steps: ids.length, count: tasks.length, maxMs: tasks.reduce((m, t) => Math.max(m, t.duration), 0), tasks };
}

/** One Lighthouse CLI run with the flags from shared/TOOLCHAIN.md. */
function lighthouseOnce(route, dir, i) {
	const out = join(dir, `lh-${route.replace(/\W+/g, '_')}-${i}.json`);
	const r = spawnSync(
		process.execPath,
		[
			join(ROOT, 'node_modules/lighthouse/cli/index.js'),
			ORIGIN + route,
			'--quiet',
			'--output=json',
			`--output-path=${out}`,
			'--form-factor=mobile',
			'--screenEmulation.mobile=true',
			'--throttling-method=simulate',
			'--only-categories=performance,accessibility,best-practices,seo',
			`--chrome-flags=--headless=new ${CHROME_ARGS.join(' ')}`
		],
		{ cwd: ROOT, env: { ...process.env, CHROME_PATH: CHROME }, encoding: 'utf8', timeout: 180_000 }
	);
	if (r.status !== 0 || !existsSync(out)) {
		const why = (r.stderr || r.error?.message || `exit ${r.status}`).trim().split('\n').slice(-3).join(' ');
		return { error: why };
	}
	const lhr = JSON.parse(readFileSync(out, 'utf8'));
	const score = (c) => (lhr.categories?.[c]?.score == null ? null : Math.round(lhr.categories[c].score * 100));
	const num = (a) => lhr.audits?.[a]?.numericValue ?? null;
	const failing = (cat) =>
		(lhr.categories?.[cat]?.auditRefs ?? [])
			.filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score !== null && lhr.audits[ref.id]?.score < 1)
			.map((ref) => ref.id);
	return {
		performance: score('performance'),
		accessibility: score('accessibility'),
		bestPractices: score('best-practices'),
		seo: score('seo'),
		lcp: num('largest-contentful-paint'),
		tbt: num('total-blocking-time'),
		cls: num('cumulative-layout-shift'),
		fcp: num('first-contentful-paint'),
		runtimeError: lhr.runtimeError?.code ?? null,
		failingAudits: {
			accessibility: failing('accessibility'),
			bestPractices: failing('best-practices'),
			seo: failing('seo')
		}
	};
}

// ── main ─────────────────────────────────────────────────────────────────────
/** @type {import('node:child_process').ChildProcess | undefined} */
let server;
const onSignal = (sig) => {
	stopServer(server);
	process.exit(sig === 'SIGINT' ? 130 : 143);
};
process.on('SIGINT', onSignal);
process.on('SIGTERM', onSignal);

async function main() {
	// `vite preview` serves Kit's .svelte-kit/output, which `svelte-kit sync` can wipe: need both.
	if (
		FORCE_BUILD ||
		!existsSync(join(BUILD, 'index.html')) ||
		!existsSync(join(KIT_OUT, 'output/server/manifest.js'))
	) {
		console.log(FORCE_BUILD ? '▶ npx vite build' : '▶ build missing: npx vite build');
		const b = spawnSync('npx', ['vite', 'build'], { cwd: ROOT, stdio: 'inherit' });
		if (b.status !== 0) throw new Error(`vite build exited ${b.status}`);
	}

	const routes = [...ROUTES];
	for (const p of discoverRoutes()) if (!routes.some((r) => r.path === p)) routes.push({ path: p, story: false });
	const selected = ONLY.length ? routes.filter((r) => ONLY.includes(r.path)) : routes;
	if (selected.length === 0) throw new Error(`no route matches ${ONLY.join(', ')}`);

	console.log(`▶ vite preview on ${ORIGIN}`);
	server = await startServer();

	const chromeVersion = spawnSync(CHROME, ['--version'], { encoding: 'utf8' }).stdout?.trim() ?? null;
	const results = [];

	// (a) transfer sizes
	const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_ARGS, headless: true });
	try {
		for (const route of selected) {
			const t = await measureTransfer(browser, route.path);
			results.push({ route: route.path, story: route.story, transfer: t, lighthouse: null });
			console.log(`\n▶ first view ${route.path} (gzip -9, kB)`);
			console.log('| type | kB | requests |\n| --- | ---: | ---: |');
			for (const type of ['js', 'css', 'html', 'other']) {
				const n = t.requests.filter((r) => r.type === type).length;
				console.log(`| ${type.toUpperCase()} | ${kb(t.bytes[type])} | ${n} |`);
			}
			console.log(`| total | ${kb(t.bytes.total)} | ${t.requests.length} |`);
			if (route.story) {
				const scroll = await measureScroll(browser, route.path);
				results[results.length - 1].scroll = scroll;
				console.log(
					`▶ scrolling ${route.path} through ${scroll.steps} steps: ${scroll.count} long tasks` +
						(scroll.count ? ` (longest ${Math.round(scroll.maxMs)} ms)` : '')
				);
			}
			const bad = t.requests.filter((r) => r.status >= 400);
			if (bad.length) {
				console.log(`  ! INVALID: ${bad.length} HTTP errors: ${bad.map((r) => `${r.status} ${r.url}`).join(', ')}`);
				console.log('  ! (a build made for another BASE_PATH? rerun with --build)');
			}
		}
	} finally {
		await browser.close();
	}

	// (b) Lighthouse
	if (!NO_LH) {
		const dir = mkdtempSync(join(tmpdir(), 'bench-lh-'));
		try {
			for (const res of results) {
				const runs = [];
				for (let i = 1; i <= RUNS; i++) {
					process.stdout.write(`▶ lighthouse ${res.route} run ${i}/${RUNS} … `);
					const t0 = Date.now();
					const run = lighthouseOnce(res.route, dir, i);
					runs.push(run);
					console.log(
						run.error
							? `error: ${run.error}`
							: `perf ${run.performance} a11y ${run.accessibility} bp ${run.bestPractices} seo ${run.seo} ` +
									`LCP ${Math.round(run.lcp)} ms TBT ${Math.round(run.tbt)} ms CLS ${run.cls?.toFixed(3)} ` +
									`(${((Date.now() - t0) / 1000).toFixed(0)} s)`
					);
				}
				const ok = runs.filter((r) => !r.error);
				const med = (k) => median(ok.map((r) => r[k]));
				res.lighthouse = {
					runs,
					median: ok.length
						? {
								performance: med('performance'),
								accessibility: med('accessibility'),
								bestPractices: med('bestPractices'),
								seo: med('seo'),
								lcp: med('lcp'),
								tbt: med('tbt'),
								cls: med('cls')
							}
						: null
				};
			}
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	}

	// ── report ────────────────────────────────────────────────────────────────
	const fmt = (v, d = 0) => (v == null ? '—' : Number(v).toFixed(d));
	const lines = [];
	lines.push(
		'| route | JS kB | CSS kB | HTML kB | other kB | total kB | perf | a11y | bp | seo | LCP ms | TBT ms | CLS |'
	);
	lines.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
	for (const r of results) {
		const b = r.transfer.bytes;
		const m = r.lighthouse?.median;
		lines.push(
			`| ${r.route} | ${kb(b.js)} | ${kb(b.css)} | ${kb(b.html)} | ${kb(b.other)} | ${kb(b.total)} | ` +
				`${fmt(m?.performance)} | ${fmt(m?.accessibility)} | ${fmt(m?.bestPractices)} | ${fmt(m?.seo)} | ` +
				`${fmt(m?.lcp)} | ${fmt(m?.tbt)} | ${fmt(m?.cls, 3)} |`
		);
	}

	/** @type {{ route: string, budget: string, value: string, pass: boolean | null }[]} */
	const budgets = [];
	for (const r of results) {
		const errors = r.transfer.requests.filter((q) => q.status >= 400).length;
		r.valid = errors === 0;
		if (errors) {
			budgets.push({
				route: r.route,
				budget: 'first view loads without HTTP errors',
				value: `${errors} errors`,
				pass: false
			});
		}
		if (r.scroll) {
			budgets.push({
				route: r.route,
				budget: 'no long task over 50 ms while scrolling through every step',
				value: r.scroll.count ? `${r.scroll.count} long tasks, longest ${Math.round(r.scroll.maxMs)} ms` : 'none',
				pass: r.scroll.count === 0
			});
		}
		if (r.story) {
			const js = r.transfer.bytes.js / 1024;
			budgets.push({
				route: r.route,
				budget: `first-view JS ≤ ${BUDGET.storyJsKb} kB gzip`,
				value: `${js.toFixed(1)} kB`,
				pass: js <= BUDGET.storyJsKb
			});
		}
		if (isEmbed(r.route)) {
			const js = r.transfer.bytes.js / 1024;
			budgets.push({
				route: r.route,
				budget: `embed first-view JS ≤ ${BUDGET.embedJsKb} kB gzip`,
				value: `${js.toFixed(1)} kB`,
				pass: js <= BUDGET.embedJsKb
			});
		}
		if (NO_LH) continue;
		const m = r.lighthouse?.median;
		const check = (label, v, pass) =>
			budgets.push({
				route: r.route,
				budget: label,
				value: v == null ? 'n/a' : String(v),
				pass: v == null ? null : pass(v)
			});
		check(`Lighthouse performance ≥ ${BUDGET.perf}`, m?.performance, (v) => v >= BUDGET.perf);
		check('Lighthouse accessibility = 100', m?.accessibility, (v) => v >= BUDGET.a11y);
		check('Lighthouse best-practices = 100', m?.bestPractices, (v) => v >= BUDGET.bp);
		// An embed is noindex by design, which Lighthouse's SEO category counts against it.
		if (!isEmbed(r.route)) check('Lighthouse SEO = 100', m?.seo, (v) => v >= BUDGET.seo);
		check(`CLS ≤ ${BUDGET.cls}`, m?.cls == null ? null : Number(m.cls.toFixed(4)), (v) => v <= BUDGET.cls);
	}

	console.log(
		`\n## Bench ${new Date().toISOString()} (${chromeVersion ?? 'chromium'}, Lighthouse mobile, simulated throttling, median of ${RUNS})\n`
	);
	console.log(lines.join('\n'));
	console.log('\n### Budgets (informational)\n');
	for (const b of budgets) {
		console.log(`${b.pass === null ? 'N/A ' : b.pass ? 'PASS' : 'FAIL'}  ${b.route}  ${b.budget}: ${b.value}`);
	}
	const failingAudits = results.flatMap((r) =>
		(r.lighthouse?.runs ?? []).slice(0, 1).flatMap((run) =>
			run.failingAudits
				? Object.entries(run.failingAudits)
						.filter(([, ids]) => ids.length)
						.map(([cat, ids]) => `${r.route} ${cat}: ${ids.join(', ')}`)
				: []
		)
	);
	if (failingAudits.length) {
		console.log('\nFailing scored audits (first run):');
		for (const f of failingAudits) console.log(`  ${f}`);
	}

	const outDir = join(ROOT, 'bench-results');
	mkdirSync(outDir, { recursive: true });
	const json = {
		date: new Date().toISOString(),
		node: process.version,
		chrome: chromeVersion,
		origin: ORIGIN,
		lighthouseRuns: NO_LH ? 0 : RUNS,
		gzip: 'node:zlib gzipSync level 9 of each same-origin response body, first view until network idle, 375x812',
		routes: results,
		budgets,
		markdown: lines.join('\n')
	};
	writeFileSync(join(outDir, 'latest.json'), JSON.stringify(json, null, 2) + '\n');
	console.log(`\nwrote ${relative(ROOT, join(outDir, 'latest.json'))}`);
}

main()
	.then(() => {
		stopServer(server);
		process.exit(0);
	})
	.catch((err) => {
		stopServer(server);
		console.error(`bench: FAILED — ${err instanceof Error ? err.message : err}`);
		process.exit(1);
	});
