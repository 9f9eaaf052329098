// "Is this text math?": the syntax front-end parses it (every call resolves to the canonical
// vocabulary or a helper function), after a cheap screen that rejects bare names and numbers.
import { parseExpression, parseStatement } from '../syntax';
import { freeVariables, fromMathNode, num, substitute } from '../expr';
import { compileNodes } from '../expr/compile';
import { asNode } from '../expr/node';
import type { Lang } from '../types';
import { usesArrayOps } from '../array';

/** Has an operator or a call, and a name that is not only a callee: worth a derivative. */
export function looksLikeMath(text: string): boolean {
  // a conditional on a comparison (a clamp, `x if x > 0 else 0`) is piecewise math too; `@` is the
  // matrix product (array code)
  const conditional = /[<>]=?[^?]*\?[^:]*:|\bif\b[^:]*[<>][^:]*\belse\b/.test(text);
  if (!conditional && !/[-+*/^@]|[\p{L}_][\p{L}\p{N}_.]*\s*\(|\\begin\{d?cases\}/u.test(text)) return false;
  return /(?:^|[^\p{L}\p{N}_.])[\p{L}_][\p{L}\p{N}_]*(?!\s*[(.\p{L}\p{N}_])/u.test(text) || /\\[a-zA-Z]+|[a-zA-Z]/.test(text);
}

export function defaultIsMath(text: string, lang: Lang, functions: string[], relaxed = false): boolean {
  if (!relaxed && !looksLikeMath(text)) return false;
  try {
    parseStatement(text, lang, { functions });
    return true;
  } catch {
    // array code the front-end cannot read (`np.einsum(…)`) is still math: the hover says what it
    // cannot do rather than nothing
    return isArrayCode(text, lang);
  }
}

function isArrayCode(text: string, lang: Lang): boolean {
  // `@decorator(…)` is a statement of its own, no matrix product
  if (/^\s*@/.test(text)) return false;
  try {
    return usesArrayOps(text, lang);
  } catch {
    return false;
  }
}

/**
 * The number a definition's text stands for when every name in it is a known constant
 * (`4 / 11`, `2 * Math.PI`, `1 / b1 / b1` with b1 known), else undefined.
 */
export function constantValue(text: string, lang: Lang, known: Record<string, number>): number | undefined {
  try {
    const e = fromMathNode(parseExpression(text, lang));
    const free = freeVariables(e);
    if (free.some((v) => !Object.prototype.hasOwnProperty.call(known, v))) return undefined;
    const c = free.length ? substitute(e, Object.fromEntries(free.map((v) => [v, num(known[v])]))) : e;
    const [v] = compileNodes([asNode(c)], [])([]);
    return Number.isFinite(v) ? v : undefined;
  } catch {
    return undefined;
  }
}
