// Helper functions with a single-expression body defined in the window: the one-line forms come
// from shape.ts (`f(x) = x^2`, `sq = lambda x: x*x`, `const sq = (x) => x*x`); this adds the
// block forms whose body is one `return` (or, in Julia/R, one expression; in MATLAB, one
// assignment to the declared output).
import type { Family } from './families';
import type { Token } from './lex';
import { joinTokens } from './candidates';
import { matchClose, splitTop } from './brackets';
import { paramNames, shapeOf, type Shape } from './shape';
import type { Stmt } from './statements';
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
 * Block-form helpers defined in `stmts` (those whose body is one expression), plus the
 * one-line forms, as source-language text.
 */
export function collectHelpers(stmts: Stmt[], fam: Family, text: string): Record<string, FunctionDef> {
  const out: Record<string, FunctionDef> = names();
  // a name defined twice (`__call__` of two classes, a method of each) is ambiguous: no helper
  const seen = new Map<string, number>();
  for (const s of stmts) {
    if (s.close) continue;
    const name = shapeOf(s, fam).fn?.name ?? (s.opens ? functionHeader(s, fam)?.name : undefined);
    if (name) seen.set(name, (seen.get(name) ?? 0) + 1);
  }
  const ambiguous = new Set([...seen].filter(([, n]) => n > 1).map(([k]) => k));
  for (let i = 0; i < stmts.length; i++) {
    const s = stmts[i];
    if (s.close) continue;
    const sh = shapeOf(s, fam);
    if (sh.fn) {
      out[sh.fn.name] = { params: callParams(sh.fn.params, fam), body: joinTokens(text, s.toks, ...sh.fn.body) };
      continue;
    }
    if (!s.opens) continue;
    const h = functionHeader(s, fam);
    if (!h) continue;
    // the body: statements after the header, before its block ends
    const body: { s: Stmt; sh: Shape }[] = [];
    let j = i + 1;
    for (; j < stmts.length; j++) {
      const b = stmts[j];
      if (b.depth <= s.depth) break;
      if (b.toks.length === 1 && b.toks[0].kind === 'str') continue; // docstring
      body.push({ s: b, sh: shapeOf(b, fam) });
      if (body.length > 1) break;
    }
    if (body.length !== 1) continue;
    const only = body[0];
    let span: [number, number] | undefined;
    if (only.sh.kind === 'return') span = only.sh.value;
    else if (fam.headerOutputs && only.sh.kind === 'assign' && h.output && only.sh.names.join(',') === h.output) span = only.sh.value;
    else if (fam.implicitReturn && only.sh.kind === 'expr') span = only.sh.value;
    // a tuple-valued function is not a scalar helper (its calls are left alone)
    if (
      span &&
      span[1] > span[0] &&
      splitTop(only.s.toks, span[0], span[1]).length === 1 &&
      !(
        only.s.toks[span[0]].kind === 'open' &&
        matchClose(only.s.toks, span[0], span[1]) === span[1] &&
        splitTop(only.s.toks, span[0] + 1, span[1] - 1).length > 1
      )
    ) {
      out[h.name] = { params: callParams(h.params, fam), body: joinTokens(text, only.s.toks, ...span) };
    }
  }
  for (const k of ambiguous) delete out[k];
  return out;
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
