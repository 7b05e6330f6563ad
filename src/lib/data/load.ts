/**
 * Reads and validates the data package from disk at build time. Node only: never import it
 * from a component (pages get what they need through +page.server.ts).
 *
 * Every problem is reported with its file, row (as numbered in a spreadsheet: the header is
 * row 1) and field, and all problems are reported at once.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { csvParse } from 'd3-dsv';
import type { z } from 'zod';
import { evaluateFormula, formulaIds } from './formula';
import { collapse } from './quote';
import {
	resourceSchemas,
	type AssetRow,
	type ChartDataRow,
	type Figure,
	type FunctionalNode,
	type GlossaryRow,
	type IndicatorRow,
	type PassageRow,
	type ResourceName,
	type ScoreRow
} from './schema';

export interface DataIssue {
	file: string;
	row?: number;
	field?: string;
	message: string;
}

export class DataError extends Error {
	constructor(public readonly issues: DataIssue[]) {
		super(
			`The data package is invalid (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n` +
				issues.map((i) => '  ' + formatIssue(i)).join('\n')
		);
		this.name = 'DataError';
	}
}

export function formatIssue(i: DataIssue): string {
	const where = [i.file, i.row !== undefined ? `row ${i.row}` : '', i.field ? `field "${i.field}"` : '']
		.filter(Boolean)
		.join(', ');
	return `${where}: ${i.message}`;
}

export interface DataPackage {
	/** Every scalar figure of the report, printed or derived, by id. */
	figures: Map<string, Figure>;
	functional: FunctionalNode[];
	assets: AssetRow[];
	chartData: ChartDataRow[];
	indicators: IndicatorRow[];
	scores: ScoreRow[];
	glossary: GlossaryRow[];
	/** The passages of the report the site's text cites (data/passages.csv). */
	passages: PassageRow[];
	/** The report's text, as shipped in data/source/. */
	source: string;
	/** The package descriptor (datapackage.json), parsed. */
	descriptor: Descriptor;
}

interface Descriptor {
	name: string;
	title?: string;
	sources?: { title: string; path?: string }[];
	resources: { name: string; path: string; schema: { fields: { name: string }[] } }[];
	[key: string]: unknown;
}

export const DEFAULT_DATA_DIR = 'data';

/** The spreadsheet row each parsed row came from (header = row 1), for messages about it. */
const rowOf = new WeakMap<object, number>();
const rowNumber = (r: object, index: number) => rowOf.get(r) ?? index + 2;
const SOURCE_PATH = 'source/panzhihua-party-office-2019-final-accounts.zh.txt';

