// THE table of array operations, JAX-primitive style: each op is one record with its shape rule,
// its evaluation, its adjoint (how an upstream gradient flows to each argument) and its spelling per
// library. Elementwise functions are not copied here: `fn` takes f' from the scalar RULES.
import { InputError } from '../types';
import { RULES } from '../expr/rules';
import { gradientNodes } from '../expr/reverse';
import { fn as scalarFn, sym as scalarSym } from '../expr/build';
import { FN_EVAL } from '../expr/numeric';
import * as B from './build';
import type { ANode, Attr, IndexEntry } from './node';
import { isScalar, showShape } from './node';
import { axesOf, broadcast, matmulShape, reducedShape, ShapeError } from './shape';
import * as T from './tensor';
import type { Tensor } from './tensor';
import type { Dim, Shape } from './types';
import type { Lib } from './libs';

export const PREC = { ADD: 1, MUL: 2, RMAT: 2.5, NEG: 3, POW: 4, ATOM: 5 } as const;

export interface Printed {
  text: string;
  prec: number;
}

/** What a record's printer may ask: the library, its module prefix, parentheses, sizes. */
export interface Ctx {
  lib: Lib;
  ns: string;
  /** the text, parenthesised unless it binds at least as tightly as `prec` */
  at(p: Printed, prec: number): string;
  /** an elementwise vocabulary function spelled in this library */
  call(name: string, args: Printed[]): Printed;
  /** the size of axis `k` of node `n` as text (a number, or `X.shape[0]`, `size(X, 1)`…) */
  dim(n: ANode, k: number): string;
  /** a number */
  num(v: number): string;
}

/** Integer values the evaluation needs besides the arrays (loop indices such as j in X[:, j]). */
export type EvalEnv = { ints: Record<string, number> };

export interface OpDef {
  shape(args: Shape[], attr: Attr, nodes: ANode[]): Shape;
  eval(xs: Tensor[], attr: Attr, env?: EvalEnv): Tensor;
  /** Contributions of the upstream gradient g to each argument (undefined: none, e.g. an index). */
  adjoint?(g: ANode, n: ANode): (ANode | undefined)[];
  /** Elementwise ops broadcast: their contributions are summed back to each argument's shape. */
  elementwise?: boolean;
  print(c: Ctx, xs: Printed[], n: ANode): Printed;
}

const atom = (text: string): Printed => ({ text, prec: PREC.ATOM });
const A = (c: Ctx, p: Printed) => c.at(p, PREC.ATOM);
const py = (c: Ctx) => c.lib === 'numpy' || c.lib === 'torch' || c.lib === 'jax';
const unsupported = (what: string, c: Ctx): never => {
  throw new InputError(`${what} cannot be written in ${c.lib} notation`);
};

/** An infix operator; `same` lets a left-associative chain drop parentheses on its left. */
function infix(c: Ctx, op: string, prec: number, l: Printed, r: Printed, rightAssoc = false): Printed {
  const left = c.at(l, rightAssoc ? prec + 0.5 : prec);
  const right = c.at(r, rightAssoc ? prec : prec + 0.5);
  return { text: `${left}${op}${right}`, prec };
}

const ew = (xs: Shape[], what: string) => broadcast(what, ...xs);

/** A binary elementwise op with its spelling per library (scalar operands use the plain operator). */
function ewOp(
  what: string,
  f: (a: number, b: number) => number,
  adjoint: OpDef['adjoint'],
  print: (c: Ctx, a: Printed, b: Printed, n: ANode) => Printed,
): OpDef {
  return {
    elementwise: true,
    shape: (s) => ew(s, what),
    eval: ([a, b]) => T.zip2(a, b, f),
    adjoint,
    print: (c, [a, b], n) => print(c, ...rows(c, n, a, b), n),
  };
}

/**
 * Julia and MATLAB line a vector up with a matrix's rows (as a column): NumPy's trailing broadcast of
 * a vector across a matrix is written with the vector transposed (b1').
 */
function rows(c: Ctx, n: ANode, a: Printed, b: Printed): [Printed, Printed] {
  if (c.lib !== 'julia' && c.lib !== 'matlab' && c.lib !== 'math') return [a, b];
  const [x, y] = n.args;
  const row = (p: Printed): Printed => ({ text: `${c.at(p, PREC.ATOM)}'`, prec: PREC.ATOM });
  if (x.shape.length === 1 && y.shape.length === 2) return [row(a), b];
  if (y.shape.length === 1 && x.shape.length === 2) return [a, row(b)];
  return [a, b];
}

/** A 1×1 array in MATLAB is its number: written as the scalar, not `ones(1, 1)` */
const matlabScalar = (c: Ctx, n: ANode) => c.lib === 'matlab' && n.shape.length > 0 && n.shape.every((d) => d === 1);

const anyArray = (n: ANode) => n.args.some((a) => !isScalar(a));
/** Julia's and MATLAB's dotted operators for arrays, the plain one between scalars. */
const dotted = (c: Ctx, n: ANode, op: string) =>
  (c.lib === 'julia' || c.lib === 'math' || c.lib === 'matlab') && n.args.every((a) => !isScalar(a)) ? `.${op}` : op;

/** Julia needs `.+` where shapes differ (broadcast); everyone else broadcasts `+`. */
const plusOp = (c: Ctx, n: ANode, op: string) =>
  c.lib === 'julia' && n.args.some((a) => a.shape.length !== n.shape.length || isScalar(a)) ? `.${op}` : op;

function reduceAxes(n: ANode): number[] | null {
  return n.attr.axes === null || n.attr.axes === undefined ? null : axesOf(n.attr.axes, n.args[0].shape.length, n.op);
}

/** MATLAB reductions whose value over a matrix is that over its column results (equal-sized columns) */
const NESTS = new Set(['sum', 'mean', 'max']);

/** `x.sum(axis=0)`, `sum(x; dims=1)`, `colSums(x)`… for a reduction named per library. */
function printReduction(c: Ctx, x: Printed, n: ANode, names: Partial<Record<Lib, string>>, method = true): Printed {
  const axes = reduceAxes(n);
  const keep = !!n.attr.keepdims;
  const rank = n.args[0].shape.length;
  const name = names[c.lib];
  if (!name) return unsupported(n.op, c);
  const ax = axes && axes.length === 1 ? String(axes[0]) : axes ? `(${axes.join(', ')})` : '';
  switch (c.lib) {
    case 'numpy':
    case 'jax':
      if (!axes) return atom(`${c.ns}.${name}(${x.text})`);
      return method && c.lib === 'numpy'
        ? atom(`${A(c, x)}.${name}(axis=${ax}${keep ? ', keepdims=True' : ''})`)
        : atom(`${c.ns}.${name}(${x.text}, axis=${ax}${keep ? ', keepdims=True' : ''})`);
    case 'torch':
      if (!axes) return atom(`torch.${name}(${x.text})`);
      return atom(`${A(c, x)}.${name}(dim=${ax}${keep ? ', keepdim=True' : ''})`);
    case 'julia': {
      if (!axes) return atom(`${name}(${x.text})`);
      const dims = axes.length === 1 ? String(axes[0] + 1) : `(${axes.map((a) => a + 1).join(', ')})`;
      const kept = `${name}(${x.text}; dims=${dims})`;
      if (keep) return atom(kept);
      return atom(rank === 2 && axes.length === 1 ? `vec(${kept})` : `dropdims(${kept}; dims=${dims})`);
    }
    case 'matlab': {
      // every element: `X(:)` indexes a name only (MATLAB cannot index an expression); a matrix
      // expression reduces twice (its columns, then the row of column results)
      if (!axes && rank >= 2 && !/^[A-Za-z]\w*$/.test(x.text)) {
        if (rank > 2) return unsupported(`${n.op} of every element of a ${rank}-d expression`, c);
        if (!NESTS.has(name)) return unsupported(`${n.op} of every element of a matrix expression`, c);
        return atom(`${name}(${name}(${x.text}))`);
      }
      if (!axes) return atom(rank <= 1 ? `${name}(${x.text})` : `${name}(${x.text}(:))`);
      if (axes.length !== 1 || rank > 2) return unsupported(`${n.op} over several axes`, c);
      const call = name === 'max' ? `max(${x.text}, [], ${axes[0] + 1})` : `${name}(${x.text}, ${axes[0] + 1})`;
      return atom(!keep && axes[0] === 0 && rank === 2 ? `${call}'` : call);
    }
    case 'r': {
      if (!axes) return atom(`${name}(${x.text})`);
      if (rank !== 2 || axes.length !== 1) return unsupported(`${n.op} over an axis of a ${rank}-d array`, c);
      const R: Record<string, [string, string]> = { sum: ['colSums', 'rowSums'], mean: ['colMeans', 'rowMeans'] };
      const call = R[name] ? `${R[name][axes[0]]}(${x.text})` : `apply(${x.text}, ${2 - axes[0]}, ${name})`;
      return atom(keep ? `matrix(${call}, ${axes[0] === 0 ? 'nrow' : 'ncol'} = 1)` : call);
    }
    case 'latex':
      return atom(`\\operatorname{${name}}${axes ? `_{${ax}}` : ''}\\left(${x.text}\\right)`);
    case 'math':
      return atom(axes ? `${name}(${x.text}, ${ax})` : `${name}(${x.text})`);
  }
}

