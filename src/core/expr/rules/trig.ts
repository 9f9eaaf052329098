// d sin cos tan sec csc cot and their inverses. tan' = 1 + tan² reuses the node tan(x) itself.
import { add, div, fn, mul, neg, num, ONE, pow, sub } from '../build';
import type { Rule } from './rule';

const sq = (a: Parameters<typeof pow>[0]) => pow(a, num(2));

export const trigRules: Record<string, Rule> = {
  sin: ([x]) => [fn('cos', [x])],
  cos: ([x]) => [neg(fn('sin', [x]))],
  tan: (_a, self) => [add(ONE, sq(self))],
  sec: ([x], self) => [mul(self, fn('tan', [x]))],
  csc: ([x], self) => [neg(mul(self, fn('cot', [x])))],
  cot: (_a, self) => [neg(add(ONE, sq(self)))],
  asin: ([x]) => [pow(sub(ONE, sq(x)), num(-0.5))],
  acos: ([x]) => [neg(pow(sub(ONE, sq(x)), num(-0.5)))],
  atan: ([x]) => [div(ONE, add(ONE, sq(x)))],
};
