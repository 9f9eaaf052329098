// The one shared mathjs instance. Every module that builds, parses or evaluates mathjs nodes uses
// this instance so that the custom functions of the canonical vocabulary (sigmoid, softplus, relu,
// logsumexp, erfc) parse, print and evaluate the same way everywhere. The numbers come from the
// engine's own stable implementations (expr/numeric), so mathjs and the tape evaluator agree.
import { all, create, MathJsInstance, MathNode } from 'mathjs';
import { FN_EVAL } from './expr/functions';
import { EULER } from './expr/constants';
import { erfc, logsumexp as logsumexpOf, sigmoid, softplus } from './expr/numeric';

export type { MathNode };
export { erfc, sigmoid, softplus };

export function relu(x: number): number {
  return x > 0 ? x : 0;
}

/** log(Σ e^xᵢ); mathjs may hand over arrays, so they are flattened first. */
export function logsumexp(...xs: number[]): number {
  const values = xs.flat(Infinity as 1) as number[];
  return values.length === 0 ? -Infinity : logsumexpOf(...values);
}

export const math: MathJsInstance = create(all);

math.import({ sigmoid, softplus, relu, logsumexp, erfc }, { override: false, silent: true });
// and every other function record mathjs lacks (normcdf, digamma, sinc, lambertw…), so that every
// node a front-end builds evaluates; mathjs's own functions stay (override: false)
math.import(FN_EVAL, { override: false, silent: true });
// Euler's number under the DAG's own name (expr/constants), so that a front-end's node evaluates
// here too; mathjs's `e` stays its own constant and a scope's `e` the user's variable
math.import({ [EULER]: Math.E }, { override: false, silent: true });