/** Index entries as text in a language (0-based stored; Julia, MATLAB, R count from 1). */
function indexText(c: Ctx, entries: readonly IndexEntry[], x: ANode): string {
  const one = c.lib === 'julia' || c.lib === 'matlab' || c.lib === 'r';
  return entries
    .map((e, k) => {
      if ('int' in e) return String(e.int + (one ? 1 : 0));
      if ('name' in e) {
        const shift = e.offset + (one ? 1 : 0);
        return shift === 0 ? e.name : `${e.name} ${shift > 0 ? '+' : '-'} ${Math.abs(shift)}`;
      }
      const { start, stop, step } = e;
      if (!one) return `${start ?? ''}:${stop ?? ''}${step !== 1 ? `:${step}` : ''}`;
      if (start === null && stop === null && step === 1) return c.lib === 'r' ? '' : ':';
      const end = c.lib === 'r' ? c.dim(x, k) : 'end';
      const s = start === null ? '1' : start < 0 ? `${end} - ${-start - 1}` : String(start + 1);
      const t = stop === null ? end : stop < 0 ? `${end} - ${-stop}` : String(stop);
      return step === 1 ? `${s}:${t}` : `${s}:${step}:${t}`;
    })
    .join(', ');
}

function sliceLen(d: Dim, e: { start: number | null; stop: number | null; step: number }): Dim {
  if (typeof d === 'number') {
    const norm = (v: number | null, dflt: number) => (v === null ? dflt : Math.min(Math.max(v < 0 ? v + d : v, 0), d));
    const s = norm(e.start, e.step > 0 ? 0 : d - 1);
    const t = norm(e.stop, e.step > 0 ? d : -1);
    return Math.max(0, Math.ceil((t - s) / e.step));
  }
  if (e.step !== 1) throw new ShapeError(`a slice with a step of a dimension of unknown size ${d}`);
  const s = e.start ?? 0;
  const t = e.stop ?? 0;
  const len = s >= 0 && t <= 0 ? `${d}${t - s ? ` - ${s - t}` : ''}` : s < 0 && t <= 0 ? String(t - s) : undefined;
  if (len === undefined) throw new ShapeError(`slice ${s}:${e.stop ?? ''} of a dimension of unknown size ${d}`);
  return /^-?\d+$/.test(len) ? Number(len) : len;
}

function indexShape(s: Shape, entries: readonly IndexEntry[]): Shape {
  if (entries.length > s.length) throw new ShapeError(`too many indices (${entries.length}) for shape ${showShape(s)}`);
  const out: Dim[] = [];
  entries.forEach((e, k) => {
    if ('int' in e) {
      if (typeof s[k] === 'number' && (e.int >= (s[k] as number) || e.int < -(s[k] as number)))
        throw new ShapeError(`index ${e.int} is out of range for size ${s[k]}`);
    } else if (!('name' in e)) out.push(sliceLen(s[k], e));
  });
  return [...out, ...s.slice(entries.length)];
}

/** For each position of the indexed result, the flat position in the source. */
function indexMap(shape: number[], entries: readonly IndexEntry[], env?: EvalEnv): { out: number[]; map: Int32Array } {
  const st = T.strides(shape);
  const axes: number[][] = [];
  const out: number[] = [];
  shape.forEach((d, k) => {
    const e = entries[k];
    const fix = (i: number) => {
      if (i < -d || i >= d) throw new InputError(`index ${i} is out of range for size ${d}`);
      return i < 0 ? i + d : i;
    };
    if (!e) {
      axes.push([...Array(d).keys()]);
      out.push(d);
    } else if ('int' in e) axes.push([fix(e.int)]);
    else if ('name' in e) {
      const v = env?.ints[e.name];
      if (v === undefined || !Number.isInteger(v)) throw new InputError(`the index ${e.name} needs an integer value`);
      axes.push([fix(v + e.offset)]);
    } else {
      const len = sliceLen(d, e) as number;
      const start = e.start === null ? (e.step > 0 ? 0 : d - 1) : Math.min(Math.max(e.start < 0 ? e.start + d : e.start, 0), d);
      const list = [...Array(len).keys()].map((i) => start + i * e.step);
      axes.push(list);
      out.push(len);
    }
  });
  const total = T.size(out);
  const map = new Int32Array(total);
  let k = 0;
  const walk = (d: number, off: number) => {
    if (d === shape.length) {
      map[k++] = off;
      return;
    }
    for (const i of axes[d]) walk(d + 1, off + i * st[d]);
  };
  walk(0, 0);
  return { out, map };
}

/** Integer class labels from a tensor (0-based; the language's base is applied by the front-end). */
function labels(t: Tensor, base: number, classes: number): Int32Array {
  return Int32Array.from(t.data, (v) => {
    const i = v - base;
    if (!Number.isInteger(i) || i < 0 || i >= classes) throw new InputError(`label ${v} is not an integer index below ${classes + base}`);
    return i;
  });
}

/** ∂f/∂argᵢ of an elementwise vocabulary function, from the scalar rules, mapped onto the arrays. */
function fnPartials(n: ANode): ANode[] {
  const name = n.attr.name!;
  const ps = n.args.map((_, i) => scalarSym(`__arr${i}`));
  // f(p0, p1…) on placeholders; the scalar engine (its RULES) differentiates it, the result is mapped
  // back onto the array arguments (and f itself onto this node: tanh' = 1 - tanh²)
  const self = scalarFn(name, ps);
  if (self.kind === 'fn' && !RULES[self.name]) throw new InputError(`no derivative rule for ${name}`);
  const env = (s: string) => {
    const i = /^__arr(\d+)$/.exec(s);
    if (!i) throw new InputError(`unexpected symbol ${s} in the rule of ${name}`);
    return n.args[Number(i[1])];
  };
  return gradientNodes(
    self,
    ps.map((p) => p.name),
  ).map((d) => B.fromScalar(d, env, { node: self, to: n }));
}

