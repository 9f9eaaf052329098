// A formula in prose with one closing bracket too many: AHEasing's comment
// `y = -(1/2)*2^(-10(2x - 1))) + 1`. Its `(` is missing somewhere before the stray `)`; where every
// place it could go gives the same expression, the writer's formula is not in doubt and is read
// without the stray bracket. Where the places disagree (`a / b) * c`), nothing is guessed.
import { parseExpression } from '../syntax';
import { fromMathNode } from '../expr';
import { asNode } from '../expr/node';
import type { Lang } from '../types';

/** Longest prefix tried: one parse per place the missing `(` could go. */
const MAX_PLACES = 200;

export type StrayCloser =
  | { index: number; text: string } // read as `text` (the stray bracket at `index` dropped)
  | { index: number; ambiguous: true };

/** The first `)` or `]` of `text` without an opener, when it is the only bracket out of place. */
function strayIndex(text: string): number | undefined {
  let depth = 0;
  let stray: number | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') {
      if (depth > 0) depth--;
      else if (stray === undefined) stray = i;
      else return undefined;
    }
  }
  return depth === 0 ? stray : undefined;
}

export function strayCloser(text: string, lang: Lang): StrayCloser | undefined {
  const index = strayIndex(text);
  if (index === undefined || index > MAX_PLACES) return undefined;
  const open = text[index] === ']' ? '[' : '(';
  const readings = new Set<number>();
  for (let p = 0; p < index; p++) {
    // the opener goes before an operand: at the start, or after an operator, a bracket or a space
    if (p > 0 && /[\p{L}\p{N}_.]/u.test(text[p - 1])) continue;
    if (/[\s)\]*/^+,=]/.test(text[p])) continue;
    try {
      readings.add(asNode(fromMathNode(parseExpression(text.slice(0, p) + open + text.slice(p), lang))).id);
    } catch {
      // this place does not parse: not a reading
    }
  }
  if (readings.size === 0) return undefined;
  if (readings.size > 1) return { index, ambiguous: true };
  return { index, text: text.slice(0, index) + text.slice(index + 1) };
}
