/**
 * The overlap instrument (overlap.ts) on fixtures set in the page: it must catch labels that run
 * into each other (HTML, SVG, a curved label crossing a straight one glyph on glyph), and must not
 * count what a reader does not see as text on text: text that is hidden or clipped away, the
 * axis-aligned box of a curved or rotated label where no glyph meets, or the lines of a wrapped
 * paragraph.
 */
import { expect, test, type Page } from '@playwright/test';
import { describeOverlap, measureOverlaps, widthRanges, type OverlapResult } from './overlap';

test.describe.configure({ mode: 'parallel' });
test.beforeEach(({}, testInfo) => {
	test.skip(testInfo.project.name !== 'desktop', 'geometry only: one project is enough');
});

const STYLE = `<style>
	body { margin: 0; font: 16px/1.5 system-ui, 'Noto Sans CJK SC', sans-serif; }
	figure { position: relative; margin: 0; width: 600px; height: 400px; }
	.abs { position: absolute; white-space: nowrap; }
	.visually-hidden { position: absolute !important; width: 1px; height: 1px; margin: -1px;
	padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
	svg { overflow: visible; }
	text { font-size: 12px; }
</style>`;

async function measure(page: Page, body: string): Promise<OverlapResult> {
	await page.setContent(
		`<!doctype html><html lang="en"><head><meta charset="utf-8">${STYLE}</head><body>${body}</body></html>`
	);
	return page.evaluate(measureOverlaps, {});
}
const lines = (r: OverlapResult) => r.overlaps.map(describeOverlap);
/** The pairs of texts found, each pair sorted. */
const pairs = (r: OverlapResult) => r.overlaps.map((o) => [o.a.text, o.b.text].sort().join(' × ')).sort();

/** An arc along the top of a circle of radius 100 about (150, 150), left to right, and a label on it. */
const ARC = `<path id="arc" d="M 50 150 A 100 100 0 0 1 250 150" fill="none" stroke="#ccc" />
	<text id="curved" text-anchor="middle"><textPath href="#arc" startOffset="50%">CURVED LABEL ALONG AN ARC</textPath></text>`;

test('(a) two absolutely positioned HTML labels that overlap are reported; side by side they are not', async ({
	page
}) => {
	const r = await measure(
		page,
		`<figure>
			<div class="abs" style="left: 20px; top: 20px">Informatization task</div>
			<div class="abs" style="left: 120px; top: 28px">The rest, net</div>
			<div class="abs" style="left: 20px; top: 200px">Left label</div>
			<div class="abs" id="right" style="top: 200px">Right label</div>
		</figure>
		<script>
			// Exactly where the left label ends: touching, not overlapping.
			const left = document.querySelectorAll('.abs')[2].getBoundingClientRect();
			document.getElementById('right').style.left = left.right + 'px';
		</script>`
	);
	expect(pairs(r), lines(r).join('\n')).toEqual(['Informatization task × The rest, net']);
	const [o] = r.overlaps;
	expect(o!.root).toBe('figure');
	expect(o!.a.where).toBe('div.abs');
	expect(o!.depth).toBeGreaterThan(1);
});

test('(b) two SVG texts that overlap are reported, also in a scaled viewBox; apart they are not', async ({ page }) => {
	const r = await measure(
		page,
		`<figure>
			<svg width="600" height="200" viewBox="0 0 300 100">
				<text x="10" y="20">2018 total (derived)</text>
				<text x="60" y="24">Trips abroad</text>
				<text x="10" y="80">Far apart</text>
				<text x="200" y="80">Official vehicles</text>
			</svg>
		</figure>`
	);
	expect(pairs(r), lines(r).join('\n')).toEqual(['2018 total (derived) × Trips abroad']);
	// The box is in viewport px: the viewBox doubles everything.
	const [o] = r.overlaps;
	const [l, t, right, b] = o!.a.box;
	expect(right - l).toBeGreaterThan(150);
	expect(b - t).toBeGreaterThan(12);
});