const softmaxT = (x: Tensor, axis: number): Tensor => {
  const m = T.reduce(x, [axis], true, -Infinity, Math.max);
  const e = T.zipWith([x, m], ([a, b]) => Math.exp(a - b));
  const s = T.reduce(e, [axis], true, 0, (p, q) => p + q);
  return T.zipWith([e, s], ([a, b]) => a / b);
};
const lseT = (x: Tensor, axes: number[] | null, keepdims: boolean): Tensor => {
  const m = T.reduce(x, axes, true, -Infinity, Math.max);
  const e = T.zipWith([x, m], ([a, b]) => Math.exp(a - (Number.isFinite(b) ? b : 0)));
  const s = T.reduce(e, axes, true, 0, (p, q) => p + q);
  const out = T.zipWith([s, m], ([a, b]) => Math.log(a) + (Number.isFinite(b) ? b : 0));
  return keepdims ? out : { shape: T.reduce(x, axes, false, 0, () => 0).shape, data: out.data };
};
const axis1 = (n: ANode) => axesOf([n.attr.axes?.[0] ?? -1], n.shape.length, n.op)[0];
const square = (sh: Shape, what: string) => {
  if (sh.length !== 2 || sh[0] !== sh[1]) throw new ShapeError(`${what} needs a square matrix, got shape ${showShape(sh)}`);
};
const pyLinalg = (c: Ctx, f: string, x: string) => atom(`${c.ns}.linalg.${f}(${x})`);

