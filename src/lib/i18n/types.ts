/** Turns a dictionary literal's type into its shape: every string literal becomes `string`. */
export type Widen<T> = T extends string ? string : { [K in keyof T]: Widen<T[K]> };
