/**
 * Builds the glossary a page shows: the report's Part 3 definitions (quoted, cited) joined with
 * this site's plain-language explanations and the terms the report uses without defining.
 * Pure: no DOM, no Svelte, no file system.
 */
import type { DataPackage } from '$lib/data/load';
import type { Locale } from '$lib/format';
import { TERMS, type TermContent } from '$lib/i18n/glossary';

export interface GlossaryEntry {
	id: string;
	/** The term in the reader's language, and in the other. */
	term: string;
	termOther: string;
	/** The Chinese term (always shown: the report's official wording). */
	term_zh: string;
	/** A short name for long 科目 terms. */
	short: string | null;
	/** This site's explanation, in the reader's language (may hold `{figure}` placeholders). */
	plain: string;
	/** The report's own definition (Part 3), verbatim, with its number; null if the report has none. */
	definition: { zh: string; en: string; number: number; section: string } | null;
	/** Where the concept is defined, for terms not in Part 3. */
	source: string | null;
	related: { id: string; term: string }[];
}

/** Sorting: Chinese by pinyin, English alphabetically. */
export function collator(locale: Locale): Intl.Collator {
	return new Intl.Collator(locale === 'zh' ? 'zh-CN-u-co-pinyin' : 'en', { sensitivity: 'base' });
}

/**
 * Every glossary entry for a locale, sorted for that locale's readers. Throws if the content
 * misses a Part 3 term or names an unknown related term.
 */
export function buildGlossary(pkg: DataPackage, locale: Locale, terms: TermContent[] = TERMS): GlossaryEntry[] {
	const byId = new Map(terms.map((t) => [t.id, t]));
	for (const g of pkg.glossary) {
		if (!byId.has(g.id)) throw new Error(`glossary: no explanation for Part 3 term "${g.id}" (${g.term_zh})`);
	}
	const names = new Map<string, { zh: string; en: string }>();
	for (const t of terms) {
		const part3 = pkg.glossary.find((g) => g.id === t.id);
		const zh = t.short_zh ?? part3?.term_zh ?? t.term_zh;
		const en = t.short_en ?? part3?.term_en ?? t.term_en;
		if (!zh || !en) throw new Error(`glossary: term "${t.id}" has no name`);
		names.set(t.id, { zh, en });
	}
	const entries = terms.map((t): GlossaryEntry => {
		const part3 = pkg.glossary.find((g) => g.id === t.id);
		const term_zh = part3?.term_zh ?? t.term_zh!;
		const term_en = part3?.term_en ?? t.term_en!;
		return {
			id: t.id,
			term: locale === 'zh' ? term_zh : term_en,
			termOther: locale === 'zh' ? term_en : term_zh,
			term_zh,
			short: (locale === 'zh' ? t.short_zh : t.short_en) ?? null,
			plain: locale === 'zh' ? t.plain_zh : t.plain_en,
			definition: part3
				? { zh: part3.definition_zh, en: part3.definition_en, number: part3.number, section: part3.section }
				: null,
			source: (locale === 'zh' ? t.source_zh : t.source_en) ?? null,
			related: t.related.map((id) => {
				const n = names.get(id);
				if (!n) throw new Error(`glossary: term "${t.id}" relates to unknown term "${id}"`);
				return { id, term: locale === 'zh' ? n.zh : n.en };
			})
		};
	});
	const c = collator(locale);
	return entries.sort((a, b) => c.compare(a.short ?? a.term, b.short ?? b.term));
}
