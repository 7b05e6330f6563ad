// Viewport screenshots of each story step: node scripts/step-shots.mjs [/|/en/] [width]
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const route = process.argv[2] ?? '/';
const width = Number(process.argv[3] ?? 375);
const only = process.argv[4];
const port = 4192;
const server = spawn(
	process.execPath,
	['node_modules/vite/bin/vite.js', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
	{ stdio: 'ignore' }
);
try {
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(`http://127.0.0.1:${port}/`)).ok) break;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	const browser = await chromium.launch({
		executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking']
	});
	const page = await browser.newPage({
		viewport: { width, height: width < 800 ? 812 : 800 },
		colorScheme: process.env.SCHEME ?? 'light'
	});
	page.on('pageerror', (e) => console.log('pageerror', e.message));
	page.on('console', (m) => m.type() === 'error' && console.log('console', m.text()));
	await page.goto(`http://127.0.0.1:${port}${route}`, { waitUntil: 'networkidle' });
	const ids = await page.$$eval('[data-step-index]', (els) => els.map((e) => e.id));
	mkdirSync('screenshots/steps', { recursive: true });
	for (const id of ids) {
		if (only && !id.startsWith(only)) continue;
		await page.evaluate((id) => {
			const el = document.getElementById(id);
			window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.5);
		}, id);
		await page.waitForTimeout(700);
		const name = `screenshots/steps/${route.replace(/\W+/g, '_')}${width}-${id}.png`;
		await page.screenshot({ path: name });
		const stage = await page.evaluate(() =>
			[...document.querySelectorAll('[data-stage-step]')].map((s) => s.getAttribute('data-stage-step')).join(',')
		);
		console.log(name, 'hash', await page.evaluate(() => location.hash), 'stages', stage);
	}
	await browser.close();
} finally {
	server.kill();
}
