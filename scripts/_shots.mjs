import { chromium } from 'playwright-core';
const base = 'http://127.0.0.1:4199';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const urls = (
	process.env.URLS ??
	'/embed/sunburst/,/en/embed/sunburst/,/embed/waterfall/,/en/embed/waterfall/,/embed/three-public/,/en/embed/three-public/'
).split(',');
const widths = (process.env.WIDTHS ?? '320,600,1000').split(',').map(Number);
const scheme = process.env.SCHEME ?? 'light';
for (const w of widths) {
	const ctx = await b.newContext({ viewport: { width: w, height: 900 }, deviceScaleFactor: 1, colorScheme: scheme });
	const p = await ctx.newPage();
	for (const u of urls) {
		await p.goto(base + u, { waitUntil: 'networkidle' });
		if (process.env.LIVE) {
			await p.mouse.move(w / 2, 300);
			await p.waitForTimeout(800);
		}
		await p.screenshot({ path: `/tmp/shots/${scheme}-${w}${u.replace(/[\/?=&]/g, '_')}.png`, fullPage: true });
	}
	await ctx.close();
}
await b.close();
