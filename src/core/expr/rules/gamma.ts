// d lgamma gamma digamma polygamma: log Γ' = ψ, Γ' = Γ·ψ, ψ⁽ⁿ⁾' = ψ⁽ⁿ⁺¹⁾ (the order n is a number).
import { fn, mul, num, ZERO } from '../build';
import type { Rule } from './rule';

export const gammaRules: Record<string, Rule> = {
  lgamma: ([x]) => [fn('digamma', [x])],
  gamma: ([x], self) => [mul(self, fn('digamma', [x]))],
  digamma: ([x]) => [fn('polygamma', [num(1), x])],
  polygamma: ([n, x]) => [ZERO, fn('polygamma', [num(n.value + 1), x])],
};
