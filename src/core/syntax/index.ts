// The front-ends: source text in any supported language → a canonical mathjs MathNode.
//   parseStatement('y = np.exp(-x**2)', 'python') → { target: 'y', expression: exp(-x^2), text, offset }
//   parseExpression('\\frac{1}{1+e^{-z}}', 'latex') → 1 / (1 + exp(-z))
// Every error is an InputError whose message ends with "at column N" (1-based, in the text given).
import type { MathNode } from '../mathjs';
import { InputError, Lang } from '../types';
import { checkSize } from './errors';
import { SPECS } from './langs';
import { parseLatexExpression, parseLatexStatement } from './latex';
import { parseMarkdownExpression, parseMarkdownStatement } from './markdown';
import { parseCodeExpression, parseCodeStatement } from './statement';
import type { ParseOptions, Statement } from './types';

export type { ParseOptions, Statement } from './types';
export { mathSpan } from './markdown';
export { canonicalName } from './parser';
export { COUNT_NAME } from './calls';

export function parseStatement(text: string, lang: Lang = 'math', opts: ParseOptions = {}): Statement {
  return guard(text, () => {
    if (lang === 'latex') return parseLatexStatement(text, opts);
    if (lang === 'markdown') return parseMarkdownStatement(text, opts);
    return parseCodeStatement(text, spec(lang), opts);
  });
}

export function parseExpression(text: string, lang: Lang = 'math', opts: ParseOptions = {}): MathNode {
  return guard(text, () => {
    if (lang === 'latex') return parseLatexExpression(text, opts);
    if (lang === 'markdown') return parseMarkdownExpression(text, opts);
    return parseCodeExpression(text, spec(lang), opts);
  });
}

function spec(lang: Lang) {
  const s = (SPECS as Record<string, (typeof SPECS)['math'] | undefined>)[lang];
  if (!s) throw new InputError(`unknown language '${lang}'`);
  return s;
}

/** Size limit up front; a stack overflow from pathological nesting becomes a clear InputError. */
function guard<T>(text: string, run: () => T): T {
  if (typeof text !== 'string') throw new InputError('expected text');
  checkSize(text);
  try {
    return run();
  } catch (e) {
    if (e instanceof RangeError) throw new InputError('expression too deeply nested');
    throw e;
  }
}
