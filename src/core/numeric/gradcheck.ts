// The gradient check: analytic partials against Ridders-extrapolated finite differences, with a
// per-component tolerance that knows how accurate the finite difference itself can be.
import type { Point } from '../types';
import { centralDifference, ridders, ScalarFunction } from './differences';
import { has } from '../names';

export interface CheckOptions {
  /** Relative tolerance on top of the numeric error budget. Default 1e-6 (flags a 1e-4 relative error). */
  rtol?: number;
  /** Absolute tolerance on top of the numeric error budget. Default 0: the budget already scales with f. */
  atol?: number;
  /** Variables to check (default: the keys of `analytic`). */
  variables?: string[];
}

export interface GradientComponent {
  variable: string;
  analytic: number;
  /** Ridders' extrapolated central difference: the verdict's reference. */
  numeric: number;
  /** Plain central difference at the default step, for comparison. */
  numericCentral: number;
  absError: number;
  relError: number;
  /** The tolerance this component was held to. */
  tolerance: number;
  /** Ridders' error estimate of `numeric`. */
  numericError: number;
  /** The smallest step of the accepted Ridders extrapolation (to mark on an error-vs-step plot). */
  step: number;
  ok: boolean;
  note?: string;
}

export interface GradientCheck {
  ok: boolean;
  method: string;
  rtol: number;
  atol: number;
  components: GradientComponent[];
}

export const DEFAULT_RTOL = 1e-6;
export const DEFAULT_ATOL = 0;
export const METHOD = 'ridders';
/** How many times its own error estimate (and round-off floor) the finite difference may be off. */
const SAFETY = 10;

/**
 * Compares `analytic[v]` with finite differences of f for each variable v. A component passes when
 *   |analytic − numeric| ≤ atol + rtol·max(|analytic|, |numeric|) + 10·(Ridders error + eps·|f|/h),
 * so a wrong constant (2x vs 2.0001x) fails, while badly scaled inputs (|x| ~ 1e6, ~1e-4) and
 * saturated functions (true derivative ~1e-30, difference quotient 0) pass.
 */
export function checkGradient(f: ScalarFunction, point: Point, analytic: Record<string, number>, opts: CheckOptions = {}): GradientCheck {
  const rtol = opts.rtol ?? DEFAULT_RTOL;
  const atol = opts.atol ?? DEFAULT_ATOL;
  const variables = opts.variables ?? Object.keys(analytic);
  const f0 = safe(f, point);
  const components = variables.map((variable) => component(f, point, variable, analytic[variable], f0, rtol, atol));
  return { ok: components.every((c) => c.ok), method: METHOD, rtol, atol, components };
}

function safe(f: ScalarFunction, p: Point): number {
  try {
    return f(p);
  } catch {
    return NaN;
  }
}

function component(
  f: ScalarFunction,
  point: Point,
  variable: string,
  a: number | undefined,
  f0: number,
  rtol: number,
  atol: number,
): GradientComponent {
  const g: ScalarFunction = (p) => safe(f, p);
  const value = typeof a === 'number' ? a : NaN;
  const base = { variable, analytic: value };
  if (!has(point, variable) || !Number.isFinite(point[variable])) {
    return fail(base, `no finite value for ${variable} in the point`);
  }
  if (!Number.isFinite(f0)) return fail(base, `the function is not finite at this point (${f0})`);
  const r = ridders(g, point, variable);
  const numericCentral = centralDifference(g, point, variable);
  if (!Number.isFinite(value)) {
    return { ...fail(base, `the analytic derivative is not finite (${value})`), numeric: r.value, numericCentral };
  }
  if (!Number.isFinite(r.value)) {
    return { ...fail(base, 'finite differences are not finite here (is the function undefined next to the point?)'), numericCentral };
  }
  const absError = Math.abs(value - r.value);
  const scale = Math.max(Math.abs(value), Math.abs(r.value));
  const relError = scale > 0 ? absError / scale : 0;
  const tolerance = atol + rtol * scale + SAFETY * (r.error + r.floor);
  const ok = absError <= tolerance;
  let note = kinkNote(g, point, variable, f0, r.h);
  if (!note && r.error > 1e-3 * Math.max(scale, r.floor)) {
    note = `the finite difference is uncertain here (error estimate ${r.error.toPrecision(2)}): a kink or a steep region nearby?`;
  }
  return {
    variable,
    analytic: value,
    numeric: r.value,
    numericCentral,
    absError,
    relError,
    tolerance,
    numericError: r.error,
    step: r.h,
    ok,
    ...(note ? { note } : {}),
  };
}

/**
 * A kink at (or within a step of) the point: the left and right one-sided slopes differ by as much
 * at step h/16 as at h (for a smooth f the gap shrinks with h, like f''·h; a symmetric difference
 * averages the two slopes and may agree with neither, so say so rather than give a bare failure).
 */
function kinkNote(g: ScalarFunction, point: Point, variable: string, f0: number, h: number): string | undefined {
  const x = point[variable];
  const slopes = (step: number) => {
    const right = (g({ ...point, [variable]: x + step }) - f0) / step;
    const left = (f0 - g({ ...point, [variable]: x - step })) / step;
    return { left, right, gap: Math.abs(right - left) };
  };
  if (!(h > 0)) return undefined;
  const wide = slopes(h);
  const narrow = slopes(h / 16);
  // beyond round-off: each one-sided slope carries about eps·|f|/step of it
  const noise = (1e3 * Number.EPSILON * Math.max(Math.abs(f0), Number.MIN_VALUE)) / (h / 16);
  if (!Number.isFinite(narrow.gap) || narrow.gap <= noise || narrow.gap < 0.5 * wide.gap) return undefined;
  if (narrow.gap < 1e-3 * Math.max(Math.abs(narrow.left), Math.abs(narrow.right))) return undefined;
  const p = (v: number) => v.toPrecision(3);
  return `a kink at or next to this point: the slope is ${p(narrow.left)} from the left and ${p(narrow.right)} from the right, so ∂f/∂${variable} is not defined here`;
}

function fail(base: { variable: string; analytic: number }, note: string): GradientComponent {
  return {
    ...base,
    numeric: NaN,
    numericCentral: NaN,
    absError: NaN,
    relError: NaN,
    tolerance: NaN,
    numericError: NaN,
    step: NaN,
    ok: false,
    note,
  };
}
