// Test helpers: random expressions over the vocabulary (as mathjs text) and a careful numerical
// derivative (Ridders' Richardson-extrapolated central differences from src/core/numeric).
import * as fc from 'fast-check';
import { ridders } from '../../../src/core/numeric';
import type { Point } from '../../../src/core/types';
import { evaluate, Expr, notesAt } from '../../../src/core/expr';

export const VARS = ['x', 'y', 'z'];

/** Without logsumexp: its portable/JS text log(exp(a) + …) overflows where logsumexp does not. */
export const NO_LSE = ['atan2', 'max', 'min', 'hypot', 'log'];

const UNARY = [
  'exp',
  'log',
  'log2',
  'log10',
  'log1p',
  'expm1',
  'sqrt',
  'cbrt',
  'abs',
  'sign',
  'sin',
  'cos',
  'tan',
  'sec',
  'csc',
  'cot',
  'asin',
  'acos',
  'atan',
  'sinh',
  'cosh',
  'tanh',
  'asinh',
  'acosh',
  'atanh',
  'erf',
  'erfc',
  'sigmoid',
  'softplus',
  'relu',
];
/** What mathjs' own `derivative` understands (so we can compare with it). */
export const MATHJS_UNARY = [
  'exp',
  'log',
  'sqrt',
  'sin',
  'cos',
  'tan',
  'sec',
  'csc',
  'cot',
  'asin',
  'acos',
  'atan',
  'sinh',
  'cosh',
  'tanh',
];

/** Random expression text; `unary` limits the functions used, `extra` adds the multi-argument ones. */
export function exprText(
  unary: string[] = UNARY,
  extra = true,
  multi = ['atan2', 'max', 'min', 'hypot', 'logsumexp', 'log'],
): fc.Arbitrary<string> {
  const { node } = fc.letrec<{ node: string }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', maxDepth: 4 },
      fc.constantFrom(...VARS),
      fc.constantFrom('2', '3', '0.5', '1.5', 'pi'),
      fc.tuple(fc.constantFrom(...unary), tie('node')).map(([f, a]) => `${f}(${a})`),
      fc.tuple(tie('node'), fc.constantFrom('+', '-', '*', '/'), tie('node')).map(([a, op, b]) => `(${a}) ${op} (${b})`),
      fc.tuple(tie('node'), fc.constantFrom('2', '3', '0.5', '-1', '-2')).map(([a, k]) => `(${a}) ^ ${k}`),
      fc.tuple(tie('node'), tie('node')).map(([a, b]) => `(1 + (${a}) ^ 2) ^ (${b})`),
      ...(extra
        ? [
            fc
              .tuple(fc.constantFrom(...multi), tie('node'), tie('node'))
              .map(([f, a, b]) => (f === 'log' ? `log(${a}, 2 + (${b}) ^ 2)` : `${f}(${a}, ${b})`)),
            fc
              .tuple(tie('node'), tie('node'), tie('node'))
              .map(([a, b, c]) => `${multi.includes('logsumexp') ? 'logsumexp' : 'hypot'}(${a}, ${b}, ${c})`),
          ]
        : []),
    ),
  }));
  return node;
}

export const pointArb: fc.Arbitrary<Point> = fc
  .tuple(...VARS.map(() => fc.double({ min: -1.5, max: 1.5, noNaN: true })))
  .map((vs) => Object.fromEntries(VARS.map((v, i) => [v, Math.round(vs[i] * 1000) / 1000 + 0.0007 * (i + 1)])));

/** Points at least 0.3 away from 0, where expressions like exp(1 / x^4) stay representable. */
export const moderatePointArb: fc.Arbitrary<Point> = pointArb.map((p) =>
  Object.fromEntries(Object.entries(p).map(([k, v]) => [k, Math.sign(v) * (0.3 + Math.abs(v))])),
);

/** The point is usable when f is finite and moderate there and no kink/domain note applies. */
export function usable(e: Expr, p: Point): boolean {
  const v = evaluate(e, p);
  // and not so tiny that intermediate terms overflow (1 / hypot(x, huge))
  return Number.isFinite(v) && Math.abs(v) < 1e6 && (v === 0 || Math.abs(v) > 1e-100) && notesAt(e, p).length === 0;
}

export function numericPartial(e: Expr, p: Point, v: string): { value: number; error: number } {
  // Start well inside |x|: a first step that jumps over a pole at 0 can see a flat function (and
  // Ridders then reports a confident 0).
  const r = ridders((q) => evaluate(e, q), p, v, Math.max(1e-4, 0.05 * Math.abs(p[v])));
  return { value: r.value, error: r.error + r.floor };
}

/**
 * Compares a symbolic partial with the Ridders derivative: undefined when the numerics are too rough
 * to judge (error estimate above `rough` relative), else whether they agree within `rel` (or 20 times
 * the numerical error). The numeric value is returned for the message.
 */
export function agreesNumerically(
  e: Expr,
  p: Point,
  v: string,
  symbolic: number,
  rough: number,
  rel: number,
): { ok?: boolean; numeric: number; error: number } {
  const num = numericPartial(e, p, v);
  const out = { numeric: num.value, error: num.error };
  // A symbolic value only may disagree beyond the numeric method's own error estimate.
  if (!Number.isFinite(num.value) || num.error > rough * Math.max(1, Math.abs(num.value))) return out;
  const tol = Math.max(rel * Math.abs(num.value), 20 * num.error, 1e-9);
  return { ...out, ok: Math.abs(symbolic - num.value) <= tol };
}

/** |a − b| within a relative tolerance (and an absolute floor). */
export function close(a: number, b: number, rel: number, abs = 1e-12): boolean {
  return Math.abs(a - b) <= rel * Math.max(Math.abs(a), Math.abs(b)) + abs;
}
