// The expressions around the cursor within one statement, largest first: the right-hand side (or
// returned value, or helper body), then each enclosing bracket group and call argument down to
// the innermost. Detection takes the first one the front-end parses as math.
import type { Family } from './families';
import type { Token } from './lex';
import { matchClose, scanTop, splitTop } from './brackets';
import { lambdaIn, shapeOf, type Shape } from './shape';
import { CONTINUE_AFTER } from './statements';

export type Span = [number, number];

/** The target of a candidate that is the whole value of an assignment in a block inside brackets. */
export const innerTargets = new WeakMap<Span, string>();

/** Index of the token holding `offset`, or the one ending right at it (cursor just after a word). */
export function tokenAt(toks: Token[], offset: number): number {
  for (let k = 0; k < toks.length; k++) if (toks[k].start <= offset && offset < toks[k].end) return k;
  for (let k = 0; k < toks.length; k++) if (toks[k].end === offset && toks[k].kind !== 'op') return k;
  return -1;
}

/** Text of tokens [a, b) as written, with line breaks, continuations and inner comments as spaces. */
export function joinTokens(text: string, toks: Token[], a: number, b: number, rename?: (t: Token) => string | undefined): string {
  let out = '';
  for (let k = a; k < b; k++) {
    if (k > a) {
      const gap = text.slice(toks[k - 1].end, toks[k].start);
      out += /^[ \t]*$/.test(gap) ? gap : ' ';
    }
    out += (rename && rename(toks[k])) ?? toks[k].text;
  }
  return out;
}

/** Candidate spans containing token `at`, largest first (`text` tells where lines break). */
export function candidates(toks: Token[], shape: Shape, at: number, fam: Family, text?: string): Span[] {
  const out: Span[] = [];
  let base: Span | undefined;
  if (shape.fn && at >= shape.fn.body[0] - 1) base = shape.fn.body;
  else if (shape.fn && shape.kind === 'def')
    base = shape.fn.body; // cursor on the name/params: the body
  else if (shape.value && (at >= shape.value[0] || (shape.target && at >= shape.target[0]))) base = shape.value;
  if (!base || base[0] >= base[1]) return out;
  if (at >= base[1]) return out;
  const inBase = at >= base[0];
  addNested(toks, base, inBase ? at : -1, fam, out, text);
  return out;
}

function addNested(toks: Token[], span: Span, at: number, fam: Family, out: Span[], text?: string): void {
  const stream = streamOperands(toks, span, fam);
  if (stream) {
    // `std::cout << "I = " << sum / N`: the operand under the cursor is the expression
    const p = stream.find(([a, b]) => at >= a && at < b);
    if (p && p[1] > p[0]) addNested(toks, p, at, fam, out, text);
    return;
  }
  const parts = splitTop(toks, span[0], span[1]);
  // `double u = s, v = t * t` or `f(x=1, y=a*b)`: a list of declarators or keyword arguments is
  // no tuple (tree-sitter: no expression node spans it); each value is an expression
  const named = parts.length > 1 && parts.slice(1).some((p) => namedValue(toks, p) !== p);
  if (!named) out.push(span);
  if (at < 0) return;
  // a lambda/arrow value: its body
  const lam = lambdaIn(toks, span[0], span[1], fam);
  if (lam && at >= lam.body[0]) {
    addNested(toks, lam.body, at, fam, out, text);
    return;
  }
  // a branch or the condition of `c ? a : b` / `a if c else b`
  const cparts = conditionalParts(toks, span, fam);
  const branch = cparts.find(([a, b]) => at >= a && at < b);
  if (branch) {
    // a conditional written over several lines with the cursor on a branch of its own line
    // (`? 7.5625 * t2`): that branch is the formula under the cursor, not the whole conditional
    const cond = cparts[fam.conditional?.first === 'if' ? 1 : 0];
    if (text && branch !== cond && branch[0] >= 2 && text.slice(toks[branch[0] - 2].end, toks[branch[0]].start).includes('\n'))
      out.length = 0;
    addNested(toks, branch, at, fam, out, text);
    return;
  }
  // a top-level tuple element
  if (parts.length > 1) {
    const p = parts.find(([a, b]) => at >= a && at < b);
    if (p && p[1] > p[0]) {
      addNested(toks, namedValue(toks, p), at, fam, out, text);
      return;
    }
  }
  // the innermost top-level bracket group containing the cursor: its content, argument by argument
  let d = 0;
  for (let k = span[0]; k < span[1]; k++) {
    const t = toks[k];
    if (t.kind === 'open') {
      if (d === 0) {
        const c = matchClose(toks, k, span[1]);
        if (at > k && at < c - 1) {
          const inner: Span = [k + 1, c - 1];
          if (t.text === '{' && isBlockBody(toks, k, inner, fam)) {
            addInBlock(toks, inner, at, fam, out, text);
            return;
          }
          const args = splitTop(toks, inner[0], inner[1]);
          const arg = args.length > 1 ? args.find(([a, b]) => at >= a && at < b) : inner;
          const value = arg && (t.text === '{' ? entryValue(toks, arg) : namedValue(toks, arg));
          if (value && value[1] > value[0] && at >= value[0]) addNested(toks, value, at, fam, out, text);
          return;
        }
        k = c - 1;
        continue;
      }
      d++;
    } else if (t.kind === 'close') d--;
  }
}

