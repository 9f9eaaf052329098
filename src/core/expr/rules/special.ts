// d erf erfc sigmoid softplus, in their readable forms: σ' = σ·(1 − σ) (not an exp tower),
// softplus' = σ.
import { div, fn, mul, neg, num, ONE, pow, sub, sym } from '../build';
import type { Rule } from './rule';

/** 2/√π · e^(−x²) */
const gauss = (x: Parameters<typeof pow>[0]) =>
  mul(num(2), div(fn('exp', [neg(pow(x, num(2)))]), pow(sym('pi'), num(0.5))));

export const specialRules: Record<string, Rule> = {
  erf: ([x]) => [gauss(x)],
  erfc: ([x]) => [neg(gauss(x))],
  sigmoid: (_a, self) => [mul(self, sub(ONE, self))],
  softplus: ([x]) => [fn('sigmoid', [x])],
};
