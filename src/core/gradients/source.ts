// A whole file as the pairing reads it: tokens, statements, the functions defined in it (block
// forms, one-line forms, lambdas assigned to a name), function aliases (`fun = @rosen`) and
// top-level numeric constants. Reuses the document scanner (lex, statements, shape, helpers).
import { familyOf, type Family } from '../document/families';
import { functionHeader, collectHelpers } from '../document/helpers';
import { lex, type Token } from '../document/lex';
import { matchClose, splitTop } from '../document/brackets';
import { shapeOf, paramNames, type Shape } from '../document/shape';
import { splitStatements, type Stmt } from '../document/statements';
import type { FunctionDef } from '../document/types';
import { lineOf, lineStarts } from '../report/handwritten';
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
  /** A Python method (its `self` dropped from `params`). */
  method?: boolean;
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
  /** Every definition of each name, in order (a name may be defined in several scopes). */
  defs: Map<string, FnDef[]>;
  /** `fun = @rosen`, `f = rosen`, `const g = grad`: a name for another function. */
  aliases: Map<string, string>;
  /** Top-level `name = <number>` (the last one), for data passed to the objective. */
  constants: Map<string, number>;
  /** Top-level `name = <expression tokens>`, for x0 given by name (`x0 = [-1.2, 1]`). */
  values: Map<string, { stmt: number; range: [number, number] }[]>;
  /** Single-expression helpers (inlined where called). */
  helpers: Record<string, FunctionDef>;
  /** R `list(fn = function(par) …, gr = function(par) …)`: container name → entry names (functions `beale()$fn`). */
  lists: Map<string, Map<string, string>>;
  /** C++ type names of the file (`typedef … ElemType;`, `using T = …`): `ElemType(1.5)` is a conversion. */
  typeNames: Set<string>;
  lineAt(offset: number): number;
}

const MAX_TEXT = 2_000_000;

export function readSource(original: string, lang: Lang): Source | undefined {
  const fam = familyOf(lang);
  if (!fam || original.length > MAX_TEXT) return undefined;
  const macros = lang === 'c' || lang === 'cpp' ? readMacros(original) : undefined;
  const text = macros ? expandMacros(original, macros.functions) : original;
  const toks = lex(text, fam, 0, text.length);
  const stmts = splitStatements(toks, fam, text, { nestedBodies: false });
  const shapes = stmts.map((s) => shapeOf(s, fam));
  const starts = lineStarts(text);
  const lineAt = (offset: number) => lineOf(starts, offset) + 1;
  const src: Source = {
    text,
    lang,
    fam,
    stmts,
    shapes,
    fns: new Map(),
    defs: new Map(),
    aliases: new Map(),
    constants: new Map(),
    values: new Map(),
    helpers: {},
    lists: new Map(),
    typeNames: new Set(),
    lineAt,
  };
  collectFunctions(src, 0);
  const before = stmts.length;
  collectNested(src);
  collectFunctions(src, before);
  collectTopLevel(src);
  if (macros) for (const [k, v] of macros.numbers) if (!src.constants.has(k)) src.constants.set(k, v);
  if (lang === 'cpp' || lang === 'c') {
    for (const m of text.matchAll(/\btypedef\b[^;{}]*?\b([A-Za-z_]\w*)\s*;|\busing\s+([A-Za-z_]\w*)\s*=/g)) src.typeNames.add(m[1] ?? m[2]);
    for (const m of text.matchAll(/\btemplate\s*<([^>]*)>/g))
      for (const p of m[1].matchAll(/\b(?:typename|class)\s+([A-Za-z_]\w*)/g)) src.typeNames.add(p[1]);
  }
  try {
    src.helpers = collectHelpers(stmts, fam, text);
  } catch {
    src.helpers = {};
  }
  return src;
}

