// Helper functions with a single-expression body defined in the window: the one-line forms come
// from shape.ts (`f(x) = x^2`, `sq = lambda x: x*x`, `const sq = (x) => x*x`); this adds the
// block forms whose body is one `return` (or, in Julia/R, one expression; in MATLAB, one
// assignment to the declared output).
import type { Family } from './families';
import type { Token } from './lex';
import { joinTokens } from './candidates';
import { matchClose } from './brackets';
import { paramNames, shapeOf } from './shape';
import { headerWord, type Stmt } from './statements';
import { helperBody } from './helperBody';
import { propertyFunctions } from './objectPath';
import type { FunctionDef } from './types';
import { names } from '../names';

interface Header {
  name: string;
  params: string[];
  output?: string;
}

/** The name and parameters of a function header statement, if it is one. */
export function functionHeader(s: Stmt, fam: Family): Header | undefined {
  const t = s.toks;
  const ids = (k: number) => t[k]?.kind === 'id';
  let k = 0;
  while (ids(k) && ['export', 'async', 'static', 'inline', 'public', 'private', 'default'].includes(t[k].text)) k++;
  const word = t[k]?.text;
  if (word !== undefined && fam.headerWords?.has(word)) {
    // MATLAB: function y = f(x)  /  function [a, b] = f(x)
    let n = k + 1;
    let output: string | undefined;
    if (fam.headerOutputs) {
      const eq = t.findIndex((x) => x.kind === 'op' && x.text === '=');
      if (eq > 0) {
        output = t
          .slice(k + 1, eq)
          .filter((x) => x.kind === 'id')
          .map((x) => x.text)
          .join(',');
        n = eq + 1;
      }
    }
    if (!ids(n)) return undefined;
    if (t[n + 1]?.text !== '(') return { name: t[n].text, params: [], output };
    const c = matchClose(t, n + 1);
    return { name: t[n].text, params: paramNames(t, n + 2, c - 1), output };
  }
  // const f = function (x) {  /  const f = (x) => {  /  f <- function(x) {
  const sh = shapeOf({ ...s, opens: false }, fam);
  if (sh.kind === 'assign' && sh.names.length === 1 && sh.value) {
    let v = sh.value[0];
    if (t[v]?.text === 'async') v++;
    if (t[v]?.text === 'function' && t[v + 1]?.text === '(') {
      const c = matchClose(t, v + 1);
      return { name: sh.names[0], params: paramNames(t, v + 2, c - 1) };
    }
    if (t[v]?.text === '(') {
      const c = matchClose(t, v);
      if (t[t.length - 1]?.text === '=>') return { name: sh.names[0], params: paramNames(t, v + 1, c - 1) };
    }
    // C++: auto sq = [](double u) {
    if (fam.captureLambdas && t[v]?.text === '[') {
      const c = matchClose(t, v);
      if (t[c]?.text === '(') return { name: sh.names[0], params: paramNames(t, c + 1, matchClose(t, c) - 1) };
    }
    return undefined;
  }
  // JS/TS class methods: area() {  /  get norm(): number {
  if (fam.methodHeaders && s.opens) {
    let m = k;
    if ((t[m]?.text === 'get' || t[m]?.text === 'set') && ids(m + 1)) m++;
    if (ids(m) && !fam.keywords.has(t[m].text) && t[m + 1]?.text === '(') {
      const c = matchClose(t, m + 1);
      if (c === t.length || t[c]?.text === ':') return { name: t[m].text, params: paramNames(t, m + 2, c - 1) };
    }
  }
  // C/C++: double f(double x, double y) {
  if (fam.typedHeaders && s.opens) {
    const open = t.findIndex((x) => x.text === '(');
    if (open >= 2 && ids(open - 1) && matchClose(t, open) === t.length && !fam.loopBranch.has(t[0].text)) {
      return { name: t[open - 1].text, params: paramNames(t, open + 1, t.length - 1) };
    }
  }
  return undefined;
}

/**
 * Block-form helpers defined in `stmts` (those whose body is one value, helperBody.ts), plus the
 * one-line forms, as source-language text. A name defined more than once (`__call__` of two
 * classes) is ambiguous; with `at` (the cursor's statement), the definition in the cursor's own
 * class is the one `self.__call__(x)` means.
 */
