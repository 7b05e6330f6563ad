#!/usr/bin/env node
// `npm test`: the one entry point for every test tier, locally and in CI (.ci/run).
//
//   node scripts/test.mjs                 lint -> check -> unit -> build -> build-output -> e2e
//   node scripts/test.mjs --e2e-only      build -> e2e            (npm run test:e2e)
//   node scripts/test.mjs --e2e-only --no-build                   e2e against the existing build/
//   node scripts/test.mjs -- --project=phone   arguments after `--` go to `playwright test`
//
// Stops at the first failing tier with a non-zero exit code and a one-line reason.
// Plain Node ESM, no dependencies.

import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

const started = Date.now();
const argv = process.argv.slice(2);
const dashdash = argv.indexOf('--');
const ownArgs = dashdash === -1 ? argv : argv.slice(0, dashdash);
const playwrightArgs = dashdash === -1 ? [] : argv.slice(dashdash + 1);

const known = new Set(['--e2e-only', '--no-build', '--help', '-h']);
for (const a of ownArgs) {
	if (!known.has(a)) fail(`unknown option ${a} (known: ${[...known].join(', ')}; put playwright options after --)`);
}
if (ownArgs.includes('--help') || ownArgs.includes('-h')) {
	console.log('usage: node scripts/test.mjs [--e2e-only] [--no-build] [-- <playwright test args>]');
	process.exit(0);
}
const e2eOnly = ownArgs.includes('--e2e-only');
const noBuild = ownArgs.includes('--no-build');

/** @param {string} reason */
function fail(reason, code = 1) {
	console.error(`npm test: FAILED — ${reason}`);
	process.exit(code || 1);
}

/** @param {string} file */
function isExecutable(file) {
	try {
		accessSync(file, constants.X_OK);
		return true;
	} catch {
		return false;
	}
}

/** @param {string} cmd */
function onPath(cmd) {
	return (process.env.PATH ?? '')
		.split(delimiter)
		.filter(Boolean)
		.some((dir) => isExecutable(join(dir, cmd)));
}

const CANDIDATES = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable'
];

function findChromium() {
	const fromEnv = process.env.CHROME_PATH;
	if (fromEnv && isExecutable(fromEnv)) return fromEnv;
	return CANDIDATES.find(isExecutable);
}

/**
 * @param {string} cmd
 * @param {string[]} args
 * @param {NodeJS.ProcessEnv} env
 */
function run(cmd, args, env) {
	const r = spawnSync(cmd, args, { stdio: 'inherit', env });
	if (r.error) return { ok: false, why: `could not start ${cmd}: ${r.error.message}` };
	if (r.signal) return { ok: false, why: `${cmd} ${args.join(' ')} killed by ${r.signal}`, code: 1 };
	if (r.status !== 0) return { ok: false, why: `${cmd} ${args.join(' ')} exited ${r.status}`, code: r.status ?? 1 };
	return { ok: true };
}

// ── Chromium ─────────────────────────────────────────────────────────────────
if (process.env.CHROME_PATH && !isExecutable(process.env.CHROME_PATH)) {
	console.warn(`npm test: CHROME_PATH=${process.env.CHROME_PATH} is not executable; looking elsewhere`);
}
let chrome = findChromium();
if (!chrome) {
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	if (isRoot && onPath('apt-get')) {
		console.log('▶ no Chromium found: apt-get install -y chromium fonts-noto-cjk');
		const aptEnv = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
		const upd = run('apt-get', ['update'], aptEnv);
		if (!upd.ok) fail(`no Chromium found and ${upd.why}`);
		const inst = run('apt-get', ['install', '-y', 'chromium', 'fonts-noto-cjk'], aptEnv);
		if (!inst.ok) fail(`no Chromium found and ${inst.why}`);
		chrome = findChromium();
	}
	if (!chrome) {
		console.error(
			'npm test: no Chromium found; set CHROME_PATH or install it (apt-get install chromium fonts-noto-cjk)'
		);
		process.exit(1);
	}
}
console.log(`npm test: using Chromium at ${chrome}`);
const env = { ...process.env, CHROME_PATH: chrome };

// ── Tiers ────────────────────────────────────────────────────────────────────
/** @type {{ name: string, label: string, cmd: string, args: string[], env?: Record<string, string> }[]} */
const tiers = [];
if (!e2eOnly) {
	// Prettier, ESLint and the layers of src/lib (dependency-cruiser): a second or two, so first.
	tiers.push({ name: 'lint', label: 'lint (prettier, eslint, layers)', cmd: 'npm', args: ['run', 'lint'] });
	tiers.push({ name: 'check', label: 'type check (svelte-check)', cmd: 'npm', args: ['run', 'check'] });
	tiers.push({ name: 'unit', label: 'unit tests (vitest)', cmd: 'npx', args: ['vitest', 'run'] });
}
if (!noBuild) {
	tiers.push({ name: 'build', label: 'build (vite build)', cmd: 'npx', args: ['vite', 'build'] });
	if (!e2eOnly) {
		// What a reader without JS gets: Vitest over the files the build wrote (tests/build).
		tiers.push({
			name: 'build-output',
			label: 'built site (vitest, tests/build)',
			cmd: 'npx',
			args: ['vitest', 'run'],
			env: { TEST_TIER: 'build' }
		});
	}
}
tiers.push({
	name: 'e2e',
	label: 'browser tests (playwright, phone + desktop)',
	cmd: 'npx',
	args: ['playwright', 'test', ...playwrightArgs]
});

/** @type {string[]} */
const timings = [];
tiers.forEach((tier, i) => {
	const n = `${i + 1}/${tiers.length}`;
	console.log(`\n▶ tier ${n}: ${tier.label}`);
	const t0 = Date.now();
	const r = run(tier.cmd, tier.args, { ...env, ...tier.env });
	const secs = ((Date.now() - t0) / 1000).toFixed(1);
	if (!r.ok) fail(`tier ${n} (${tier.name}) after ${secs} s: ${r.why}`, r.code ?? 1);
	timings.push(`${tier.name} ${secs} s`);
});

const total = ((Date.now() - started) / 1000).toFixed(1);
console.log(`\nnpm test: OK — ${tiers.length}/${tiers.length} tiers passed (${timings.join(', ')}) in ${total} s`);
