// Dense row-major arrays of doubles and the numeric kernels the ops table evaluates with.
import { InputError } from '../types';
import type { NDArray } from './types';

export interface Tensor {
  shape: number[];
  data: Float64Array;
}

export const size = (shape: readonly number[]): number => shape.reduce((a, b) => a * b, 1);
export const tensor = (shape: number[], data?: Float64Array): Tensor => ({ shape, data: data ?? new Float64Array(size(shape)) });
export const scalar = (v: number): Tensor => ({ shape: [], data: Float64Array.of(v) });
export const full = (shape: number[], v: number): Tensor => ({ shape, data: new Float64Array(size(shape)).fill(v) });

/** Nested lists → tensor; ragged or non-numeric input is an error naming the variable. */
export function fromNested(v: NDArray, what: string): Tensor {
  const shape: number[] = [];
  for (let x: NDArray = v; Array.isArray(x); x = x[0]) {
    if (x.length === 0) throw new InputError(`${what}: empty arrays are not supported`);
    shape.push(x.length);
  }
  const data = new Float64Array(size(shape));
  let k = 0;
  const walk = (x: NDArray, d: number): void => {
    if (d === shape.length) {
      if (typeof x !== 'number') throw new InputError(`${what}: every element must be a number`);
      data[k++] = x;
      return;
    }
    if (!Array.isArray(x) || x.length !== shape[d]) throw new InputError(`${what}: the nested lists are ragged (not one shape)`);
    for (const y of x) walk(y, d + 1);
  };
  walk(v, 0);
  return { shape, data };
}

export function toNested(t: Tensor): NDArray {
  let k = 0;
  const build = (d: number): NDArray => {
    if (d === t.shape.length) return t.data[k++];
    const out: NDArray[] = [];
    for (let i = 0; i < t.shape[d]; i++) out.push(build(d + 1));
    return out;
  };
  return build(0);
}

export function strides(shape: readonly number[]): number[] {
  const s = new Array<number>(shape.length);
  let acc = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    s[i] = acc;
    acc *= shape[i];
  }
  return s;
}

/** NumPy broadcasting of two concrete shapes (undefined when incompatible). */
export function broadcastShapes(a: readonly number[], b: readonly number[]): number[] | undefined {
  const n = Math.max(a.length, b.length);
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const x = a[a.length - n + i] ?? 1;
    const y = b[b.length - n + i] ?? 1;
    if (x !== y && x !== 1 && y !== 1) return undefined;
    out.push(x === 1 ? y : x);
  }
  return out;
}

/** Index map from an output of shape `out` into a broadcast input of shape `inp` (an odometer, no divisions). */
function broadcastIndex(inp: readonly number[], out: readonly number[]): Int32Array {
  const n = size(out);
  const idx = new Int32Array(n);
  const rank = out.length;
  const off = rank - inp.length;
  const st = strides(inp);
  // the input stride of each output axis (0 where the input is broadcast)
  const step = out.map((_, d) => (d - off >= 0 && inp[d - off] !== 1 ? st[d - off] : 0));
  const counter = new Array<number>(rank).fill(0);
  let j = 0;
  for (let k = 0; k < n; k++) {
    idx[k] = j;
    for (let d = rank - 1; d >= 0; d--) {
      counter[d]++;
      j += step[d];
      if (counter[d] < out[d]) break;
      j -= step[d] * out[d];
      counter[d] = 0;
    }
  }
  return idx;
}

/** Elementwise f(a, b) with broadcasting; same shapes and scalars take a direct loop (the common cases). */
export function zip2(a: Tensor, b: Tensor, f: (x: number, y: number) => number): Tensor {
  const n = a.data.length;
  if (n === b.data.length && a.shape.length === b.shape.length && a.shape.every((d, i) => d === b.shape[i])) {
    const out = new Float64Array(n);
    for (let k = 0; k < n; k++) out[k] = f(a.data[k], b.data[k]);
    return { shape: a.shape, data: out };
  }
  if (b.shape.length === 0) {
    const y = b.data[0];
    const out = new Float64Array(n);
    for (let k = 0; k < n; k++) out[k] = f(a.data[k], y);
    return { shape: a.shape, data: out };
  }
  if (a.shape.length === 0) {
    const x = a.data[0];
    const out = new Float64Array(b.data.length);
    for (let k = 0; k < out.length; k++) out[k] = f(x, b.data[k]);
    return { shape: b.shape, data: out };
  }
  // a trailing block repeated (a matrix and a row vector): b[k mod m]
  const m = b.data.length;
  if (a.shape.length >= b.shape.length && n % m === 0 && b.shape.every((d, i) => d === a.shape[a.shape.length - b.shape.length + i])) {
    const out = new Float64Array(n);
    for (let k = 0; k < n; k++) out[k] = f(a.data[k], b.data[k % m]);
    return { shape: a.shape, data: out };
  }
  return zipWith([a, b], ([x, y]) => f(x, y));
}

export function map1(a: Tensor, f: (x: number) => number): Tensor {
  const out = new Float64Array(a.data.length);
  for (let k = 0; k < out.length; k++) out[k] = f(a.data[k]);
  return { shape: a.shape, data: out };
}

/** Elementwise map of n broadcast operands. */
export function zipWith(ts: Tensor[], f: (xs: number[]) => number): Tensor {
  let shape: number[] = [];
  for (const t of ts) {
    const s = broadcastShapes(shape, t.shape);
    if (!s) throw new InputError(`shapes (${ts.map((u) => u.shape.join(', ')).join(') and (')}) do not broadcast`);
    shape = s;
  }
  const n = size(shape);
  const out = new Float64Array(n);
  const same = ts.every((t) => t.shape.length === shape.length && t.data.length === n);
  const maps = same ? [] : ts.map((t) => broadcastIndex(t.shape, shape));
  const xs = new Array<number>(ts.length);
  for (let k = 0; k < n; k++) {
    for (let i = 0; i < ts.length; i++) xs[i] = ts[i].data[same ? k : maps[i][k]];
    out[k] = f(xs);
  }
  return { shape, data: out };
}

