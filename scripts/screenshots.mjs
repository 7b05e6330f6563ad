// Screenshots of the built site for looking at: node scripts/screenshots.mjs [route ...]
// Starts vite preview on 4190, shoots each route at 320/375/1280 px in light and dark into screenshots/.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const routes = process.argv.slice(2).length ? process.argv.slice(2) : ['/', '/en/'];
const widths = (process.env.WIDTHS ?? '320,375,1280').split(',').map(Number);
const schemes = (process.env.SCHEMES ?? 'light,dark').split(',');
const port = 4190;
const server = spawn(
	process.execPath,
	['node_modules/vite/bin/vite.js', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
	{ stdio: 'ignore' }
);
const stop = () => server.kill();
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
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync'
		]
	});
	mkdirSync('screenshots', { recursive: true });
	for (const route of routes) {
		for (const width of widths) {
			for (const scheme of schemes) {
				const page = await browser.newPage({
					viewport: { width, height: width < 800 ? 812 : 800 },
					colorScheme: scheme,
					deviceScaleFactor: 1
				});
				await page.goto(`http://127.0.0.1:${port}${route}`, { waitUntil: 'networkidle' });
				const name = `screenshots/${route.replace(/[^a-z0-9]+/gi, '_') || 'root'}-${width}-${scheme}.png`;
				await page.screenshot({ path: name, fullPage: process.env.FULL !== '0' });
				console.log(name);
				await page.close();
			}
		}
	}
	await browser.close();
} finally {
	stop();
}
