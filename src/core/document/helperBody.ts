// The value of a block-form helper function as one expression: its local definitions substituted
// into what it returns, and branches that all return read as the language's conditional expression.
//   double f(double t) { double t2 = t * t; return t * t2; }          → t * (t * t)
//   if (p < 0.5) { return a; } else if (p < 0.9) { return b; } return c → (p < 0.5) ? (a) : ((p < 0.9) ? (b) : (c))
// Anything else in the body (a loop, an attribute or element write, a branch that does not return)
// leaves the function unread, as before: its calls stay unknown.
import type { Family } from './families';
import type { Token } from './lex';
import { joinTokens } from './candidates';
import { matchClose, splitTop } from './brackets';
import { assignmentOp, shapeOf } from './shape';
import { headerWord, type Stmt } from './statements';
import { hasUpdates, UNKNOWN, unfoldUpdates } from './updates';

/** Words continuing an if-chain: `else`, `elif`, `elseif` (`else if` is `else` then `if`). */
const CHAIN = new Set(['else', 'elif', 'elseif']);

interface Reader {
  stmts: Stmt[];
  fam: Family;
  text: string;
  /** MATLAB `function y = f(x)`: the output whose last value is the function's. */
  output?: string;
}

/**
 * The body of the function whose header is statement `header`, as one expression in the family's
 * language, or undefined when it is not a single value.
 */
export function helperBody(stmts: Stmt[], header: number, fam: Family, text: string, output?: string): string | undefined {
  const d = stmts[header].depth;
  let end = header + 1;
  while (end < stmts.length && stmts[end].depth > d) end++;
  const r: Reader = { stmts, fam, text, output };
  const value = readBlock(r, header + 1, end, new Map(), true);
  return value === undefined || value.length > MAX_BODY ? undefined : value;
}

/** Longest body text kept: substitution repeats definitions, and a hover must stay cheap. */
const MAX_BODY = 20_000;

/** The value statements [from, to) return, with `locals` (name → expression text) known on entry. */
function readBlock(r: Reader, from: number, to: number, outer: Map<string, string>, top: boolean): string | undefined {
  const { stmts, fam } = r;
  const locals = new Map(outer);
  for (let j = from; j < to; j++) {
    const s = stmts[j];
    if (s.close || (fam.docstrings && s.toks.length === 1 && s.toks[0].kind === 'str')) continue;
    const word = headerWord(s);
    if (word === 'if') return s.opens ? ifChain(r, j, to, locals) : bracelessIf(r, j, to, locals);
    if (s.opens) return undefined; // a loop, a nested function, a try: not one value
    const sh = shapeOf(s, fam);
    if (sh.kind === 'return' && sh.value)
      return sh.value[1] > sh.value[0] && !isTuple(s.toks, sh.value) ? valueText(r, s, sh.value, locals) : undefined;
    // `double t2;`: a declaration without a value, assigned further down
    if (sh.kind === 'expr' && sh.head > 0 && sh.value && sh.value[1] - sh.value[0] === 1 && s.toks[sh.value[0]].kind === 'id') continue;
    const last = !stmts.slice(j + 1, to).some((x) => !x.close);
    if (sh.kind === 'expr' && sh.value && fam.implicitReturn && last && top)
      return isTuple(s.toks, sh.value) ? undefined : valueText(r, s, sh.value, locals);
    if (!assign(r, s, locals)) return undefined;
  }
  // MATLAB: the function's value is its output's last assignment
  return top && r.output && locals.has(r.output) ? locals.get(r.output) : undefined;
}

/** `if (c) { … } else if (c2) { … } else { … }` where every branch returns; without an else, what follows is the last branch. */
function ifChain(r: Reader, at: number, to: number, locals: Map<string, string>): string | undefined {
  const chain = walkChain(r, at, to, locals, (from, end, state) => readBlock(r, from, end, state, false));
  if (!chain) return undefined;
  const elseValue = chain.otherwise ?? readBlock(r, chain.end, to, chain.state, false);
  if (elseValue === undefined || !r.fam.conditionalForm) return undefined;
  return chain.branches.reduceRight((no, b) => conditional(r.fam, b.cond, b.out, no), elseValue);
}

/**
 * The if / else-if / else chain at `at` (ending before `to`), each block read by `read` from the
 * state after the conditions before it (updates in a condition, `if ((t *= 2) < 1)`, count in the
 * later branches too): the branches, the else block's reading, the state after all conditions and
 * the index past the chain; undefined when a condition or a block cannot be read.
 */
