// The canonical function vocabulary (see src/core/README.md) with each function's arity.
import { has } from '../names';
export const CANONICAL: Readonly<Record<string, readonly [min: number, max: number]>> = {
  exp: [1, 1], log: [1, 2], log2: [1, 1], log10: [1, 1], log1p: [1, 1], expm1: [1, 1],
  sqrt: [1, 1], cbrt: [1, 1], abs: [1, 1], sign: [1, 1],
  sin: [1, 1], cos: [1, 1], tan: [1, 1], sec: [1, 1], csc: [1, 1], cot: [1, 1],
  asin: [1, 1], acos: [1, 1], atan: [1, 1], atan2: [2, 2],
  sinh: [1, 1], cosh: [1, 1], tanh: [1, 1], asinh: [1, 1], acosh: [1, 1], atanh: [1, 1],
  erf: [1, 1], erfc: [1, 1], sigmoid: [1, 1], softplus: [1, 1], relu: [1, 1],
  max: [1, Infinity], min: [1, Infinity], hypot: [2, Infinity], logsumexp: [1, Infinity],
  lgamma: [1, 1], gamma: [1, 1], digamma: [1, 1], polygamma: [2, 2], normcdf: [1, 1],
};

export function isCanonical(name: string): boolean {
  return has(CANONICAL, name);
}