/** A header: it ends with `:`/`{`, or (R, C: `f <- function(x)` then `{` on the next line) deeper statements follow. */
export function opensBlock(src: Source, i: number): boolean {
  const s = src.stmts[i];
  if (s.opens) return true;
  const next = src.stmts[i + 1];
  return src.fam.blocks === 'braces' && !s.close && !!next && next.depth > s.depth;
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

function collectFunctions(src: Source, from: number): void {
  const { stmts, shapes, fam } = src;
  for (let i = from; i < stmts.length; i++) {
    const s = stmts[i];
    if (s.close) continue;
    const sh = shapes[i];
    const line = src.lineAt(s.start);
    if (sh.fn && !s.opens) {
      const name = sh.fn.name;
      addFn(src, { name, line, params: sh.fn.params, header: i, body: [i + 1, i + 1], expr: { stmt: i, range: sh.fn.body } });
      continue;
    }
    if (!opensBlock(src, i)) continue;
    let h = functionHeader(s, fam) ?? (fam.lang === 'cpp' ? cppHeader(src, i) : undefined);
    // Python `def f(x):` is a header statement too (functionHeader reads `def`/`function` words)
    if (!h) continue;
    // C++ `const std::vector<double> &x`: the name is the last word (the shared reader takes `std` for `::`)
    if (fam.lang === 'cpp' || fam.lang === 'c') h = { ...h, params: cParams(s.toks) ?? h.params };
    // a Python method's `self`/`cls` is not passed by `jac=self.grad`
    const method = fam.lang === 'python' && (h.params[0] === 'self' || h.params[0] === 'cls');
    if (method) h = { ...h, params: h.params.slice(1) };
    const end = blockEnd(src, i);
    const bodyEnd = end > i + 1 && stmts[end - 1].close ? end - 1 : end;
    addFn(src, {
      name: h.name,
      line,
      params: h.params,
      header: i,
      body: [i + 1, bodyEnd],
      ...(h.output ? { outputs: h.output.split(',').filter(Boolean) } : {}),
      ...(method ? { method } : {}),
    });
  }
}

/**
 * Functions written inside brackets, which the statement splitter keeps inside one statement:
 * R `list(fn = function(par) { … }, gr = function(par) { … })`, JavaScript object literals
 * `{ f: (X) => { … }, fprime: (X, fxprime) => { … } }` and callbacks `test('…', () => { … })`.
 * Each body is split again on its own and appended to the statements (so functions defined in it
 * are found too). Entries are named `beale()$fn` / `himmelblau.f` after their container.
 */
function collectNested(src: Source): void {
  const js = src.lang === 'javascript' || src.lang === 'typescript';
  if (!js && src.lang !== 'r') return;
  for (let i = 0; i < src.stmts.length && i < 100_000; i++) {
    const t = src.stmts[i].toks;
    let depth = 0;
    for (let k = 0; k < t.length; k++) {
      if (t[k].kind === 'open') depth++;
      else if (t[k].kind === 'close') depth--;
      if (depth <= 0) continue;
      const lit = functionLiteral(t, k, js);
      if (!lit) continue;
      // the entry's name: `key: …` (JS object), `key = …` (R list)
      const key =
        k >= 2 && t[k - 1].kind === 'op' && (t[k - 1].text === ':' || t[k - 1].text === '=') && t[k - 2].kind === 'id'
          ? t[k - 2].text
          : undefined;
      const inObject = key !== undefined && (js ? t[k - 1].text === ':' : insideList(t, k - 2));
      const name = inObject ? `${containerName(src, i)}${js ? '.' : '$'}${key}` : undefined;
      const line = src.lineAt(t[key !== undefined ? k - 2 : k].start);
      if (lit.body) {
        const [open, end] = lit.body;
        const from = src.stmts.length;
        const sub = splitStatements(lex(src.text, src.fam, t[open].start + 1, t[end - 1].start), src.fam, src.text, {
          nestedBodies: false,
        });
        for (const st of sub) {
          src.stmts.push(st);
          src.shapes.push(shapeOf(st, src.fam));
        }
        if (name) addFn(src, { name, line, params: lit.params, header: i, body: [from, src.stmts.length] });
        if (name) addEntry(src, containerName(src, i), key!, name);
        // on past the body (its brackets were never counted)
        k = end - 1;
      } else if (name && lit.expr) {
        addFn(src, { name, line, params: lit.params, header: i, body: [i, i], expr: { stmt: i, range: lit.expr } });
        addEntry(src, containerName(src, i), key!, name);
        k = lit.expr[1] - 1;
      }
    }
  }
}

function addEntry(src: Source, container: string, key: string, name: string): void {
  if (!src.lists.has(container)) src.lists.set(container, new Map());
  src.lists.get(container)!.set(key, name);
}

/** A function literal starting at token k: `function [name](…) {`, `(…) => {`, `x => {`, `(…) => expr`. */
function functionLiteral(
  t: Token[],
  k: number,
  js: boolean,
): { params: string[]; body?: [number, number]; expr?: [number, number] } | undefined {
  let a = k;
  if (t[a]?.text === 'async' && js) a++;
  let params: string[] | undefined;
  let after: number;
  if (t[a]?.text === 'function' && t[a]?.kind === 'id') {
    let p = a + 1;
    if (t[p]?.kind === 'id') p++;
    if (t[p]?.text !== '(') return undefined;
    const c = matchClose(t, p);
    params = splitParams(t, p + 1, c - 1);
    after = c;
  } else if (js && t[a]?.text === '(' && !(k > 0 && (t[k - 1].kind === 'id' || t[k - 1].text === ')' || t[k - 1].text === ']'))) {
    const c = matchClose(t, a);
    if (t[c]?.text !== '=>') return undefined;
    params = splitParams(t, a + 1, c - 1);
    after = c + 1;
  } else if (js && t[a]?.kind === 'id' && t[a + 1]?.text === '=>') {
    params = [t[a].text];
    after = a + 2;
  } else return undefined;
  if (t[after]?.text === '{') return { params, body: [after, matchClose(t, after)] };
  if (!js || t[after - 1]?.text !== '=>') return undefined;
  // an expression body runs to the next top-level `,` or the closing bracket
  let d = 0;
  let e = after;
  for (; e < t.length; e++) {
    if (t[e].kind === 'open') d++;
    else if (t[e].kind === 'close') {
      if (d-- === 0) break;
    } else if (d === 0 && t[e].text === ',') break;
  }
  return e > after ? { params, expr: [after, e] } : undefined;
}

function insideList(t: Token[], k: number): boolean {
  let d = 0;
  for (let j = k - 1; j >= 0; j--) {
    if (t[j].kind === 'close') d++;
    else if (t[j].kind === 'open') {
      if (d === 0) return t[j].text === '(' && t[j - 1]?.text === 'list';
      d--;
    }
  }
  return false;
}

function splitParams(t: Token[], a: number, b: number): string[] {
  return paramNames(t, a, b);
}

/** `beale()` when the list is inside function beale, `fun` when assigned to fun. */
function containerName(src: Source, i: number): string {
  const sh0 = src.shapes[i];
  if (sh0.kind === 'assign' && sh0.names.length === 1 && src.lang !== 'r') return sh0.names[0];
  for (const f of src.fns.values()) if (!f.expr && f.body[0] <= i && i < f.body[1] && f.header < i) return `${f.name}()`;
  const sh = src.shapes[i];
  return sh.kind === 'assign' && sh.names.length === 1 ? sh.names[0] : 'list';
}

/** Parameter names of a C/C++ header: the last identifier of each declaration (before a default). */
function cParams(t: Token[]): string[] | undefined {
  let end = t.length;
  while (end > 0 && CPP_QUALIFIERS.has(t[end - 1].text)) end--;
  if (t[end - 1]?.text !== ')') return undefined;
  let open = end - 1;
  for (let d = 0; open >= 0; open--) {
    if (t[open].text === ')') d++;
    else if (t[open].text === '(' && --d === 0) break;
  }
  if (open < 0 || open + 1 >= end - 1) return open < 0 ? undefined : [];
  return splitTop(t, open + 1, end - 1)
    .map(([a, b]) => {
      const eq = t.slice(a, b).findIndex((x) => x.text === '=');
      const ids = t.slice(a, eq < 0 ? b : a + eq).filter((x) => x.kind === 'id');
      return ids[ids.length - 1]?.text ?? '';
    })
    .filter((n) => n && n !== 'void');
}

const CPP_QUALIFIERS = new Set(['const', 'override', 'noexcept', 'final', 'volatile', '&', '&&', 'mutable']);

/**
 * C++ definitions the shared header reader leaves out: `template<…> T Class::Method(…) const {`,
 * `public: bool Evaluate(…) const override {` inside a class (named `Class::Method`).
 */
function cppHeader(src: Source, i: number): { name: string; params: string[]; output?: string } | undefined {
  const t = src.stmts[i].toks;
  let k = 0;
  while (t[k] && ['public', 'private', 'protected'].includes(t[k].text) && t[k + 1]?.text === ':') k += 2;
  if (t[k]?.text === 'template' && t[k + 1]?.text === '<') {
    let d = 0;
    for (k++; k < t.length; k++) {
      if (t[k].text === '<') d++;
      else if (t[k].text === '>' && --d === 0) {
        k++;
        break;
      } else if (t[k].text === '>>') {
        d -= 2;
        if (d <= 0) {
          k++;
          break;
        }
      }
    }
  }
  // the last parenthesised group followed only by qualifiers
  let end = t.length;
  while (end > k && CPP_QUALIFIERS.has(t[end - 1].text)) end--;
  if (t[end - 1]?.text !== ')') return undefined;
  let open = end - 1;
  for (let d = 0; open >= k; open--) {
    if (t[open].text === ')') d++;
    else if (t[open].text === '(' && --d === 0) break;
  }
  if (open <= k || t[open - 1]?.kind !== 'id' || ['if', 'for', 'while', 'switch', 'catch', 'return'].includes(t[open - 1].text))
    return undefined;
  let name = t[open - 1].text;
  let q = open - 2;
  while (q >= k + 1 && t[q].text === '::' && t[q - 1]?.kind === 'id') {
    name = `${t[q - 1].text}::${name}`;
    q -= 2;
  }
  if (q < k) return undefined; // a call statement, not a definition: a return type comes first
  if (!name.includes('::')) {
    const cls = enclosingClass(src, i);
    if (cls) name = `${cls}::${name}`;
  }
  return { name, params: paramNames(t, open + 1, end - 1) };
}

/** The class whose body holds statement i (C++). */
export function enclosingClass(src: Source, i: number): string | undefined {
  for (let j = i - 1; j >= 0; j--) {
    const s = src.stmts[j];
    if (s.depth >= src.stmts[i].depth || !s.opens) continue;
    const c = s.toks.findIndex((x) => x.text === 'class' || x.text === 'struct');
    return c >= 0 && s.toks[c + 1]?.kind === 'id' ? s.toks[c + 1].text : undefined;
  }
  return undefined;
}

/** Top-level assignments: aliases of functions, numeric constants, value texts. */
function collectTopLevel(src: Source): void {
  const { stmts, shapes } = src;
  for (let i = 0; i < stmts.length; i++) {
    const sh = shapes[i];
    if (sh.kind !== 'assign' || sh.names.length !== 1 || !sh.value || sh.op?.text === '+=') continue;
    const name = sh.names[0];
    const toks = stmts[i].toks;
    const [a, b] = sh.value;
    const v = toks.slice(a, b);
    // fun = @rosen, f = rosen, g = self.grad
    const handle =
      v.length === 2 && v[0].text === '@' && v[1].kind === 'id' ? v[1].text : v.length === 1 && v[0].kind === 'id' ? v[0].text : undefined;
    if (handle && src.fns.has(handle) && handle !== name) {
      src.aliases.set(name, handle);
      continue;
    }
    const num = numberOf(v);
    if (num !== undefined) src.constants.set(name, num);
    const list = src.values.get(name) ?? [];
    list.push({ stmt: i, range: [a, b] });
    src.values.set(name, list);
  }
}

interface Macro {
  params: string[];
  body: string;
}

/** C `#define NAME(a, b) body` (one line) and `#define NAME 6.28`. */
function readMacros(text: string): { functions: Map<string, Macro>; numbers: Map<string, number> } {
  const functions = new Map<string, Macro>();
  const numbers = new Map<string, number>();
  const re = /^[ \t]*#[ \t]*define[ \t]+([A-Za-z_]\w*)(\(([^)]*)\))?[ \t]*(.*?)[ \t]*(?:\/\*.*\*\/|\/\/.*)?$/gm;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[4].endsWith('\\')) continue;
    if (m[2] !== undefined)
      functions.set(m[1], {
        params: m[3]
          .split(',')
          .map((p) => p.trim())
          .filter(Boolean),
        body: m[4],
      });
    else {
      const v = Number(m[4].replace(/^\((.*)\)$/, '$1'));
      if (m[4] && Number.isFinite(v)) numbers.set(m[1], v);
    }
  }
  return { functions, numbers };
}