/** Loads data/ (or `dir`) and validates it, throwing a DataError listing every problem. */
export function loadPackage(dir: string = DEFAULT_DATA_DIR): DataPackage {
	const root = resolve(dir);
	const issues: DataIssue[] = [];
	const descriptorPath = join(root, 'datapackage.json');
	if (!existsSync(descriptorPath))
		throw new DataError([{ file: rel(dir, 'datapackage.json'), message: 'file not found' }]);
	let descriptor: Descriptor;
	try {
		descriptor = JSON.parse(readFileSync(descriptorPath, 'utf8')) as Descriptor;
	} catch (e) {
		throw new DataError([{ file: rel(dir, 'datapackage.json'), message: `not valid JSON (${(e as Error).message})` }]);
	}

	const tables = new Map<string, unknown[]>();
	// Ids of rows already reported as invalid: references to them are not reported again.
	const rejected = new Set<string>();
	for (const name of Object.keys(resourceSchemas) as ResourceName[]) {
		const resource = descriptor.resources?.find((r) => r.name === name);
		if (!resource) {
			issues.push({ file: rel(dir, 'datapackage.json'), field: 'resources', message: `no resource named "${name}"` });
			continue;
		}
		tables.set(name, readTable(dir, resource.path, resourceSchemas[name], issues, rejected));
	}

	const sourceFile = join(root, SOURCE_PATH);
	const source = existsSync(sourceFile) ? readFileSync(sourceFile, 'utf8') : '';
	if (!source) issues.push({ file: rel(dir, SOURCE_PATH), message: 'the report text is missing or empty' });

	const pkg: DataPackage = {
		figures: new Map(),
		functional: (tables.get('functional') ?? []) as FunctionalNode[],
		assets: (tables.get('assets') ?? []) as AssetRow[],
		chartData: (tables.get('chart-data') ?? []) as ChartDataRow[],
		indicators: (tables.get('performance-indicators') ?? []) as IndicatorRow[],
		scores: (tables.get('evaluation-scores') ?? []) as ScoreRow[],
		glossary: (tables.get('glossary') ?? []) as GlossaryRow[],
		passages: (tables.get('passages') ?? []) as PassageRow[],
		source,
		descriptor
	};

	const figureFiles: ResourceName[] = ['figures-accounts', 'figures-performance'];
	const firstSeen = new Map<string, string>();
	for (const name of figureFiles) {
		const path = descriptor.resources.find((r) => r.name === name)?.path ?? name;
		((tables.get(name) ?? []) as Figure[]).forEach((f, i) => {
			const seen = firstSeen.get(f.id);
			if (seen) {
				issues.push({
					file: rel(dir, path),
					row: rowNumber(f, i),
					field: 'id',
					message: `duplicate id "${f.id}" (first in ${seen})`
				});
				return;
			}
			firstSeen.set(f.id, `${rel(dir, path)} row ${rowNumber(f, i)}`);
			pkg.figures.set(f.id, f);
		});
	}
	for (const name of figureFiles) {
		const path = descriptor.resources.find((r) => r.name === name)?.path ?? name;
		((tables.get(name) ?? []) as Figure[]).forEach((f, i) => {
			checkDerived(
				f.status,
				f.formula,
				f.value,
				(id) => pkg.figures.get(id)?.value,
				{ file: rel(dir, path), row: rowNumber(f, i) },
				issues,
				rejected
			);
		});
	}

	checkUniqueIds(dir, descriptor, 'functional', pkg.functional, issues);
	checkUniqueIds(dir, descriptor, 'assets', pkg.assets, issues);
	checkUniqueIds(dir, descriptor, 'chart-data', pkg.chartData, issues);
	checkUniqueIds(dir, descriptor, 'performance-indicators', pkg.indicators, issues);
	checkUniqueIds(dir, descriptor, 'evaluation-scores', pkg.scores, issues);
	checkUniqueIds(dir, descriptor, 'glossary', pkg.glossary, issues);
	checkUniqueIds(dir, descriptor, 'passages', pkg.passages, issues);
	if (source) {
		const report = collapse(source);
		const file = rel(dir, pathOf(descriptor, 'passages'));
		pkg.passages.forEach((p, i) => {
			if (!report.includes(collapse(p.quote)))
				issues.push({
					file,
					row: rowNumber(p, i),
					field: 'quote',
					message: 'does not occur verbatim in the report (whitespace runs count as one space)'
				});
		});
	}
	checkHierarchy(dir, descriptor, pkg.functional, issues, rejected);

	const chartPath = rel(dir, pathOf(descriptor, 'chart-data'));
	const functionalIds = new Set(pkg.functional.map((n) => n.id));
	pkg.chartData.forEach((c, i) => {
		if (!pkg.figures.has(c.figure_id) && !functionalIds.has(c.figure_id) && !rejected.has(c.figure_id)) {
			issues.push({
				file: chartPath,
				row: rowNumber(c, i),
				field: 'figure_id',
				message: `"${c.figure_id}" is not a figure or functional id`
			});
		}
	});

	if (issues.length) throw new DataError(issues);
	return pkg;
}

function pathOf(descriptor: Descriptor, name: ResourceName): string {
	return descriptor.resources.find((r) => r.name === name)?.path ?? `${name}.csv`;
}

function rel(dir: string, path: string): string {
	return join(dir, path).replaceAll('\\', '/');
}

