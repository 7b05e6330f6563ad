/**
 * The one place numbers become text. Pure: no DOM, no Svelte.
 *
 * Chinese follows the report: amounts in 万元 with two decimals at most, as printed
 * (5,852.77万元). English counts in yuan, the unit an English reader knows: prose rounds to a
 * readable size (58.5 million yuan), tables keep every printed digit (58,527,700).
 * One 万元 is 10,000 yuan, so no precision is lost in English tables.
 */

export type Locale = 'zh' | 'en';

/** 万元 → yuan. */
export const WAN = 10_000;

/** U+2212, the true minus sign. */
export const MINUS = '\u2212';

const intlLocale = (locale: Locale) => (locale === 'zh' ? 'zh-CN' : 'en-GB');

/**
 * Digits with thousands separators and up to `max` decimals, rounded half away from zero on the
 * number's shortest decimal form, as Intl.NumberFormat does for zh-CN and en-GB (both group by
 * three with "," and use "." for decimals).
 *
 * Written out rather than left to Intl because the first Intl.NumberFormat a page builds costs
 * ~45 ms on a fast desktop (ICU's number data loading), four times that on a mid-range phone, and
 * the story formats its first figure while it hydrates. tests/lib/format/decimal.test.ts holds
 * it to Intl's output. Exponent forms (below 1e-6, from 1e21) and non-finite values go to Intl.
 */
export function formatDecimal(x: number, locale: Locale, min: number, max: number): string {
	if (x < 0 || Object.is(x, -0)) return '-' + formatDecimal(-x, locale, min, max);
	const s = String(x);
	if (!Number.isFinite(x) || s.includes('e')) return intl(locale, min, max).format(x);
	const dot = s.indexOf('.');
	let int = dot < 0 ? s : s.slice(0, dot);
	let frac = dot < 0 ? '' : s.slice(dot + 1);
	if (frac.length > max) {
		let digits = int + frac.slice(0, max);
		if (frac.charCodeAt(max) >= 53 /* '5' */) digits = increment(digits);
		int = digits.slice(0, digits.length - max) || '0';
		frac = digits.slice(digits.length - max);
	}
	frac = frac.replace(/0+$/, '').padEnd(min, '0');
	return int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac ? '.' + frac : '');
}

/** "0999" → "1000": adds one to a string of decimal digits. */
function increment(digits: string): string {
	const d = digits.split('');
	for (let i = d.length - 1; i >= 0; i--) {
		if (d[i] !== '9') {
			d[i] = String(Number(d[i]) + 1);
			return d.join('');
		}
		d[i] = '0';
	}
	return '1' + d.join('');
}

const cache = new Map<string, Intl.NumberFormat>();
function intl(locale: Locale, min: number, max: number): Intl.NumberFormat {
	const key = `${locale}|${min}|${max}`;
	let f = cache.get(key);
	if (!f) {
		f = new Intl.NumberFormat(intlLocale(locale), { minimumFractionDigits: min, maximumFractionDigits: max });
		cache.set(key, f);
	}
	return f;
}

/** A formatter at a given number of decimals (see formatDecimal). */
const nf = (locale: Locale, min: number, max: number) => ({
	format: (x: number) => formatDecimal(x, locale, min, max)
});

/** Swaps a leading hyphen-minus for U+2212 and optionally prefixes "+" on positive values. */
function signed(text: string, value: number, sign: boolean): string {
	if (value < 0 || Object.is(value, -0)) return MINUS + text.replace(/^[-\u2212]/, '');
	return sign && value > 0 ? '+' + text : text;
}

export interface AmountOptions {
	/** `prose` (default) reads well in a sentence; `table` keeps the report's full precision. */
	style?: 'prose' | 'table';
	/** Prefix "+" on rises (falls always carry a true minus). */
	sign?: boolean;
	/** Leave out the unit (for table cells under a header that states it). */
	unit?: boolean;
	/** How the report qualifies the amount (约, 余 …), if it does. */
	approx?: Approximation | null;
}

/**
 * Formats an amount given in 万元, as the report stores it.
 * @example
 * formatAmount(5852.77, 'zh') // "5,852.77万元"
 * formatAmount(5852.77, 'en') // "58.5 million yuan"
 * formatAmount(5852.77, 'en', { style: 'table' }) // "58,527,700 yuan"
 */
export function formatAmount(wan: number, locale: Locale, opts: AmountOptions = {}): string {
	const { style = 'prose', sign = false, unit = true, approx } = opts;
	const abs = Math.abs(wan);
	let text: string;
	if (locale === 'zh') {
		text = approximate(nf('zh', 0, 2).format(abs), unit ? '万元' : '', approx, 'zh');
	} else {
		const yuan = Math.round(abs * WAN);
		if (style === 'prose' && yuan >= 1_000_000) {
			// Three significant figures: 58.5 million, 2.28 million. A zero that rounding leaves stays
			// (12.968 → 13.0 million, three figures like the rest); a value that is round stays
			// round (1 million).
			const m = yuan / 1_000_000;
			const digits = m >= 100 ? 0 : m >= 10 ? 1 : 2;
			const round = Math.abs(m * 10 ** digits - Math.round(m * 10 ** digits)) < 1e-9;
			text = approximate(
				nf('en', round ? 0 : digits, digits).format(m),
				unit ? 'million yuan' : 'million',
				approx,
				'en'
			);
		} else {
			text = approximate(nf('en', 0, 0).format(yuan), unit ? 'yuan' : '', approx, 'en');
		}
	}
	if (approx) return sign && wan > 0 ? '+' + text : text;
	return signed(text, wan, sign);
}

