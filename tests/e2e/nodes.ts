/**
 * Sunburst node ids read from the data package, for browser tests that need a real one (e.g. a
 * `?focus=` that only the hydrated page applies). Never typed in: they follow data/functional.csv.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { csvParse, type DSVRowString } from 'd3-dsv';

const functional = csvParse(readFileSync(fileURLToPath(new URL('../../data/functional.csv', import.meta.url)), 'utf8'));
const largestFirst = (rows: DSVRowString[]) => [...rows].sort((a, b) => Number(b.amount) - Number(a.amount));

/** The largest section of the second-largest class: a zoom the chart shows plainly (the first class fills most of the circle). */
export const SUNBURST_SECTION: string = largestFirst(
	functional.filter((r) => r.parent_id === largestFirst(functional.filter((r) => r.level === 'class'))[1]!.id)
)[0]!.id!;
