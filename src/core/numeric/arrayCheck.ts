// The gradient check for array inputs: each element is one scalar variable of the existing check
// (Ridders differences, the same tolerance), or, for a large array, the derivative along a few
// random directions (one scalar variable each). Per array variable: the largest relative error over
// its elements and the worst element's index. Points are drawn with a seeded generator, symbolic
// dimensions get small sizes, so the same expression always gets the same report.
import type { Point } from '../types';
import { checkGradient, type GradientComponent } from './gradcheck';
import { names } from '../names';
import { seeded } from './random';

export { seeded };

/** Nested lists as in JSON; structurally the array engine's NDArray. */
export type Nested = number | Nested[];
export type Dims = (number | string)[];

export interface ArrayFunction {
  /** f at the arrays (a scalar). */
  value(at: Record<string, Nested>): Nested;
  /** ∂f/∂v for each array variable, shaped like v. */
  gradient(at: Record<string, Nested>): Record<string, Nested>;
}

export interface ArrayCheckOptions {
  rtol?: number;
  atol?: number;
  /** Arrays with more elements than this are checked along random directions. Default 48. */
  maxElements?: number;
  /** Random directions for a large array. Default 3. */
  directions?: number;
  seed?: number;
  variables?: string[];
}

export interface ArrayVariableCheck {
  variable: string;
  shape: number[];
  method: 'per element' | 'random directions';
  /** The largest relative error over the elements (or directions), null when none is finite. */
  maxRelError: number | null;
  maxAbsError: number | null;
  /** The worst element's index (per element), or null (random directions, scalars). */
  worstIndex: number[] | null;
  /** The analytic and numeric values at the worst element (or direction). */
  analytic: number | null;
  numeric: number | null;
  ok: boolean;
  note?: string;
}

export interface ArrayGradientCheck {
  ok: boolean;
  method: string;
  variables: ArrayVariableCheck[];
}

/** Symbolic dimensions get small distinct sizes (n → 4, d → 3, …, in order of first use); numbers stay. */
export function concreteShapes(shapes: Record<string, Dims>, sizes: number[] = [4, 3, 5, 2, 6]): Record<string, number[]> {
  const given: Record<string, number> = names();
  let k = 0;
  const out: Record<string, number[]> = names();
  for (const [v, s] of Object.entries(shapes)) {
    out[v] = s.map((d) => {
      if (typeof d === 'number') return d;
      if (!(d in given)) given[d] = sizes[k++ % sizes.length];
      return given[d];
    });
  }
  return out;
}

/**
 * Random arrays of the given shapes, elements in (0.2, 0.9): inside the domain of log, sqrt, log(1 - p)
 * and away from the kinks of relu and abs at 0, like the scalar hover's default point.
 */
export function randomArrays(shapes: Record<string, number[]>, seed = 1): Record<string, Nested> {
  const rnd = seeded(seed);
  const make = (s: number[]): Nested => (s.length ? Array.from({ length: s[0] }, () => make(s.slice(1))) : 0.2 + 0.7 * rnd());
  return names(Object.entries(shapes).map(([v, s]) => [v, make(s)] as const));
}

export function shapeOfNested(x: Nested): number[] {
  const out: number[] = [];
  for (let c: Nested = x; Array.isArray(c); c = c[0]) out.push(c.length);
  return out;
}

function flatten(x: Nested): number[] {
  return Array.isArray(x) ? x.flatMap(flatten) : [x];
}

function unflatten(flat: number[], shape: number[]): Nested {
  let k = 0;
  const make = (s: number[]): Nested => (s.length ? Array.from({ length: s[0] }, () => make(s.slice(1))) : flat[k++]);
  return make(shape);
}

function indexOf(k: number, shape: number[]): number[] {
  const idx: number[] = [];
  for (let i = shape.length - 1; i >= 0; i--) {
    idx.unshift(k % shape[i]);
    k = Math.floor(k / shape[i]);
  }
  return idx;
}

/**
 * Checks `fn.gradient` against finite differences of `fn.value` at `at`. Each checked element (or
 * random direction) becomes one scalar variable of `checkGradient`, so arrays are held to exactly the
 * scalar check's tolerance.
 */