export interface RateOptions {
	/** Decimals to show; by default those of the printed precision (0.1 → 1, 0.01 → 2). */
	decimals?: number;
	/** Printed precision of the figure (e.g. 0.1 for 26.1%); sets the decimals. */
	precision?: number;
	/** Prefix "+" on rises. */
	sign?: boolean;
}

/** Decimals implied by a rounding unit: 0.01 → 2, 0.5 → 1, 1 → 0. */
export function decimalsOf(precision: number): number {
	if (!(precision > 0) || precision >= 1) return 0;
	return Math.min(6, Math.max(0, Math.ceil(-Math.log10(precision) - 1e-9)));
}

/**
 * Formats a percentage given in per cent (26.1 → "26.1%"), trailing zeros dropped as the report
 * prints them.
 * @example
 * formatRate(-7.07, 'zh', { sign: true }) // "−7.07%"
 */
export function formatRate(pct: number, locale: Locale, opts: RateOptions = {}): string {
	const max = opts.decimals ?? (opts.precision !== undefined ? decimalsOf(opts.precision) : 2);
	return signed(nf(locale, 0, max).format(Math.abs(pct)) + '%', pct, opts.sign ?? false);
}

/** A signed percentage-point difference, e.g. "+0.09 pp" / "+0.09个百分点". */
export function formatPoints(pp: number, locale: Locale, decimals = 2): string {
	const t = nf(locale, 0, decimals).format(Math.abs(pp));
	return signed(locale === 'zh' ? `${t}个百分点` : `${t} pp`, pp, true);
}

/**
 * How the report qualifies a figure it does not state exactly (the data package's `approx`):
 * 约 about, 余 more than, 左右 around, 以上 that or more, 以内 that or less. Each is a claim of its
 * own, so each has its own words in each language.
 */
export type Approximation = 'about' | 'over' | 'around' | 'at-least' | 'at-most';

/**
 * Puts a qualified number into words: `num` is the number, `unit` what follows it (a counting
 * word, 万元, "million yuan"). Chinese places each qualifier where the language does: 约3,800份,
 * 3,800余份, 50,000份左右, 4幅以上, 10万字以内; English says about, more than, roughly, at least,
 * at most.
 * @example approximate('3,800', '份', 'over', 'zh') // "3,800余份"
 */
export function approximate(num: string, unit: string, kind: Approximation | null | undefined, locale: Locale): string {
	const sep = locale === 'en' && unit ? ' ' : '';
	const plain = num + sep + unit;
	if (!kind) return plain;
	if (locale === 'zh') {
		switch (kind) {
			case 'about':
				return '约' + plain;
			case 'over':
				return num + '余' + unit;
			case 'around':
				return plain + '左右';
			case 'at-least':
				return plain + '以上';
			case 'at-most':
				return plain + '以内';
		}
	}
	const words: Record<Approximation, string> = {
		about: 'about',
		over: 'more than',
		around: 'roughly',
		'at-least': 'at least',
		'at-most': 'at most'
	};
	return `${words[kind]} ${plain}`;
}

/**
 * Formats a count with its counting word: "3,800份" / "3,800 telegrams". An English counter may
 * give both forms, "vehicle|vehicles", and the number picks one.
 * @example formatCount(3800, 'zh', { counter: '份', approx: 'over' }) // "3,800余份"
 */
export function formatCount(
	n: number,
	locale: Locale,
	opts: { counter?: string; approx?: Approximation | null } = {}
): string {
	const num = nf(locale, 0, 2).format(n);
	const counter = opts.counter ? (locale === 'zh' ? opts.counter : pluralForm(opts.counter, n)) : '';
	return approximate(num, counter, opts.approx, locale);
}

/** "vehicle|vehicles" → the form English needs for n; a counter without "|" is used as is. */
function pluralForm(counter: string, n: number): string {
	const [one, other] = counter.split('|');
	if (other === undefined) return counter;
	// English: singular for exactly one, as Intl.PluralRules('en') has it (1.5 takes the plural).
	return Math.abs(n) === 1 ? one! : other;
}

/** A plain number at a given precision, for tables of raw figures ("5,852.77"). */
export function formatNumber(v: number, locale: Locale, decimals = 2): string {
	return signed(nf(locale, 0, decimals).format(Math.abs(v)), v, false);
}

/** What a figure is, enough to format it. Matches the data package's figure rows. */
export interface FigureLike {
	value: number;
	unit: 'wan-yuan' | 'percent' | 'count' | 'score';
	precision: number;
	approx?: Approximation | null;
	counter_zh?: string;
	counter_en?: string;
}

export type FigureStyle = 'plain' | 'signed' | 'table';

/**
 * Formats a data-package figure by its unit; `signed` for changes and growth rates.
 * @example formatFigure(fig('totals.all.growth'), 'en', 'signed') // "+26.1%"
 */
export function formatFigure(f: FigureLike, locale: Locale, style: FigureStyle = 'plain'): string {
	const sign = style === 'signed';
	switch (f.unit) {
		case 'wan-yuan':
			return formatAmount(f.value, locale, { sign, style: style === 'table' ? 'table' : 'prose', approx: f.approx });
		case 'percent':
			return formatRate(f.value, locale, { precision: f.precision, sign });
		case 'score':
			return nf(locale, 0, 1).format(f.value);
		case 'count':
			return formatCount(f.value, locale, { counter: locale === 'zh' ? f.counter_zh : f.counter_en, approx: f.approx });
	}
}
