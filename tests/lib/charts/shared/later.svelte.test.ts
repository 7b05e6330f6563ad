// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import { drawNow, later, settled } from '$lib/charts/shared/later';
import { island } from '$lib/islands/island';
import Later from '../../islands/__fixtures__/Later.svelte';

afterEach(() => {
	document.body.innerHTML = '';
});

describe('later', () => {
	it('runs put-off work in a task after the current one, and settled waits for it', async () => {
		const log: string[] = [];
		later(() => log.push('later'));
		log.push('now');
		expect(log).toEqual(['now']);
		await settled();
		expect(log).toEqual(['now', 'later']);
	});

	it('settled waits for work put off by put-off work (nested parts of a chart)', async () => {
		const target = document.createElement('div');
		document.body.append(target);
		const app = mount(Later, { target, props: { depth: 3 } });
		flushSync();
		expect(target.querySelectorAll('p')).toHaveLength(1);
		await settled();
		expect([...target.querySelectorAll('p')].map((p) => p.dataset.testid)).toEqual([
			'part-3',
			'part-2',
			'part-1',
			'part-0'
		]);
		void unmount(app);
	});

	it('a cancelled piece of work never runs and does not hold settled up', async () => {
		let ran = false;
		const cancel = later(() => (ran = true));
		cancel();
		await settled();
		await new Promise((r) => setTimeout(r, 5));
		expect(ran).toBe(false);
	});

	it('an island says it is ready only once the parts its component put off are drawn', async () => {
		const el = document.createElement('div');
		el.innerHTML = '<p>drawn by the server</p>';
		document.body.append(el);
		let partsAtReady = -1;
		island(el, async () => ({ default: Later }), { depth: 2 }, new Map(), {
			trigger: 'now',
			onready: () => (partsAtReady = el.querySelectorAll('p').length)
		});
		await new Promise((r) => setTimeout(r, 50));
		expect(partsAtReady).toBe(3);
	});

	it('drawNow draws all put-off work, nested too, in the current task', () => {
		const target = document.createElement('div');
		document.body.append(target);
		const app = mount(Later, { target, props: { depth: 2 } });
		flushSync();
		drawNow();
		expect(target.querySelectorAll('p')).toHaveLength(3);
		void unmount(app);
	});

	it('with the reader’s focus in the server markup, the island draws whole at once: focus is never lost to the page', async () => {
		const el = document.createElement('div');
		el.innerHTML = '<p>part 2 <button type="button">go 2</button></p>';
		document.body.append(el);
		el.querySelector('button')!.focus();
		let ready = false;
		island(el, async () => ({ default: Later }), { depth: 2 }, new Map(), {
			trigger: 'now',
			onready: () => (ready = true)
		});
		const seen: string[] = [];
		for (let i = 0; i < 20 && !ready; i++) {
			await new Promise((r) => setTimeout(r, 0));
			seen.push(document.activeElement?.textContent ?? 'nothing');
		}
		expect(ready).toBe(true);
		expect(
			seen.filter((s) => s !== 'go 2'),
			'focus stays on the same control, before and after the mount'
		).toEqual([]);
		expect(el.querySelectorAll('p')).toHaveLength(3);
	});
});