export const OPS: Record<string, OpDef> = {
  var: {
    shape: (_, attr) => attr.shape ?? [],
    eval: () => {
      throw new Error('variables are bound by the evaluator');
    },
    print: (c, _, n) => atom(c.lib === 'latex' ? latexName(n.attr.name!) : n.attr.name!),
  },
  const: {
    shape: () => [],
    eval: (_, attr) => T.scalar(attr.value!),
    print: (c, _, n) => {
      const v = n.attr.value!;
      if (v === Math.PI) return atom(c.lib === 'latex' ? '\\pi' : py(c) ? (c.lib === 'torch' ? 'math.pi' : `${c.ns}.pi`) : 'pi');
      return v < 0 ? { text: `-${c.num(-v)}`, prec: PREC.NEG } : atom(c.num(v));
    },
  },
  /** every element `value`, with the shape of args[0] */
  fill: {
    shape: ([s]) => s,
    eval: ([x], attr) => T.full(x.shape, attr.value!),
    print: (c, [x], n) => {
      const v = n.attr.value!;
      const word = v === 0 ? 'zeros' : v === 1 ? 'ones' : undefined;
      const scaled = (t: string): Printed => (word ? atom(t) : { text: `${c.num(v)} * ${t}`, prec: PREC.MUL });
      // shaped like a variable: ones_like(w); like a compound expression: by its sizes, read off variables
      const like = n.args[0];
      const byVar = like.op === 'var' || n.shape.length === 0;
      const dims = n.shape.map((_, k) => c.dim(like, k));
      if (matlabScalar(c, n)) return atom(c.num(v));
      switch (c.lib) {
        case 'numpy':
        case 'jax':
        case 'torch':
          return scaled(
            byVar
              ? `${c.ns}.${word ?? 'ones'}_like(${x.text})`
              : `${c.ns}.${word ?? 'ones'}((${dims.join(', ')}${dims.length === 1 ? ',' : ''}))`,
          );
        case 'julia':
        case 'matlab':
          return scaled(
            byVar
              ? `${word ?? 'ones'}(size(${x.text}))`
              : `${word ?? 'ones'}(${dims.join(', ')}${dims.length === 1 && c.lib === 'matlab' ? ', 1' : ''})`,
          );
        case 'math':
          return scaled(`${word ?? 'ones'}(${byVar ? `size(${x.text})` : dims.join(', ')})`);
        case 'r':
          if (n.shape.length === 2) return atom(`matrix(${c.num(v)}, ${dims[0]}, ${dims[1]})`);
          return atom(`rep(${c.num(v)}, ${byVar ? `length(${x.text})` : dims[0]})`);
        case 'latex':
          return atom(v === 0 ? '\\mathbf{0}' : v === 1 ? '\\mathbf{1}' : `${c.num(v)} \\mathbf{1}`);
      }
    },
  },
  add: ewOp(
    '+',
    (a, b) => a + b,
    (g) => [g, g],
    (c, a, b, n) => (c.lib === 'r' ? rBroadcast(c, n, '+', a, b) : infix(c, ` ${plusOp(c, n, '+')} `, PREC.ADD, a, b)),
  ),
  sub: ewOp(
    '-',
    (a, b) => a - b,
    (g) => [g, B.neg(g)],
    (c, a, b, n) => (c.lib === 'r' ? rBroadcast(c, n, '-', a, b) : infix(c, ` ${plusOp(c, n, '-')} `, PREC.ADD, a, b)),
  ),
  mul: ewOp(
    '*',
    (a, b) => a * b,
    (g, n) => [B.mul(g, n.args[1]), B.mul(g, n.args[0])],
    (c, a, b, n) => {
      // a scalar factor commutes with a product on its right: 2 * X.T @ r needs no parentheses
      const r = isScalar(n.args[0]) && b.prec === PREC.MUL ? { ...b, prec: PREC.MUL + 0.5 } : b;
      if (c.lib === 'latex') {
        const op = isScalar(n.args[0]) || isScalar(n.args[1]) ? ' ' : ' \\odot ';
        return infix(c, op, PREC.MUL, a, r);
      }
      if (c.lib === 'r') return rBroadcast(c, n, '*', a, r);
      return infix(c, ` ${dotted(c, n, '*')} `, PREC.MUL, a, r);
    },
  ),
  div: ewOp(
    '/',
    (a, b) => a / b,
    (g, n) => [B.div(g, n.args[1]), B.neg(B.div(B.mul(g, n.args[0]), B.pow(n.args[1], B.konst(2))))],
    (c, a, b, n) => {
      if (c.lib === 'latex') return isScalar(n.args[1]) ? atom(`\\frac{${a.text}}{${b.text}}`) : infix(c, ' \\oslash ', PREC.MUL, a, b);
      const op = isScalar(n.args[1]) ? '/' : c.lib === 'julia' || c.lib === 'matlab' || c.lib === 'math' ? './' : '/';
      return c.lib === 'r' ? rBroadcast(c, n, '/', a, b) : infix(c, ` ${op} `, PREC.MUL, a, b);
    },
  ),
  neg: {
    elementwise: true,
    shape: ([s]) => s,
    eval: ([a]) => T.map1(a, (x) => -x),
    adjoint: (g) => [B.neg(g)],
    print: (c, [a]) => ({ text: `-${c.at(a, PREC.NEG)}`, prec: PREC.NEG }),
  },
  pow: ewOp(
    '**',
    (a, b) => a ** b,
    (g, n) => {
      const [x, e] = n.args;
      const dx = B.mul(g, B.mul(e, B.pow(x, B.sub(e, B.ONE()))));
      const de = e.op === 'const' ? undefined : B.mul(g, B.mul(n, B.fn('log', [x])));
      return [dx, de];
    },
    (c, a, b, n) => {
      if (c.lib === 'latex') return { text: `{${A(c, a)}}^{${isScalar(n.args[0]) ? '' : '\\circ '}${b.text}}`, prec: PREC.POW };
      const op = py(c) ? '**' : c.lib === 'julia' || c.lib === 'matlab' || c.lib === 'math' ? (anyArray(n) ? '.^' : '^') : '^';
      return infix(c, ` ${op} `, PREC.POW, a, b, true);
    },
  ),
  /** an elementwise function of the scalar vocabulary (tanh, exp, sigmoid, max…); f' from RULES */
  fn: {
    elementwise: true,
    shape: (s, attr) => ew(s, attr.name ?? 'fn'),
    eval: (xs, attr) => {
      const f = FN_EVAL[attr.name!];
      if (!f) throw new InputError(`no numeric value for ${attr.name}`);
      if (xs.length === 1) return T.map1(xs[0], f);
      if (xs.length === 2) return T.zip2(xs[0], xs[1], f);
      return T.zipWith(xs, (v) => f(...v));
    },
    adjoint: (g, n) => fnPartials(n).map((d) => B.mul(g, d)),
    print: (c, xs, n) => c.call(n.attr.name!, xs),
  },
  /** (a cmp b) ? t : f, elementwise (derivatives flow into the branch taken) */
  select: {
    elementwise: true,
    shape: (s) => ew(s, 'where'),
    eval: (xs, attr) =>
      T.zipWith(xs, ([a, b, t, f]) => {
        const yes = attr.cmp === '>' ? a > b : attr.cmp === '<' ? a < b : attr.cmp === '>=' ? a >= b : a <= b;
        return yes ? t : f;
      }),
    adjoint: (g, n) => {
      const [a, b] = n.args;
      const pick = (t: ANode, f: ANode) => (t === f ? t : B.make('select', [a, b, t, f], n.attr));
      const z = B.ZERO();
      return [undefined, undefined, B.mul(g, pick(B.ONE(), z)), B.mul(g, pick(z, B.ONE()))];
    },
    print: (c, [a, b, t, f], n) => {
      const cmp = n.attr.cmp!;
      const cond = `${c.at(a, PREC.ADD)} ${c.lib === 'julia' ? '.' : ''}${cmp} ${c.at(b, PREC.ADD)}`;
      const isOneZero = n.args[2].attr.value === 1 && n.args[3].attr.value === 0 && n.args[2].op === 'const' && n.args[3].op === 'const';
      switch (c.lib) {
        case 'numpy':
        case 'jax':
          return atom(isOneZero ? `(${cond})` : `${c.ns}.where(${cond}, ${t.text}, ${f.text})`);
        case 'torch':
          return atom(isOneZero ? `(${cond}).double()` : `torch.where(${cond}, ${t.text}, ${f.text})`);
        case 'julia':
          return atom(isOneZero ? `(${cond})` : `ifelse.(${cond}, ${t.text}, ${f.text})`);
        case 'matlab':
          return atom(isOneZero ? `(${cond})` : `((${cond}) .* ${A(c, t)} + ~(${cond}) .* ${A(c, f)})`);
        case 'r':
          return atom(isOneZero ? `(${cond})` : `ifelse(${cond}, ${t.text}, ${f.text})`);
        case 'latex':
          return atom(
            isOneZero
              ? `\\mathbf{1}_{${cond.replace('>=', '\\ge').replace('<=', '\\le')}}`
              : `\\begin{cases} ${t.text} & ${cond} \\\\ ${f.text} & \\text{otherwise} \\end{cases}`,
          );
        case 'math':
          return atom(`(${cond} ? ${t.text} : ${f.text})`);
      }
    },
  },
  /** 1 where a == b, else 0 (the mask through which a max passes its gradient) */
  eq: {
    elementwise: true,
    shape: (s) => ew(s, '=='),
    eval: ([a, b]) => T.zip2(a, b, (x, y) => (x === y ? 1 : 0)),
    print: (c, [a, b]) =>
      c.lib === 'latex'
        ? atom(`\\mathbf{1}_{${a.text} = ${b.text}}`)
        : atom(`(${c.at(a, PREC.ADD)} ${c.lib === 'julia' ? '.==' : '=='} ${c.at(b, PREC.ADD)})${c.lib === 'torch' ? '.double()' : ''}`),
  },
  matmul: {
    shape: ([a, b]) => matmulShape(a, b),
    eval: ([a, b]) => T.matmul(a, b),
    adjoint: (g, n) => {
      const [a, b] = n.args;
      const ra = a.shape.length;
      const rb = b.shape.length;
      if (ra === 1 && rb === 1) return [B.mul(g, b), B.mul(g, a)];
      if (ra === 2 && rb === 1) return [B.make('outer', [g, b]), B.matmul(B.transpose(a), g)];
      if (ra === 1 && rb === 2) return [B.matmul(b, g), B.make('outer', [a, g])];
      return [B.matmul(g, B.transpose(b)), B.matmul(B.transpose(a), g)];
    },
    print: (c, [a, b], n) => {
      const [x, y] = n.args;
      switch (c.lib) {
        case 'numpy':
        case 'torch':
        case 'jax':
          return infix(c, ' @ ', PREC.MUL, a, b);
        case 'julia':
        case 'matlab':
        case 'math':
          if (x.shape.length === 1 && y.shape.length === 2) return infix(c, ' * ', PREC.MUL, { text: `${A(c, b)}'`, prec: PREC.ATOM }, a);
          if (x.shape.length === 1) return infix(c, ' * ', PREC.MUL, { text: `${A(c, a)}'`, prec: PREC.ATOM }, b);
          return infix(c, ' * ', PREC.MUL, a, b);
        case 'r':
          if (x.shape.length === 1 && y.shape.length === 1) return atom(`sum(${c.at(a, PREC.MUL)} * ${c.at(b, PREC.MUL)})`);
          if (x.shape.length === 1) return atom(`drop(${c.at(a, PREC.RMAT + 0.5)} %*% ${c.at(b, PREC.RMAT + 0.5)})`);
          return infix(c, ' %*% ', PREC.RMAT, a, b);
        case 'latex':
          return infix(c, ' ', PREC.MUL, x.shape.length === 1 ? { text: `${A(c, a)}^\\top`, prec: PREC.ATOM } : a, b);
      }
    },
  },
  transpose: {
    shape: ([s]) => [...s].reverse(),
    eval: ([a]) => T.transpose(a),
    adjoint: (g) => [B.transpose(g)],
    print: (c, [a]) => {
      switch (c.lib) {
        case 'numpy':
        case 'torch':
        case 'jax':
          return atom(`${A(c, a)}.T`);
        case 'julia':
        case 'matlab':
        case 'math':
          return atom(`${A(c, a)}'`);
        case 'r':
          return atom(`t(${a.text})`);
        case 'latex':
          return atom(`${c.at(a, PREC.ATOM)}^\\top`);
      }
    },
  },
  sum: {
    shape: ([s], attr) => reducedShape(s, attr.axes ?? null, !!attr.keepdims, 'sum'),
    eval: ([x], attr) => T.reduce(x, attr.axes ?? null, !!attr.keepdims, 0, (a, b) => a + b),
    adjoint: (g, n) => [B.unreduce(g, n.args[0], reduceAxes(n), !!n.attr.keepdims)],
    print: (c, [x], n) => {
      if (c.lib === 'latex' && !n.attr.axes) return atom(`\\sum ${A(c, x)}`);
      if (c.lib === 'latex' && n.args[0].shape.length === 2 && reduceAxes(n)!.length === 1)
        return reduceAxes(n)![0] === 0 ? atom(`\\mathbf{1}^\\top ${A(c, x)}`) : atom(`${A(c, x)} \\mathbf{1}`);
      return printReduction(c, x, n, {
        numpy: 'sum',
        torch: 'sum',
        jax: 'sum',
        julia: 'sum',
        matlab: 'sum',
        r: 'sum',
        latex: 'sum',
        math: 'sum',
      });
    },
  },
  mean: {
    shape: ([s], attr) => reducedShape(s, attr.axes ?? null, !!attr.keepdims, 'mean'),
    eval: ([x], attr) => {
      const s = T.reduce(x, attr.axes ?? null, !!attr.keepdims, 0, (a, b) => a + b);
      const count = x.data.length / Math.max(1, s.data.length);
      return { shape: s.shape, data: s.data.map((v) => v / count) };
    },
    adjoint: (g, n) => [B.unreduce(B.div(g, B.count(n.args[0], n.attr.axes ?? null)), n.args[0], reduceAxes(n), !!n.attr.keepdims)],
    print: (c, [x], n) =>
      printReduction(c, x, n, {
        numpy: 'mean',
        torch: 'mean',
        jax: 'mean',
        julia: 'mean',
        matlab: 'mean',
        r: 'mean',
        latex: 'mean',
        math: 'mean',
      }),
  },
  /** the number of elements a reduction covers (a size, not differentiated) */
  count: {
    shape: () => [],
    eval: ([x], attr) => {
      const ax = attr.axes === null || attr.axes === undefined ? x.shape.map((_, i) => i) : axesOf(attr.axes, x.shape.length, 'mean');
      return T.scalar(ax.reduce((p, a) => p * x.shape[a], 1));
    },
    print: (c, [x], n) => {
      const s = n.args[0].shape;
      const ax = reduceAxes(n) ?? [...s.keys()];
      if (ax.every((a) => typeof s[a] === 'number')) return atom(String(ax.reduce((p, a) => p * (s[a] as number), 1)));
      if (ax.length === s.length && ax.length > 1 && n.args[0].op === 'var') {
        const all: Partial<Record<Lib, string>> = {
          numpy: `${A(c, x)}.size`,
          jax: `${A(c, x)}.size`,
          torch: `${A(c, x)}.numel()`,
          julia: `length(${x.text})`,
          matlab: `numel(${x.text})`,
          r: `length(${x.text})`,
          math: `prod(size(${x.text}))`,
        };
        if (all[c.lib]) return atom(all[c.lib]!);
      }
      const parts = ax.map((a) => c.dim(n.args[0], a));
      return parts.length === 1 ? atom(parts[0]) : { text: parts.join(c.lib === 'latex' ? ' ' : ' * '), prec: PREC.MUL };
    },
  },
  amax: {
    shape: ([s], attr) => reducedShape(s, attr.axes ?? null, !!attr.keepdims, 'max'),
    eval: ([x], attr) => T.reduce(x, attr.axes ?? null, !!attr.keepdims, -Infinity, Math.max),
    // the gradient goes to the maximal elements (to each of them on a tie, as NumPy's max would by masks)
    adjoint: (g, n) => {
      const x = n.args[0];
      const kept = n.attr.keepdims || !n.attr.axes ? n : B.make('amax', [x], { ...n.attr, keepdims: true });
      return [B.mul(B.unreduce(g, x, reduceAxes(n), !!n.attr.keepdims), B.make('eq', [x, kept]))];
    },
    print: (c, [x], n) =>
      printReduction(
        c,
        x,
        n,
        { numpy: 'max', torch: 'amax', jax: 'max', julia: 'maximum', matlab: 'max', r: 'max', latex: 'max', math: 'max' },
        false,
      ),
  },
  logsumexp: {
    shape: ([s], attr) => reducedShape(s, attr.axes ?? null, !!attr.keepdims, 'logsumexp'),
    eval: ([x], attr) => lseT(x, attr.axes === undefined ? null : attr.axes, !!attr.keepdims),
    adjoint: (g, n) => {
      const x = n.args[0];
      const axes = reduceAxes(n);
      // ∂ logsumexp = softmax along the reduced axis
      const soft =
        axes && axes.length === 1
          ? B.make('softmax', [x], { axes })
          : B.fn('exp', [B.sub(x, n.attr.keepdims || !n.attr.axes ? n : B.make('logsumexp', [x], { ...n.attr, keepdims: true }))]);
      return [B.mul(B.unreduce(g, x, axes, !!n.attr.keepdims), soft)];
    },
    print: (c, [x], n) => {
      const axes = reduceAxes(n);
      const keep = n.attr.keepdims ? (c.lib === 'torch' ? ', keepdim=True' : ', keepdims=True') : '';
      if (c.lib === 'numpy') return atom(`scipy.special.logsumexp(${x.text}${axes ? `, axis=${axes.join(', ')}` : ''}${keep})`);
      if (c.lib === 'jax') return atom(`jax.nn.logsumexp(${x.text}${axes ? `, axis=${axes.join(', ')}` : ''}${keep})`);
      if (c.lib === 'torch')
        return atom(axes ? `torch.logsumexp(${x.text}, dim=${axes.join(', ')}${keep})` : `torch.logsumexp(${A(c, x)}.flatten(), 0)`);
      if (c.lib === 'julia') return printReduction(c, x, n, { julia: 'logsumexp' });
      if (c.lib === 'latex') return printReduction(c, x, n, { latex: 'logsumexp' });
      const inner: Printed = atom(c.call('exp', [x]).text);
      const s = printReduction(c, inner, n, { matlab: 'sum', r: 'sum', math: 'sum' });
      return atom(c.call('log', [s]).text);
    },
  },
  softmax: {
    shape: ([s]) => s,
    eval: ([x], attr) => softmaxT(x, axesOf([attr.axes?.[0] ?? -1], x.shape.length, 'softmax')[0]),
    adjoint: (g, n) => {
      const ax = axis1(n);
      return [B.mul(n, B.sub(g, B.sum(B.mul(g, n), [ax], true)))];
    },
    print: (c, [x], n) => printSoftmax(c, x, n, false),
  },
  log_softmax: {
    shape: ([s]) => s,
    eval: ([x], attr) => {
      const ax = axesOf([attr.axes?.[0] ?? -1], x.shape.length, 'log_softmax')[0];
      const l = lseT(x, [ax], true);
      return T.zipWith([x, l], ([a, b]) => a - b);
    },
    adjoint: (g, n) => {
      const ax = axis1(n);
      return [B.sub(g, B.mul(B.make('softmax', [n.args[0]], n.attr), B.sum(g, [ax], true)))];
    },
    print: (c, [x], n) => printSoftmax(c, x, n, true),
  },
  /** the 2-norm of a vector, the Frobenius norm of a matrix */
  norm: {
    shape: () => [],
    eval: ([x]) => T.scalar(Math.hypot(...x.data)),
    adjoint: (g, n) => [B.mul(g, B.div(n.args[0], n))],
    print: (c, [x], n) => {
      if (py(c)) return pyLinalg(c, 'norm', x.text);
      if (c.lib === 'julia') return atom(`norm(${x.text})`);
      if (c.lib === 'matlab') return atom(n.args[0].shape.length === 2 ? `norm(${x.text}, 'fro')` : `norm(${x.text})`);
      if (c.lib === 'latex') return atom(`\\left\\|${x.text}\\right\\|`);
      if (c.lib === 'math') return atom(`norm(${x.text})`);
      return atom(`sqrt(sum(${c.at(x, PREC.POW + 0.5)}^2))`);
    },
  },
  /** size-1 axes inserted at `axes` of the result (a reduced gradient made to broadcast back) */
  expand: {
    shape: ([s], attr) => {
      const out: Dim[] = [];
      const rank = s.length + attr.axes!.length;
      let k = 0;
      for (let i = 0; i < rank; i++) out.push(attr.axes!.includes(i) ? 1 : s[k++]);
      return out;
    },
    eval: ([x], attr) => {
      const out: number[] = [];
      const rank = x.shape.length + attr.axes!.length;
      let k = 0;
      for (let i = 0; i < rank; i++) out.push(attr.axes!.includes(i) ? 1 : x.shape[k++]);
      return { shape: out, data: x.data };
    },
    adjoint: (g, n) => [B.sum(g, n.attr.axes!)],
    print: (c, [x], n) => {
      const rank = n.shape.length;
      const ax = n.attr.axes!;
      if (py(c)) {
        const idx = [...Array(rank).keys()].map((i) => (ax.includes(i) ? 'None' : ':'));
        return atom(`${A(c, x)}[${idx.join(', ')}]`);
      }
      if (rank === 2 && ax.length === 1 && n.args[0].shape.length === 1) {
        // a vector as a row (axis 0 inserted) or as a column
        if (c.lib === 'julia' || c.lib === 'matlab' || c.lib === 'math') return ax[0] === 0 ? atom(`${A(c, x)}'`) : x;
        if (c.lib === 'r') return atom(`matrix(${x.text}, ${ax[0] === 0 ? 'nrow' : 'ncol'} = 1)`);
        if (c.lib === 'latex') return ax[0] === 0 ? atom(`${A(c, x)}^\\top`) : x;
      }
      if (c.lib === 'latex') return x;
      return unsupported('inserting axes', c);
    },
  },
  /** args[0] broadcast to the shape of args[1] */
  bcast: {
    shape: ([s, like]) => {
      broadcast('broadcast', s, like);
      return like;
    },
    eval: ([x, like]) => T.broadcastTo(x, like.shape),
    adjoint: (g, n) => [B.unbroadcast(g, n.args[0].shape), undefined],
    print: (c, [x, like], n) => {
      const scalar = isScalar(n.args[0]);
      if (scalar && matlabScalar(c, n)) return x;
      switch (c.lib) {
        case 'numpy':
        case 'jax':
          return scalar
            ? { text: `${c.at(x, PREC.MUL)} * ${c.ns}.ones_like(${like.text})`, prec: PREC.MUL }
            : atom(`${c.ns}.broadcast_to(${x.text}, ${A(c, like)}.shape)`);
        case 'torch':
          return scalar
            ? { text: `${c.at(x, PREC.MUL)} * torch.ones_like(${like.text})`, prec: PREC.MUL }
            : atom(`${A(c, x)}.expand_as(${like.text})`);
        case 'julia':
          return { text: `${c.at(x, PREC.MUL)} .* ones(size(${like.text}))`, prec: PREC.MUL };
        case 'matlab':
        case 'math':
          return { text: `${c.at(x, PREC.MUL)} .* ones(size(${like.text}))`, prec: PREC.MUL };
        case 'r': {
          if (scalar) return atom(`(${like.text} * 0 + ${x.text})`);
          const g = n.args[0].shape;
          const byRow = g.length === 1 || g[0] === 1;
          if (n.shape.length !== 2) return unsupported('broadcasting beyond matrices', c);
          return atom(
            `matrix(${g.length === 2 ? `drop(${x.text})` : x.text}, ${c.dim(n.args[1], 0)}, ${c.dim(n.args[1], 1)}${byRow ? ', byrow = TRUE' : ''})`,
          );
        }
        case 'latex':
          return { text: `${c.at(x, PREC.MUL)} \\mathbf{1}`, prec: PREC.MUL };
      }
    },
  },
  index: {
    shape: ([s], attr) => indexShape(s, attr.index!),
    eval: ([x], attr, env) => {
      const { out, map } = indexMap(x.shape, attr.index!, env);
      return { shape: out, data: Float64Array.from(map, (k) => x.data[k]) };
    },
    adjoint: (g, n) => [B.linear(g, (u) => B.make('unindex', [u, n.args[0]], { index: n.attr.index }))],
    print: (c, [x], n) =>
      atom(
        c.lib === 'latex'
          ? `${A(c, x)}_{${indexText(c, n.attr.index!, n.args[0])}}`
          : c.lib === 'matlab'
            ? `${A(c, x)}(${indexText(c, n.attr.index!, n.args[0])})`
            : `${A(c, x)}[${indexText(c, n.attr.index!, n.args[0])}]`,
      ),
  },
  /** g placed at the indexed positions of an array shaped like args[1], zero elsewhere */
  unindex: {
    shape: ([, like]) => like,
    eval: ([g, like], attr, env) => {
      const { map } = indexMap(like.shape, attr.index!, env);
      const out = T.full(like.shape, 0);
      map.forEach((k, i) => (out.data[k] += g.data[i]));
      return out;
    },
    adjoint: (g, n) => [B.make('index', [g], { index: n.attr.index }), undefined],
    print: (c, [g, like], n) => {
      const idx = indexText(c, n.attr.index!, n.args[1]);
      switch (c.lib) {
        case 'numpy':
        case 'torch': {
          const { widths, ints } = padWidths(c, n.attr.index!, n.args[1]);
          if (c.lib === 'numpy') {
            const G = ints.length ? `np.expand_dims(${g.text}, ${ints.length === 1 ? ints[0] : `(${ints.join(', ')})`})` : g.text;
            return atom(`np.pad(${G}, (${widths.map(([a, b]) => `(${a}, ${b})`).join(', ')}${widths.length === 1 ? ',' : ''}))`);
          }
          const G = ints.reduce((t, k) => `${t}.unsqueeze(${k})`, A(c, g));
          return atom(`torch.nn.functional.pad(${G}, (${[...widths].reverse().flat().join(', ')}))`);
        }
        case 'jax':
          return atom(`jnp.zeros_like(${like.text}).at[${idx}].set(${g.text})`);
        case 'julia':
          return atom(`(z = zero(${like.text}); z[${idx}] .= ${g.text}; z)`);
        case 'r':
          return atom(`{z <- ${like.text} * 0; z[${idx}] <- ${g.text}; z}`);
        case 'matlab':
          return atom(
            `subsasgn(zeros(size(${like.text})), substruct('()', {${idx
              .split(', ')
              .map((s) => (s === ':' ? "':'" : s.replace(/end/g, `size(${like.text}, 1)`)))
              .join(', ')}}), ${g.text})`,
          );
        case 'latex':
          return atom(`\\operatorname{scatter}_{[${idx}]}\\left(${g.text}\\right)`);
        case 'math':
          return atom(`subset(zeros(size(${like.text})), index(${idx}), ${g.text})`);
      }
    },
  },
  /** args[0] with its indexed elements set to args[1] (the indexed part's shape, or a number for each): MATLAB's `x(i) = v` followed */
  setindex: {
    shape: ([x, v], attr) => {
      const part = indexShape(x, attr.index!);
      if (v.length && v.join() !== part.join()) throw new ShapeError(`${showShape(v)} values for ${showShape(part)} elements`);
      return x;
    },
    eval: ([x, v], attr, env) => {
      const { map } = indexMap(x.shape, attr.index!, env);
      const data = Float64Array.from(x.data);
      map.forEach((k, i) => (data[k] = v.data[v.data.length === 1 ? 0 : i]));
      return { shape: x.shape, data };
    },
    // the set elements come from v: x's gradient is g with them zeroed, v's is g there
    adjoint: (g, n) => {
      const part = B.make('index', [g], n.attr);
      return [B.make('setindex', [g, B.ZERO()], n.attr), isScalar(n.args[1]) ? B.sum(part, null) : part];
    },
    print: (c, [x, v], n) => {
      const idx = indexText(c, n.attr.index!, n.args[0]);
      switch (c.lib) {
        case 'matlab':
          return atom(
            `subsasgn(${x.text}, substruct('()', {${idx
              .split(', ')
              .map((s) => (s === ':' ? "':'" : s.replace(/end/g, c.dim(n.args[0], 0))))
              .join(', ')}}), ${v.text})`,
          );
        case 'jax':
          return atom(`${A(c, x)}.at[${idx}].set(${v.text})`);
        default:
          return unsupported('an element assignment', c);
      }
    },
  },
  /** x[arange(n), y]: row i's element y_i (y integer labels, args[1], counted from attr.value) */
  gather: {
    shape: ([x, y]) => {
      if (x.length !== 2 || y.length !== 1)
        throw new ShapeError(`picking one element per row needs a matrix and a vector of labels, got ${showShape(x)} and ${showShape(y)}`);
      if (x[0] !== y[0] && typeof x[0] === 'number' && typeof y[0] === 'number') throw new ShapeError(`${x[0]} rows but ${y[0]} labels`);
      return [x[0]];
    },
    eval: ([x, y], attr) => {
      const [n, k] = x.shape;
      const ls = labels(y, attr.value ?? 0, k);
      return { shape: [n], data: Float64Array.from(ls, (l, i) => x.data[i * k + l]) };
    },
    adjoint: (g, n) => [B.linear(g, (u) => B.make('scatter', [u, n.args[0], n.args[1]], n.attr)), undefined],
    print: (c, [x, y], n) => {
      switch (c.lib) {
        case 'numpy':
        case 'jax':
        case 'torch':
          return atom(`${A(c, x)}[${c.ns}.arange(${c.dim(n.args[0], 0)}), ${y.text}]`);
        case 'julia':
          return atom(`${A(c, x)}[CartesianIndex.(1:${c.dim(n.args[0], 0)}, ${y.text})]`);
        case 'matlab':
          return atom(`${A(c, x)}(sub2ind(size(${x.text}), (1:${c.dim(n.args[0], 0)})', ${y.text}))`);
        case 'r':
          return atom(`${A(c, x)}[cbind(seq_len(nrow(${x.text})), ${y.text})]`);
        case 'latex':
          return atom(`${A(c, x)}_{i, ${y.text}_i}`);
        case 'math':
          return unsupported('picking one element per row', c);
      }
    },
  },
  /** the adjoint of gather: g_i at (i, y_i), zero elsewhere */
  scatter: {
    shape: ([, x]) => x,
    eval: ([g, x, y], attr) => {
      const [, k] = x.shape;
      const ls = labels(y, attr.value ?? 0, k);
      const out = T.full(x.shape, 0);
      ls.forEach((l, i) => (out.data[i * k + l] += g.data[i]));
      return out;
    },
    adjoint: (g, n) => [B.make('gather', [g, n.args[2]], n.attr), undefined, undefined],
    print: (c, [g, x, y], n) => {
      const k = c.dim(n.args[1], 1);
      switch (c.lib) {
        case 'numpy':
          return { text: `np.eye(${k})[${y.text}] * ${A(c, g)}[:, None]`, prec: PREC.MUL };
        case 'jax':
          return { text: `jax.nn.one_hot(${y.text}, ${k}) * ${A(c, g)}[:, None]`, prec: PREC.MUL };
        case 'torch':
          return { text: `torch.nn.functional.one_hot(${y.text}, ${k}) * ${A(c, g)}[:, None]`, prec: PREC.MUL };
        case 'julia':
          return atom(`(z = zero(${x.text}); z[CartesianIndex.(1:${c.dim(n.args[1], 0)}, ${y.text})] .= ${g.text}; z)`);
        case 'matlab':
          return atom(`full(sparse((1:${c.dim(n.args[1], 0)})', ${y.text}, ${g.text}, ${c.dim(n.args[1], 0)}, ${k}))`);
        case 'r':
          return atom(`{z <- ${x.text} * 0; z[cbind(seq_len(nrow(${x.text})), ${y.text})] <- ${g.text}; z}`);
        case 'latex':
          return { text: `\\operatorname{onehot}\\left(${y.text}\\right) \\odot ${A(c, g)}`, prec: PREC.MUL };
        case 'math':
          return unsupported('placing one element per row', c);
      }
    },
  },
  outer: {
    shape: ([a, b]) => {
      if (a.length !== 1 || b.length !== 1)
        throw new ShapeError(`outer product needs two vectors, got ${showShape(a)} and ${showShape(b)}`);
      return [a[0], b[0]];
    },
    eval: ([a, b]) => T.matmul({ shape: [a.shape[0], 1], data: a.data }, { shape: [1, b.shape[0]], data: b.data }),
    adjoint: (g, n) => [B.matmul(g, n.args[1]), B.matmul(B.transpose(g), n.args[0])],
    print: (c, [a, b]) => {
      switch (c.lib) {
        case 'numpy':
        case 'jax':
        case 'torch':
          return atom(`${c.ns}.outer(${a.text}, ${b.text})`);
        case 'julia':
        case 'matlab':
        case 'math':
          return infix(c, ' * ', PREC.MUL, a, atom(`${A(c, b)}'`));
        case 'r':
          return atom(`outer(${a.text}, ${b.text})`);
        case 'latex':
          return { text: `${A(c, a)} ${A(c, b)}^\\top`, prec: PREC.MUL };
      }
    },
  },
  trace: {
    shape: ([s]) => {
      square(s, 'trace');
      return [];
    },
    eval: ([x]) => {
      const n = x.shape[0];
      let t = 0;
      for (let i = 0; i < n; i++) t += x.data[i * n + i];
      return T.scalar(t);
    },
    adjoint: (g, n) => [B.mul(g, B.make('eye', [n.args[0]]))],
    print: (c, [x]) =>
      atom(
        py(c)
          ? `${c.ns}.trace(${x.text})`
          : c.lib === 'julia'
            ? `tr(${x.text})`
            : c.lib === 'r'
              ? `sum(diag(${x.text}))`
              : c.lib === 'latex'
                ? `\\operatorname{tr}\\left(${x.text}\\right)`
                : `trace(${x.text})`,
      ),
  },
  /** the identity matrix of the size of args[0] */
  eye: {
    shape: ([s]) => s,
    eval: ([x]) => T.identity(x.shape[0]),
    print: (c, [x], n) => {
      const d = c.dim(n.args[0], 0);
      switch (c.lib) {
        case 'numpy':
        case 'jax':
        case 'torch':
          return atom(`${c.ns}.eye(${d})`);
        case 'julia':
          return atom(`Matrix(I, size(${x.text}))`);
        case 'matlab':
        case 'math':
          return atom(`eye(size(${x.text}))`);
        case 'r':
          return atom(`diag(nrow(${x.text}))`);
        case 'latex':
          return atom('I');
      }
    },
  },
  det: {
    shape: ([s]) => {
      square(s, 'det');
      return [];
    },
    eval: ([x]) => T.scalar(T.det(x)),
    adjoint: (g, n) => [B.mul(B.mul(g, n), B.transpose(B.make('inv', [n.args[0]])))],
    print: (c, [x]) =>
      atom(py(c) ? `${c.ns}.linalg.det(${x.text})` : c.lib === 'latex' ? `\\det\\left(${x.text}\\right)` : `det(${x.text})`),
  },
  /** log |det X| (slogdet's second value; logdet where det > 0) */
  logdet: {
    shape: ([s]) => {
      square(s, 'logdet');
      return [];
    },
    eval: ([x]) => T.scalar(Math.log(Math.abs(T.det(x)))),
    adjoint: (g, n) => [B.mul(g, B.transpose(B.make('inv', [n.args[0]])))],
    print: (c, [x]) => {
      switch (c.lib) {
        case 'numpy':
        case 'jax':
        case 'torch':
          return atom(`${c.ns}.linalg.slogdet(${x.text})[1]`);
        case 'julia':
          return atom(`logabsdet(${x.text})[1]`);
        case 'r':
          return atom(`determinant(${x.text})$modulus`);
        case 'latex':
          return atom(`\\log\\left|\\det ${A(c, x)}\\right|`);
        default:
          return atom(`log(abs(det(${x.text})))`);
      }
    },
  },
  inv: {
    shape: ([s]) => {
      square(s, 'inv');
      return s;
    },
    eval: ([x]) => T.solve(x, T.identity(x.shape[0])),
    adjoint: (g, n) => {
      const t = B.transpose(n);
      return [B.neg(B.matmul(B.matmul(t, g), t))];
    },
    print: (c, [x]) =>
      c.lib === 'latex'
        ? { text: `${A(c, x)}^{-1}`, prec: PREC.POW }
        : atom(py(c) ? `${c.ns}.linalg.inv(${x.text})` : c.lib === 'r' ? `solve(${x.text})` : `inv(${x.text})`),
  },
  /** A⁻¹ b */
  solve: {
    shape: ([a, b]) => {
      square(a, 'solve');
      if (b.length < 1 || b.length > 2 || b[0] !== a[0])
        throw new ShapeError(`solve: shapes ${showShape(a)} and ${showShape(b)} do not match`);
      return b;
    },
    eval: ([a, b]) => T.solve(a, b),
    adjoint: (g, n) => {
      const gb = B.solve(B.transpose(n.args[0]), g);
      const ga = n.shape.length === 1 ? B.make('outer', [gb, n]) : B.matmul(gb, B.transpose(n));
      return [B.neg(ga), gb];
    },
    print: (c, [a, b]) =>
      py(c)
        ? atom(`${c.ns}.linalg.solve(${a.text}, ${b.text})`)
        : c.lib === 'r'
          ? atom(`solve(${a.text}, ${b.text})`)
          : c.lib === 'latex'
            ? { text: `${A(c, a)}^{-1} ${A(c, b)}`, prec: PREC.MUL }
            : infix(c, ' \\ ', PREC.MUL, a, b),
  },
  reshape: {
    shape: ([s], attr) => {
      const t = attr.shape!;
      const known = (x: Shape) => x.every((d) => typeof d === 'number');
      if (known(s) && known(t) && T.size(s as number[]) !== T.size(t as number[]))
        throw new ShapeError(`cannot reshape ${showShape(s)} into ${showShape(t)}`);
      return t;
    },
    eval: ([x], attr) => {
      const t = attr.shape!.map((d) => (typeof d === 'number' ? d : NaN));
      if (t.some(Number.isNaN) || T.size(t) !== x.data.length)
        throw new InputError(`cannot reshape (${x.shape.join(', ')}) into (${attr.shape!.join(', ')})`);
      return { shape: t, data: x.data };
    },
    adjoint: (g, n) => [B.make('reshape', [g], { shape: n.args[0].shape })],
    print: (c, [x], n) => {
      if (!py(c)) return unsupported('reshape (row-major)', c);
      return atom(`${A(c, x)}.reshape(${n.attr.shape!.join(', ')}${n.attr.shape!.length === 1 ? ',' : ''})`);
    },
  },
};

