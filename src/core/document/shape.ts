// What a statement is made of: an assignment (target, operator, value), a return, a helper
// function definition (one-line forms), a block header or a bare expression. Works on the tokens
// of one statement; no language grammar beyond these shapes.
import type { Family } from './families';
import type { Token } from './lex';
import { findTop, matchClose, scanTop, splitTop } from './brackets';
import type { Stmt } from './statements';
import { has, names } from '../names';

export interface FunctionShape {
  name: string;
  params: string[];
  /** Token index range [from, to) of the body expression in the statement. */
  body: [number, number];
}

export interface Shape {
  kind: 'assign' | 'return' | 'def' | 'header' | 'expr' | 'other';
  /** Index of the first token after declaration words (`const`, `double`). */
  head: number;
  /** Assignment target token range and operator. */
  target?: [number, number];
  op?: Token;
  /** Simple names assigned (`x`, `a, b`); empty for `self.x` or `a[i]`. */
  names: string[];
  /** Value expression token range [from, to). */
  value?: [number, number];
  /** A helper function defined by this statement (`f(x) = …`, `sq = lambda x: …`, `def f(x): return …`). */
  fn?: FunctionShape;
}

/** Parameter names of a parenthesised list [from, to) (exclusive of the parentheses). */
export function paramNames(toks: Token[], from: number, to: number): string[] {
  if (from >= to) return [];
  return splitTop(toks, from, to)
    .map(([a, b]) => {
      // a default value is not the name: `x = 2`, C++ `double eps = 1.0`
      const eq = toks.slice(a, b).findIndex((t) => t.kind === 'op' && t.text === '=');
      const decl = toks.slice(a, eq < 0 ? b : a + eq);
      const ids = decl.filter((t) => t.kind === 'id');
      const annotated = decl.some((t) => t.kind === 'op' && (t.text === ':' || t.text === '::'));
      // `x: float = 1`, `x::Real` name first; C `const double *x`, `double eps = 1.0` name last
      return (annotated ? ids[0] : ids[ids.length - 1])?.text ?? '';
    })
    .filter(Boolean);
}

/**
 * Numeric defaults of parameters in a function header's tokens [0, to): `lr=0.1`, `eps: float = 1e-8`,
 * `rho = 1.225` (a sign allowed). The point a hover or Check Gradient starts from uses them.
 */
export function paramDefaults(toks: Token[], to: number, params: readonly string[]): Record<string, number> {
  const out: Record<string, number> = names();
  for (let k = 0; k < to; k++) {
    if (toks[k].kind !== 'id' || !params.includes(toks[k].text) || has(out, toks[k].text)) continue;
    // past a type annotation, to the `=` of this parameter (not past its `,` or `)`)
    const e = scanTop(toks, k + 1, to, (t) => isOp(t, ',') || isOp(t, '='));
    if (!isOp(toks[e], '=')) continue;
    const sign = isOp(toks[e + 1], '-') ? -1 : 1;
    const n = toks[e + (sign < 0 ? 2 : 1)];
    const after = toks[e + (sign < 0 ? 3 : 2)];
    if (n?.kind === 'num' && (!after || isOp(after, ',') || after.kind === 'close')) {
      const v = sign * Number(n.text.replace(/_/g, '').replace(/[fFlL]+$/, ''));
      if (Number.isFinite(v)) out[toks[k].text] = v;
    }
  }
  return out;
}

/** Tokens [from, to) are one name, maybe dotted (`t`, `self.w`), not a keyword. */
function isName(toks: Token[], from: number, to: number, fam: Family): boolean {
  for (let k = from; k < to; k++) {
    const t = toks[k];
    const ok = (k - from) % 2 === 0 ? t.kind === 'id' && !fam.keywords.has(t.text) : isOp(t, '.');
    if (!ok) return false;
  }
  return (to - from) % 2 === 1;
}

/** Words that may precede a name without being its type. */
const NOT_TYPES = new Set(['return', 'else', 'case', 'goto', 'throw', 'delete', 'new', 'co_return', 'yield', 'await', 'typeof', 'sizeof']);

const isId = (t: Token | undefined, w?: string) => !!t && t.kind === 'id' && (w === undefined || t.text === w);
const isOp = (t: Token | undefined, w: string) => !!t && t.kind === 'op' && t.text === w;

