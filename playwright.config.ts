import { defineConfig } from '@playwright/test';

/**
 * Browser tests run against the prerendered site in build/, served by `vite preview`.
 * `npm test` (scripts/test.mjs) builds first and exports CHROME_PATH; the system
 * Chromium is used because `npx playwright install` cannot download here.
 * File patterns are kept apart: Vitest runs the *.test.ts files under tests/ (excluding
 * tests/e2e/), Playwright runs only the *.spec.ts files under tests/e2e/.
 */
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

/** Port of the preview server; E2E_PORT lets two runs share a machine. */
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.spec.ts',
	fullyParallel: false,
	workers: 2,
	// One retry on CI, where the 2-core machine is loaded; a flaky test is still reported as flaky.
	retries: process.env.CI ? 1 : 0,
	// The story page is long (scrolling it and axe over it take tens of seconds on 2 cores).
	timeout: 120_000,
	forbidOnly: !!process.env.CI,
	reporter: [['list']],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		browserName: 'chromium',
		launchOptions: {
			executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
			args: chromiumArgs
		}
	},
	projects: [
		{
			name: 'phone',
			use: {
				viewport: { width: 375, height: 812 },
				isMobile: true,
				hasTouch: true,
				deviceScaleFactor: 2
			}
		},
		{
			name: 'desktop',
			use: {
				viewport: { width: 1280, height: 800 }
			}
		}
	],
	webServer: {
		command: `node node_modules/vite/bin/vite.js preview --port ${port} --strictPort --host 127.0.0.1`,
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 60000
	}
});