/**
 * The operands of a C++ stream insertion chain `std::cout << "x = " << a * b << '\n'` (one that
 * starts at a stream name or inserts a string or `endl`); undefined for other spans (`1 << k`).
 */
function streamOperands(toks: Token[], [a, b]: Span, fam: Family): Span[] | undefined {
  const si = fam.streamInsertion;
  if (!si) return undefined;
  const parts = splitTop(toks, a, b, si.op);
  if (parts.length < 2) return undefined;
  const [s0, s1] = parts[0];
  const stream = s1 > s0 && toks[s1 - 1].kind === 'id' && si.streams.has(toks[s1 - 1].text);
  const inserts = parts.slice(1).some(([x, y]) => (y === x + 1 && toks[x].kind === 'str') || (y > x && toks[y - 1].text === 'endl'));
  return stream || inserts ? parts : undefined;
}

/**
 * The value of a keyword argument or declarator `y=a*b`, `.x = a*b` (C designated initializer): the
 * expression is `a*b`, not `y=a*b` (mathjs would read an assignment). Other spans as they are.
 */
function namedValue(toks: Token[], span: Span): Span {
  const [a, b] = span;
  const n = toks[a]?.kind === 'op' && toks[a].text === '.' ? a + 1 : a;
  const eq = toks[n + 1];
  return b - n > 2 && toks[n].kind === 'id' && eq.kind === 'op' && eq.text === '=' ? [n + 2, b] : span;
}

/**
 * The value of an object-literal property or dict entry `energy: 0.5*m*v**2`, `"loss": (y-t)**2`
 * (a name, string or number key before a top-level `:`); other entries as `namedValue` reads them.
 */
function entryValue(toks: Token[], span: Span): Span {
  const [a, b] = span;
  const key = toks[a];
  const colon = toks[a + 1];
  const keyed = b - a > 2 && (key.kind === 'id' || key.kind === 'str' || key.kind === 'num') && colon.kind === 'op' && colon.text === ':';
  return keyed ? [a + 2, b] : namedValue(toks, span);
}

/**
 * The condition and branches of a top-level conditional expression: `c ? a : b` in the C family
 * and Julia (the first `?` with its matching `:`; a nested conditional in the last branch is split
 * again by the caller), `a if c else b` in Python. Empty when the span holds none.
 */
const C_CONDITIONAL = { first: '?', second: ':', kind: 'op' } as const;

