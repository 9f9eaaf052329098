// Error of forward and central differences against an accurate reference over a range of steps:
// the log-log plot where truncation error (slope 1 forward, 2 central) meets round-off (slope -1).
import type { Point } from '../types';
import { centralDifference, forwardDifference, ridders, ScalarFunction } from './differences';
import { centralStep } from './steps';

export interface ErrorSeries {
  variable: string;
  /** Steps, largest first. */
  h: number[];
  /** |forward difference − reference| at each step (NaN where f was not finite). */
  forward: number[];
  /** |central difference − reference| at each step. */
  central: number[];
  /** The derivative the errors are measured against. */
  reference: number;
  /** The default central-difference step at this point (the one a check would use). */
  chosenH: number;
}

/** Steps from 10^-1 down to 10^-15 by half decades, scaled by max(|x|, 1). */
export function defaultSteps(x: number): number[] {
  const scale = Math.max(Math.abs(x), 1);
  return Array.from({ length: 29 }, (_, k) => scale * 10 ** (-1 - k / 2));
}

export function errorVsStep(f: ScalarFunction, point: Point, variable: string, hs?: number[], reference?: number): ErrorSeries {
  const x = point[variable];
  const steps = hs ?? defaultSteps(x);
  const ref = reference ?? ridders(f, point, variable).value;
  const err = (v: number) => (Number.isFinite(v) ? Math.abs(v - ref) : NaN);
  return {
    variable,
    h: steps,
    forward: steps.map((h) => err(forwardDifference(f, point, variable, h))),
    central: steps.map((h) => err(centralDifference(f, point, variable, h))),
    reference: ref,
    chosenH: centralStep(x),
  };
}