function printSoftmax(c: Ctx, x: Printed, n: ANode, log: boolean): Printed {
  const ax = axis1(n);
  const name = log ? 'log_softmax' : 'softmax';
  switch (c.lib) {
    case 'numpy':
      return atom(`scipy.special.${name}(${x.text}, axis=${ax})`);
    case 'jax':
      return atom(`jax.nn.${name}(${x.text}, axis=${ax})`);
    case 'torch':
      return atom(`torch.${name}(${x.text}, dim=${ax})`);
    case 'julia':
      return atom(`${log ? 'logsoftmax' : 'softmax'}(${x.text}; dims=${ax + 1})`);
    case 'latex':
      return atom(`\\operatorname{${log ? 'log\\,softmax' : 'softmax'}}\\left(${x.text}\\right)`);
    default: {
      // exp(x) ./ sum(exp(x), d) where there is no library function
      if (n.shape.length > 1 && c.lib === 'r') return unsupported(`${name} along an axis`, c);
      const d = n.shape.length > 1 ? `, ${ax + 1}` : '';
      const e = c.call('exp', [x]).text;
      return log ? { text: `${A(c, x)} - log(sum(${e}${d}))`, prec: PREC.ADD } : atom(`(${e} ${c.lib === 'r' ? '/' : './'} sum(${e}${d}))`);
    }
  }
}