test('(c) a curved label (textPath) is measured glyph by glyph: reported where glyphs meet a straight label, not where only its box does', async ({
	page
}) => {
	// At the apex of the arc the glyphs sit on y ≈ 50: a straight label there runs into them.
	const crossing = await measure(
		page,
		`<figure><svg width="300" height="300">${ARC}<text id="straight" x="150" y="50" text-anchor="middle">STRAIGHT</text></svg></figure>`
	);
	expect(pairs(crossing), lines(crossing).join('\n')).toEqual(['CURVED LABEL ALONG AN ARC × STRAIGHT']);

	// Under the apex, inside the arc: within the curved label's axis-aligned box, but no glyph is near.
	const inside = await measure(
		page,
		`<figure><svg width="300" height="300">${ARC}<text id="straight" x="150" y="78" text-anchor="middle">STRAIGHT</text></svg></figure>`
	);
	const boxes = await page.evaluate(() =>
		['curved', 'straight'].map((id) => document.getElementById(id)!.getBoundingClientRect().toJSON() as DOMRect)
	);
	const [c, s] = boxes as [DOMRect, DOMRect];
	expect(
		Math.min(c.right, s.right) - Math.max(c.left, s.left),
		'the axis-aligned boxes overlap across'
	).toBeGreaterThan(20);
	expect(Math.min(c.bottom, s.bottom) - Math.max(c.top, s.top), 'the axis-aligned boxes overlap down').toBeGreaterThan(
		5
	);
	expect(lines(inside)).toEqual([]);
	// Each glyph of the curved label is a box of its own.
	expect(inside.boxes).toBeGreaterThan(20);
});

test('(c) rotated straight labels are rotated rectangles: two parallel radial labels do not overlap, crossing ones do', async ({
	page
}) => {
	const parallel = await measure(
		page,
		`<figure><svg width="300" height="300">
			<text transform="translate(150 150) rotate(-40)" x="20" y="0">Radial label one</text>
			<text transform="translate(150 150) rotate(-40)" x="20" y="16">Radial label two</text>
		</svg></figure>`
	);
	const aabb = await page.evaluate(() =>
		[...document.querySelectorAll('text')].map((t) => t.getBoundingClientRect().toJSON() as DOMRect)
	);
	expect(
		Math.min(aabb[0]!.bottom, aabb[1]!.bottom) - Math.max(aabb[0]!.top, aabb[1]!.top),
		'the axis-aligned boxes overlap'
	).toBeGreaterThan(20);
	expect(lines(parallel)).toEqual([]);
	expect(parallel.boxes, 'one box per label').toBe(2);

	const crossing = await measure(
		page,
		`<figure><svg width="300" height="300">
			<text transform="translate(100 100) rotate(40)">Radial label one</text>
			<text transform="translate(100 200) rotate(-40)">Radial label two</text>
		</svg></figure>`
	);
	expect(pairs(crossing), lines(crossing).join('\n')).toEqual(['Radial label one × Radial label two']);
});

test('(d) text a reader does not see is ignored: visually hidden, display none, hidden, invisible, transparent, closed details, clipped away', async ({
	page
}) => {
	// Each case lays text over the label "Visible label" at (10, 10); only aria-hidden text is seen.
	const over = 'style="position: absolute; left: 12px; top: 12px"';
	const r = await measure(
		page,
		`<figure>
			<div class="abs" style="left: 10px; top: 10px">Visible label</div>
			<span class="visually-hidden" style="left: 10px; top: 10px">visually hidden text</span>
			<span class="abs" style="left: 10px; top: 10px; clip-path: inset(50%)">clip-path inset</span>
			<div ${over} hidden>hidden attribute</div>
			<div style="position: absolute; left: 12px; top: 12px; display: none">display none</div>
			<div class="abs" style="left: 12px; top: 12px; visibility: hidden">visibility hidden</div>
			<div style="opacity: 0"><div ${over}>opacity zero on an ancestor</div></div>
			<div class="abs" style="left: 12px; top: 12px; color: transparent">transparent ink</div>
			<div class="abs" style="left: 12px; top: 12px; content-visibility: hidden">content-visibility hidden</div>
			<details class="abs" style="left: 200px; top: 100px"><summary>Summary</summary><div ${over}>closed details content</div></details>
			<div class="abs"
			style="left: 300px; top: 200px; width: 80px; overflow: hidden"><span
			style="white-space: nowrap">Clipped-away-text-runs-on-far-beyond</span></div>
			<div class="abs" style="left: 400px; top: 200px">After the clip</div>
			<div class="abs" aria-hidden="true" style="left: 12px; top: 12px">aria-hidden is seen</div>
			<svg width="600" height="400" style="position: absolute; left: 0; top: 0">
				<text x="10" y="24" opacity="0">svg opacity zero</text>
				<text x="10" y="24" visibility="hidden">svg visibility hidden</text>
				<text x="10" y="24" fill="none">svg no fill</text>
				<defs><text x="10" y="24">svg text in defs</text></defs>
			</svg>
			<noscript><div ${over}>noscript</div></noscript>
		</figure>`
	);
	expect(pairs(r), lines(r).join('\n')).toEqual(['Visible label × aria-hidden is seen']);

	// The same text, shown: each is reported (the fixture is not empty by accident).
	await page.evaluate(() => {
		const fig = document.querySelector('figure')!;
		for (const el of fig.querySelectorAll<HTMLElement>('[hidden]')) el.hidden = false;
		for (const el of fig.querySelectorAll<HTMLElement>('[style]')) {
			el.style.removeProperty('display');
			el.style.removeProperty('visibility');
			el.style.removeProperty('opacity');
			el.style.removeProperty('color');
			el.style.removeProperty('content-visibility');
			el.style.removeProperty('overflow');
			el.style.removeProperty('clip-path');
		}
		fig.querySelector('details')!.open = true;
		for (const t of fig.querySelectorAll('svg text'))
			['opacity', 'visibility', 'fill'].forEach((a) => t.removeAttribute(a));
	});
	const shown = await page.evaluate(measureOverlaps, {});
	const texts = new Set(shown.overlaps.flatMap((o) => [o.a.text, o.b.text]));
	for (const t of [
		'hidden attribute',
		'display none',
		'visibility hidden',
		'opacity zero on an ancestor',
		'transparent ink',
		'content-visibility hidden',
		'closed details content',
		'Clipped-away-text-runs-on-far-beyond',
		'After the clip',
		'clip-path inset',
		'svg opacity zero',
		'svg visibility hidden',
		'svg no fill'
	]) {
		expect(texts.has(t), `"${t}" is reported once shown (found: ${[...texts].join(' | ')})`).toBe(true);
	}
	expect(texts.has('visually hidden text'), 'visually hidden stays hidden (clip and 1 px box)').toBe(false);
	expect(texts.has('svg text in defs'), 'an SVG resource is never drawn').toBe(false);
});

