// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { holdAt, keepAroundIsland, keepReading, keepWhere, readPlace, savePlace, takePlace } from '$lib/story/place';

/** Blocks at given tops (px from the viewport's top), in document order. */
function blocks(tops: Record<string, number>) {
	document.body.innerHTML = Object.keys(tops)
		.map((id) =>
			id.startsWith('term-')
				? `<div class="glossary"><article class="entry" id="${id}"></article></div>`
				: `<li class="step" id="${id}"></li>`
		)
		.join('');
	for (const [id, top] of Object.entries(tops)) {
		document.getElementById(id)!.getBoundingClientRect = () => ({ top }) as DOMRect;
	}
}

beforeEach(() => {
	Object.defineProperty(window, 'innerHeight', { value: 800, configurable: true });
	sessionStorage.clear();
});
afterEach(() => {
	document.body.innerHTML = '';
	vi.restoreAllMocks();
});

describe('readPlace: the block the reader is reading', () => {
	it('is the last block whose top has passed the middle of the viewport, with its top', () => {
		blocks({ a: -900, b: -120, c: 350, d: 420, e: 1200 });
		expect(readPlace()).toEqual({ id: 'c', top: 350 });
	});
	it('is none above the first block', () => {
		blocks({ a: 500, b: 1300 });
		expect(readPlace()).toBeNull();
	});
	it('skips a block the glossary filter has hidden', () => {
		blocks({ 'term-a': -200, 'term-b': 100 });
		document.getElementById('term-b')!.hidden = true;
		expect(readPlace()).toEqual({ id: 'term-a', top: -200 });
	});
});

describe('savePlace / takePlace: kept for a reload or a way back, not for a fresh visit', () => {
	it('gives the place back once, on a reload or back/forward', () => {
		for (const type of ['reload', 'back_forward']) {
			savePlace('/en/', { id: 'term-x', top: -40 });
			expect(takePlace('/en/', type)).toEqual({ id: 'term-x', top: -40 });
			expect(takePlace('/en/', type), 'forgotten once taken').toBeNull();
		}
	});
	it('ignores it on a new visit (a link to the page starts where the link says), and forgets it', () => {
		savePlace('/', { id: 'rise-2019', top: 10 });
		expect(takePlace('/', 'navigate')).toBeNull();
		expect(takePlace('/', 'reload')).toBeNull();
	});
	it('keeps each page apart', () => {
		savePlace('/', { id: 'a', top: 1 });
		savePlace('/en/', { id: 'b', top: 2 });
		expect(takePlace('/en/', 'reload')).toEqual({ id: 'b', top: 2 });
		expect(takePlace('/', 'reload')).toEqual({ id: 'a', top: 1 });
	});
	it('treats a malformed kept value as none, without throwing', () => {
		for (const raw of ['{', '"x"', '{"id":3,"top":1}', '{"id":"a","top":"far"}', 'null']) {
			sessionStorage.setItem('place:/', raw);
			expect(takePlace('/', 'reload'), raw).toBeNull();
		}
	});
	it('forgets the place when there is none to keep (the reader went back to the top)', () => {
		savePlace('/', { id: 'a', top: 1 });
		savePlace('/', null);
		expect(takePlace('/', 'reload')).toBeNull();
	});
});

