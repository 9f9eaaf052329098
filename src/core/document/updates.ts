// Assignments inside an expression, as C-family code writes them: `--t * t * t + 1`,
// `((t *= 2) <= 1 ? t * t : …) / 2`, `n1 * (x -= 1.5 / d1) * x`, `tpmt(t = +t)`. The expression is
// rewritten as the value it computes: each update is replaced by the new value, and the later
// reads of the name read that value (`(t - 1) * (t - 1) * (t - 1) + 1`), so the derivatives are
// with respect to the name as it enters the line. Reads are taken left to right, JavaScript's
// order; C and C++ leave `(--t) * t` unsequenced, and this is the reading such code intends.
import type { Family } from './families';
import type { Token } from './lex';
import { findTop, matchClose, scanTop } from './brackets';

const C_FAMILY = new Set(['javascript', 'typescript', 'c', 'cpp']);
const ARITH: Record<string, string> = { '+=': '+', '-=': '-', '*=': '*', '/=': '/', '**=': '**' };

/** Whether tokens [a, b) hold an update (`--t`, `t++`, `(t *= 2)`) this module unfolds. */
export function hasUpdates(toks: Token[], a: number, b: number, fam: Family): boolean {
  if (!C_FAMILY.has(fam.lang)) return false;
  for (let k = a; k < b; k++) {
    const t = toks[k];
    if (t.kind === 'op' && (t.text === '++' || t.text === '--')) return true;
    if (t.kind === 'id' && k > a && toks[k - 1].kind === 'open' && isAssign(toks[k + 1])) return true;
  }
  return false;
}

/** The value of a name the branches of a conditional leave different: unknown after it. */
export const UNKNOWN = '\u0000';

/** Index of `sep` at the top level of [from, to), or -1. */
function topLevel(toks: Token[], from: number, to: number, sep: string): number {
  return findTop(toks, from, to, (t) => t.kind === 'op' && t.text === sep);
}

/** The `:` closing a conditional whose `?` is just before `from` (nested ones counted). */
function matchingColon(toks: Token[], from: number, to: number): number {
  let q = 0;
  return findTop(toks, from, to, (t) => {
    if (t.kind === 'op' && t.text === '?') q++;
    else if (t.kind === 'op' && t.text === ':' && q-- === 0) return true;
    return false;
  });
}

const isAssign = (t: Token | undefined) => t?.kind === 'op' && (t.text === '=' || t.text in ARITH);

/**
 * The text of tokens [a, b) with its updates unfolded, or undefined when an update is not one this
 * reads (`x %= 3`, an update of an attribute). `rename` gives a token's text in the caller's
 * naming (dataflow versions), as joinTokens does. `after`, when given, receives each updated name's
 * value once the expression has run (`--t` leaves t as `(t - 1)`), for the statements that follow.
 */
export function unfoldUpdates(
  text: string,
  toks: Token[],
  a: number,
  b: number,
  rename?: (t: Token) => string | undefined,
  after?: Map<string, string>,
): string | undefined {
  const current = new Map<string, string>(); // name → its value now, as text
  const read = (t: Token) => current.get(t.text) ?? rename?.(t) ?? t.text;
  let failed = false;

  const walk = (from: number, to: number): string => {
    // c ? x : y at this level: each branch starts from the state after c; a name the branches
    // leave different is unknown after the conditional
    const q = topLevel(toks, from, to, '?');
    if (q >= 0) {
      const c = matchingColon(toks, q + 1, to);
      if (c < 0) {
        failed = true;
        return '';
      }
      const cond = walk(from, q);
      const before = new Map(current);
      const yes = walk(q + 1, c);
      const afterYes = new Map(current);
      current.clear();
      for (const [k, v] of before) current.set(k, v);
      const no = walk(c + 1, to);
      for (const k of new Set([...afterYes.keys(), ...current.keys()])) {
        if (afterYes.get(k) !== current.get(k)) current.set(k, UNKNOWN);
      }
      return `${cond.trimEnd()} ? ${yes.trim()} : ${no.trimStart()}`;
    }
    let out = '';
    for (let k = from; k < to; k++) {
      if (k > from) {
        const gap = text.slice(toks[k - 1].end, toks[k].start);
        out += /^[ \t]*$/.test(gap) ? gap : ' ';
      }
      const t = toks[k];
      const next = toks[k + 1];
      if (t.kind === 'open') {
        // a group: its inside is walked on its own (a conditional or an update may sit there)
        const close = matchClose(toks, k, to) - 1;
        if (close <= k || toks[close].kind !== 'close') {
          out += t.text;
          continue;
        }
        out +=
          t.text +
          text
            .slice(t.end, toks[k + 1].start)
            .replace(/[^ \t]+/g, ' ')
            .replace(/^\s*$/, '') +
          walk(k + 1, close) +
          toks[close].text;
        k = close;
        continue;
      }
      // prefix --t / ++t: the new value, read from here on
      if (t.kind === 'op' && (t.text === '--' || t.text === '++') && next?.kind === 'id' && k + 1 < to && toks[k + 2]?.text !== '.') {
        const v = `(${read(next)} ${t.text[0]} 1)`;
        current.set(next.text, v);
        out += v;
        k++;
        continue;
      }
      if (t.kind === 'id' && next?.kind === 'op' && (next.text === '--' || next.text === '++') && k + 1 < to && toks[k - 1]?.text !== '.') {
        // postfix t--: the old value here, the new one after
        const old = read(t);
        current.set(t.text, `(${old} ${next.text[0]} 1)`);
        out += old;
        k++;
        continue;
      }
      if (t.kind === 'id' && k === from && toks[k - 1]?.kind === 'open' && toks[k - 1].text !== '[' && isAssign(next)) {
        // (t op= e) up to the group's end or a comma at its level: e first, then t changes
        const end = scanTop(toks, k + 2, to, (x) => x.text === ',');
        if (end <= k + 2) {
          failed = true;
          return out;
        }
        const value = walk(k + 2, end);
        const v = next.text === '=' ? `(${value})` : `(${read(t)} ${ARITH[next.text]} (${value}))`;
        current.set(t.text, v);
        out += v;
        k = end - 1;
        continue;
      }
      if (t.kind === 'op' && (t.text === '--' || t.text === '++' || isAssign(t))) {
        failed = true;
        return out;
      }
      if (t.kind === 'id' && current.has(t.text) && toks[k - 1]?.text !== '.' && next?.text !== '(' && next?.text !== '.') {
        const v = read(t);
        if (v === UNKNOWN) {
          failed = true;
          return out;
        }
        out += v;
        continue;
      }
      out += (rename && rename(t)) ?? t.text;
    }
    return out;
  };
  const out = walk(a, b);
  if (failed) return undefined;
  if (after) for (const [k, v] of current) after.set(k, v);
  return out;
}
