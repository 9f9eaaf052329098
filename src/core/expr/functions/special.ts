// erf erfc sigmoid softplus normcdf sinc lambertw, in their readable forms: σ' = σ·(1 − σ) (not an
// exp tower), softplus' = σ, Φ' = φ, W' = 1/(e^W·(1 + W)).
import { add, div, fn, gt, ifElse, mul, neg, num, ONE, pow, sub, sym } from '../build';
import type { Node } from '../node';
import { erf, erfc, lambertw, sigmoid, sinc, softplus } from '../numeric';
import { bare, lackedExcept, type FnRecord } from './record';

/** 2/√π · e^(−x²) */
const gauss = (x: Node) => mul(num(2), div(fn('exp', [neg(pow(x, num(2)))]), pow(sym('pi'), num(0.5))));
const scipy = (name: string) => `scipy.special.${name}`;

export const special: FnRecord[] = [
  {
    name: 'erf',
    arity: [1, 1],
    value: erf,
    rule: ([x]) => [gauss(x)],
    // no erf in JavaScript's Math: the name a helper library (or the user) provides
    print: { numpy: scipy('erf'), js: bare('erf'), r: (a) => `(2 * pnorm(${a[0]} * sqrt(2)) - 1)` },
    testDomain: [[-2.5, 2.5]],
  },
  {
    name: 'erfc',
    arity: [1, 1],
    value: erfc,
    rule: ([x]) => [neg(gauss(x))],
    expand: ([x]) => sub(ONE, fn('erf', [x])),
    print: { mathjs: null, numpy: scipy('erfc'), js: null, r: (a) => `(2 * pnorm(-(${a[0]}) * sqrt(2)))` },
    testDomain: [[-2.5, 2.5]],
  },
  {
    name: 'sigmoid',
    arity: [1, 1],
    value: sigmoid,
    rule: (_a, self) => [mul(self, sub(ONE, self))],
    expand: ([z]) => div(ONE, add(ONE, fn('exp', [neg(z)]))),
    print: lackedExcept('torch'),
    latex: '\\sigma',
    testDomain: [[-5, 5]],
  },
  {
    name: 'softplus',
    arity: [1, 1],
    value: softplus,
    rule: ([x]) => [fn('sigmoid', [x])],
    expand: ([z]) => fn('log', [add(ONE, fn('exp', [z]))]),
    print: { ...lackedExcept('torch'), torch: 'torch.nn.functional.softplus' },
    testDomain: [[-5, 5]],
  },
  {
    // Φ, the standard normal cdf: Φ' = φ = e^(−x²/2) / √(2π)
    name: 'normcdf',
    arity: [1, 1],
    value: (x) => 0.5 * erfc(-x / Math.SQRT2),
    rule: ([x]) => [div(fn('exp', [neg(div(pow(x, num(2)), num(2)))]), pow(mul(num(2), sym('pi')), num(0.5)))],
    expand: ([x]) => mul(num(0.5), add(ONE, fn('erf', [div(x, pow(num(2), num(0.5)))]))),
    print: {
      mathjs: null,
      numpy: scipy('ndtr'),
      pymath: scipy('ndtr'),
      torch: 'torch.special.ndtr',
      js: null,
      c: null,
      cpp: null,
      julia: null,
      r: 'pnorm',
    },
    latex: (a) => `\\Phi\\left(${a[0]}\\right)`,
    testDomain: [[-3, 3]],
  },
  {
    // normalized, as NumPy, Julia and MATLAB define it: sin(πx)/(πx), sinc(0) = 1. Its derivative
    // (cos(πx) − sinc(x))/x cancels to nothing near 0 (0/0 at 0): there, for |x| < 10⁻³, its series
    // −(π²/3)·x·(1 − (πx)²/10 + (πx)⁴/280), whose next term is below 10⁻¹⁹ relative.
    name: 'sinc',
    arity: [1, 1],
    value: sinc,
    rule: ([x], self) => {
      const px2 = pow(mul(sym('pi'), x), num(2));
      const series = mul(num(-1 / 3), pow(sym('pi'), num(2)), x, add(ONE, mul(num(-0.1), px2), div(pow(px2, num(2)), num(280))));
      return [ifElse(gt(pow(x, num(2)), num(1e-6)), div(sub(fn('cos', [mul(sym('pi'), x)]), self), x), series)];
    },
    expand: ([x]) => div(fn('sin', [mul(sym('pi'), x)]), mul(sym('pi'), x)),
    print: { mathjs: null, pymath: null, js: null, c: null, cpp: null, r: null },
    latex: (a) => `\\operatorname{sinc}\\left(${a[0]}\\right)`,
    // mathjs has no sinc, and SymPy's is sin(x)/x: the name alone would be ambiguous there
    readIn: ['python', 'julia', 'matlab'],
    testDomain: [[0.1, 3]],
  },
  {
    // the principal branch W₀ (real for x ≥ −1/e): W·e^W = x; W' = W/(x(1 + W)) = 1/(e^W·(1 + W)),
    // the second form also at x = 0
    name: 'lambertw',
    arity: [1, 1],
    value: lambertw,
    rule: (_a, self) => [div(ONE, mul(fn('exp', [self]), add(ONE, self)))],
    print: {
      numpy: (a) => `scipy.special.lambertw(${a[0]}).real`,
      pymath: (a) => `scipy.special.lambertw(${a[0]}).real`,
      torch: bare('lambertw'),
      js: bare('lambertw'),
      c: bare('lambertw'),
      cpp: 'boost::math::lambert_w0',
      r: 'lamW::lambertW0',
    },
    latex: (a) => `W_0\\left(${a[0]}\\right)`,
    readIn: ['math', 'python', 'julia', 'matlab'],
    aliases: { r: ['lambertW0', 'lamW.lambertW0'] },
    notes: ({ x, show, add: note }) => {
      if (x[0] < -1 / Math.E) note('domain', `lambertw needs ${show(0)} >= -1/e (the real branch W0), got ${x[0]}`);
      else if (x[0] === -1 / Math.E) note('domain', `lambertw's derivative is infinite at ${show(0)} = -1/e`);
    },
    testDomain: [[-0.3, 5]],
  },
];
