import * as assert from 'assert';
import { analyze } from '../../../src/core/analyze';
import type { Lang, Point } from '../../../src/core/types';
import { sympyValues, type SympyValues } from '../reference/sympy';

// The same kinds of formulas as people write them in each language, read by the front-end and
// differentiated: the value and every partial must match SymPy's for the same formula written by
// hand in SymPy syntax (an independent reading: a misread formula fails here).
const CORPUS: Array<[Lang, string, string, Point]> = [
  ['math', 'x^2 y + sin(x y) / (1 + z^2)', 'x**2*y + sin(x*y)/(1 + z**2)', { x: 0.7, y: -1.2, z: 0.4 }],
  [
    'python',
    'loss = (torch.sigmoid(w*x + b) - y)**2 + lam * w**2',
    '(1/(1 + exp(-(w*x + b))) - y)**2 + lam*w**2',
    { w: 0.3, x: 1.7, b: -0.2, y: 1, lam: 0.01 },
  ],
  [
    'python',
    'np.logaddexp(a, b) - np.log1p(np.exp(a)) + np.arctan2(b, a)',
    'log(exp(a) + exp(b)) - log(1 + exp(a)) + atan2(b, a)',
    { a: 0.4, b: -1.1 },
  ],
  [
    'javascript',
    'const e2 = Math.hypot(x, y) * Math.exp(-x / 2) + Math.atan2(y, x);',
    'sqrt(x**2 + y**2)*exp(-x/2) + atan2(y, x)',
    { x: 1.3, y: 0.6 },
  ],
  [
    'c',
    'double g = exp(-pow(x - mu, 2) / (2.0 * s * s)) / (s * sqrt(2.0 * M_PI));',
    'exp(-(x - mu)**2/(2*s**2))/(s*sqrt(2*pi))',
    { x: 0.2, mu: 0.5, s: 1.3 },
  ],
  ['cpp', 'auto r = std::log(std::cosh(x)) + std::fmax(x, 0.0f) * y;', 'log(cosh(x)) + Max(x, 0)*y', { x: 0.9, y: 2 }],
  ['julia', 'f(x) = 2x^2 * exp.(-y) .+ log(2, z)', '2*x**2*exp(-y) + log(z)/log(2)', { x: 0.6, y: 0.2, z: 3 }],
  ['matlab', 'y = x.^3 ./ (1 + z.^2) + nthroot(z, 3);', 'x**3/(1 + z**2) + z**Rational(1, 3)', { x: 1.1, z: 2.5 }],
  [
    'r',
    'll <- yobs * log(plogis(b0 + b1 * x)) + (1 - yobs) * log(1 - plogis(b0 + b1 * x))',
    'yobs*log(1/(1 + exp(-(b0 + b1*x)))) + (1 - yobs)*log(1 - 1/(1 + exp(-(b0 + b1*x))))',
    { yobs: 1, b0: 0.1, b1: -0.4, x: 2 },
  ],
  [
    'latex',
    'L = \\frac{1}{2}\\left(y - \\sigma(w x + b)\\right)^2 + \\lambda w^2',
    '(y - 1/(1 + exp(-(w*x + b))))**2/2 + lambda_*w**2',
    { y: 1, w: 0.5, x: 2, b: 0.1, lambda: 0.1 },
  ],
  ['latex', 'f(x) = \\sqrt[3]{x^2 + 1} \\cdot e^{-x} + \\ln(1 + x^2)', '(x**2 + 1)**Rational(1, 3)*exp(-x) + log(1 + x**2)', { x: 0.8 }],
  ['markdown', 'The energy $E = \\frac{1}{2} m v^2 + m g h$.', 'm*v**2/2 + m*g*h', { m: 2, v: 3, g: 9.81, h: 1.5 }],
];

/** SymPy spells `lambda` (a Python keyword) as lambda_. */
const sympyName = (v: string) => (v === 'lambda' ? 'lambda_' : v);

function close(actual: number | undefined, expected: number, what: string): void {
  assert.ok(
    actual !== undefined && Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected)),
    `${what}: ours ${actual}, SymPy ${expected}`,
  );
}

describe('end to end: front-end → derivatives agree with SymPy', function () {
  this.timeout(60_000);
  let reference: SympyValues[];
  before(() => {
    reference = sympyValues(
      CORPUS.map(([, , expr, point]) => ({
        expr,
        point: Object.fromEntries(Object.entries(point).map(([k, v]) => [sympyName(k), v])),
      })),
    );
  });

  CORPUS.forEach(([lang, source, , point], i) => {
    it(`${lang}: ${source}`, () => {
      const a = analyze(source, { lang, at: point });
      const ref = reference[i];
      assert.deepStrictEqual([...a.variables].map(sympyName).sort(), ref.variables, 'the variables SymPy finds in the formula');
      close(a.value, ref.value, 'value');
      for (const v of a.variables) close(a.values?.[v], ref.gradient[sympyName(v)], `∂/∂${v}`);
    });
  });
});