function walkChain<T>(
  r: Reader,
  at: number,
  to: number,
  state: Map<string, string>,
  read: (from: number, end: number, state: Map<string, string>) => T | undefined,
): { branches: { cond: string; out: T }[]; otherwise?: T; state: Map<string, string>; end: number } | undefined {
  const { stmts } = r;
  const d = stmts[at].depth;
  const branches: { cond: string; out: T }[] = [];
  let otherwise: T | undefined;
  let before = state;
  let k = at;
  while (k < to) {
    const h = stmts[k];
    let end = k + 1;
    while (end < to && stmts[end].depth > d) end++;
    const isElse = headerWord(h) === 'else' && h.toks[1]?.text !== 'if';
    if (isElse) {
      otherwise = read(k + 1, end, before);
      if (otherwise === undefined) return undefined;
    } else {
      const after = new Map(before);
      const cond = conditionText(r, h, after);
      const out = cond === undefined ? undefined : read(k + 1, end, after);
      if (cond === undefined || out === undefined) return undefined;
      branches.push({ cond, out });
      before = after;
    }
    k = end;
    while (k < to && stmts[k].close && stmts[k].depth === d) k++;
    if (isElse || k >= to || !stmts[k].opens || stmts[k].depth !== d || !CHAIN.has(headerWord(stmts[k]) ?? '')) break;
  }
  return { branches, otherwise, state: before, end: k };
}

/**
 * What an if-chain of plain assignments (header statement `at`) leaves behind: each name a block
 * assigns as one conditional value of the values before the chain (`state`, name → text; a name not
 * in it stands for itself), `(c) ? (a) : (b)` in the family's form, a path that does not assign it
 * keeping the value before. Nested chains are read the same way. Undefined when a block holds anything
 * else (a loop, a return, an element or attribute write, a tuple) or the family has no conditional.
 *   if iszero(σ) z = zval(μ, 1, x) else z = zval(μ, σ, x) end → z = (iszero(σ)) ? (zval(μ, 1, x)) : (zval(μ, σ, x))
 */
export function chainValues(
  stmts: Stmt[],
  at: number,
  fam: Family,
  text: string,
  state: Map<string, string>,
): Map<string, string> | undefined {
  if (!fam.conditionalForm) return undefined;
  const r: Reader = { stmts, fam, text };
  const out = assignChain(r, at, stmts.length, new Map(state));
  if (!out) return undefined;
  const changed = new Map<string, string>();
  for (const [k, v] of out.state) if (state.get(k) !== v) changed.set(k, v);
  return [...changed.values()].some((v) => v.length > MAX_BODY) ? undefined : changed;
}

/** Statements [from, to) of plain assignments and nested if-chains run on `state`: the state after them. */
function assignBlock(r: Reader, from: number, to: number, state: Map<string, string>): Map<string, string> | undefined {
  const { stmts } = r;
  let locals = new Map(state);
  for (let j = from; j < to; j++) {
    const s = stmts[j];
    if (s.close) continue;
    if (headerWord(s) === 'if' && s.opens) {
      const inner = assignChain(r, j, to, locals);
      if (!inner) return undefined;
      locals = inner.state;
      j = inner.end - 1;
      continue;
    }
    if (s.opens || !assign(r, s, locals)) return undefined;
  }
  return locals;
}

/** `name = value` (or `name op= value`) run on `locals`; false when `s` is no such assignment of one value. */
function assign(r: Reader, s: Stmt, locals: Map<string, string>): boolean {
  const sh = shapeOf(s, r.fam);
  if (sh.kind !== 'assign' || sh.names.length !== 1 || !sh.op || !sh.value || sh.fn || isTuple(s.toks, sh.value)) return false;
  const op = assignmentOp(sh.op.text, r.fam);
  if (op === undefined) return false;
  const name = sh.names[0];
  const v = valueText(r, s, sh.value, locals);
  if (v === undefined) return false;
  locals.set(name, op ? `(${locals.get(name) ?? name}) ${op} (${v})` : v);
  return true;
}

