// d exp, log (natural and base b), log2, log10, log1p, expm1, cbrt.
import { add, div, fn, mul, neg, num, ONE, pow } from '../build';
import type { Rule } from './rule';

const ln = (a: Parameters<typeof fn>[1][0]) => fn('log', [a]);

export const expLogRules: Record<string, Rule> = {
  exp: (_a, self) => [self],
  expm1: ([x]) => [fn('exp', [x])],
  log: ([x, b]) =>
    b === undefined
      ? [div(ONE, x)]
      : // log_b x = ln x / ln b
        [div(ONE, mul(x, ln(b))), neg(div(ln(x), mul(b, pow(ln(b), num(2)))))],
  log2: ([x]) => [div(ONE, mul(x, ln(num(2))))],
  log10: ([x]) => [div(ONE, mul(x, ln(num(10))))],
  log1p: ([x]) => [div(ONE, add(ONE, x))],
  cbrt: (_a, self) => [div(ONE, mul(num(3), pow(self, num(2))))],
};
