/** How quotes are compared with the report's text. Pure. */

/** Runs of whitespace as one space: a table's cells and a sentence's line breaks read as one. */
export const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();
