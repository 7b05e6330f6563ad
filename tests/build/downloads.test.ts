/**
 * The data as published under /data/: CSVs in UTF-8 with a BOM (so Excel reads the Chinese),
 * the same rows as the package, and a datapackage.json that still describes them.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';

const BUILD = process.env.BUILD_DIR ?? 'build';
const published = (path: string) => readFileSync(join(BUILD, 'data', path));
const descriptor = JSON.parse(published('datapackage.json').toString('utf8')) as {
	resources: {
		name: string;
		path: string;
		format: string;
		encoding?: string;
		schema: { fields: { name: string }[] };
	}[];
};
const csvs = descriptor.resources.filter((r) => r.format === 'csv');
const BOM = [0xef, 0xbb, 0xbf];

/** A published CSV parsed with d3-dsv once its BOM is stripped. */
const rowsOf = (path: string) => csvParse(published(path).subarray(3).toString('utf8'));
const byId = (path: string) => new Map(rowsOf(path).map((r) => [r.id!, r]));
/** Amounts are printed to 0.01 万元: sums agree to half of that. */
const CENT = 0.005;

describe('published CSVs', () => {
	it('the descriptor lists them', () => {
		expect(csvs.length).toBeGreaterThanOrEqual(8);
	});

	describe.each(csvs.map((r) => r.path))('%s', (path) => {
		const bytes = published(path);
		const source = readFileSync(join('data', path));

		it('starts with the UTF-8 BOM, then the package’s file byte for byte (which itself has none)', () => {
			expect([...bytes.subarray(0, 3)]).toEqual(BOM);
			expect([...source.subarray(0, 3)]).not.toEqual(BOM);
			expect(bytes.subarray(3).equals(source)).toBe(true);
		});

		it('parses with d3-dsv after the BOM: the schema’s columns, the package’s rows', () => {
			const rows = rowsOf(path);
			const fields = csvs.find((r) => r.path === path)!.schema.fields.map((f) => f.name);
			expect(rows.columns).toEqual(fields);
			expect(rows.length).toBe(csvParse(source.toString('utf8')).length);
			expect(rows.length).toBeGreaterThan(0);
		});

		it('is declared UTF-8 in datapackage.json (Frictionless reads a BOM under "utf-8" as utf-8-sig)', () => {
			expect(csvs.find((r) => r.path === path)!.encoding?.toLowerCase()).toBe('utf-8');
		});
	});

	it('functional.csv: the classes (类) add up to the general public budget total of figures-accounts.csv', () => {
		const classes = rowsOf('functional.csv').filter((r) => r.level === 'class');
		const sum = classes.reduce((a, r) => a + Number(r.amount), 0);
		expect(classes.length).toBeGreaterThan(1);
		expect(Math.abs(sum - Number(byId('figures-accounts.csv').get('totals.gpb.2019')!.value))).toBeLessThan(CENT);
	});

	it('figures-accounts.csv: the three “three public” expenses add up to their total', () => {
		const f = byId('figures-accounts.csv');
		const sum = ['tp.overseas', 'tp.vehicles', 'tp.reception'].reduce((a, id) => a + Number(f.get(id)!.value), 0);
		expect(Math.abs(sum - Number(f.get('tp.total')!.value))).toBeLessThan(CENT);
	});

	it('figures-accounts.csv: the 2019 total is the 2018 total plus the printed change', () => {
		const f = byId('figures-accounts.csv');
		const v = (id: string) => Number(f.get(id)!.value);
		expect(Math.abs(v('totals.all.2018') + v('totals.all.change') - v('totals.all.2019'))).toBeLessThan(CENT);
	});
});
