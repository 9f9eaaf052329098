// The one bracket-depth walk over tokens: what lies outside brackets in a range (top-level commas,
// the `?` and `:` of a conditional, the `=` of a parameter) and where a bracket group ends.
import type { Token } from './lex';

/**
 * Walks tokens [from, to) at bracket depth 0: `visit` sees each token outside brackets (never a
 * bracket). The walk stops where `visit` returns true, or at a closing bracket opened before `from`
 * (the end of the enclosing group), and returns that index; `to` when it ran through.
 */
export function scanTop(toks: Token[], from: number, to: number, visit: (t: Token, k: number) => boolean | void): number {
  let d = 0;
  for (let k = from; k < to; k++) {
    const t = toks[k];
    if (t.kind === 'open') d++;
    else if (t.kind === 'close') {
      if (d-- === 0) return k;
    } else if (d === 0 && visit(t, k)) return k;
  }
  return to;
}

/** Index of the first top-level token of [from, to) that `pred` accepts, or -1. */
export function findTop(toks: Token[], from: number, to: number, pred: (t: Token) => boolean): number {
  let found = -1;
  scanTop(toks, from, to, (t, k) => {
    if (pred(t)) found = k;
    return found >= 0;
  });
  return found;
}

/** Splits [from, to) at top-level `sep` operators (commas by default) into [from, to) ranges. */
export function splitTop(toks: Token[], from: number, to: number, sep = ','): [number, number][] {
  const out: [number, number][] = [];
  let s = from;
  scanTop(toks, from, to, (t, k) => {
    if (t.kind === 'op' && t.text === sep) {
      out.push([s, k]);
      s = k + 1;
    }
  });
  out.push([s, to]);
  return out;
}

/** Index just past the bracket group opening at `i` (or `to` when it does not close before). */
export function matchClose(toks: Token[], i: number, to = toks.length): number {
  let d = 0;
  for (let k = i; k < to; k++) {
    if (toks[k].kind === 'open') d++;
    else if (toks[k].kind === 'close' && --d === 0) return k + 1;
  }
  return to;
}