describe('holdAt: keeps a block on its mark while the blocks above it change height', () => {
	let frames: FrameRequestCallback[] = [];
	let now = 0;
	let scrollY = 0;
	let top = 0;
	const step = (ms = 16) => {
		now += ms;
		const f = frames;
		frames = [];
		for (const cb of f) cb(now);
	};
	beforeEach(() => {
		frames = [];
		now = 0;
		scrollY = 1000;
		vi.spyOn(performance, 'now').mockImplementation(() => now);
		vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => frames.push(cb));
		vi.spyOn(window, 'cancelAnimationFrame').mockImplementation(() => (frames = []));
		Object.defineProperty(window, 'scrollY', { get: () => scrollY, configurable: true });
		vi.spyOn(window, 'scrollBy').mockImplementation(((o: ScrollToOptions) => {
			scrollY += o.top ?? 0;
			top -= o.top ?? 0;
		}) as typeof window.scrollBy);
	});
	const block = () => {
		document.body.innerHTML = '<section id="t"></section>';
		const el = document.getElementById('t')!;
		el.getBoundingClientRect = () => ({ top }) as DOMRect;
		return el;
	};

	it('scrolls by each drift until the block has stayed still, then lets go', () => {
		const el = block();
		top = 0;
		holdAt(el, 0, { settle: 100 });
		step();
		expect(window.scrollBy).not.toHaveBeenCalled();
		top = 240; // a block above was drawn 240 px taller than its guess
		step();
		expect(top).toBe(0);
		expect(scrollY).toBe(1240);
		top = -60;
		step();
		expect(top).toBe(0);
		for (let i = 0; i < 10; i++) step();
		expect(frames, 'let go after staying still').toHaveLength(0);
		top = 500;
		step();
		expect(top, 'no longer held').toBe(500);
	});
	it('lets go at once when the reader scrolls on their own', () => {
		const el = block();
		top = 0;
		holdAt(el, 0);
		step();
		window.dispatchEvent(new Event('wheel'));
		top = 300;
		step();
		expect(top).toBe(300);
		expect(frames).toHaveLength(0);
	});
	it('lets go when a script scrolls the page (the block moves with it), not when a block above changes height', () => {
		const el = block();
		top = 0;
		holdAt(el, 0);
		step();
		top = 180; // drift: the page did not move
		step();
		expect(top, 'held through the drift').toBe(0);
		scrollY += 900; // scrolled: the page and the block move together
		top -= 900;
		step();
		expect(top, 'not pulled back').toBe(-900);
		expect(frames).toHaveLength(0);
	});
	it('gives up after its longest time even where the page cannot scroll to the mark', () => {
		const el = block();
		vi.mocked(window.scrollBy).mockImplementation(() => {}); // at the end of the page
		top = 300;
		holdAt(el, 0, { settle: 100, max: 1000 });
		for (let i = 0; i < 20; i++) step();
		expect(frames, 'settled: the page could not move').toHaveLength(0);
	});
});

