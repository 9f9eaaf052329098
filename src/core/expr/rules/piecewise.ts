// d abs sign relu max min: piecewise functions. At a kink the derivative takes a conventional
// value (abs'(0) = sign(0) = 0, relu'(0) = 0, max picks its second argument at a tie); notesAt
// reports the kink to the user. The selectors are conditionals (s ? 1 : 0), not 0/1 factors: the
// chain rule then moves the outer factor into the branch taken, so sqrt(max(x, 0)) at x = −1 has
// derivative 0 rather than 0 · ∞ = NaN from the branch not taken.
import { fn, gt, ifElse, ONE, ZERO } from '../build';
import type { Node } from '../node';
import type { Rule } from './rule';

const select = (s: Node): [Node, Node] => [ifElse(s, ONE, ZERO), ifElse(s, ZERO, ONE)];

export const piecewiseRules: Record<string, Rule> = {
  abs: ([x]) => [fn('sign', [x])],
  sign: () => [ZERO],
  relu: ([x]) => [select(gt(x, ZERO))[0]],
  max: ([a, b]) => select(gt(a, b)),
  min: ([a, b]) => select(gt(b, a)),
};