export function checkArrayGradient(fn: ArrayFunction, at: Record<string, Nested>, opts: ArrayCheckOptions = {}): ArrayGradientCheck {
  const maxElements = opts.maxElements ?? 48;
  const rnd = seeded((opts.seed ?? 1) + 7919);
  const variables = opts.variables ?? Object.keys(at);
  const grads = fn.gradient(at);
  const base = names(Object.entries(at).map(([v, x]) => [v, flatten(x)] as const));
  const shapes = names(Object.entries(at).map(([v, x]) => [v, shapeOfNested(x)] as const));
  // one scalar variable per element or direction: name → how it moves the arrays
  const moves: Record<string, { v: string; dir: number[]; index?: number[] }> = names();
  const analytic: Record<string, number> = names();
  const plan: Record<string, string[]> = names();
  for (const v of variables) {
    const g = flatten(grads[v] ?? 0);
    const n = base[v].length;
    plan[v] = [];
    if (n <= maxElements) {
      for (let k = 0; k < n; k++) {
        const key = shapes[v].length ? `${v}[${indexOf(k, shapes[v]).join(', ')}]` : v;
        const dir = new Array<number>(n).fill(0);
        dir[k] = 1;
        moves[key] = { v, dir, index: indexOf(k, shapes[v]) };
        analytic[key] = g[k];
        plan[v].push(key);
      }
    } else {
      for (let j = 0; j < (opts.directions ?? 3); j++) {
        const u = Array.from({ length: n }, () => rnd() * 2 - 1);
        const norm = Math.hypot(...u);
        const dir = u.map((x) => x / norm);
        const key = `${v}·u${j + 1}`;
        moves[key] = { v, dir };
        analytic[key] = dir.reduce((s, d, i) => s + d * g[i], 0);
        plan[v].push(key);
      }
    }
  }
  const point: Point = names(Object.keys(moves).map((k) => [k, 0] as const));
  const f = (p: Point): number => {
    const moved: Record<string, Nested> = names();
    for (const [v, flat] of Object.entries(base)) {
      const x = flat.slice();
      for (const key of plan[v] ?? []) {
        const t = p[key];
        if (t) moves[key].dir.forEach((d, i) => (x[i] += t * d));
      }
      moved[v] = shapes[v].length ? unflatten(x, shapes[v]) : x[0];
    }
    const y = fn.value(moved);
    return typeof y === 'number' ? y : NaN;
  };
  // the check's steps scale with |x|: moving by t from 0 would use steps for |x| ~ 1, which the
  // drawn elements (0.2 … 0.9) are; for general points the per-element scale is kept by `dir`
  const check = checkGradient(f, point, analytic, { rtol: opts.rtol, atol: opts.atol, variables: Object.keys(moves) });
  const byKey = names(check.components.map((c) => [c.variable, c] as const));
  const out = variables.map((v) =>
    summarize(
      v,
      shapes[v],
      plan[v].map((k) => byKey[k]),
      moves,
    ),
  );
  return { ok: out.every((c) => c.ok), method: check.method, variables: out };
}

function summarize(
  variable: string,
  shape: number[],
  comps: GradientComponent[],
  moves: Record<string, { dir: number[]; index?: number[] }>,
): ArrayVariableCheck {
  const finiteOr = (x: number) => (Number.isFinite(x) ? x : null);
  // the worst: a failing element first, then the largest relative error
  let worst: GradientComponent | undefined;
  for (const c of comps) {
    const score = (x: GradientComponent) => (x.ok ? 0 : 2) + (Number.isFinite(x.relError) ? Math.min(1, x.relError) : 1);
    if (!worst || score(c) > score(worst)) worst = c;
  }
  const rel = comps.map((c) => c.relError).filter(Number.isFinite);
  const abs = comps.map((c) => c.absError).filter(Number.isFinite);
  const perElement = comps.every((c) => moves[c.variable].index !== undefined);
  return {
    variable,
    shape,
    method: perElement ? 'per element' : 'random directions',
    maxRelError: rel.length ? Math.max(...rel) : null,
    maxAbsError: abs.length ? Math.max(...abs) : null,
    worstIndex: perElement && shape.length && worst ? moves[worst.variable].index! : null,
    analytic: worst ? finiteOr(worst.analytic) : null,
    numeric: worst ? finiteOr(worst.numeric) : null,
    ok: comps.length > 0 && comps.every((c) => c.ok),
    ...(worst?.note ? { note: worst.note } : {}),
  };
}
