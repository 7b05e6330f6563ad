/**
 * The sunburst's UI state: which node is zoomed on (in the centre), which one is active (keyboard
 * cursor, selection and details panel), and the progress of the zoom transition. No geometry here:
 * the component lays out both ends of a transition and interpolates them by `progress`.
 */
import { Tween, prefersReducedMotion } from 'svelte/motion';
import { cubicInOut } from 'svelte/easing';
import { indexTree, type SunburstNode, type TreeEntry } from './data';

/** Length of a zoom, in ms (0 under prefers-reduced-motion). */
export const ZOOM_MS = 650;

export interface SunburstStateOptions {
	/** The node to start zoomed on; unknown ids fall back to the root. */
	zoom?: string;
	/** Called when the reader (not the story) zooms, e.g. to write the URL. */
	onzoom?: (id: string) => void;
}

export class SunburstState {
	readonly index: Map<string, TreeEntry>;
	readonly rootId: string;
	/** The node in the centre. */
	zoomId = $state('');
	/** Where the current transition started from. */
	fromZoomId = $state('');
	/** The node under the keyboard cursor, shown in the details panel and marked as selected. */
	activeId = $state('');
	/** Bumped on each zoom, so the live region speaks even when the same node comes back. */
	zoomCount = $state(0);
	/** Transition progress, 0 → 1. */
	readonly progress = new Tween(1, { easing: cubicInOut });
	/** Overrides the reader's prefers-reduced-motion setting (tests); null follows it. */
	reducedMotion: boolean | null = null;
	onzoom: ((id: string) => void) | undefined;

	constructor(root: SunburstNode, opts: SunburstStateOptions = {}) {
		this.index = indexTree(root);
		this.rootId = root.id;
		const start = opts.zoom && this.zoomable(opts.zoom) ? opts.zoom : this.rootId;
		this.zoomId = start;
		this.fromZoomId = start;
		this.activeId = start;
		this.onzoom = opts.onzoom;
	}

	has(id: string): boolean {
		return this.index.has(id);
	}

	/** A node can be in the centre if it has parts to spread around it. */
	zoomable(id: string): boolean {
		return (this.index.get(id)?.childIds.length ?? 0) > 0;
	}

	entry(id: string): TreeEntry {
		const e = this.index.get(id);
		if (!e) throw new Error(`sunburst: no node "${id}"`);
		return e;
	}

	/** Ids from the root to the zoomed node: the breadcrumb. */
	get trail(): string[] {
		return this.entry(this.zoomId).path;
	}

	/**
	 * Zooms on a node (a leaf zooms on its parent, so that it is shown). `user` says the reader did
	 * it (the URL follows); `animate` false jumps.
	 */
	zoomTo(id: string, { user = true, animate = true }: { user?: boolean; animate?: boolean } = {}): void {
		if (!this.has(id)) id = this.rootId;
		const target = this.zoomable(id) ? id : (this.entry(id).parentId ?? this.rootId);
		if (target === this.zoomId) return;
		this.fromZoomId = animate ? this.zoomId : target;
		this.zoomId = target;
		this.zoomCount++;
		// prefersReducedMotion is a live matchMedia('(prefers-reduced-motion: reduce)') on the client.
		const reduced = this.reducedMotion ?? prefersReducedMotion.current;
		const duration = animate && !reduced ? ZOOM_MS : 0;
		// Both synchronously: the first jumps to 0, the second runs from there (or jumps to 1).
		void this.progress.set(0, { duration: 0 });
		void this.progress.set(1, { duration });
		if (user) this.onzoom?.(target);
	}

	/**
	 * A tap, a click or Enter on a node: it becomes active; a node with parts is zoomed into; the
	 * centre, tapped, goes back out one level.
	 */
	choose(id: string, { fromCentreTap = false }: { fromCentreTap?: boolean } = {}): void {
		if (!this.has(id)) return;
		if (id === this.zoomId) {
			if (fromCentreTap) this.up();
			else this.activeId = id;
			return;
		}
		this.activeId = id;
		if (this.zoomable(id)) this.zoomTo(id);
	}

	/** Back out one level (the centre's parent becomes the centre and the active node). */
	up(): void {
		const parent = this.entry(this.zoomId).parentId;
		if (parent === null) return;
		this.activeId = parent;
		this.zoomTo(parent);
	}

	/** Back to the whole. */
	top(): void {
		this.activeId = this.rootId;
		this.zoomTo(this.rootId);
	}

	/** Zooms out just enough that the active node is shown (it sits in the zoomed node's subtree). */
	private reveal(): void {
		const path = this.entry(this.activeId).path;
		if (path.includes(this.zoomId)) return;
		// The deepest node on both the active node's path and the zoomed node's path.
		const zoomPath = this.trail;
		let common = this.rootId;
		for (const id of path) if (zoomPath.includes(id)) common = id;
		this.zoomTo(common);
	}

	/**
	 * Tree keyboard: ↑/↓ previous/next sibling, → first part, ← the level above, Home/End first/last
	 * sibling, Enter/Space zoom into the active node, Escape back to the whole. Returns whether the
	 * key was used (the caller then prevents its default).
	 */
	key(key: string): boolean {
		const e = this.entry(this.activeId);
		const sib = e.siblingIds;
		const i = e.posinset - 1;
		let next: string | undefined;
		switch (key) {
			case 'ArrowDown':
				next = sib[Math.min(i + 1, sib.length - 1)];
				break;
			case 'ArrowUp':
				next = sib[Math.max(i - 1, 0)];
				break;
			case 'Home':
				next = sib[0];
				break;
			case 'End':
				next = sib[sib.length - 1];
				break;
			case 'ArrowRight':
				next = e.childIds[0] ?? this.activeId;
				break;
			case 'ArrowLeft':
				next = e.parentId ?? this.activeId;
				break;
			case 'Enter':
			case ' ':
				if (this.activeId !== this.zoomId && this.zoomable(this.activeId)) this.zoomTo(this.activeId);
				return true;
			case 'Escape':
				if (this.zoomId === this.rootId && this.activeId === this.rootId) return false;
				this.top();
				return true;
			default:
				return false;
		}
		if (next !== undefined) {
			this.activeId = next;
			this.reveal();
		}
		return true;
	}

	/** Sets zoom and active node from outside (the story, the URL) without writing the URL back. */
	set(id: string | undefined, { animate = true }: { animate?: boolean } = {}): void {
		const target = id && this.has(id) ? id : this.rootId;
		this.activeId = target;
		this.zoomTo(target, { user: false, animate });
	}
}
