// d abs sign relu max min: piecewise functions. At a kink the derivative takes a conventional
// value (abs'(0) = sign(0) = 0, relu'(0) = 0, max picks its second argument at a tie); notesAt
// reports the kink to the user.
import { fn, gt, sub, ONE, ZERO } from '../build';
import type { Rule } from './rule';

export const piecewiseRules: Record<string, Rule> = {
  abs: ([x]) => [fn('sign', [x])],
  sign: () => [ZERO],
  relu: ([x]) => [gt(x, ZERO)],
  max: ([a, b]) => {
    const s = gt(a, b);
    return [s, sub(ONE, s)];
  },
  min: ([a, b]) => {
    const s = gt(b, a);
    return [s, sub(ONE, s)];
  },
};
