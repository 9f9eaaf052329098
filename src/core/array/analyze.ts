// The array engine's façade: text → shapes, gradients printed in the code's own array notation,
// values at a point, the backward form of an array-valued line, a compiled function for checks.
import { InputError, type Lang } from '../types';
import { withBudget, DEFAULT_NODE_BUDGET } from '../expr';
import * as B from './build';
import { evaluateNodes } from './evaluate';
import { inferShapes, variablesOf } from './infer';
import { libFor, type Lib } from './libs';
import { lowerAst } from './lower';
import { ANode, isScalar, resetTable, topo } from './node';
import { parseArray, type Ast } from './parse';
import { latexToJulia, type Translated } from './latex';
import { mathSpan } from '../syntax/markdown';
import { inputError, offsetOfColumn } from '../syntax/errors';
import { printNode, printShared } from './print';
import { adjoints } from './reverse';
import { ARRAY_MARKERS } from './tables';
import { fromNested, toNested, type Tensor } from './tensor';
import type { ArrayAnalysis, ArrayOptions, NDArray, Shape } from './types';

/** True when the text uses an array operation in this language (the scalar reader must not answer alone). */
export function usesArrayOps(text: string, lang: Lang): boolean {
  const re = ARRAY_MARKERS[lang === 'markdown' ? 'latex' : lang];
  if (!re) return false;
  return re.test(lang === 'latex' || lang === 'markdown' ? text : stripComment(text, lang));
}