/** Function-like macros expanded where they are used (`RETURN(f);` → `return status(n, x, f);`), keeping every line where it was. */
function expandMacros(text: string, macros: Map<string, Macro>): string {
  if (!macros.size) return text;
  const names = [...macros.keys()].map((n) => n.replace(/[$]/g, '\\$&')).join('|');
  const re = new RegExp(`\\b(${names})\\s*\\(`, 'g');
  let out = '';
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    if (/^\s*#/.test(text.slice(lineStart, m.index + 1))) continue; // the definition itself
    let d = 0;
    let e = m.index + m[0].length - 1;
    const args: string[] = [];
    let argStart = e + 1;
    for (; e < text.length; e++) {
      const c = text[e];
      if (c === '(' || c === '[' || c === '{') d++;
      else if (c === ')' || c === ']' || c === '}') {
        if (--d === 0) break;
      } else if (c === ',' && d === 1) {
        args.push(text.slice(argStart, e));
        argStart = e + 1;
      }
    }
    if (e >= text.length) break;
    args.push(text.slice(argStart, e));
    const mac = macros.get(m[1])!;
    let body = mac.body;
    mac.params.forEach((p, i) => {
      body = body.replace(new RegExp(`\\b${p}\\b`, 'g'), (args[i] ?? '').trim());
    });
    const call = text.slice(m.index, e + 1);
    out += text.slice(last, m.index) + body + '\n'.repeat((call.match(/\n/g) ?? []).length);
    last = e + 1;
    re.lastIndex = e + 1;
  }
  return out + text.slice(last);
}

