/**
 * The tiny arithmetic language of the package's `formula` column. Pure: no DOM, no Svelte.
 *
 * Tokens are separated by spaces: figure ids, numbers, `+ - * /` and parentheses.
 * Ids may contain `-` (`totals.all.lfl-growth`), which is why operators need spaces around them.
 *
 * @example
 * evaluateFormula('totals.all.2019 - spending.total', (id) => values.get(id))
 */

export type Lookup = (id: string) => number | undefined;

const OPS: Record<string, { prec: number; apply: (a: number, b: number) => number }> = {
	'+': { prec: 1, apply: (a, b) => a + b },
	'-': { prec: 1, apply: (a, b) => a - b },
	'*': { prec: 2, apply: (a, b) => a * b },
	'/': { prec: 2, apply: (a, b) => a / b }
};

/** The figure ids a formula refers to, in order of appearance. */
export function formulaIds(formula: string): string[] {
	return tokenize(formula).filter((t) => !(t in OPS) && t !== '(' && t !== ')' && !isNumber(t));
}

/** One operand of a formula that only adds and subtracts ids, with its sign. */
export interface SumTerm {
	/** How the operand enters the sum: the first one is always added. */
	sign: '+' | '-';
	id: string;
}

/**
 * The operands of a formula that only adds and subtracts figure ids ("a - b + c"), each with its
 * sign: how a chart names the parts of a derived value. Throws naming the formula on anything
 * else (a number, `*`, `/`, parentheses, a missing operand).
 * @example sumTerms('totals.all.2019 - spending.total') // [{ sign: '+', id: 'totals.all.2019' }, { sign: '-', id: 'spending.total' }]
 */
export function sumTerms(formula: string): SumTerm[] {
	const tokens = tokenize(formula);
	if (tokens.length === 0) throw new Error('formula is empty');
	if (tokens.length % 2 === 0) throw new Error(`formula "${formula}" ends with an operator`);
	const terms: SumTerm[] = [];
	let sign: SumTerm['sign'] = '+';
	tokens.forEach((t, i) => {
		if (i % 2 === 1) {
			if (t !== '+' && t !== '-') throw new Error(`formula "${formula}": only + and - make a sum of ids, got "${t}"`);
			sign = t;
		} else if (!ID.test(t)) throw new Error(`formula "${formula}": expected a figure id, got "${t}"`);
		else terms.push({ sign, id: t });
	});
	return terms;
}

/** Evaluates a formula; throws an Error naming the first unknown id or syntax problem. */
export function evaluateFormula(formula: string, lookup: Lookup): number {
	const tokens = tokenize(formula);
	if (tokens.length === 0) throw new Error('formula is empty');
	const output: number[] = [];
	const ops: string[] = [];
	const reduce = () => {
		const op = ops.pop()!;
		const b = output.pop();
		const a = output.pop();
		if (a === undefined || b === undefined) throw new Error(`formula "${formula}" is malformed`);
		output.push(OPS[op]!.apply(a, b));
	};
	let expectOperand = true;
	for (const t of tokens) {
		if (expectOperand) {
			if (t === '(') {
				ops.push(t);
				continue;
			}
			if (t in OPS || t === ')') throw new Error(`formula "${formula}": unexpected "${t}"`);
			const v = isNumber(t) ? Number(t) : lookup(t);
			if (v === undefined) throw new Error(`formula "${formula}" refers to unknown id "${t}"`);
			output.push(v);
			expectOperand = false;
		} else if (t === ')') {
			while (ops.length && ops[ops.length - 1] !== '(') reduce();
			if (!ops.length) throw new Error(`formula "${formula}": unbalanced ")"`);
			ops.pop();
		} else if (t in OPS) {
			while (ops.length && ops[ops.length - 1] !== '(' && OPS[ops[ops.length - 1]!]!.prec >= OPS[t]!.prec) reduce();
			ops.push(t);
			expectOperand = true;
		} else {
			throw new Error(`formula "${formula}": expected an operator before "${t}"`);
		}
	}
	if (expectOperand) throw new Error(`formula "${formula}" ends with an operator`);
	while (ops.length) {
		if (ops[ops.length - 1] === '(') throw new Error(`formula "${formula}": unbalanced "("`);
		reduce();
	}
	return output[0]!;
}

function tokenize(formula: string): string[] {
	return formula
		.replace(/([()])/g, ' $1 ')
		.split(/\s+/)
		.filter(Boolean);
}

/** A figure id or a functional node id: lower case, digits, dots and hyphens, a letter first. */
const ID = /^[a-z][a-z0-9.-]*$/;

function isNumber(t: string): boolean {
	return /^\d+(\.\d+)?$/.test(t);
}