function stripComment(text: string, lang: Lang): string {
  const mark = lang === 'matlab' ? '%' : '#';
  if (lang === 'r') return text.replace(/#.*$/gm, '');
  return text
    .split('\n')
    .map((l) => {
      const i = l.indexOf(mark);
      return i < 0 ? l : l.slice(0, i);
    })
    .join('\n');
}

/** The shape of a nested value (numbers give []). */
export function shapeOfValue(v: NDArray): number[] {
  const s: number[] = [];
  for (let x: NDArray = v; Array.isArray(x); x = x[0]) s.push(x.length);
  return s;
}

interface Prepared {
  root: ANode;
  /** the expression with `where` names substituted (for totals) */
  total?: ANode;
  variables: string[];
  totalVariables: string[];
  shapes: Record<string, Shape>;
  labels: Set<string>;
  /** index names (j in X[:, j]): integers, not differentiated */
  indexNames: Set<string>;
  notes: string[];
  lib: Lib;
  /** where-definitions in dependency order, lowered */
  defined: [string, ANode][];
}

function prepare(text: string, lang: Lang, opts: ArrayOptions): Prepared {
  const bold = new Set<string>();
  const read = (t: string) => (lang === 'latex' || lang === 'markdown' ? parseLatexArray(t, lang, bold) : parseArray(t, lang));
  const ast = read(text);
  const wheres = dependencyOrder(opts.where ?? []).map((w) => ({ name: w.name, ast: read(w.text) }));
  const given: Record<string, Shape> = { ...opts.shapes };
  for (const [k, v] of Object.entries(opts.at ?? {})) if (!given[k]) given[k] = shapeOfValue(v);
  const definedAst: Record<string, Ast> = Object.fromEntries(wheres.map((w) => [w.name, w.ast]));
  const columnVectors = lang === 'julia' || lang === 'matlab' || lang === 'r' || lang === 'latex' || lang === 'markdown';
  const inferred = inferShapes([ast, ...wheres.map((w) => w.ast)], given, definedAst, columnVectors, bold);
  const shapes = inferred.shapes;
  const indexNames = new Set<string>();
  collectIndexNames(ast, indexNames);
  const cx = { text, shapes, columnReductions: lang === 'matlab', columnVectors, colonFlattens: lang === 'matlab' || lang === 'julia' };
  // definitions first (in order), so a defined name has its definition's shape
  const defined: Record<string, ANode> = {};
  for (const w of wheres) {
    defined[w.name] = lowerAst(w.ast, { ...cx, text: opts.where!.find((d) => d.name === w.name)!.text, defined: { ...defined } });
    shapes[w.name] = opts.shapes?.[w.name] ?? defined[w.name].shape;
  }
  // MATLAB has no 0-d arrays: a 1×1 result (`y' * log(h)`) is its scalar, differentiated as one
  const scalarOf = (n: ANode) => (lang === 'matlab' && n.shape.length && n.shape.every((d) => d === 1) ? B.sum(n, null) : n);
  const root = scalarOf(lowerAst(ast, cx));
  const total = wheres.length ? scalarOf(lowerAst(ast, { ...cx, defined })) : undefined;
  const own = variablesOf(ast).filter((v) => !inferred.labels.has(v) && !indexNames.has(v));
  const varsIn = (n: ANode) =>
    new Set(
      topo([n])
        .filter((x) => x.op === 'var')
        .map((x) => x.attr.name!),
    );
  const present = varsIn(root);
  const variables = own.filter((v) => present.has(v) || !isSizeOnly(v, root));
  const totalVariables: string[] = [];
  if (total) {
    const tv = varsIn(total);
    const order = [...variables, ...wheres.flatMap((w) => variablesOf(w.ast))];
    for (const v of order)
      if (tv.has(v) && !inferred.labels.has(v) && !indexNames.has(v) && !totalVariables.includes(v)) totalVariables.push(v);
  }
  const notes: string[] = [];
  const defaulted = inferred.defaulted.filter(
    (v) => !(opts.shapes && v in opts.shapes) && !(opts.at && v in opts.at) && !indexNames.has(v),
  );
  if (defaulted.length)
    notes.push(
      `read as scalar${defaulted.length > 1 ? 's' : ''}: ${defaulted.join(', ')} (nothing in the expression makes ${defaulted.length > 1 ? 'them arrays' : 'it an array'}; give a shape if not)`,
    );
  for (const l of inferred.labels) notes.push(`${l} holds integer labels (not differentiated)`);
  const lib = libFor(opts.print ?? lang, opts.print && opts.print !== lang ? '' : text);
  return {
    root,
    total,
    variables,
    totalVariables,
    shapes,
    labels: inferred.labels,
    indexNames,
    notes,
    lib,
    defined: Object.entries(defined),
  };
}

/**
 * LaTeX (or the math of a Markdown span), read through its Julia spelling; errors keep the LaTeX
 * column. A leading `y =` is the target.
 */
function parseLatexArray(source: string, lang: Lang, bold: Set<string>): Ast {
  const span = lang === 'markdown' ? mathSpan(source) : { math: source, offset: 0 };
  const lhs = /^\s*(?:[A-Za-z]\w*|\\mathbf\{\w+\})\s*=(?!=)/.exec(span.math);
  const body = lhs ? span.math.slice(lhs[0].length) : span.math;
  const shift = span.offset + (lhs ? lhs[0].length : 0);
  let t: Translated;
  try {
    t = latexToJulia(body);
  } catch (e) {
    throw moved(e, (c) => c + shift, source);
  }
  for (const b of t.arrays) bold.add(b);
  try {
    return reposition(parseArray(t.text, 'julia'), (o) => (t.map[o] ?? body.length) + shift);
  } catch (e) {
    throw moved(e, (c) => (t.map[c - 1] ?? body.length) + 1 + shift, source);
  }
}

/** Every node's offset moved from the Julia spelling back to the LaTeX (later errors point there). */
function reposition(a: Ast, to: (offset: number) => number): Ast {
  const seen = new Set<object>();
  const walk = (x: unknown): void => {
    if (!x || typeof x !== 'object' || seen.has(x)) return;
    seen.add(x);
    if (Array.isArray(x)) return x.forEach(walk);
    const node = x as { k?: string; at?: number };
    if (node.k && typeof node.at === 'number') node.at = to(node.at);
    for (const v of Object.values(x)) if (v && typeof v === 'object' && !('type' in (v as object))) walk(v);
  };
  walk(a);
  return a;
}

/** The same error at another column of `source`. */
function moved(e: unknown, column: (c: number) => number, source: string): unknown {
  if (!(e instanceof InputError) || e.column === undefined) return e;
  const c = column(e.column);
  return inputError(e.message.replace(/ at (?:line \d+, )?column \d+$/, ''), source, offsetOfColumn(source, 0, c));
}

/** Definitions ordered so that each comes after the ones it uses (a cycle is an error). */
function dependencyOrder(defs: { name: string; text: string }[]): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  const state = new Map<string, 'busy' | 'done'>();
  const byName = new Map(defs.map((d) => [d.name, d]));
  const visit = (d: { name: string; text: string }, path: string[]) => {
    if (state.get(d.name) === 'done') return;
    if (state.get(d.name) === 'busy') throw new InputError(`circular definitions: ${[...path, d.name].join(' → ')}`);
    state.set(d.name, 'busy');
    for (const w of d.text.match(/[\p{L}_][\p{L}\p{N}_]*/gu) ?? []) {
      const dep = byName.get(w);
      if (dep && dep !== d) visit(dep, [...path, d.name]);
    }
    state.set(d.name, 'done');
    out.push(d);
  };
  for (const d of defs) visit(d, []);
  return out;
}

function isSizeOnly(v: string, root: ANode): boolean {
  return !topo([root]).some((n) => n.op === 'var' && n.attr.name === v);
}