/** A numeric literal with an optional sign (`-1.5`, `2`, `1e-3`, `3.0f`). */
export function numberOf(v: Token[]): number | undefined {
  let sign = 1;
  let k = 0;
  if (v[k]?.kind === 'op' && (v[k].text === '-' || v[k].text === '+')) {
    if (v[k].text === '-') sign = -1;
    k++;
  }
  if (v.length !== k + 1 || v[k].kind !== 'num') return undefined;
  const n = Number(
    v[k].text
      .replace(/_/g, '')
      .replace(/'/g, '')
      .replace(/[fFlLuU]+$/, ''),
  );
  return Number.isFinite(n) ? sign * n : undefined;
}

/** Resolves aliases (`fun = @rosen`) to a defined function. */
export function resolveFn(src: Source, name: string, at?: number, method?: boolean): FnDef | undefined {
  let n = name;
  for (let k = 0; k < 5 && !src.fns.has(n) && src.aliases.has(n); k++) n = src.aliases.get(n)!;
  const defs = src.defs.get(n) ?? [];
  if (defs.length <= 1 || at === undefined) return src.fns.get(n);
  // a name defined several times (a method `func` and lambdas `func = …` in tests): `self.func` is the
  // method, a bare `func` the closest definition before the call
  const kind = method === undefined ? defs : defs.filter((d) => !!d.method === method);
  const pool = kind.length ? kind : defs;
  const before = pool.filter((d) => d.header < at);
  return before.length ? before.reduce((a, b) => (b.header > a.header ? b : a)) : pool[0];
}

/** Records a definition; the first of a name is the one `fns` gives without a place to look from. */
function addFn(src: Source, def: FnDef): void {
  src.defs.set(def.name, [...(src.defs.get(def.name) ?? []), def]);
  if (!src.fns.has(def.name)) src.fns.set(def.name, def);
}

export { matchClose };