/** np.pad widths (before, after) per axis of an index's adjoint, and the axes an integer index removed. */
function padWidths(c: Ctx, entries: readonly IndexEntry[], x: ANode): { widths: [string, string][]; ints: number[] } {
  const widths: [string, string][] = [];
  const ints: number[] = [];
  const minus = (d: string, k: number | string) => (/^\d+$/.test(d) && typeof k === 'number' ? String(Number(d) - k) : `${d} - ${k}`);
  x.shape.forEach((_, k) => {
    const D = c.dim(x, k);
    const e = entries[k];
    if (!e) widths.push(['0', '0']);
    else if ('int' in e) {
      ints.push(k);
      widths.push(e.int >= 0 ? [String(e.int), minus(D, e.int + 1)] : [minus(D, -e.int), String(-e.int - 1)]);
    } else if ('name' in e) {
      ints.push(k);
      widths.push([e.name, `${D} - ${e.name} - 1`]);
    } else {
      if (e.step !== 1) unsupported('the gradient of a strided slice', c);
      const before = e.start === null ? '0' : e.start >= 0 ? String(e.start) : minus(D, -e.start);
      const after = e.stop === null ? '0' : e.stop < 0 ? String(-e.stop) : minus(D, e.stop);
      widths.push([before, after]);
    }
  });
  return { widths, ints };
}