function conditionalParts(toks: Token[], [from, to]: Span, fam: Family): Span[] {
  const { first, second, kind } = fam.conditional ?? C_CONDITIONAL;
  const is = (t: Token, text: string) => t.text === text && t.kind === kind;
  let q = -1;
  let nested = 0;
  const k = scanTop(toks, from, to, (t, k) => {
    if (is(t, first)) {
      if (q < 0) q = k;
      else nested++;
    } else if (q >= 0 && is(t, second)) {
      if (nested === 0) return true;
      nested--;
    }
    return false;
  });
  if (k >= to || toks[k].kind === 'close') return [];
  return [
    [from, q],
    [q + 1, k],
    [k + 1, to],
  ];
}

const BLOCK_START = new Set(['return', 'const', 'let', 'var', 'if', 'for', 'while', 'throw']);

/**
 * `{ … }` inside brackets that is a function body, not an object literal or initializer: after
 * `=>`, or holding statements (`xs.map(function (x) { return x * x; })`, a method in an object
 * literal). Brace-block languages only (a MATLAB cell array `{a; b}` has rows, not statements).
 */
function isBlockBody(toks: Token[], open: number, [a, b]: Span, fam: Family): boolean {
  if (fam.blocks !== 'braces' || a >= b) return false;
  if (fam.bracesAreBlocks) return true;
  const prev = toks[open - 1];
  if (prev?.kind === 'op' && prev.text === '=>') return true;
  if (toks[a].kind === 'id' && BLOCK_START.has(toks[a].text)) return true;
  return splitTop(toks, a, b, ';').length > 1;
}

/**
 * The statements of a block [a, b) inside brackets: split at top-level `;`, and where a newline ends
 * statements (R), at top-level line breaks not continued by an operator.
 */
function blockStatements(toks: Token[], [a, b]: Span, fam: Family, text?: string): Span[] {
  const parts = splitTop(toks, a, b, ';');
  if (fam.newline === 'always' || fam.newline === 'unlessContinued') {
    if (!text || fam.leadingOperatorContinues) return parts;
    const out: Span[] = [];
    for (const [x, y] of parts) {
      let s = x;
      scanTop(toks, x, y, (t, k) => {
        const prev = toks[k - 1];
        if (k > s && text.slice(prev.end, t.start).includes('\n') && !(prev.kind === 'op' && CONTINUE_AFTER.has(prev.text))) {
          out.push([s, k]);
          s = k;
        }
        return false;
      });
      out.push([s, y]);
    }
    return out;
  }
  return parts;
}

/** The cursor's statement in a function body inside brackets, shaped like any statement. */
function addInBlock(toks: Token[], inner: Span, at: number, fam: Family, out: Span[], text?: string): void {
  const p = blockStatements(toks, inner, fam, text).find(([a, b]) => at >= a && at < b);
  if (!p || p[1] <= p[0]) return;
  const sub = toks.slice(p[0], p[1]);
  const shape = shapeOf({ start: sub[0].start, end: sub[sub.length - 1].end, toks: sub, depth: 0, opens: false, close: false }, fam);
  if (shape.kind === 'header' || shape.kind === 'other') {
    // `if (c) { … } else { … }` in the block: the cursor's statement in the branch it is in
    for (let k = p[0]; k < p[1]; k++) {
      if (toks[k].kind !== 'open') continue;
      const c = matchClose(toks, k, p[1]);
      if (toks[k].text === '{' && at > k && at < c - 1) return addInBlock(toks, [k + 1, c - 1], at, fam, out, text);
      k = c - 1;
    }
    return;
  }
  for (const [a, b] of candidates(sub, shape, at - p[0], fam, text)) {
    const span: Span = [a + p[0], b + p[0]];
    // `y <- a * exp(-b * t)` inside `expression({…})`: y is the target, not the outer statement's
    if (shape.kind === 'assign' && shape.names.length === 1 && a === shape.value?.[0] && b === shape.value[1])
      innerTargets.set(span, shape.names[0]);
    out.push(span);
  }
}
