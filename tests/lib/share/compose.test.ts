import { describe, expect, it } from 'vitest';
import { loadPackage } from '$lib/data/load';
import { reconcile } from '$lib/data/reconcile';
import { formatAmount, type Locale } from '$lib/format';
import { messages } from '$lib/i18n';
import { shareCard, renderText } from '$lib/share/cards';
import { composeShareSvg, estimate, phraseWrap, scriptRuns, shareLayout } from '$lib/share/compose';
import { svgTexts } from '$lib/share/glyphs';
import { SHARE_IMAGES, SHARE_SIZE } from '$lib/actions/share-images';
import { shareFonts } from '$lib/share/render.server';
import { expectedFigures, value } from '$lib/../../tests/helpers/share';

const pkg = loadPackage('data');
const checks = reconcile(pkg);
const LOCALES = ['zh', 'en'] as const;
const cases = LOCALES.flatMap((locale) => SHARE_IMAGES.map((image) => [locale, image] as const));
const card = (image: (typeof SHARE_IMAGES)[number], locale: Locale) => shareCard({ pkg, checks, image, locale });
/** What the image draws, as one string: the runs of a line are consecutive <text> elements. */
const drawn = (svg: string) => svgTexts(svg).join('');
const { measure } = shareFonts();

describe('composeShareSvg(shareCard(…))', () => {
	it.each(cases)(
		'%s %s: says the figures of data/, formatted for the locale, and draws every line it lays out',
		(locale, image) => {
			const c = card(image, locale);
			const said = [c.label, c.figure, c.first, c.second].join(' ');
			for (const f of expectedFigures(image, locale)) expect(said, f).toContain(f);
			const text = drawn(composeShareSvg(c, { measure }));
			for (const b of shareLayout(c, { measure }).blocks)
				for (const line of b.lines) expect(text, `${b.key}: ${line}`).toContain(line);
		}
	);

	it.each(cases)('%s %s: is 1200×630 and carries its alt text as <title>', (locale, image) => {
		const c = card(image, locale);
		const svg = composeShareSvg(c);
		expect(svg).toMatch(new RegExp(`^<svg [^>]*width="${SHARE_SIZE.width}" height="${SHARE_SIZE.height}"`));
		expect(svg).toContain(
			`<title>${c.alt.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll("'", '&apos;')}</title>`
		);
	});

	it.each(LOCALES)('%s: the title and the source are the dictionary’s own', (locale) => {
		const svg = drawn(composeShareSvg(card('sunburst', locale), { measure }));
		expect(svg).toContain(messages[locale].share.cards.sunburst.title);
		expect(svg).toContain(messages[locale].share.source);
	});

	it.each(LOCALES)(
		'%s: the waterfall drawing labels its bars with the amounts of data/, without the unit',
		(locale) => {
			const svg = drawn(composeShareSvg(card('three-public', locale), { measure }));
			for (const id of ['tp.overseas.change', 'tp.vehicles.change', 'tp.reception.change'])
				expect(svg, id).toContain(formatAmount(value(id), locale, { sign: true, unit: false }));
			expect(svg).toContain(messages[locale].share.unitNote);
		}
	);

	it('Chinese and English images differ in every text', () => {
		for (const image of SHARE_IMAGES) expect(card(image, 'zh').title).not.toBe(card(image, 'en').title);
	});
});

describe('shareLayout(card, { measure })', () => {
	it.each(cases)(
		'%s %s: every text block of the left column fits the column and ends above the footer',
		(locale, image) => {
			const { blocks, panel } = shareLayout(card(image, locale), { measure });
			const column = blocks.filter((b) => !['source', 'unitNote'].includes(b.key));
			for (const b of column) {
				expect(b.box.x + b.box.width, b.key).toBeLessThanOrEqual(panel.x);
				expect(b.box.y + b.box.height, b.key).toBeLessThanOrEqual(540);
				expect(b.lines.length, b.key).toBeGreaterThan(0);
			}
			const source = blocks.find((b) => b.key === 'source')!;
			expect(source.box.x + source.box.width).toBeLessThanOrEqual(SHARE_SIZE.width - 64);
		}
	);

	it.each(cases)('%s %s: the headline figure is the largest type on the card', (locale, image) => {
		const { blocks } = shareLayout(card(image, locale), { measure });
		const figure = blocks.find((b) => b.key === 'figure')!;
		for (const b of blocks.filter((x) => x !== figure)) expect(figure.fontSize, b.key).toBeGreaterThan(b.fontSize);
		expect(figure.fontSize).toBeGreaterThanOrEqual(72);
	});

	it('without font metrics, the generous estimate still fits the column', () => {
		const { blocks, panel } = shareLayout(card('story', 'en'), { measure: estimate });
		for (const b of blocks.filter((x) => x.key !== 'source' && x.key !== 'unitNote'))
			expect(b.box.x + b.box.width).toBeLessThanOrEqual(panel.x);
	});
});

describe('text helpers', () => {
	it('scriptRuns splits by font: Chinese punctuation stays Chinese in zh, Latin in en', () => {
		expect(scriptRuns('比2018年“增长”', 'zh')).toEqual([
			{ script: 'cjk', text: '比' },
			{ script: 'latin', text: '2018' },
			{ script: 'cjk', text: '年“增长”' }
		]);
		expect(scriptRuns('the “three public” (三公)', 'en')).toEqual([
			{ script: 'latin', text: 'the “three public” (' },
			{ script: 'cjk', text: '三公' },
			{ script: 'latin', text: ')' }
		]);
	});

	it('phraseWrap breaks after punctuation where the phrases fit', () => {
		const width = (text: string, size: number) => estimate(text, size, { weight: 700, locale: 'en' });
		expect(phraseWrap('没有信息化建设任务，收支不增反降', 440, 44, width)).toEqual([
			'没有信息化建设任务，',
			'收支不增反降'
		]);
		expect(phraseWrap('Cars, trips, receptions: the bill fell', 560, 40, width)).toEqual([
			'Cars, trips, receptions:',
			'the bill fell'
		]);
		// Never inside a number: "1,210.27" has no space after its comma.
		expect(phraseWrap('up 1,210.27 yuan', 10_000, 20, width)).toEqual(['up 1,210.27 yuan']);
		// No lone word on the last line.
		expect(phraseWrap('brought 15.4 million yuan', width('brought 15.4 million', 20) + 1, 20, width)).toEqual([
			'brought 15.4',
			'million yuan'
		]);
	});

	it('renderText fills figures and slots, and names an unknown figure', () => {
		const figure = (id: string) => (id === 'a.b' ? { value: -7.07, unit: 'percent' as const, precision: 0.01 } : null);
		expect(renderText('{a.b|signed} / {a.b|abs} / $x', { locale: 'en', figure, slots: { x: 'X' } })).toBe(
			'−7.07% / 7.07% / X'
		);
		expect(() => renderText('{a.c}', { locale: 'zh', figure })).toThrow(
			'share text (zh) refers to unknown figure "{a.c}"'
		);
	});
});