export function broadcastTo(t: Tensor, shape: number[]): Tensor {
  const idx = broadcastIndex(t.shape, shape);
  const out = new Float64Array(idx.length);
  for (let k = 0; k < idx.length; k++) out[k] = t.data[idx[k]];
  return { shape, data: out };
}

/** Sums a broadcast array back to `shape` (the adjoint of broadcasting). */
export function sumTo(t: Tensor, shape: number[]): Tensor {
  if (t.shape.length === shape.length && t.shape.every((d, i) => d === shape[i])) return t;
  const idx = broadcastIndex(shape, t.shape);
  const out = new Float64Array(size(shape));
  for (let k = 0; k < idx.length; k++) out[idx[k]] += t.data[k];
  return { shape, data: out };
}

/** Reduction along `axes` (all when null) with a fold; keepdims keeps the reduced axes as 1. */
export function reduce(t: Tensor, axes: number[] | null, keepdims: boolean, init: number, f: (acc: number, x: number) => number): Tensor {
  const ax = axes ?? t.shape.map((_, i) => i);
  const kept = t.shape.map((d, i) => (ax.includes(i) ? 1 : d));
  const out = full(kept, init);
  const idx = broadcastIndex(kept, t.shape);
  for (let k = 0; k < idx.length; k++) out.data[idx[k]] = f(out.data[idx[k]], t.data[k]);
  return keepdims ? out : { shape: t.shape.filter((_, i) => !ax.includes(i)), data: out.data };
}

export function matmul(a: Tensor, b: Tensor): Tensor {
  const A = a.shape.length === 1 ? [1, a.shape[0]] : a.shape;
  const B = b.shape.length === 1 ? [b.shape[0], 1] : b.shape;
  const [m, k] = A;
  const [k2, n] = B;
  if (k !== k2) throw new InputError(`matrix product of shapes (${a.shape.join(', ')}) and (${b.shape.join(', ')})`);
  const out = new Float64Array(m * n);
  for (let i = 0; i < m; i++)
    for (let p = 0; p < k; p++) {
      const x = a.data[i * k + p];
      if (x === 0) continue;
      for (let j = 0; j < n; j++) out[i * n + j] += x * b.data[p * n + j];
    }
  const shape = [...(a.shape.length === 1 ? [] : [m]), ...(b.shape.length === 1 ? [] : [n])];
  return { shape, data: out };
}

/** Reverses the axes (a matrix transpose; a vector is its own transpose, as in NumPy). */
export function transpose(t: Tensor): Tensor {
  if (t.shape.length < 2) return t;
  const shape = [...t.shape].reverse();
  const st = strides(t.shape);
  const os = strides(shape);
  const out = new Float64Array(t.data.length);
  for (let k = 0; k < out.length; k++) {
    let r = k;
    let j = 0;
    for (let d = 0; d < shape.length; d++) {
      const c = Math.floor(r / os[d]);
      r -= c * os[d];
      j += c * st[shape.length - 1 - d];
    }
    out[k] = t.data[j];
  }
  return { shape, data: out };
}

/** LU decomposition with partial pivoting of a square matrix: [lu, perm, sign]. */
function lu(t: Tensor): { a: Float64Array; perm: number[]; sign: number; n: number } {
  const n = t.shape[0];
  const a = Float64Array.from(t.data);
  const perm = [...Array(n).keys()];
  let sign = 1;
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(a[r * n + c]) > Math.abs(a[p * n + c])) p = r;
    if (p !== c) {
      for (let j = 0; j < n; j++) [a[c * n + j], a[p * n + j]] = [a[p * n + j], a[c * n + j]];
      [perm[c], perm[p]] = [perm[p], perm[c]];
      sign = -sign;
    }
    const d = a[c * n + c];
    if (d === 0) continue;
    for (let r = c + 1; r < n; r++) {
      const f = (a[r * n + c] /= d);
      if (f !== 0) for (let j = c + 1; j < n; j++) a[r * n + j] -= f * a[c * n + j];
    }
  }
  return { a, perm, sign, n };
}

export function det(t: Tensor): number {
  const { a, sign, n } = lu(t);
  let d = sign;
  for (let i = 0; i < n; i++) d *= a[i * n + i];
  return d;
}

/** Solves A X = B (B a vector or a matrix). A singular matrix gives non-finite values, as the user would see. */
export function solve(A: Tensor, B: Tensor): Tensor {
  const { a, perm, n } = lu(A);
  const cols = B.shape.length === 1 ? 1 : B.shape[1];
  const out = new Float64Array(n * cols);
  for (let c = 0; c < cols; c++) {
    const y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      let s = B.data[perm[i] * cols + c];
      for (let j = 0; j < i; j++) s -= a[i * n + j] * y[j];
      y[i] = s;
    }
    for (let i = n - 1; i >= 0; i--) {
      let s = y[i];
      for (let j = i + 1; j < n; j++) s -= a[i * n + j] * y[j];
      y[i] = s / a[i * n + i];
    }
    for (let i = 0; i < n; i++) out[i * cols + c] = y[i];
  }
  return { shape: [...B.shape], data: out };
}

export function identity(n: number): Tensor {
  const t = full([n, n], 0);
  for (let i = 0; i < n; i++) t.data[i * n + i] = 1;
  return t;
}
