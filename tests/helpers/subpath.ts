/**
 * A second build of the site for a sub-path (BASE_PATH=/budget), beside build/: the build tier
 * checks its files (tests/build/prerender.test.ts), the browser tier serves it from a plain static
 * server (tests/e2e/subpath.spec.ts). Built once and reused while no source is newer.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The sub-path, and where its build goes (SUBPATH_BUILD_DIR, SUBPATH_KIT_OUT_DIR keep two runs apart). */
export const SUBPATH = {
	base: '/budget',
	dir: process.env.SUBPATH_BUILD_DIR ?? 'node_modules/.cache/build-subpath',
	kitDir: process.env.SUBPATH_KIT_OUT_DIR ?? 'node_modules/.cache/kit-subpath'
} as const;

/** What the build reads: a build older than any of these is stale. */
const INPUTS = ['src', 'data', 'static', 'svelte.config.js', 'vite.config.ts', 'package-lock.json'];

function newest(path: string): number {
	if (!existsSync(path)) return 0;
	const s = statSync(path);
	return s.isDirectory() ? Math.max(s.mtimeMs, ...readdirSync(path).map((f) => newest(join(path, f)))) : s.mtimeMs;
}

const fresh = () => {
	const marker = join(SUBPATH.dir, 'index.html');
	return existsSync(marker) && statSync(marker).mtimeMs > Math.max(...INPUTS.map(newest));
};

/**
 * The environment of a production build: without what a test runner sets (Vitest's NODE_ENV=test,
 * VITEST, which switch on the testing plugin's browser conditions and Svelte's dev mode).
 */
function buildEnv(): NodeJS.ProcessEnv {
	const env = { ...process.env };
	for (const key of Object.keys(env)) if (/^(VITEST|NODE_ENV$|TEST$|TEST_TIER$|MODE$)/.test(key)) delete env[key];
	return env;
}

const alive = (pid: number) => {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
};

/**
 * The directory of the sub-path build: reused when newer than every source, else built now
 * (vite build, some tens of seconds). Processes that ask at once (Playwright's workers) build it
 * once: the first takes a lock directory, the others wait for it. Throws with the build's output
 * when the build fails.
 */
export async function ensureSubpathBuild(): Promise<string> {
	const lock = `${SUBPATH.dir}.lock`;
	mkdirSync(join(lock, '..'), { recursive: true });
	for (const started = Date.now(); ;) {
		try {
			mkdirSync(lock);
			writeFileSync(join(lock, 'pid'), String(process.pid));
			break;
		} catch {
			// Held by another process: wait for it, unless it died holding the lock.
			const pid = Number(existsSync(join(lock, 'pid')) ? readFileSync(join(lock, 'pid'), 'utf8') : NaN);
			if (pid && !alive(pid)) rmSync(lock, { recursive: true, force: true });
			else if (Date.now() - started > 300_000) throw new Error(`waited 5 minutes for the lock ${lock}`);
			else await new Promise((r) => setTimeout(r, 500));
		}
	}
	try {
		if (!fresh()) {
			const r = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error'], {
				env: { ...buildEnv(), BASE_PATH: SUBPATH.base, BUILD_DIR: SUBPATH.dir, KIT_OUT_DIR: SUBPATH.kitDir },
				encoding: 'utf8'
			});
			if (r.status !== 0)
				throw new Error(
					`BASE_PATH=${SUBPATH.base} vite build failed (${r.status ?? r.signal}):\n${r.stderr}${r.stdout}`
				);
		}
		return SUBPATH.dir;
	} finally {
		rmSync(lock, { recursive: true, force: true });
	}
}