export function collectHelpers(stmts: Stmt[], fam: Family, text: string, at?: number, toks?: Token[]): Record<string, FunctionDef> {
  const defs = new Map<string, Defined[]>();
  if (fam.methodHeaders && toks) {
    for (const [name, def] of objectHelpers(stmts, fam, text, toks)) defs.set(name, [{ def, owner: -1, arity: def?.params.length ?? 0 }]);
  }
  for (let i = 0; i < stmts.length; i++) {
    const s = stmts[i];
    if (s.close) continue;
    const sh = shapeOf(s, fam);
    let name: string | undefined;
    let def: FunctionDef | undefined;
    let params: string[] = [];
    if (sh.fn) {
      name = sh.fn.name;
      params = callParams(sh.fn.params, fam);
      def = { params, body: joinTokens(text, s.toks, ...sh.fn.body) };
    } else if (s.opens) {
      const h = functionHeader(s, fam);
      if (!h) continue;
      name = h.name;
      params = callParams(h.params, fam);
      const body = helperBody(stmts, i, fam, text, h.output);
      if (body !== undefined) def = { params, body };
    }
    if (!name) continue;
    if (!defs.has(name)) defs.set(name, []);
    defs.get(name)!.push({ def, owner: classOf(stmts, i), arity: params.length });
  }
  const own = at === undefined ? -2 : classOf(stmts, at);
  const pick = (list: Defined[]) =>
    list.length === 1
      ? list[0]
      : list.filter((d) => d.owner >= 0 && d.owner === own).length === 1
        ? list.find((d) => d.owner === own)
        : undefined;
  const out: Record<string, FunctionDef> = names();
  for (const [name, list] of defs) {
    // with dispatch by arity each number of parameters is a function of its own; a method whose
    // body is not one value (`function normpdf(μ, σ, x)` with branches) leaves only its arity unread
    const groups = fam.dispatchByArity ? [...new Set(list.map((d) => d.arity))].map((n) => list.filter((d) => d.arity === n)) : [list];
    const [first, ...methods] = groups.map((g) => pick(g)?.def).filter((d): d is FunctionDef => d !== undefined);
    if (first) out[name] = methods.length ? { ...first, methods } : first;
  }
  return out;
}

interface Defined {
  def?: FunctionDef;
  owner: number;
  /** Number of parameters a call passes. */
  arity: number;
}

/**
 * Functions defined as properties of named object literals, by the dotted name code calls them
 * with (`Easing.Bounce.Out`, objectPath.ts): a block body read as helperBody reads any, an arrow's
 * expression as written.
 */
function objectHelpers(stmts: Stmt[], fam: Family, text: string, toks: Token[]): [string, FunctionDef | undefined][] {
  const code = toks.filter((t) => t.kind !== 'comment' && t.kind !== 'nl');
  const headerEndingAt = new Map<Token, number>();
  stmts.forEach((s, i) => {
    if (s.opens && s.toks.length) headerEndingAt.set(s.toks[s.toks.length - 1], i);
  });
  return propertyFunctions(code).map((pf) => {
    const params = paramNames(code, pf.params[0], pf.params[1]);
    if ('expr' in pf.body) return [pf.name, { params, body: joinTokens(text, code, ...pf.body.expr) }];
    const header = headerEndingAt.get(code[pf.body.block - 1]);
    const body = header === undefined ? undefined : helperBody(stmts, header, fam, text);
    return [pf.name, body === undefined ? undefined : { params, body }];
  });
}

/** Index of the `class` header enclosing statement `i`, or -1. */
function classOf(stmts: Stmt[], i: number): number {
  let depth = stmts[i].depth;
  for (let j = i - 1; j >= 0; j--) {
    const s = stmts[j];
    if (s.close || s.depth >= depth) continue;
    depth = s.depth;
    if (s.opens && headerWord(s) === 'class') return j;
  }
  return -1;
}

/** A Python method's `self`/`cls` is not passed in the call `self.predict(x)` (read as `predict(x)`). */
function callParams(params: string[], fam: Family): string[] {
  return params.length > 0 && fam.receivers?.has(params[0]) ? params.slice(1) : params;
}

/** Identifiers used as values in tokens [a, b): not calls, not attributes, not keyword arguments. */
export function usedNames(toks: Token[], a: number, b: number): string[] {
  const out: string[] = [];
  for (let k = a; k < b; k++) {
    const t = toks[k];
    if (t.kind !== 'id') continue;
    const next = toks[k + 1];
    const prev = toks[k - 1];
    if (next && (next.text === '(' || next.text === '.' || next.text === '::')) continue;
    if (prev && prev.kind === 'op' && (prev.text === '.' || prev.text === '::')) continue;
    out.push(t.text);
  }
  return out;
}
