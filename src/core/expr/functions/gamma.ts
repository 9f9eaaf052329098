// lgamma gamma digamma polygamma beta: log Γ' = ψ, Γ' = Γ·ψ, ψ⁽ⁿ⁾' = ψ⁽ⁿ⁺¹⁾ (the order n is a
// number), ∂B(a, b)/∂a = B·(ψ(a) − ψ(a + b)).
// `gamma` alone is too often a variable or a helper: each language names the family itself
// (`readIn: []`, aliases in syntax/langs.ts).
import { add, div, fn, mul, num, sub, ZERO } from '../build';
import { digamma, gamma, isPole, lgamma, polygamma } from '../gamma';
import { bare, type FnRecord, type NoteSite } from './record';

/** B(a, b) = Γ(a)Γ(b)/Γ(a + b); through log Γ for positive arguments, where the Γs alone overflow (B(200, 200)). */
function beta(a: number, b: number): number {
  if (a > 0 && b > 0) return Math.exp(lgamma(a) + lgamma(b) - lgamma(a + b));
  return (gamma(a) * gamma(b)) / gamma(a + b);
}

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
  {
    // the Beta function of probability texts (`B(a, b)` in LaTeX): no code language reads the bare
    // name `beta`, which is everywhere a variable (Adam's β, a rate)
    name: 'beta',
    arity: [2, 2],
    value: beta,
    rule: ([a, b], self) => {
      const both = fn('digamma', [add(a, b)]);
      return [mul(self, sub(fn('digamma', [a]), both)), mul(self, sub(fn('digamma', [b]), both))];
    },
    expand: ([a, b]) => div(mul(fn('gamma', [a]), fn('gamma', [b])), fn('gamma', [add(a, b)])),
    print: {
      mathjs: null,
      numpy: 'scipy.special.beta',
      pymath: 'scipy.special.beta',
      torch: (a) => `torch.exp(torch.lgamma(${a[0]}) + torch.lgamma(${a[1]}) - torch.lgamma(${a[0]} + ${a[1]}))`,
      js: null,
      c: null,
      cpp: 'std::beta',
      julia: 'beta',
      matlab: 'beta',
      r: 'beta',
    },
    latex: (a) => `\\mathrm{B}\\left(${a[0]}, ${a[1]}\\right)`,
    readIn: [],
    notes: (site) => {
      poleAt('beta', 0)(site);
      poleAt('beta', 1)(site);
    },
    testDomain: [
      [0.3, 6],
      [0.3, 6],
    ],
  },
];