/** What statement `s` is: an assignment, a return, a one-line helper, a header or a bare expression. */
export function shapeOf(s: Stmt, fam: Family): Shape {
  const toks = s.toks;
  const head = declarationEnd(toks, fam);
  const first = toks[head];
  if (!first) return { kind: 'other', head, names: [] };
  if (fam.oneLineDef && isId(first, fam.oneLineDef)) return oneLineDef(toks, head);
  if (isId(first, 'return')) return returnShape(toks, head, fam);
  if (s.opens || (isId(first) && (fam.loopBranch.has(first.text) || fam.functionWords.has(first.text)))) {
    return { kind: 'header', head, names: [] };
  }
  return assignment(toks, head, fam) ?? rightAssignment(toks, head, fam) ?? { kind: 'expr', head, names: [], value: [head, toks.length] };
}

/** Index of the first token after declaration words and C-style types (`const`, `double x`, `unsigned long n`, `float *p`). */
function declarationEnd(toks: Token[], fam: Family): number {
  const n = toks.length;
  const pointer = (t: Token | undefined) => isOp(t, '*') || isOp(t, '&') || isOp(t, '::');
  let head = 0;
  while (
    head < n - 1 &&
    isId(toks[head]) &&
    !NOT_TYPES.has(toks[head].text) &&
    (fam.declWords.has(toks[head].text) || (fam.typeNames && (isId(toks[head + 1]) || pointer(toks[head + 1]))))
  ) {
    head++;
    while (head < n - 1 && pointer(toks[head])) head++;
  }
  return head;
}

/** `def f(x): return body` (Python one-line helper); a `def` with a block is a header. */
function oneLineDef(toks: Token[], head: number): Shape {
  const n = toks.length;
  const open = head + 2;
  if (!isId(toks[head + 1]) || toks[open]?.text !== '(') return { kind: 'header', head, names: [] };
  const shape: Shape = { kind: 'def', head, names: [] };
  const close = matchClose(toks, open);
  const colon = findTop(toks, close, n, (t) => t.text === ':');
  if (colon >= 0 && colon < n - 1) {
    let b = colon + 1;
    if (isId(toks[b], 'return')) b++;
    shape.fn = { name: toks[head + 1].text, params: paramNames(toks, open + 1, close - 1), body: [b, n] };
  }
  return shape;
}

/** `return expr`, R's `return(expr)`. */
function returnShape(toks: Token[], head: number, fam: Family): Shape {
  let from = head + 1;
  let to = toks.length;
  if (fam.returnCall && toks[from]?.text === '(' && matchClose(toks, from) === to) {
    from++;
    to--;
  }
  return { kind: 'return', head, names: [], value: [from, to] };
}

/** The first top-level assignment `target op value` (a chain `s = t = a * b` reads the last value); helpers `f(x) = …`, `sq = lambda x: …`. */
function assignment(toks: Token[], head: number, fam: Family): Shape | undefined {
  const n = toks.length;
  const ops = new Set(fam.assignOps);
  const k = findTop(toks, head, n, (t) => t.kind === 'op' && ops.has(t.text));
  if (k <= head) return undefined;
  const shape: Shape = { kind: 'assign', head, target: [head, k], op: toks[k], names: [] };
  // a chained assignment `s = t = a * b`: the value is what follows the last target (`t = a * b`
  // is no expression); `f = lambda u, k=2: …` is not a chain (the `=` is not after a lone name)
  let v = k + 1;
  for (;;) {
    const k2 = findTop(toks, v, n, (t) => t.kind === 'op' && t.text === toks[k].text);
    if (k2 <= v || !isName(toks, v, k2, fam)) break;
    v = k2 + 1;
  }
  shape.value = [v, n];
  const tgt = toks.slice(head, k);
  shape.names = targetNames(tgt);
  // Julia `f(x) = body`: a helper function
  if (
    fam.callDefinitions &&
    tgt.length >= 3 &&
    isId(tgt[0]) &&
    tgt[1].text === '(' &&
    matchClose(tgt, 1) === tgt.length &&
    toks[k].text === '='
  ) {
    return { ...shape, kind: 'def', fn: { name: tgt[0].text, params: paramNames(tgt, 2, tgt.length - 1), body: [k + 1, n] }, names: [] };
  }
  const lambda = lambdaIn(toks, k + 1, n, fam);
  if (lambda && shape.names.length === 1) return { ...shape, kind: 'def', fn: { name: shape.names[0], ...lambda } };
  return shape;
}

