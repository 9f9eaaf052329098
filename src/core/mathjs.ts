// The one shared mathjs instance. Every module that builds, parses or evaluates mathjs nodes uses
// this instance so that the custom functions of the canonical vocabulary (sigmoid, softplus, relu,
// logsumexp, erfc) parse, print and evaluate the same way everywhere.
import { all, create, MathJsInstance, MathNode } from 'mathjs';

export type { MathNode };

/** Numerically stable logistic function. */
export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const z = Math.exp(x);
  return z / (1 + z);
}

/** log(1 + e^x) without overflow for large x or loss for very negative x. */
export function softplus(x: number): number {
  return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
}

export function relu(x: number): number {
  return x > 0 ? x : 0;
}

/** log(Σ e^xᵢ), shifted by the maximum so that it neither overflows nor underflows. */
export function logsumexp(...xs: number[]): number {
  const values = xs.flat(Infinity as 1) as number[];
  if (values.length === 0) return -Infinity;
  const m = Math.max(...values);
  if (!Number.isFinite(m)) return m;
  let s = 0;
  for (const v of values) s += Math.exp(v - m);
  return m + Math.log(s);
}

/** Complementary error function, accurate in the tail where 1 - erf(x) would cancel. */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x < 2) return 1 - (math.erf(x) as number); // loses at most ~2 digits for x < 2
  if (x > 27) return 0;
  // Continued fraction erfc(x) = e^(-x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + …)))), evaluated
  // from the tail (60 terms are plenty for x ≥ 2).
  let f = x;
  for (let k = 60; k >= 1; k--) f = x + (k / 2) / f;
  return Math.exp(-x * x) / Math.sqrt(Math.PI) / f;
}

export const math: MathJsInstance = create(all);

math.import({ sigmoid, softplus, relu, logsumexp, erfc }, { override: false, silent: true });
