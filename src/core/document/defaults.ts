// JavaScript's default-value idioms read as the value they stand for when the argument is given:
// `typeof s !== 'undefined' ? s : 1.70158` and `s === undefined ? 1.70158 : s` are `s`, `p || 0.45`
// is `p` (its value when p is a nonzero number; the default only when p is 0 or not given), `x * s ||
// 0` is `x * s`. The derivative at a given argument is the derivative of that value; a note says
// which default was set aside. Only an assignment's or return's whole value is read this way.
import type { Family } from './families';
import type { Token } from './lex';
import { splitTop } from './brackets';
import type { Stmt } from './statements';
import { shapeOf } from './shape';

/** A statement read through its idiom, and the note that says so. */
export interface DefaultRead {
  stmt: Stmt;
  note: string;
}

const isOp = (t: Token | undefined, w: string) => !!t && t.kind === 'op' && t.text === w;
const isUndefined = (t: Token | undefined) =>
  !!t && ((t.kind === 'id' && t.text === 'undefined') || (t.kind === 'str' && /^(['"])undefined\1$/.test(t.text)));

/** `-1.5`, `0.45`: a numeric literal (maybe signed) spanning tokens [a, b). */
function isNumber(toks: Token[], a: number, b: number): boolean {
  const n = isOp(toks[a], '-') || isOp(toks[a], '+') ? a + 1 : a;
  return b === n + 1 && toks[n].kind === 'num';
}

/**
 * The test of `c ? x : d` [a, b): the name tested against undefined and whether the test says
 * "defined" (`!==`/`!=`: the name is the first branch) or "undefined" (`===`/`==`: the second).
 */
function undefinedTest(toks: Token[], a: number, b: number): { name: string; defined: boolean } | undefined {
  let k = a;
  if (toks[k]?.kind === 'open' && toks[b - 1]?.kind === 'close') {
    k++;
    b--;
  }
  const typeofForm = toks[k]?.kind === 'id' && toks[k].text === 'typeof';
  if (typeofForm) k++;
  const name = toks[k];
  const op = toks[k + 1];
  if (!name || name.kind !== 'id' || k + 3 !== b || op?.kind !== 'op' || !isUndefined(toks[k + 2])) return undefined;
  if (typeofForm !== (toks[k + 2].kind === 'str')) return undefined;
  if (op.text === '!==' || op.text === '!=') return { name: name.text, defined: true };
  if (op.text === '===' || op.text === '==') return { name: name.text, defined: false };
  return undefined;
}

function text(toks: Token[], a: number, b: number): string {
  return toks
    .slice(a, b)
    .map((t) => t.text)
    .join(' ');
}

/** The statement with its value read through a default-value idiom; undefined when it has none. */
export function readDefault(s: Stmt, fam: Family): DefaultRead | undefined {
  if (!fam.defaultIdioms) return undefined;
  const sh = shapeOf(s, fam);
  if (!sh.value || (sh.kind !== 'assign' && sh.kind !== 'return')) return undefined;
  const [a, b] = sh.value;
  const toks = s.toks;
  const keep = (from: number, to: number, note: string): DefaultRead => ({
    stmt: { ...s, toks: [...toks.slice(0, a), ...toks.slice(from, to), ...toks.slice(b)] },
    note,
  });
  // c ? x : d with c a test of x against undefined
  const q = splitTop(toks, a, b, '?');
  if (q.length === 2) {
    const c = splitTop(toks, q[1][0], q[1][1], ':');
    const test = c.length === 2 ? undefinedTest(toks, ...q[0]) : undefined;
    if (test) {
      const [given, fallback] = test.defined ? [c[0], c[1]] : [c[1], c[0]];
      if (given[1] === given[0] + 1 && toks[given[0]].text === test.name && isNumber(toks, ...fallback)) {
        const d = text(toks, ...fallback);
        return keep(
          given[0],
          given[1],
          `\`${text(toks, a, b)}\` is a default value: read as \`${test.name}\` when it is given (${d} only when it is not).`,
        );
      }
    }
    return undefined;
  }
  // x || d with d a number
  const or = splitTop(toks, a, b, '||');
  if (or.length === 2 && or[0][1] > or[0][0] && isNumber(toks, ...or[1])) {
    const x = text(toks, ...or[0]);
    const d = text(toks, ...or[1]);
    return keep(
      or[0][0],
      or[0][1],
      `\`${x} || ${d}\` is read as \`${x}\`: its value when nonzero (${d} only when it is 0, NaN or not given).`,
    );
  }
  return undefined;
}
