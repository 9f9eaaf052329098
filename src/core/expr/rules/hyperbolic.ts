// d sinh cosh tanh and inverses. tanh' = 1 − tanh², reusing the node tanh(x).
import { add, div, fn, num, ONE, pow, sub } from '../build';
import type { Rule } from './rule';

const sq = (a: Parameters<typeof pow>[0]) => pow(a, num(2));

export const hyperbolicRules: Record<string, Rule> = {
  sinh: ([x]) => [fn('cosh', [x])],
  cosh: ([x]) => [fn('sinh', [x])],
  tanh: (_a, self) => [sub(ONE, sq(self))],
  asinh: ([x]) => [pow(add(sq(x), ONE), num(-0.5))],
  acosh: ([x]) => [pow(sub(sq(x), ONE), num(-0.5))],
  atanh: ([x]) => [div(ONE, sub(ONE, sq(x)))],
};