/**
 * R does not broadcast a vector along a matrix's rows (it recycles down the columns): a matrix with a
 * row vector is written with sweep(); equal shapes and scalars use the plain operator.
 */
function rBroadcast(c: Ctx, n: ANode, op: string, a: Printed, b: Printed): Printed {
  const [x, y] = n.args;
  const prec = op === '+' || op === '-' ? PREC.ADD : PREC.MUL;
  if (isScalar(x) || isScalar(y) || (x.shape.length === y.shape.length && x.shape.every((d, i) => d === y.shape[i])))
    return infix(c, ` ${op} `, prec, a, b);
  const full = (z: ANode) => z.shape.length === n.shape.length && z.shape.every((d, i) => d === n.shape[i]);
  const mFirst = full(x);
  if (!mFirst && !full(y)) return unsupported('broadcasting two arrays against each other', c);
  const [M, v] = mFirst ? [a, b] : [b, a];
  const vec = (mFirst ? y : x).shape;
  const axis = vec.length === 2 && vec[1] === 1 ? 1 : 2;
  if (!mFirst && (op === '-' || op === '/')) return unsupported(`${op} of a vector and a matrix`, c);
  return atom(`sweep(${M.text}, ${axis}, ${vec.length === 2 ? `drop(${v.text})` : v.text}, "${op}")`);
}

/** LaTeX names: theta → \theta, W1 → W_{1}. */
function latexName(name: string): string {
  const greek = /^(alpha|beta|gamma|delta|epsilon|eta|theta|lambda|mu|nu|xi|pi|rho|sigma|tau|phi|chi|psi|omega)(\d*)$/i.exec(name);
  const m = /^([A-Za-z]+?)_?(\d+)$/.exec(name);
  if (greek) return `\\${greek[1]}${greek[2] ? `_{${greek[2]}}` : ''}`;
  if (name === 'lam') return '\\lambda';
  if (m) return `${m[1]}_{${m[2]}}`;
  return name.length > 1 ? `\\mathrm{${name.replace(/_/g, '\\_')}}` : name;
}
