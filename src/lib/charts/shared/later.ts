/**
 * Work a component puts off to a task after its mount, so that mounting a large chart is several
 * short tasks rather than one long one while the reader scrolls (a chart's closed table, the
 * second figure of a section). island.ts waits for it all (`settled`) before it says the island
 * is ready, or draws it all at once (`drawNow`) when the reader is already using the chart.
 */
import { flushSync } from 'svelte';

interface Pending {
	timer: ReturnType<typeof setTimeout>;
	draw: () => void;
}

const pending = new Set<Pending>();
let waiters: (() => void)[] = [];

function release() {
	if (pending.size) return;
	const ready = waiters;
	waiters = [];
	for (const w of ready) w();
}

function run(p: Pending) {
	if (!pending.has(p)) return;
	clearTimeout(p.timer);
	try {
		p.draw();
		flushSync(); // what it draws, and work that puts off in turn, is there on return
	} finally {
		pending.delete(p);
		release();
	}
}

/**
 * Runs `draw` in a task of its own; what it draws is drawn within that task, and work it puts off
 * in turn counts as pending too. Returns a cancel function (for a component destroyed first).
 */
export function later(draw: () => void): () => void {
	const p: Pending = { timer: undefined as unknown as ReturnType<typeof setTimeout>, draw };
	p.timer = setTimeout(() => run(p), 0);
	pending.add(p);
	return () => {
		if (!pending.delete(p)) return;
		clearTimeout(p.timer);
		release();
	};
}

/** Resolves once no put-off work is pending. */
export function settled(): Promise<void> {
	return pending.size ? new Promise((r) => waiters.push(r)) : Promise.resolve();
}

/** Draws all put-off work now, in this task (and what it puts off in turn). */
export function drawNow(): void {
	for (let guard = 0; pending.size && guard < 1000; guard++) run(pending.values().next().value!);
}