/** Reads one CSV resource: encoding, line ends, header, then each row through its schema. */
function readTable<S extends z.ZodObject>(
	dir: string,
	path: string,
	schema: S,
	issues: DataIssue[],
	rejected: Set<string>
): z.output<S>[] {
	const file = rel(dir, path);
	const full = join(resolve(dir), path);
	if (!existsSync(full)) {
		issues.push({ file, message: 'file not found' });
		return [];
	}
	const raw = readFileSync(full, 'utf8');
	if (raw.trim() === '') {
		issues.push({ file, message: 'file is empty: expected a header row and at least one data row' });
		return [];
	}
	if (raw.charCodeAt(0) === 0xfeff) {
		issues.push({ file, row: 1, message: 'starts with a byte-order mark (BOM): save it as UTF-8 without BOM' });
		return [];
	}
	const crlf = raw.indexOf('\r');
	if (crlf !== -1) {
		const line = raw.slice(0, crlf).split('\n').length;
		issues.push({ file, row: line, message: 'has Windows line ends (CRLF): save it with LF line ends' });
		return [];
	}
	const rows = csvParse(raw);
	const expected = Object.keys(schema.shape);
	const missing = expected.filter((c) => !rows.columns.includes(c));
	const extra = rows.columns.filter((c) => !expected.includes(c));
	for (const c of missing) issues.push({ file, row: 1, field: c, message: `missing column "${c}"` });
	for (const c of extra)
		issues.push({ file, row: 1, field: c, message: `unexpected column "${c}" (expected: ${expected.join(', ')})` });
	if (missing.length || extra.length) return [];
	if (rows.length === 0) {
		issues.push({ file, message: 'has a header but no data rows' });
		return [];
	}
	const out: z.output<S>[] = [];
	rows.forEach((row, i) => {
		const result = schema.safeParse(row);
		if (result.success) {
			rowOf.set(result.data, i + 2);
			out.push(result.data);
			return;
		}
		if (row.id) rejected.add(row.id.trim());
		for (const issue of result.error.issues) {
			const field = String(issue.path[0] ?? '');
			const got = field in row ? ` (got "${row[field] ?? ''}")` : '';
			issues.push({ file, row: i + 2, field, message: issue.message + got });
		}
	});
	return out;
}

function checkDerived(
	status: 'printed' | 'derived',
	formula: string,
	value: number,
	lookup: (id: string) => number | undefined,
	where: { file: string; row: number },
	issues: DataIssue[],
	rejected: Set<string>
) {
	if (status === 'printed') {
		if (formula)
			issues.push({ ...where, field: 'formula', message: 'a printed figure has no formula (status is "printed")' });
		return;
	}
	if (!formula) {
		issues.push({ ...where, field: 'formula', message: 'a derived figure needs a formula' });
		return;
	}
	if (formulaIds(formula).some((id) => rejected.has(id))) return; // its input is already reported
	try {
		const computed = evaluateFormula(formula, lookup);
		if (Math.abs(computed - value) > 0.005 + 1e-9) {
			issues.push({
				...where,
				field: 'value',
				message: `is ${value} but its formula "${formula}" gives ${round(computed, 4)}`
			});
		}
	} catch (e) {
		issues.push({ ...where, field: 'formula', message: (e as Error).message });
	}
}

function checkUniqueIds(
	dir: string,
	descriptor: Descriptor,
	name: ResourceName,
	rows: { id: string }[],
	issues: DataIssue[]
) {
	const file = rel(dir, pathOf(descriptor, name));
	const seen = new Map<string, number>();
	rows.forEach((r, i) => {
		const first = seen.get(r.id);
		if (first !== undefined)
			issues.push({
				file,
				row: rowNumber(r, i),
				field: 'id',
				message: `duplicate id "${r.id}" (first at row ${first})`
			});
		else seen.set(r.id, rowNumber(r, i));
	});
}

const PARENT_LEVEL = { class: null, section: 'class', item: 'section' } as const;

/** 类 → 款 → 项: every parent exists and is one level up; derived amounts follow their formula. */
function checkHierarchy(
	dir: string,
	descriptor: Descriptor,
	nodes: FunctionalNode[],
	issues: DataIssue[],
	rejected: Set<string>
) {
	const file = rel(dir, pathOf(descriptor, 'functional'));
	const byId = new Map(nodes.map((n) => [n.id, n]));
	nodes.forEach((n, i) => {
		const row = rowNumber(n, i);
		const want = PARENT_LEVEL[n.level];
		if (want === null) {
			if (n.parent_id)
				issues.push({ file, row, field: 'parent_id', message: `a class (类) has no parent, got "${n.parent_id}"` });
		} else {
			const parent = byId.get(n.parent_id);
			if (!n.parent_id) issues.push({ file, row, field: 'parent_id', message: `a ${n.level} needs a parent ${want}` });
			else if (parent && parent.level !== want) {
				issues.push({
					file,
					row,
					field: 'parent_id',
					message: `parent "${n.parent_id}" is a ${parent.level}, expected a ${want}`
				});
			} else if (!parent && !rejected.has(n.parent_id)) {
				// (a parent that is itself invalid was reported already)
				issues.push({ file, row, field: 'parent_id', message: `parent "${n.parent_id}" is not an id in this file` });
			}
		}
		checkDerived(n.status, n.formula, n.amount, (id) => byId.get(id)?.amount, { file, row }, issues, rejected);
	});
}

function round(v: number, digits: number): number {
	const f = 10 ** digits;
	return Math.round(v * f) / f;
}