function collectIndexNames(a: Ast, out: Set<string>): void {
  if (a.k === 'index' || a.k === 'setindex') for (const e of a.index) if ('name' in e) out.add(e.name);
  for (const c of children(a)) collectIndexNames(c, out);
}

function children(a: Ast): Ast[] {
  switch (a.k) {
    case 'bin':
      return [a.a, a.b];
    case 'neg':
    case 'T':
    case 'index':
    case 'dim':
      return [a.a];
    case 'gather':
      return [a.a, a.labels];
    case 'setindex':
      return [a.a, a.value];
    case 'scalar':
    case 'fn':
      return a.args;
    default:
      return [];
  }
}

/** Tensors for the variables at a point (and integer index values). */
function bind(at: Record<string, NDArray>, shapes: Record<string, Shape>): { vars: Record<string, Tensor>; ints: Record<string, number> } {
  const vars: Record<string, Tensor> = {};
  const ints: Record<string, number> = {};
  for (const [k, v] of Object.entries(at)) {
    const t = fromNested(v, k);
    const want = shapes[k];
    if (want && (want.length !== t.shape.length || want.some((d, i) => typeof d === 'number' && d !== t.shape[i])))
      throw new InputError(`${k} has shape (${t.shape.join(', ')}) but the expression needs (${want.join(', ')})`);
    vars[k] = t;
    if (typeof v === 'number') ints[k] = v;
  }
  return { vars, ints };
}

/** The shared-subexpression form, when it names something (else undefined). */
function sharedForm(items: [string, ANode][], p: Prepared, names: Map<number, string>): ArrayAnalysis['shared'] {
  const taken = new Set([...p.variables, ...p.totalVariables, ...Object.keys(p.shapes)]);
  const s = printShared(
    items.map(([, n]) => n),
    p.lib,
    names,
    taken,
  );
  if (!s.definitions.length) return undefined;
  return { definitions: s.definitions, partials: Object.fromEntries(items.map(([k], i) => [k, s.texts[i]])) };
}

/** A gradient as text; none (the expression does not depend on it) is 0, the same in every library. */
const printGrad = (g: ANode | undefined, lib: Lib, names?: Map<number, string>) => (g ? printNode(g, lib, names) : '0');

/** Operations that act per element (ops.ts); `bcast`/`expand` only when they spread a scalar. */
const PER_ELEMENT = new Set(['var', 'const', 'fill', 'add', 'sub', 'mul', 'div', 'pow', 'neg', 'fn', 'select', 'eq']);
const isElementwise = (root: ANode) =>
  topo([root]).every(
    (n) => PER_ELEMENT.has(n.op) || ((n.op === 'bcast' || n.op === 'expand') && n.args.every((a) => a.shape.length === 0)),
  );

/** `h_1`, the dataflow's name for an earlier version of a reassigned `h`: not a name the code has at the cursor. */
const isVersion = (k: string, defined: Set<string>) => /_\d+$/.test(k) && (defined.has(k.replace(/_\d+$/, '')) || /_0$/.test(k));

