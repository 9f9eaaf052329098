// lgamma gamma digamma polygamma: log Γ' = ψ, Γ' = Γ·ψ, ψ⁽ⁿ⁾' = ψ⁽ⁿ⁺¹⁾ (the order n is a number).
// `gamma` alone is too often a variable or a helper: each language names the family itself
// (`readIn: []`, aliases in syntax/langs.ts).
import { fn, mul, num, ZERO } from '../build';
import { digamma, gamma, isPole, lgamma, polygamma } from '../gamma';
import { bare, type FnRecord, type NoteSite } from './record';

const poleAt =
  (name: string, i: number) =>
  ({ x, show, add: note }: NoteSite) => {
    if (isPole(x[i])) note('domain', `${name} has a pole at ${show(i)} = ${x[i]}`);
  };

export const gammaFamily: FnRecord[] = [
  {
    name: 'lgamma',
    arity: [1, 1],
    value: lgamma,
    rule: ([x]) => [fn('digamma', [x])],
    print: { numpy: 'scipy.special.gammaln', js: bare('lgamma'), julia: 'loggamma', matlab: 'gammaln' },
    latex: (a) => `\\ln\\Gamma\\left(${a[0]}\\right)`,
    readIn: [],
    notes: poleAt('lgamma', 0),
    testDomain: [[0.3, 6]],
  },
  {
    name: 'gamma',
    arity: [1, 1],
    value: gamma,
    rule: ([x], self) => [mul(self, fn('digamma', [x]))],
    print: {
      numpy: 'scipy.special.gamma',
      torch: (a) => `torch.exp(torch.lgamma(${a[0]}))`,
      js: bare('gamma'),
      c: 'tgamma',
      cpp: 'tgamma',
    },
    latex: (a) => `\\Gamma\\left(${a[0]}\\right)`,
    readIn: [],
    notes: poleAt('gamma', 0),
    testDomain: [[0.3, 5]],
  },
  {
    name: 'digamma',
    arity: [1, 1],
    value: digamma,
    rule: ([x]) => [fn('polygamma', [num(1), x])],
    print: {
      numpy: 'scipy.special.digamma',
      pymath: 'scipy.special.digamma',
      js: bare('digamma'),
      // C++: Boost.Math has the polygamma functions; C has none (a helper's name)
      c: bare('digamma'),
      cpp: 'boost::math::digamma',
      matlab: 'psi',
    },
    latex: (a) => `\\psi\\left(${a[0]}\\right)`,
    readIn: [],
    notes: poleAt('digamma', 0),
    testDomain: [[0.3, 6]],
  },
  {
    name: 'polygamma',
    arity: [2, 2],
    value: polygamma,
    rule: ([n, x]) => [ZERO, fn('polygamma', [num(n.value + 1), x])],
    print: {
      numpy: 'scipy.special.polygamma',
      pymath: 'scipy.special.polygamma',
      js: bare('polygamma'),
      c: bare('polygamma'),
      cpp: 'boost::math::polygamma',
      matlab: 'psi',
      r: (a) => `psigamma(${a[1]}, ${a[0]})`,
    },
    latex: (a) => `\\psi^{(${a[0]})}\\left(${a[1]}\\right)`,
    readIn: [],
    check: ([n]) =>
      n.kind === 'num' && Number.isInteger(n.value) && n.value >= 0
        ? undefined
        : "polygamma's order (its first argument) must be a whole number 0, 1, 2, …",
    notes: poleAt('polygamma', 1),
    testDomain: [
      [0, 0],
      [0.3, 6],
    ],
    wholeArgs: { 0: [0, 1, 2] },
  },
];
