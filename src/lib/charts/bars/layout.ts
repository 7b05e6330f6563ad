/**
 * Layout of a labelled bar list (part-to-whole and comparisons). Pure: no DOM, no Svelte.
 * Widths are fractions of the track, so the chart reflows at any width without re-layout.
 */

export interface BarInput {
	id: string;
	value: number;
	/** The row's own maximum (a criterion's full marks): its track ends there. */
	of?: number;
}

/** A row of a bar list as drawn (BarList): its words, its value as text, and its emphasis. */
export interface BarRow extends BarInput {
	label: string;
	/** The value as text, formatted by the caller through the format module. */
	text: string;
	/** Optional second line under the label (e.g. "derived" or a note). */
	note?: string;
	/** Visual emphasis. */
	tone?: 'default' | 'accent' | 'muted' | 'target';
}

export interface BarGeometry {
	id: string;
	/** Fraction of the track the bar spans, 0–1. */
	width: number;
	/** Fraction of the scale maximum, for a label placed after the bar. */
	value: number;
	/** Share of the sum of all rows, 0–1 (for part-to-whole lists). */
	share: number;
	/** Fraction of the full width the row's track spans: its own maximum on the list's scale, else 1. */
	track: number;
}

/**
 * @example
 * barLayout([{ id: 'a', value: 3 }, { id: 'b', value: 1 }]) // a spans 1, b spans 1/3
 * barLayout(rows, { max: 100 }) // a fixed scale, e.g. a score out of 100
 * barLayout([{ id: 'a', value: 4, of: 5 }, { id: 'b', value: 19, of: 20 }], { max: 20 }) // a's track spans 1/4
 */
export function barLayout(rows: BarInput[], opts: { max?: number } = {}): BarGeometry[] {
	if (rows.some((r) => r.value < 0)) throw new Error('barLayout: values must not be negative');
	if (rows.some((r) => r.of !== undefined && !(r.of >= r.value)))
		throw new Error("barLayout: a row's own maximum must be at least its value");
	const sum = rows.reduce((a, r) => a + r.value, 0);
	const max = opts.max ?? Math.max(0, ...rows.map((r) => r.value));
	return rows.map((r) => ({
		id: r.id,
		width: max > 0 ? Math.min(1, r.value / max) : 0,
		value: r.value,
		share: sum > 0 ? r.value / sum : 0,
		track: r.of !== undefined && max > 0 ? Math.min(1, r.of / max) : 1
	}));
}
