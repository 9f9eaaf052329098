// A library function that is a composition of the canonical vocabulary (an activation, a normal
// distribution's cdf): the call becomes its definition, so derivatives, kinks and domain notes come
// from the rules already there.
import type { MathNode } from '../mathjs';
import { bin, num } from './nodes';

/** Reads a parameter: positional argument `i` (0 is the input), else a keyword, else the default. */
export type ParamReader = (i: number, names: string[], fallback: number) => MathNode;

export interface Composite {
  /** Keyword names accepted (besides positional arguments). */
  keywords: string[];
  /** Positional arguments: the input and at most `maxArgs - 1` parameters (at least `minArgs`, default 1). */
  maxArgs: number;
  minArgs?: number;
  /** `name` is the call's dotted name as written (defaults differ between libraries). */
  build(x: MathNode, param: ParamReader, name: string): MathNode;
}

/** A composite of its input alone. */
export const one = (build: (x: MathNode) => MathNode): Composite => ({ keywords: [], maxArgs: 1, build: (x) => build(x) });

/** Arithmetic on front-end nodes, for writing definitions as formulas. */
export const add = (a: MathNode, b: MathNode) => bin('+', a, b);
export const sub = (a: MathNode, b: MathNode) => bin('-', a, b);
export const mul = (a: MathNode, b: MathNode) => bin('*', a, b);
export const div = (a: MathNode, b: MathNode) => bin('/', a, b);
export const half = (a: MathNode) => div(a, num(2));
export const sq = (a: MathNode) => bin('^', a, num(2));