describe('keepWhere / keepReading: what the reader reads stays put across a change of layout', () => {
	/** Elements with mutable boxes, px from the viewport's top; scrollBy moves them all. */
	let boxes: Record<string, { top: number; bottom: number }> = {};
	beforeEach(() => {
		boxes = {};
		vi.spyOn(window, 'scrollBy').mockImplementation(((o: ScrollToOptions) => {
			for (const b of Object.values(boxes)) {
				b.top -= o.top ?? 0;
				b.bottom -= o.top ?? 0;
			}
		}) as typeof window.scrollBy);
	});
	const page = (html: string, at: Record<string, [number, number]>) => {
		document.body.innerHTML = html;
		for (const [id, [top, bottom]] of Object.entries(at)) {
			boxes[id] = { top, bottom };
			document.getElementById(id)!.getBoundingClientRect = () => ({ ...boxes[id]! }) as DOMRect;
		}
	};
	/** Everything from `id` on (document order of `order`) moves by `by`. */
	const grow = (order: string[], from: string, by: number, own = true) => {
		for (const id of order.slice(order.indexOf(from))) {
			if (id !== from || own) boxes[id]!.top += id === from ? 0 : by;
			boxes[id]!.bottom += by;
		}
	};

	it("keepWhere scrolls by how far the point moved, with the browser's anchoring off meanwhile and back after", () => {
		page('<div id="a"></div>', { a: [300, 400] });
		document.documentElement.style.overflowAnchor = '';
		const done = keepWhere(() => document.getElementById('a')!.getBoundingClientRect().top);
		expect(document.documentElement.style.overflowAnchor).toBe('none');
		boxes.a!.top -= 1255;
		done();
		expect(window.scrollBy).toHaveBeenCalledWith({ top: -1255, behavior: 'instant' });
		expect(boxes.a!.top).toBe(300);
		expect(document.documentElement.style.overflowAnchor).toBe('');
	});
	it('keepWhere does not scroll for a sub-pixel move', () => {
		page('<div id="a"></div>', { a: [300, 400] });
		const done = keepWhere(() => document.getElementById('a')!.getBoundingClientRect().top);
		boxes.a!.top += 0.4;
		done();
		expect(window.scrollBy).not.toHaveBeenCalled();
	});

	const story =
		'<section class="story-section" id="sec-a"><div class="island" id="isl"></div></section>' +
		'<section class="story-section" id="sec-b"><div class="scrolly" id="scr"><div class="stage"><div id="chart"></div></div>' +
		'<ol><li class="step" id="s1"></li><li class="step active" id="s2"></li></ol></div></section>';
	const order = ['sec-a', 'isl', 'sec-b', 'scr', 'chart', 's1', 's2'];

	it('keeps the step the reader reads when a chart above it, partly on screen, is drawn shorter', () => {
		// The island's tail is at the viewport's top; the reader reads step s1 of the next section.
		page(story, {
			'sec-a': [-4000, 10],
			isl: [-3900, 0],
			'sec-b': [10, 2000],
			scr: [40, 2000],
			chart: [40, 300],
			s1: [350, 800],
			s2: [800, 1200]
		});
		document.getElementById('s2')!.classList.remove('active');
		const done = keepReading(document.getElementById('isl')!);
		grow(order, 'isl', -1255);
		done();
		expect(boxes.s1!.top, 'the step where the reader had it').toBe(350);
	});
	it('keeps the active step when its own section changes (a stage taking its height, the section going flat)', () => {
		page(story, {
			'sec-a': [-4000, -900],
			isl: [-3900, -1000],
			'sec-b': [-900, 2000],
			scr: [-850, 2000],
			chart: [0, 300],
			s1: [-200, 350],
			s2: [350, 800]
		});
		const done = keepReading(document.getElementById('scr')!);
		boxes.s2!.top -= 471; // the stage's height is gone: the steps move up
		boxes.s1!.top -= 471;
		done();
		expect(boxes.s2!.top).toBe(350);
	});
	it('keeps what follows a chart the reader is past, inside their own block', () => {
		page(story, {
			'sec-a': [-4000, 500],
			isl: [-3900, 100],
			'sec-b': [500, 2000],
			scr: [540, 2000],
			chart: [540, 800],
			s1: [850, 1200],
			s2: [1200, 1600]
		});
		const done = keepReading(document.getElementById('isl')!);
		grow(order, 'isl', -131);
		done();
		expect(boxes['sec-b']!.top, 'the next section where the reader saw it').toBe(500);
	});
	it('does nothing for a change below the viewport, nor for a chart on a stage (the stage keeps its own height)', () => {
		page(story, {
			'sec-a': [-4000, -900],
			isl: [-3900, -1000],
			'sec-b': [-900, 2000],
			scr: [-850, 2000],
			chart: [900, 1000],
			s1: [450, 900],
			s2: [900, 1300]
		});
		const below = keepReading(document.getElementById('chart')!);
		boxes.chart!.bottom += 300;
		below();
		// On the stage at the viewport's top, the reader past it, in the same section (no step has
		// passed the middle yet): a drawn chart changes the stage's inside only.
		boxes.chart = { top: 0, bottom: 300 };
		document.getElementById('s2')!.classList.remove('active');
		const onStage = keepReading(document.getElementById('chart')!);
		boxes.chart.bottom -= 119; // sticky: nothing below it moves
		onStage();
		expect(window.scrollBy).not.toHaveBeenCalled();
	});
});

