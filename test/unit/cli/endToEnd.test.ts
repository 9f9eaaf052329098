import * as assert from 'assert';
import { analyze } from '../../../src/core/analyze';
import { compile, evaluate } from '../../../src/core/expr';
import { checkGradient } from '../../../src/core/numeric';
import type { Lang, Point } from '../../../src/core/types';

// The same kinds of formulas as people write them in each language: front-end → symbolic
// derivatives → values, checked against Ridders' finite differences of the parsed function.
const CORPUS: Array<[Lang, string, Point]> = [
  ['math', 'x^2 y + sin(x y) / (1 + z^2)', { x: 0.7, y: -1.2, z: 0.4 }],
  ['python', 'loss = (torch.sigmoid(w*x + b) - y)**2 + lam * w**2', { w: 0.3, x: 1.7, b: -0.2, y: 1, lam: 0.01 }],
  ['python', 'np.logaddexp(a, b) - np.log1p(np.exp(a)) + np.arctan2(b, a)', { a: 0.4, b: -1.1 }],
  ['javascript', 'const e2 = Math.hypot(x, y) * Math.exp(-x / 2) + Math.atan2(y, x);', { x: 1.3, y: 0.6 }],
  ['c', 'double g = exp(-pow(x - mu, 2) / (2.0 * s * s)) / (s * sqrt(2.0 * M_PI));', { x: 0.2, mu: 0.5, s: 1.3 }],
  ['cpp', 'auto r = std::log(std::cosh(x)) + std::fmax(x, 0.0f) * y;', { x: 0.9, y: 2 }],
  ['julia', 'f(x) = 2x^2 * exp.(-y) .+ log(2, z)', { x: 0.6, y: 0.2, z: 3 }],
  ['matlab', 'y = x.^3 ./ (1 + z.^2) + nthroot(z, 3);', { x: 1.1, z: 2.5 }],
  ['r', 'll <- yobs * log(plogis(b0 + b1 * x)) + (1 - yobs) * log(1 - plogis(b0 + b1 * x))', { yobs: 1, b0: 0.1, b1: -0.4, x: 2 }],
  ['latex', 'L = \\frac{1}{2}\\left(y - \\sigma(w x + b)\\right)^2 + \\lambda w^2', { y: 1, w: 0.5, x: 2, b: 0.1, lambda: 0.1 }],
  ['latex', 'f(x) = \\sqrt[3]{x^2 + 1} \\cdot e^{-x} + \\ln(1 + x^2)', { x: 0.8 }],
  ['markdown', 'The energy $E = \\frac{1}{2} m v^2 + m g h$.', { m: 2, v: 3, g: 9.81, h: 1.5 }],
];

describe('end to end: front-end → derivatives → finite differences agree', () => {
  for (const [lang, source, point] of CORPUS) {
    it(`${lang}: ${source}`, () => {
      const a = analyze(source, { lang, at: point });
      const names = Object.keys(point);
      const run = compile([a.expr], names);
      const f = (p: Point) => run(names.map((n) => p[n]))[0];
      assert.ok(Number.isFinite(f(point)));
      const analytic = Object.fromEntries(a.variables.map((v) => [v, evaluate(a.partials[v], point)]));
      const r = checkGradient(f, point, analytic);
      assert.strictEqual(r.ok, true, JSON.stringify(r.components));
      assert.deepStrictEqual({ ...a.values }, analytic);
    });
  }
});
