/** Turns a dictionary literal's type into its shape: every string literal becomes `string`. */
export type Widen<T> = T extends string ? string : { [K in keyof T]: Widen<T[K]> };

/**
 * A text module's sources: a text's path in its dictionary ("steps.rise-2018.text") → one list of
 * source ids per sentence (see $lib/sources/claims for what a source id is).
 */
export type Sources = Record<string, string[][]>;