test('(d) an absolutely positioned label escapes the clip of an ancestor that does not contain it; a scroll box clips', async ({
	page
}) => {
	const r = await measure(
		page,
		`<figure>
			<div class="abs" style="left: 10px; top: 60px">Outside label</div>
			<div style="width: 40px; height: 40px; overflow: hidden">
				<div class="abs" style="left: 12px; top: 62px">Escaping label</div>
			</div>
			<div class="abs" style="left: 250px; top: 60px">Beside the scroller</div>
			<div class="abs" style="left: 150px; top: 50px; width: 90px; height: 40px; overflow: auto">
				<div style="white-space: nowrap; padding-top: 12px">Scrolled text runs on far to the right</div>
			</div>
		</figure>`
	);
	expect(pairs(r), lines(r).join('\n')).toEqual(['Escaping label × Outside label']);
});

test('(e) the lines of a wrapped paragraph do not count against each other, in Latin and Chinese, across elements', async ({
	page
}) => {
	const para = (lh: string, lang: string, text: string) =>
		`<p lang="${lang}" style="width: 180px; line-height: ${lh}; margin: 0 0 1rem">${text}</p>`;
	const latin =
		'Spending rose by <b>4,586.67</b> thousand yuan, of which <span class="num">4,239.4</span> went to the <a href="#">informatization</a> task; the rest, net, is <em>derived</em> from the two totals quoted in the report.';
	const chinese =
		'2019年支出合计<b>5,510.9万元</b>，比上年增加<span>4,586.67万元</span>，主要原因是<a href="#">信息化建设</a>任务增加；其余为<em>推算</em>数据，来自报告中的两项合计。';
	const r = await measure(
		page,
		`<figure>
			${['normal', '1.2', '1.35', '1.7'].map((lh) => para(lh, 'en', latin) + para(lh, 'zh-CN', chinese)).join('\n')}
			<p style="width: 120px; font-size: 13px;
			line-height: 1.2"><span style="font-size: 11px">Small</span> and <span style="font-size: 18px">large</span> type <span
			style="font-size: 11px">on lines that</span> wrap <span style="font-size: 18px">several times</span> over.</p>
		</figure>`
	);
	// Many lines measured, none against another.
	expect(r.boxes).toBeGreaterThan(60);
	expect(lines(r)).toEqual([]);
});

test('figures are measured one by one: text of two figures side by side does not count; the outermost figure wins', async ({
	page
}) => {
	const r = await measure(
		page,
		`<figure style="position: absolute; left: 0; top: 0"><div class="abs">First figure's label</div></figure>
		<figure style="position: absolute; left: 4px;
		top: 4px"><div class="abs">Second figure's label</div><figure><div class="abs"
		style="left: 2px">Nested figure's label</div></figure></figure>`
	);
	expect(r.roots).toHaveLength(2);
	expect(pairs(r)).toEqual(["Nested figure's label × Second figure's label"]);
});

test('widthRanges groups consecutive widths', () => {
	expect(widthRanges([600, 620, 640, 700, 280], 20)).toBe('280, 600–640, 700');
	expect(widthRanges([], 20)).toBe('');
});
