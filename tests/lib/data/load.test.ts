import { afterEach, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataError, loadPackage } from '$lib/data/load';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A copy of data/ with one file changed by `edit`. */
function brokenCopy(file: string, edit: (text: string) => string): string {
	const dir = mkdtempSync(join(tmpdir(), 'pkg-'));
	dirs.push(dir);
	cpSync('data', dir, { recursive: true });
	const path = join(dir, file);
	writeFileSync(path, edit(readFileSync(path, 'utf8')));
	return dir;
}

function messageOf(dir: string): string {
	try {
		loadPackage(dir);
	} catch (e) {
		expect(e).toBeInstanceOf(DataError);
		return (e as Error).message.replaceAll(dir, '<data>');
	}
	throw new Error('expected the package to be rejected');
}

/** Replaces the cell `column` of the row whose id is `id` (CSV without quoted commas before it). */
function setCell(text: string, id: string, column: string, value: string): string {
	const lines = text.split('\n');
	const col = lines[0]!.split(',').indexOf(column);
	const i = lines.findIndex((l) => l.startsWith(id + ','));
	const cells = lines[i]!.split(',');
	cells[col] = value;
	lines[i] = cells.join(',');
	return lines.join('\n');
}

describe('loadPackage(dir) rejects broken data with file, row and field', () => {
	it('accepts the real package', () => {
		expect(loadPackage('data').functional).toHaveLength(30);
	});

	it('a missing column', () => {
		const dir = brokenCopy('functional.csv', (t) =>
			t
				.split('\n')
				.map((l) =>
					l
						.split(',')
						.filter((_, i) => i !== 5)
						.join(',')
				)
				.join('\n')
		);
		expect(messageOf(dir)).toContain('<data>/functional.csv, row 1, field "amount": missing column "amount"');
	});

	it('a non-numeric amount', () => {
		const dir = brokenCopy('functional.csv', (t) =>
			setCell(t, 'gps.party.general', 'amount', '975,95'.replace(',', '·'))
		);
		expect(messageOf(dir)).toMatch(
			/functional\.csv, row 19, field "amount": expected a number like 1234\.56 .*\(got "975·95"\)/
		);
	});

	it('an unknown class level', () => {
		const dir = brokenCopy('functional.csv', (t) => setCell(t, 'sci', 'level', 'category'));
		expect(messageOf(dir)).toContain(
			'functional.csv, row 3, field "level": expected class, section or item (类/款/项) (got "category")'
		);
	});

	it('a duplicate id', () => {
		const dir = brokenCopy('functional.csv', (t) => setCell(t, 'sci', 'id', 'gps'));
		expect(messageOf(dir)).toContain('functional.csv, row 3, field "id": duplicate id "gps" (first at row 2)');
	});

	it('a duplicate figure id across the two figure files', () => {
		const dir = brokenCopy('figures-performance.csv', (t) =>
			t.replace('\nwork.info-reports-submitted,', '\ntotals.all.2019,')
		);
		expect(messageOf(dir)).toContain(
			'figures-performance.csv, row 2, field "id": duplicate id "totals.all.2019" (first in <data>/figures-accounts.csv row 2)'
		);
	});

	it('an item whose parent is missing', () => {
		const dir = brokenCopy('functional.csv', (t) => setCell(t, 'health.other.other', 'parent_id', 'health.misc'));
		expect(messageOf(dir)).toContain(
			'functional.csv, row 30, field "parent_id": parent "health.misc" is not an id in this file'
		);
	});

	it('an item attached to a class instead of a section', () => {
		const dir = brokenCopy('functional.csv', (t) => setCell(t, 'health.other.other', 'parent_id', 'health'));
		expect(messageOf(dir)).toContain('field "parent_id": parent "health" is a class, expected a section');
	});

	it('an empty file', () => {
		const dir = brokenCopy('assets.csv', () => '');
		expect(messageOf(dir)).toContain(
			'<data>/assets.csv: file is empty: expected a header row and at least one data row'
		);
	});

	it('a byte-order mark', () => {
		const dir = brokenCopy('glossary.csv', (t) => '\ufeff' + t);
		expect(messageOf(dir)).toContain(
			'<data>/glossary.csv, row 1: starts with a byte-order mark (BOM): save it as UTF-8 without BOM'
		);
	});

	it('Windows line ends', () => {
		const dir = brokenCopy('chart-data.csv', (t) => t.replaceAll('\n', '\r\n'));
		expect(messageOf(dir)).toContain(
			'<data>/chart-data.csv, row 1: has Windows line ends (CRLF): save it with LF line ends'
		);
	});

	it('a derived figure that does not follow its formula', () => {
		const dir = brokenCopy('figures-accounts.csv', (t) =>
			t.replace(
				'\nbalance.closing,derived,年末结转和结余,Carried into 2020 (year-end balance),1.64,',
				'\nbalance.closing,derived,年末结转和结余,Carried into 2020 (year-end balance),1.74,'
			)
		);
		expect(messageOf(dir)).toMatch(
			/figures-accounts\.csv, row \d+, field "value": is 1\.74 but its formula "totals\.all\.2019 - spending\.total" gives 1\.64/
		);
	});

	it('a formula naming an unknown figure', () => {
		const dir = brokenCopy('figures-accounts.csv', (t) =>
			t.replace('totals.all.2019 - spending.total', 'totals.all.2019 - spending.totl')
		);
		expect(messageOf(dir)).toContain(
			'field "formula": formula "totals.all.2019 - spending.totl" refers to unknown id "spending.totl"'
		);
	});

	it('an unknown enum value in a figure', () => {
		const dir = brokenCopy('figures-accounts.csv', (t) => t.replace(',5852.77,wan-yuan,', ',5852.77,yuan,'));
		expect(messageOf(dir)).toContain(
			'figures-accounts.csv, row 2, field "unit": expected one of wan-yuan, percent, count, score (got "yuan")'
		);
	});

	it('a descriptor that is not JSON', () => {
		const dir = brokenCopy('datapackage.json', (t) => t.slice(0, 40));
		expect(messageOf(dir)).toMatch(/<data>\/datapackage\.json: not valid JSON/);
	});

	it('lists every problem at once', () => {
		const dir = brokenCopy('functional.csv', (t) => setCell(setCell(t, 'sci', 'amount', 'x'), 'social', 'level', 'y'));
		const m = messageOf(dir);
		expect(m).toContain('(2 problems)');
		expect(m).toContain('row 3, field "amount"');
		expect(m).toContain('row 4, field "level"');
	});
});

describe('row numbers stay true when earlier rows are rejected', () => {
	it('names the spreadsheet row of a later problem', () => {
		const dir = brokenCopy('functional.csv', (t) =>
			setCell(setCell(t, 'sci', 'amount', 'x'), 'health.other.other', 'parent_id', 'health.misc')
		);
		expect(messageOf(dir)).toContain(
			'functional.csv, row 30, field "parent_id": parent "health.misc" is not an id in this file'
		);
	});
});