describe("keepAroundIsland: around a chart drawn in place of the server's", () => {
	it('past the reader (it starts above the viewport): drawn whole, what the reader reads kept', () => {
		document.body.innerHTML = '<div id="isl"></div><li class="step" id="s"></li>';
		const isl = document.getElementById('isl')!;
		const s = document.getElementById('s')!;
		let stepTop = 380;
		isl.getBoundingClientRect = () => ({ top: -2000, bottom: 20, height: 2020 }) as DOMRect;
		s.getBoundingClientRect = () => ({ top: stepTop }) as DOMRect;
		const scrolled: number[] = [];
		vi.spyOn(window, 'scrollBy').mockImplementation(((o: ScrollToOptions) => {
			scrolled.push(o.top ?? 0);
			stepTop -= o.top ?? 0;
		}) as typeof window.scrollBy);
		const around = keepAroundIsland(isl);
		expect(around.whole).toBe(true);
		expect(isl.style.minHeight).toBe('');
		stepTop -= 131; // the live chart is 131 px shorter than the server's
		around.done();
		expect(scrolled).toEqual([-131]);
		expect(stepTop).toBe(380);
	});
	it('ahead of the reader: its height held until its parts are drawn, then let go', () => {
		document.body.innerHTML = '<div id="isl"></div>';
		const isl = document.getElementById('isl')!;
		isl.getBoundingClientRect = () => ({ top: 900, bottom: 3253, height: 2353 }) as DOMRect;
		const around = keepAroundIsland(isl);
		expect(around.whole).toBe(false);
		expect(isl.style.minHeight).toBe('2353px');
		around.done();
		expect(isl.style.minHeight).toBe('');
	});
});

describe('keepReading during a held jump', () => {
	afterEach(() => vi.restoreAllMocks());
	it("keeps the block the reader jumped to, not the block at the viewport's middle, when its own stage takes its height", () => {
		// A contents jump put section b's top at 0; its stage is measured on arrival and grows by
		// 70 px. Section c, whose top has passed the viewport's middle, is the reader's place by
		// position: keeping it would scroll section b 70 px off its mark (and end the hold).
		const boxes: Record<string, { top: number; bottom: number }> = {};
		vi.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 1);
		vi.spyOn(window, 'cancelAnimationFrame').mockImplementation(() => {});
		vi.spyOn(window, 'scrollBy').mockImplementation(((o: ScrollToOptions) => {
			for (const b of Object.values(boxes)) b.top -= o.top ?? 0;
		}) as typeof window.scrollBy);
		document.body.innerHTML =
			'<section class="story-section" id="sec-b"><h2>B</h2><div class="scrolly" id="scr"><div class="stage"></div></div></section><section class="story-section" id="sec-c"></section>';
		Object.assign(boxes, {
			'sec-b': { top: 0, bottom: 300 },
			scr: { top: 100, bottom: 300 },
			'sec-c': { top: 300, bottom: 2000 }
		});
		for (const id of Object.keys(boxes))
			document.getElementById(id)!.getBoundingClientRect = () => ({ ...boxes[id]! }) as DOMRect;
		const release = holdAt(document.getElementById('sec-b')!, 0);
		const done = keepReading(document.getElementById('scr')!);
		boxes['sec-c']!.top += 70;
		done();
		expect(boxes['sec-b']!.top, 'the jump target stays on its mark').toBe(0);
		expect(window.scrollBy).not.toHaveBeenCalled();
		release();
	});
	it("turns the browser's scroll anchoring off while it holds (its scroll would end the hold), and back on after", () => {
		vi.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 1);
		vi.spyOn(window, 'cancelAnimationFrame').mockImplementation(() => {});
		document.body.innerHTML = '<section id="t"></section>';
		document.documentElement.style.overflowAnchor = '';
		const release = holdAt(document.getElementById('t')!, 0);
		expect(document.documentElement.style.overflowAnchor).toBe('none');
		release();
		expect(document.documentElement.style.overflowAnchor).toBe('');
		release();
		expect(document.documentElement.style.overflowAnchor, 'a second release changes nothing').toBe('');
	});
});