/** The if-chain of assignments at `at` (ending before `to`): the state after it and the index past it. */
function assignChain(
  r: Reader,
  at: number,
  to: number,
  state: Map<string, string>,
): { state: Map<string, string>; end: number } | undefined {
  const chain = walkChain(r, at, to, state, (from, end, before) => assignBlock(r, from, end, before));
  if (!chain) return undefined;
  const { branches } = chain;
  const otherwise = chain.otherwise ?? chain.state;
  const assigned = new Set([...branches.flatMap((b) => [...b.out.keys()]), ...otherwise.keys()]);
  const merged = new Map(state);
  for (const n of assigned) {
    const value = (m: Map<string, string>) => m.get(n) ?? state.get(n) ?? n;
    if (branches.every((b) => value(b.out) === value(otherwise))) {
      if (otherwise.has(n)) merged.set(n, value(otherwise));
      continue;
    }
    merged.set(
      n,
      branches.reduceRight((no, b) => conditional(r.fam, b.cond, value(b.out), no), value(otherwise)),
    );
  }
  return { state: merged, end: chain.end };
}

/** `if (c) return a;` on one line (C family), then the rest of the block as the other branch. */
function bracelessIf(r: Reader, at: number, to: number, locals: Map<string, string>): string | undefined {
  const s = r.stmts[at];
  const open = 1;
  if (s.toks[open]?.text !== '(' || !r.fam.bracelessBranches) return undefined;
  const close = matchClose(s.toks, open);
  if (s.toks[close]?.text !== 'return' || close + 1 >= s.toks.length) return undefined;
  const after = new Map(locals);
  const cond = valueText(r, s, [open + 1, close - 1], after);
  const value = cond === undefined ? undefined : valueText(r, s, [close + 1, s.toks.length], after);
  const rest = readBlock(r, at + 1, to, after, false);
  if (cond === undefined || value === undefined || rest === undefined || !r.fam.conditionalForm) return undefined;
  return conditional(r.fam, cond, value, rest);
}

/** The condition of `if (c)`, `elif c:`, `elseif c`, `} else if (c) {`; updates in it go into `state`. */
function conditionText(r: Reader, h: Stmt, state: Map<string, string>): string | undefined {
  const t = h.toks;
  let a = t[0]?.text === 'else' ? 2 : 1;
  let b = t.length;
  if (t[b - 1]?.kind === 'op' && t[b - 1].text === ':') b--; // Python
  if (t[a]?.text === '(' && matchClose(t, a, b) === b) {
    a++;
    b--;
  }
  return a < b ? valueText(r, h, [a, b], state) : undefined;
}

function conditional(fam: Family, c: string, a: string, b: string): string {
  return fam.conditionalForm!.replace('%c', c.trim()).replace('%a', a.trim()).replace('%b', b.trim());
}

/**
 * Tokens [a, b) of `s` as text with the locals substituted (in parentheses) and updates unfolded;
 * the updates' new values go into `locals` (`double t2 = (--t) * t` leaves t as `(t - 1)`).
 */
function valueText(r: Reader, s: Stmt, [a, b]: [number, number], locals: Map<string, string>): string | undefined {
  const toks = s.toks;
  let unknown = false;
  const rename = (t: Token): string | undefined => {
    if (t.kind !== 'id' || !locals.has(t.text)) return undefined;
    const k = toks.indexOf(t);
    const prev = toks[k - 1];
    const next = toks[k + 1];
    if (prev?.text === '.' || prev?.text === '::' || next?.text === '(' || next?.text === '.') return undefined;
    const v = locals.get(t.text)!;
    if (v === UNKNOWN) unknown = true; // set differently by the branches of a conditional before
    return /^[\p{L}_][\p{L}\p{N}_]*$/u.test(v) ? v : `(${v})`;
  };
  const after = new Map<string, string>();
  const out = hasUpdates(toks, a, b, r.fam) ? unfoldUpdates(r.text, toks, a, b, rename, after) : joinTokens(r.text, toks, a, b, rename);
  if (out === undefined || unknown) return undefined;
  for (const [k, v] of after) locals.set(k, v);
  return out;
}

/** A tuple value (`return a, b`, `(a, b)`): the function is no scalar helper (its calls are left alone). */
function isTuple(toks: Token[], [a, b]: [number, number]): boolean {
  if (splitTop(toks, a, b).length > 1) return true;
  return toks[a].kind === 'open' && matchClose(toks, a, b) === b && splitTop(toks, a + 1, b - 1).length > 1;
}
