/** Test helpers for provenance: the report's text, whitespace-normalised as the package quotes it. */
import { readFileSync } from 'node:fs';

export const SOURCE_FILE = 'data/source/panzhihua-party-office-2019-final-accounts.zh.txt';

export const normalise = (s: string) => s.replace(/\s+/g, ' ');

export const sourceText = normalise(readFileSync(SOURCE_FILE, 'utf8'));

/** Numbers written in a passage (thousands separators removed): "5,852.77万元" → 5852.77. */
export function numbersIn(text: string): number[] {
	return [...text.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((m) => Number(m[0].replaceAll(',', '')));
}

/** Whether `value` is written in `text` (sign ignored: the report writes falls in words). */
export function occursIn(value: number, text: string): boolean {
	return numbersIn(text).some((n) => Math.abs(n - Math.abs(value)) < 1e-6);
}
