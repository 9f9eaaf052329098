// d erf erfc sigmoid softplus normcdf, in their readable forms: σ' = σ·(1 − σ) (not an exp tower),
// softplus' = σ, Φ' = φ.
import { div, fn, mul, neg, num, ONE, pow, sub, sym } from '../build';
import type { Rule } from './rule';

/** 2/√π · e^(−x²) */
const gauss = (x: Parameters<typeof pow>[0]) => mul(num(2), div(fn('exp', [neg(pow(x, num(2)))]), pow(sym('pi'), num(0.5))));

export const specialRules: Record<string, Rule> = {
  erf: ([x]) => [gauss(x)],
  erfc: ([x]) => [neg(gauss(x))],
  sigmoid: (_a, self) => [mul(self, sub(ONE, self))],
  softplus: ([x]) => [fn('sigmoid', [x])],
  // Φ' = φ = e^(−x²/2) / √(2π)
  normcdf: ([x]) => [div(fn('exp', [neg(div(pow(x, num(2)), num(2)))]), pow(mul(num(2), sym('pi')), num(0.5)))],
};