/** The plain names of an assignment target: `x`, `x: float`, `a, b`, `[a, b]`, `(a, b)`; none for `self.x`, `a[i]`. */
function targetNames(tgt: Token[]): string[] {
  const inner = tgt.length > 2 && tgt[0].kind === 'open' && matchClose(tgt, 0) === tgt.length ? tgt.slice(1, -1) : tgt;
  const colon = inner.findIndex((t) => t.kind === 'op' && t.text === ':');
  const plain = colon > 0 ? inner.slice(0, colon) : inner;
  const parts = splitTop(plain, 0, plain.length);
  return parts.every(([a, b]) => b - a === 1 && plain[a].kind === 'id') ? parts.map(([a]) => plain[a].text) : [];
}

/** R's right assignment `expr -> x`. */
function rightAssignment(toks: Token[], head: number, fam: Family): Shape | undefined {
  if (!fam.rightAssign) return undefined;
  const n = toks.length;
  const r = findTop(toks, head, n, (t) => t.text === fam.rightAssign);
  if (r > head && r === n - 2 && isId(toks[n - 1])) {
    return { kind: 'assign', head, target: [n - 1, n], op: toks[r], value: [head, r], names: [toks[n - 1].text] };
  }
  return undefined;
}

/** `lambda x: body`, `(x) => body`, `x => body`, `@(x) body`, `function(x) body` (R, JS) in [from, to). */
export function lambdaIn(toks: Token[], from: number, to: number, fam: Family): { params: string[]; body: [number, number] } | undefined {
  const l = lambdaAt(toks, from, to, fam);
  return l && l.body[1] > l.body[0] ? l : undefined; // `function(x)` before a `{` block: no body here
}

/** A lambda starting at `from`, read from the family's `lambda` row. */
function lambdaAt(toks: Token[], from: number, to: number, fam: Family): { params: string[]; body: [number, number] } | undefined {
  const form = fam.lambda;
  if (!form || !toks[from]) return undefined;
  let a = from;
  if (form.opener) {
    const o = toks[a];
    if (o.kind !== form.opener.kind || o.text !== form.opener.text) return undefined;
    a++;
    // lambda x, y: body
    if (form.bare) {
      const sep = findTop(toks, a, to, (x) => x.text === form.arrow);
      return sep < 0 ? undefined : { params: paramNames(toks, a, sep), body: [sep + 1, to] };
    }
    // @(x) body  /  function(x) body  /  function(x) { body }
    if (toks[a]?.text !== '(') return undefined;
    const c = matchClose(toks, a, to);
    let b: [number, number] = [c, to];
    if (form.braceBody && toks[c]?.text === '{' && matchClose(toks, c, to) === to) b = [c + 1, to - 1];
    return { params: paramNames(toks, a + 1, c - 1), body: b };
  }
  const arrow = form.arrow;
  if (!arrow) return undefined;
  // x => body  /  (x, y) => body  /  (x): number => body
  if (form.asyncPrefix && isId(toks[a], 'async')) a++;
  if (isId(toks[a]) && isOp(toks[a + 1], arrow)) return { params: [toks[a].text], body: [a + 2, to] };
  if (toks[a]?.text === '(') {
    const c = matchClose(toks, a, to);
    let at = c;
    if (form.returnType && isOp(toks[at], ':')) at = findTop(toks, at, to, (x) => x.text === arrow);
    if (at >= 0 && isOp(toks[at], arrow)) return { params: paramNames(toks, a + 1, c - 1), body: [at + 1, to] };
  }
  return undefined;
}

const PLAIN_ASSIGN = new Set(['=', '<-', '<<-', ':=']);
const ARITHMETIC_UPDATE = new Set(['+=', '-=', '*=', '/=', '**=']);

/**
 * The arithmetic of an assignment operator: '' for a plain assignment, `-` for `-=` (`w -= lr * dw`
 * is w = w − lr·dw), undefined for one that is not arithmetic (`^=` is XOR but in Julia, `%=`, `.=`).
 */
export function assignmentOp(op: string, fam: Family): string | undefined {
  if (PLAIN_ASSIGN.has(op)) return '';
  if (ARITHMETIC_UPDATE.has(op) || fam.extraUpdates?.has(op)) return op.slice(0, -1);
  return undefined;
}

/** `self.G`, `model.w` for tokens [from, to) made of names joined by dots; undefined for `x`, `a[i]`, `f(x).y`. */
export function dottedChain(toks: Token[], [from, to]: [number, number]): string | undefined {
  const t = toks.slice(from, to);
  if (t.length < 3 || t.length % 2 === 0) return undefined;
  return t.every((x, i) => (i % 2 === 0 ? x.kind === 'id' : x.kind === 'op' && x.text === '.')) ? t.map((x) => x.text).join('') : undefined;
}
