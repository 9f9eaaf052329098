// Finite differences of f along one variable of a point: forward, central, and Ridders'
// Richardson-extrapolated central differences with an error estimate.
import type { Point } from '../types';
import { namesOf } from '../names';
import { centralStep, EPS, exactStep, forwardStep, riddersStep } from './steps';

export type ScalarFunction = (p: Point) => number;

/** f with one variable moved: g(t) = f(point with variable = t). */
export function along(f: ScalarFunction, point: Point, variable: string): (t: number) => number {
  const p: Point = namesOf(point);
  return (t: number) => {
    p[variable] = t;
    const v = f(p);
    return v;
  };
}

export function forwardDifference(f: ScalarFunction, point: Point, variable: string, h?: number): number {
  const x = point[variable];
  const g = along(f, point, variable);
  const step = exactStep(x, h ?? forwardStep(x));
  return (g(x + step) - g(x)) / step;
}

export function centralDifference(f: ScalarFunction, point: Point, variable: string, h?: number): number {
  const x = point[variable];
  const g = along(f, point, variable);
  const step = exactStep(x, h ?? centralStep(x));
  return (g(x + step) - g(x - step)) / (2 * step);
}

export interface RiddersResult {
  /** The extrapolated derivative. */
  value: number;
  /** Ridders' estimate of its absolute error (from the tableau's agreement). */
  error: number;
  /** Smallest step used for the accepted value. */
  h: number;
  /** Round-off floor of the differences at that step: eps·max|f| / h. */
  floor: number;
  /** f evaluations spent. */
  evaluations: number;
}

const CON = 1.4;
const CON2 = CON * CON;
const NTAB = 12;
const SAFE = 2;

/**
 * Ridders' method (Numerical Recipes §5.7): central differences at steps h, h/1.4, h/1.4², …
 * extrapolated to h → 0 in a Neville tableau; stops when the error starts to grow. Where f is not
 * finite at the first step (a domain edge nearby) the starting step shrinks tenfold, up to 12 times.
 */
export function ridders(f: ScalarFunction, point: Point, variable: string, h0?: number): RiddersResult {
  // A tableau can look converged and still be wrong when the starting step is far larger than the
  // scale on which f varies (sin(x/1e-4) sampled at h = 0.05). So the extrapolation is repeated from
  // tenfold smaller starting steps until two successive runs agree within their error estimates.
  const x = point[variable];
  const start = h0 ?? riddersStep(x);
  let prev = riddersFrom(f, point, variable, start);
  let evaluations = prev.evaluations;
  let best = prev;
  for (let k = 1; k <= 8; k++) {
    const cur = riddersFrom(f, point, variable, start / 10 ** k);
    evaluations += cur.evaluations;
    if (Number.isFinite(cur.value) && !(cur.error + cur.floor >= best.error + best.floor)) best = cur;
    if (Number.isFinite(cur.value) && Number.isFinite(prev.value)) {
      const diff = Math.abs(cur.value - prev.value);
      const budget = 2 * (cur.error + prev.error + cur.floor + prev.floor) + 4 * Number.EPSILON * Math.abs(cur.value);
      if (diff <= budget && converged(cur) && converged(prev)) {
        const pick = cur.error + cur.floor <= prev.error + prev.floor ? cur : prev;
        return { ...pick, error: Math.max(pick.error, diff), evaluations };
      }
    }
    prev = cur;
  }
  return { ...best, evaluations };
}

/** The tableau settled: its error estimate is small against the value (or within round-off). */
function converged(r: RiddersResult): boolean {
  return r.error <= 1e-7 * Math.abs(r.value) + 2 * r.floor;
}

function riddersFrom(f: ScalarFunction, point: Point, variable: string, h0: number): RiddersResult {
  const x = point[variable];
  const g = along(f, point, variable);
  let evaluations = 0;
  const f0 = g(x);
  let fmax = Number.isFinite(f0) ? Math.abs(f0) : 0;
  evaluations++;
  const central = (h: number): number => {
    const a = g(x + h);
    const b = g(x - h);
    evaluations += 2;
    if (Number.isFinite(a) && Number.isFinite(b)) fmax = Math.max(fmax, Math.abs(a), Math.abs(b));
    return (a - b) / (2 * h);
  };
  let h = exactStep(x, h0);
  let first = central(h);
  for (let k = 0; k < 12 && !Number.isFinite(first); k++) {
    h = exactStep(x, h / 10);
    if (h === 0) break;
    first = central(h);
  }
  if (!Number.isFinite(first)) return { value: first, error: Infinity, h, floor: Infinity, evaluations };
  const a: number[][] = Array.from({ length: NTAB }, () => new Array<number>(NTAB).fill(0));
  a[0][0] = first;
  let best = first;
  let err = Infinity;
  let bestH = h;
  for (let i = 1; i < NTAB; i++) {
    const hi = exactStep(x, h / CON);
    if (hi === 0) break;
    h = hi;
    a[0][i] = central(h);
    if (!Number.isFinite(a[0][i])) break;
    let fac = CON2;
    for (let j = 1; j <= i; j++) {
      a[j][i] = (a[j - 1][i] * fac - a[j - 1][i - 1]) / (fac - 1);
      fac *= CON2;
      const errt = Math.max(Math.abs(a[j][i] - a[j - 1][i]), Math.abs(a[j][i] - a[j - 1][i - 1]));
      if (errt <= err) {
        err = errt;
        best = a[j][i];
        bestH = h;
      }
    }
    if (Math.abs(a[i][i] - a[i - 1][i - 1]) >= SAFE * err) break;
  }
  if (!Number.isFinite(err)) err = Math.abs(best) * 1e-3 + (EPS * fmax) / bestH; // only one step was usable
  return { value: best, error: err, h: bestH, floor: (EPS * fmax) / bestH, evaluations };
}
