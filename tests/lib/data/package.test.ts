import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { loadPackage } from '$lib/data/load';
import { resourceSchemas } from '$lib/data/schema';
import { normalise, numbersIn, occursIn, sourceText, SOURCE_FILE } from '$lib/../../tests/helpers/source';

const pkg = loadPackage('data');
const figures = [...pkg.figures.values()];

describe('data/source', () => {
	const shared = '../shared/source/panzhihua-party-office-2019-final-accounts.zh.txt';
	it.skipIf(!existsSync(shared))('is the report text byte for byte', () => {
		expect(readFileSync(SOURCE_FILE).equals(readFileSync(shared))).toBe(true);
	});
});

describe('datapackage.json', () => {
	it('declares the fiscal data package profile, 万元 as CNY × 10,000, and every resource', () => {
		const d = pkg.descriptor as unknown as Record<string, unknown> & {
			model: { measures: Record<string, { currency: string; factor: number }> };
		};
		expect(d.profile).toBe('fiscal-data-package');
		expect(d.model.measures.amount).toMatchObject({ currency: 'CNY', factor: 10000 });
		expect(pkg.descriptor.resources.map((r) => r.name).sort()).toEqual(Object.keys(resourceSchemas).sort());
	});

	it.each(Object.keys(resourceSchemas))('resource "%s" declares exactly the columns its schema validates', (name) => {
		const resource = pkg.descriptor.resources.find((r) => r.name === name)!;
		const schema = resourceSchemas[name as keyof typeof resourceSchemas];
		expect(resource.schema.fields.map((f) => f.name)).toEqual(Object.keys(schema.shape));
		const header = readFileSync(`data/${resource.path}`, 'utf8').split('\n')[0]!.split(',');
		expect(header).toEqual(Object.keys(schema.shape));
	});
});

describe('provenance: every row quotes the report verbatim', () => {
	const rows: { file: string; id: string; quote: string }[] = [
		...figures.map((f) => ({ file: 'figures', id: f.id, quote: f.quote })),
		...pkg.functional.map((r) => ({ file: 'functional', id: r.id, quote: r.quote })),
		...pkg.assets.map((r) => ({ file: 'assets', id: r.id, quote: r.quote })),
		...pkg.chartData.map((r) => ({ file: 'chart-data', id: r.id, quote: r.quote })),
		...pkg.indicators.map((r) => ({ file: 'performance-indicators', id: r.id, quote: r.quote })),
		...pkg.scores.map((r) => ({ file: 'evaluation-scores', id: r.id, quote: r.quote })),
		...pkg.glossary.map((r) => ({ file: 'glossary', id: r.id, quote: r.quote }))
	];

	it('covers every row of every resource', () => {
		expect(rows.length).toBeGreaterThan(250);
	});

	it.each(rows.map((r) => [`${r.file}:${r.id}`, r.quote] as const))('%s: quote occurs in the report', (_, quote) => {
		expect(sourceText).toContain(normalise(quote));
	});
});

describe('provenance: every printed figure occurs in its quote', () => {
	it.each(figures.filter((f) => f.status === 'printed').map((f) => [f.id, f] as const))('%s', (_, f) => {
		expect(numbersIn(f.quote), f.quote).toContainEqual(Math.abs(f.value));
	});

	it.each(pkg.functional.filter((n) => n.status === 'printed').map((n) => [n.id, n] as const))(
		'functional %s: amount, rate and share',
		(_, n) => {
			expect(occursIn(n.amount, n.quote)).toBe(true);
			if (n.completion_rate !== null) expect(occursIn(n.completion_rate, n.quote)).toBe(true);
			if (n.share_printed !== null) expect(occursIn(n.share_printed, n.quote)).toBe(true);
		}
	);

	it.each(pkg.assets.map((r) => [r.id, r] as const))('assets %s: every cell', (_, r) => {
		for (const v of [r.current, r.fixed, r.intangible, r.pending_loss, r.subtotal])
			if (v !== null) expect(occursIn(v, r.quote), `${v}`).toBe(true);
	});

	it.each(pkg.chartData.map((r) => [r.id, r] as const))('chart data %s', (_, r) => {
		// Chart values are printed with float noise (4525.3599999999997): compare at 1e-6.
		expect(numbersIn(r.quote).some((n) => Math.abs(n - r.value) < 1e-6)).toBe(true);
	});

	it.each(pkg.indicators.map((r) => [r.id, r] as const))('indicator %s: target and result text', (_, r) => {
		const q = normalise(r.quote);
		if (r.target_zh) expect(q).toContain(normalise(r.target_zh));
		if (r.actual_zh) expect(q).toContain(normalise(r.actual_zh));
	});

	it.each(pkg.scores.map((r) => [r.id, r] as const))('score %s: weight and score', (_, r) => {
		expect(occursIn(r.weight, r.quote)).toBe(true);
		expect(occursIn(r.score, r.quote)).toBe(true);
	});

	it('derived figures carry a formula and say so', () => {
		const derived = figures.filter((f) => f.status === 'derived');
		expect(derived.length).toBeGreaterThan(5);
		for (const f of derived) expect(f.formula, f.id).not.toBe('');
	});
});

describe('completeness', () => {
	it('has the 类/款/项 hierarchy the report itemises: 5 classes, 11 sections, 14 items', () => {
		const count = (level: string) => pkg.functional.filter((n) => n.level === level).length;
		expect([count('class'), count('section'), count('item')]).toEqual([5, 11, 14]);
	});

	it('has all 21 definitions of Part 3, numbered 1–21, term and definition verbatim', () => {
		expect(pkg.glossary.map((g) => g.number)).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
		for (const g of pkg.glossary)
			expect(normalise(g.quote)).toBe(normalise(`${g.number}.${g.term_zh}：${g.definition_zh}`));
	});

	it('has the 11 rows of the evaluation score table', () => {
		expect(pkg.scores).toHaveLength(11);
	});

	it('has indicators for each of the five project tables', () => {
		expect(new Set(pkg.indicators.map((i) => i.project_id)).size).toBe(5);
	});

	/**
	 * Every amount (万元) and percentage written in Parts 1, 2 and 4 is a value somewhere in the
	 * package. Thresholds that are not figures of the accounts are listed with their reason.
	 */
	it('holds every 万元 amount and percentage the report prints', () => {
		const notFigures = new Set([
			50, // 单价50万元以上通用设备: a threshold, not an amount
			100 // 单价100万元以上专用设备; also 100% completion rates, which are held
		]);
		const values = new Set<number>();
		const addAbs = (v: number | null) => v !== null && values.add(Math.round(Math.abs(v) * 1000) / 1000);
		figures.forEach((f) => addAbs(f.value));
		pkg.functional.forEach((n) => [n.amount, n.completion_rate, n.share_printed].forEach(addAbs));
		pkg.assets.forEach((r) => [r.current, r.fixed, r.intangible, r.pending_loss, r.subtotal].forEach(addAbs));
		pkg.indicators.forEach((r) => [r.target_value, r.actual_value].forEach(addAbs));
		const body =
			sourceText.split('第三部分 名词解释')[0]! +
			sourceText.split('第四部分 附件')[1]!.split('一、收入支出决算总表')[0]!;
		const printed = [...body.matchAll(/(\d[\d,]*(?:\.\d+)?)\s*(万元|%|万)/g)].map((m) =>
			Number(m[1]!.replaceAll(',', ''))
		);
		expect(printed.length).toBeGreaterThan(100);
		const missing = [...new Set(printed)].filter((v) => !values.has(Math.round(v * 1000) / 1000) && !notFigures.has(v));
		expect(missing).toEqual([]);
	});
});
