// Step sizes scaled to each variable: a step must be large against the variable's own rounding
// (|x|·eps) and small against the scale on which f curves (taken as max(|x|, 1)).
export const EPS = Number.EPSILON;

/** Optimal forward-difference step: truncation O(h) against round-off O(eps/h) → h ∝ √eps. */
export function forwardStep(x: number): number {
  return Math.sqrt(EPS) * Math.max(Math.abs(x), 1);
}

/** Optimal central-difference step: truncation O(h²) against round-off O(eps/h) → h ∝ eps^(1/3). */
export function centralStep(x: number): number {
  return Math.cbrt(EPS) * Math.max(Math.abs(x), 1);
}

/** Starting step of Ridders' extrapolation: deliberately large, the tableau shrinks it. */
export function riddersStep(x: number): number {
  return 0.05 * Math.max(Math.abs(x), 1);
}

/**
 * x + h rounded to a representable number, and the step actually taken: differencing with the
 * exact (x + h) - x removes the representation error of the step from the quotient.
 */
export function exactStep(x: number, h: number): number {
  return x + h - x;
}