export function analyzeArray(text: string, lang: Lang, opts: ArrayOptions = {}): ArrayAnalysis {
  return withBudget(DEFAULT_NODE_BUDGET, () => {
    resetTable();
    const p = prepare(text, lang, opts);
    const wrt = opts.wrt ?? p.variables;
    for (const v of wrt)
      if (!p.variables.includes(v) && !p.totalVariables.includes(v)) throw new InputError(`'${v}' is not a variable of the expression`);
    const out: ArrayAnalysis = {
      variables: p.variables,
      shapes: Object.fromEntries(
        [...p.variables, ...p.totalVariables.filter((v) => !p.variables.includes(v)), ...p.labels].map((v) => [v, p.shapes[v] ?? []]),
      ),
      outputShape: p.root.shape,
      elementwise: isElementwise(p.total ?? p.root),
      partials: {},
      notes: p.notes,
    };
    const at = opts.at;
    const definedNames = new Set(p.defined.map(([k]) => k));
    const missing = at
      ? [...p.variables, ...p.labels, ...p.indexNames, ...p.totalVariables].filter((v) => !(v in at) && !definedNames.has(v))
      : [];
    if (at && missing.length) throw new InputError(`no value for ${missing.join(', ')} in the point`);
    const bound = at ? bind(at, p.shapes) : undefined;
    // a defined name without a value takes its definition's value at the point
    if (bound)
      for (const [k, node] of p.defined) if (!(k in bound.vars)) bound.vars[k] = evaluateNodes([node], bound.vars, { ints: bound.ints })[0];
    if (isScalar(p.root)) {
      const direct = wrt.filter((v) => p.variables.includes(v));
      const grads = adjoints(p.root, B.ONE(), direct);
      for (const v of direct) out.partials[v] = printGrad(grads[v], p.lib);
      out.shared = sharedForm(
        direct.filter((v) => grads[v]).map((v) => [v, grads[v]!]),
        p,
        new Map(),
      );
      if (bound) {
        const nodes = direct.map((v) => grads[v] ?? B.broadcastLike(B.ZERO(), B.variable(v, p.shapes[v])));
        const [value, ...vals] = evaluateNodes([p.root, ...nodes], bound.vars, { ints: bound.ints });
        out.value = toNested(value);
        out.values = Object.fromEntries(direct.map((v, i) => [v, toNested(vals[i])]));
      }
      if (p.total) {
        const tw = (opts.wrt ?? p.totalVariables).filter((v) => p.totalVariables.includes(v));
        const tg = adjoints(p.total, B.ONE(), tw);
        // the code's own intermediate names where a total passes through them (`(scores - Y) @ W2.T * (1 - h ** 2)`,
        // as a hand-written backward pass reads), not their definitions inlined again and again
        const own = new Map(p.defined.filter(([k]) => !isVersion(k, definedNames)).map(([k, node]) => [node.id, k]));
        out.total = Object.fromEntries(tw.map((v) => [v, printGrad(tg[v], p.lib)]));
        out.totalNamed = Object.fromEntries(tw.map((v) => [v, printGrad(tg[v], p.lib, own)]));
        if (bound) {
          const nodes = tw.map((v) => tg[v] ?? B.broadcastLike(B.ZERO(), B.variable(v, p.shapes[v])));
          const vals = evaluateNodes(nodes, bound.vars, { ints: bound.ints });
          out.totalValues = Object.fromEntries(tw.map((v, i) => [v, toNested(vals[i])]));
        }
      }
      return out;
    }
    // an array-valued line: the backward pass with an upstream gradient d<lhs>
    const up = `d${opts.lhs ?? 'out'}`;
    const seed = B.variable(up, p.root.shape);
    const grads = adjoints(p.root, seed, wrt);
    const names = new Map<number, string>();
    if (opts.lhs) names.set(p.root.id, opts.lhs);
    out.backward = wrt.map((v) => ({ name: `d${v}`, text: printGrad(grads[v], p.lib, names) }));
    out.shared = sharedForm(
      wrt.filter((v) => grads[v]).map((v) => [`d${v}`, grads[v]!]),
      p,
      names,
    );
    if (bound && at && up in at) {
      const vars = { ...bound.vars, [up]: fromNested(at[up], up) };
      const nodes = wrt.map((v) => grads[v] ?? B.broadcastLike(B.ZERO(), B.variable(v, p.shapes[v])));
      const [value, ...vals] = evaluateNodes([p.root, ...nodes], vars, { ints: bound.ints });
      out.value = toNested(value);
      out.values = Object.fromEntries(wrt.map((v, i) => [v, toNested(vals[i])]));
    } else if (bound) out.value = toNested(evaluateNodes([p.root], bound.vars, { ints: bound.ints })[0]);
    out.notes.push(`the output has shape (${p.root.shape.join(', ')}): the backward pass takes the upstream gradient ${up}`);
    return out;
  });
}

export interface CompiledArray {
  variables: string[];
  shapes: Record<string, Shape>;
  /** variables that are integer labels or indices: given in `at`, not differentiated */
  integers: string[];
  value(at: Record<string, NDArray>): NDArray;
  /** ∂f/∂v at `at` for a scalar f (for an array-valued f, of the sum of its elements) */
  gradient(at: Record<string, NDArray>): Record<string, NDArray>;
}

/** A compiled numeric function and its gradient, for Check Gradient. */
export function compileArray(text: string, lang: Lang, shapes?: Record<string, Shape>): CompiledArray {
  return withBudget(DEFAULT_NODE_BUDGET, () => {
    resetTable();
    const p = prepare(text, lang, { shapes });
    const out = isScalar(p.root) ? p.root : B.sum(p.root, null);
    const grads = adjoints(out, B.ONE(), p.variables);
    const nodes = p.variables.map((v) => grads[v] ?? B.broadcastLike(B.ZERO(), B.variable(v, p.shapes[v])));
    const run = (at: Record<string, NDArray>, roots: ANode[]) => {
      const b = bind(at, p.shapes);
      return evaluateNodes(roots, b.vars, { ints: b.ints });
    };
    return {
      variables: p.variables,
      shapes: Object.fromEntries(p.variables.map((v) => [v, p.shapes[v]])),
      integers: [...p.labels, ...p.indexNames],
      value: (at) => toNested(run(at, [p.root])[0]),
      gradient: (at) => {
        const vals = run(at, nodes);
        return Object.fromEntries(p.variables.map((v, i) => [v, toNested(vals[i])]));
      },
    };
  });
}
