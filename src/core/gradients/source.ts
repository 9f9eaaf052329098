// A whole file as the pairing reads it: tokens, statements, the functions defined in it (block
// forms, one-line forms, lambdas assigned to a name), function aliases (`fun = @rosen`) and
// top-level numeric constants. Reuses the document scanner (lex, statements, shape, helpers).
import { familyOf, type Family } from '../document/families';
import { functionHeader, collectHelpers } from '../document/helpers';
import { lex, type Token } from '../document/lex';
import { shapeOf, matchClose, type Shape } from '../document/shape';
import { splitStatements, type Stmt } from '../document/statements';
import type { FunctionDef } from '../document/types';
import type { Lang } from '../types';

export interface FnDef {
  name: string;
  /** 1-based line of the definition. */
  line: number;
  params: string[];
  /** MATLAB output variables (`function [f, g] = fun(x)`). */
  outputs?: string[];
  /** Index of the header statement; the body is `body` (statement indices [from, to)). */
  header: number;
  body: [number, number];
  /** A one-line form (`f = lambda x: …`, `f(x) = …`, `(x) => …`): the body expression's tokens. */
  expr?: { stmt: number; range: [number, number] };
}

export interface Source {
  text: string;
  lang: Lang;
  fam: Family;
  stmts: Stmt[];
  shapes: Shape[];
  fns: Map<string, FnDef>;
  /** `fun = @rosen`, `f = rosen`, `const g = grad`: a name for another function. */
  aliases: Map<string, string>;
  /** Top-level `name = <number>` (the last one), for data passed to the objective. */
  constants: Map<string, number>;
  /** Top-level `name = <expression tokens>`, for x0 given by name (`x0 = [-1.2, 1]`). */
  values: Map<string, { stmt: number; range: [number, number] }[]>;
  /** Single-expression helpers (inlined where called). */
  helpers: Record<string, FunctionDef>;
  lineAt(offset: number): number;
}

const MAX_TEXT = 2_000_000;

export function readSource(text: string, lang: Lang): Source | undefined {
  const fam = familyOf(lang);
  if (!fam || text.length > MAX_TEXT) return undefined;
  const toks = lex(text, fam, 0, text.length);
  const stmts = splitStatements(toks, fam, text);
  const shapes = stmts.map((s) => shapeOf(s, fam));
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  const lineAt = (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const src: Source = {
    text, lang, fam, stmts, shapes, fns: new Map(), aliases: new Map(), constants: new Map(), values: new Map(),
    helpers: {}, lineAt,
  };
  collectFunctions(src);
  collectTopLevel(src);
  try {
    src.helpers = collectHelpers(stmts, fam, text);
  } catch {
    src.helpers = {};
  }
  return src;
}

/** Where the block opened by header statement `h` ends (exclusive statement index). */
export function blockEnd(src: Source, h: number): number {
  const { stmts, fam } = src;
  const d = stmts[h].depth;
  let j = h + 1;
  for (; j < stmts.length; j++) {
    const s = stmts[j];
    if (s.depth <= d) {
      // the `}`/`end` closing this block belongs to it
      if (s.close && fam.blocks !== 'indent') return j + 1;
      return j;
    }
    // MATLAB function files often close no function with `end`: the next `function` ends this one
    if (fam.lang === 'matlab' && src.stmts[h].toks[0]?.text === 'function' && s.toks[0]?.text === 'function' && !s.close) return j;
  }
  return j;
}

function collectFunctions(src: Source): void {
  const { stmts, shapes, fam } = src;
  for (let i = 0; i < stmts.length; i++) {
    const s = stmts[i];
    if (s.close) continue;
    const sh = shapes[i];
    const line = src.lineAt(s.start);
    if (sh.fn && !s.opens) {
      const name = sh.fn.name;
      if (!src.fns.has(name)) src.fns.set(name, { name, line, params: sh.fn.params, header: i, body: [i + 1, i + 1], expr: { stmt: i, range: sh.fn.body } });
      continue;
    }
    if (!s.opens) continue;
    let h = functionHeader(s, fam);
    // Python `def f(x):` is a header statement too (functionHeader reads `def`/`function` words)
    if (!h) continue;
    // a Python method's `self`/`cls` is not passed by `jac=self.grad`
    if (fam.lang === 'python' && (h.params[0] === 'self' || h.params[0] === 'cls')) h = { ...h, params: h.params.slice(1) };
    const end = blockEnd(src, i);
    const bodyEnd = end > i + 1 && stmts[end - 1].close ? end - 1 : end;
    if (!src.fns.has(h.name)) {
      src.fns.set(h.name, {
        name: h.name, line, params: h.params, header: i, body: [i + 1, bodyEnd],
        ...(h.output ? { outputs: h.output.split(',').filter(Boolean) } : {}),
      });
    }
  }
}

/** Top-level assignments: aliases of functions, numeric constants, value texts. */
function collectTopLevel(src: Source): void {
  const { stmts, shapes } = src;
  for (let i = 0; i < stmts.length; i++) {
    const sh = shapes[i];
    if (sh.kind !== 'assign' || sh.names.length !== 1 || !sh.value || sh.op?.text === '+=' ) continue;
    const name = sh.names[0];
    const toks = stmts[i].toks;
    const [a, b] = sh.value;
    const v = toks.slice(a, b);
    // fun = @rosen, f = rosen, g = self.grad
    const handle = v.length === 2 && v[0].text === '@' && v[1].kind === 'id' ? v[1].text
      : v.length === 1 && v[0].kind === 'id' ? v[0].text : undefined;
    if (handle && src.fns.has(handle) && handle !== name) { src.aliases.set(name, handle); continue; }
    const num = numberOf(v);
    if (num !== undefined) src.constants.set(name, num);
    const list = src.values.get(name) ?? [];
    list.push({ stmt: i, range: [a, b] });
    src.values.set(name, list);
  }
}

/** A numeric literal with an optional sign (`-1.5`, `2`, `1e-3`, `3.0f`). */
export function numberOf(v: Token[]): number | undefined {
  let sign = 1;
  let k = 0;
  if (v[k]?.kind === 'op' && (v[k].text === '-' || v[k].text === '+')) { if (v[k].text === '-') sign = -1; k++; }
  if (v.length !== k + 1 || v[k].kind !== 'num') return undefined;
  const n = Number(v[k].text.replace(/_/g, '').replace(/'/g, '').replace(/[fFlLuU]+$/, ''));
  return Number.isFinite(n) ? sign * n : undefined;
}

/** Resolves aliases (`fun = @rosen`) to a defined function. */
export function resolveFn(src: Source, name: string): FnDef | undefined {
  let n = name;
  for (let k = 0; k < 5 && !src.fns.has(n) && src.aliases.has(n); k++) n = src.aliases.get(n)!;
  return src.fns.get(n);
}

export { matchClose };
