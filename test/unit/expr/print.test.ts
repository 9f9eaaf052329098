// Printers: what a user pastes back into each language, LaTeX for KaTeX, shared naming.
import * as assert from 'assert';
import * as mathjs from 'mathjs';
import * as fc from 'fast-check';
import katex from 'katex';
import { gradient, latexSymbol as latexName, parseMath, print, printLatex, printShared, evaluate } from '../../../src/core/expr';
import { exprText } from './helpers';

const e = parseMath('sigmoid(w * x + b) + x ^ 2 / y - relu(x) + log(x, 2)');
const at = { w: 0.3, x: 1.2, b: -0.4, y: 2.5 };

describe('expr printers', () => {
  it('math (mathjs syntax) keeps the vocabulary; portable expands what plain mathjs lacks', () => {
    assert.strictEqual(print(e), 'x ^ 2 / y + log(x, 2) + sigmoid(w * x + b) - relu(x)');
    const portable = print(e, { portable: true });
    assert.strictEqual(portable, 'x ^ 2 / y + log(x, 2) + 1 / (1 + exp(-(w * x + b))) - max(x, 0)');
    assert.ok(Math.abs(mathjs.evaluate(portable, at) - evaluate(e, at)) < 1e-14);
    assert.strictEqual(
      print(parseMath('softplus(z) + logsumexp(a, b) + erfc(x) + sec(x)'), { portable: true }),
      'log(1 + exp(z)) + log(exp(a) + exp(b)) + 1 / cos(x) - erf(x) + 1',
    );
  });

  it('relu′ prints as a conditional that mathjs parses and evaluates', () => {
    const [g] = gradient(parseMath('relu(z)'), ['z']);
    const text = print(g, { portable: true });
    assert.strictEqual(text, '(z > 0 ? 1 : 0)');
    assert.strictEqual(mathjs.evaluate(text, { z: 2 }), 1);
    assert.strictEqual(mathjs.evaluate(text, { z: -2 }), 0);
  });

  it('python: numpy by default, math and torch by namespace', () => {
    assert.strictEqual(
      print(e, { lang: 'python' }),
      'x ** 2 / y + np.log(x) / np.log(2) + 1 / (1 + np.exp(-(w * x + b))) - np.maximum(x, 0)',
    );
    assert.strictEqual(
      print(e, { lang: 'python', namespace: 'torch' }),
      'x ** 2 / y + torch.log(x) / torch.log(2) + torch.sigmoid(w * x + b) - torch.relu(x)',
    );
    assert.strictEqual(
      print(e, { lang: 'python', namespace: 'math' }),
      'x ** 2 / y + math.log(x, 2) + 1 / (1 + math.exp(-(w * x + b))) - max(x, 0)',
    );
    assert.strictEqual(print(parseMath('asin(x) * pi'), { lang: 'python' }), 'np.pi * np.arcsin(x)');
    // numpy's hypot and logaddexp take two arguments
    assert.strictEqual(print(parseMath('hypot(x, y, z)'), { lang: 'python' }), 'np.hypot(np.hypot(x, y), z)');
    assert.strictEqual(print(parseMath('logsumexp(x, y)'), { lang: 'python' }), 'np.logaddexp(x, y)');
  });

  it('javascript / typescript, c, cpp, julia, matlab, r', () => {
    const f = parseMath('abs(x) ^ 3 / (2 * y) + exp(-x) * pi - max(x, y)');
    assert.strictEqual(print(f, { lang: 'javascript' }), 'Math.abs(x) ** 3 / (2 * y) + Math.PI * Math.exp(-x) - Math.max(x, y)');
    assert.strictEqual(print(f, { lang: 'typescript' }), print(f, { lang: 'javascript' }));
    assert.strictEqual(print(parseMath('-x ^ 2'), { lang: 'javascript' }), '-(x ** 2)'); // `-x ** 2` is a SyntaxError
    assert.strictEqual(print(parseMath('-x ^ 2'), { lang: 'python' }), '-x ** 2');
    assert.strictEqual(print(f, { lang: 'c' }), 'pow(fabs(x), 3) / (2 * y) + M_PI * exp(-x) - fmax(x, y)');
    assert.strictEqual(print(f, { lang: 'cpp' }), 'std::pow(std::fabs(x), 3) / (2 * y) + M_PI * std::exp(-x) - std::fmax(x, y)');
    assert.strictEqual(print(f, { lang: 'julia' }), 'abs(x) ^ 3 / (2 * y) + pi * exp(-x) - max(x, y)');
    assert.strictEqual(print(f, { lang: 'matlab' }), 'abs(x) .^ 3 ./ (2 .* y) + pi .* exp(-x) - max(x, y)');
    assert.strictEqual(print(f, { lang: 'r' }), 'abs(x) ^ 3 / (2 * y) + pi * exp(-x) - pmax(x, y)');
    // C: a pure fraction must not divide as integers
    assert.strictEqual(print(parseMath('x ^ (1/3)'), { lang: 'c' }), 'pow(x, 1.0 / 3.0)');
  });

  it('JavaScript text evaluates to the same value (no eval in the engine: only here, in a test)', () => {
    const text = print(e, { lang: 'javascript' });
    const f = new Function('w', 'x', 'b', 'y', `return ${text};`) as (...a: number[]) => number;
    assert.ok(Math.abs(f(at.w, at.x, at.b, at.y) - evaluate(e, at)) < 1e-14);
  });

  it('LaTeX: \\frac, \\sqrt, \\cdot, \\sigma, Greek names and subscripts', () => {
    assert.strictEqual(
      printLatex(parseMath('sigmoid(theta0 * x1) / sqrt(y)')),
      '\\frac{\\sigma\\left(\\theta_{0} \\cdot x_{1}\\right)}{\\sqrt{y}}',
    );
    assert.strictEqual(printLatex(parseMath('softplus(z) + exp(-x^2)')), '\\operatorname{softplus}\\left(z\\right) + e^{-{x}^{2}}');
    assert.strictEqual(print(parseMath('x ^ 2 / 2'), { lang: 'markdown' }), '\\frac{{x}^{2}}{2}');
    assert.strictEqual(print(parseMath('x ^ 2 / 2'), { lang: 'latex' }), printLatex(parseMath('x ^ 2 / 2')));
  });

  it("printShared names each repeated subexpression once, or with the caller's name", () => {
    const loss = parseMath('(sigmoid(w * x + b) - y) ^ 2');
    const [gw, gb] = gradient(loss, ['w', 'b']);
    const auto = printShared([gw, gb]);
    assert.deepStrictEqual(
      auto.definitions.map((d) => `${d.name} = ${d.text}`),
      ['s1 = sigmoid(w * x + b)', 's2 = s1 - y'],
    );
    // c ± f is not worth a name: σ' reads s1 * (1 - s1)
    assert.deepStrictEqual(auto.texts, ['2 * x * s1 * (1 - s1) * s2', '2 * s1 * (1 - s1) * s2']);
    const mine = printShared([gw, gb], { names: { h: parseMath('sigmoid(w*x + b)') } });
    assert.strictEqual(mine.definitions[0].name, 'h');
    assert.ok(mine.texts.every((t) => t.includes('h')));
    assert.strictEqual(mine.definitions[0].latex, '\\sigma\\left(w \\cdot x + b\\right)');
    const py = printShared([gw, gb], { lang: 'python' });
    assert.strictEqual(py.definitions[0].text, '1 / (1 + np.exp(-(w * x + b)))');
    assert.deepStrictEqual(py.texts, auto.texts);
  });
});

describe('expr LaTeX renders in KaTeX', () => {
  it('every printed expression and derivative of random input renders without a KaTeX error', () => {
    fc.assert(
      fc.property(exprText(), (text) => {
        const e = parseMath(text);
        for (const f of [e, ...gradient(e, ['x', 'y'])]) {
          const tex = printLatex(f);
          assert.doesNotThrow(() => katex.renderToString(tex, { throwOnError: true }), tex);
        }
        const shared = printShared(gradient(e, ['x', 'y', 'z']), { lang: 'latex' });
        for (const t of [...shared.definitions.map((d) => `${latexName(d.name)} = ${d.latex}`), ...shared.latex]) {
          assert.doesNotThrow(() => katex.renderToString(t, { throwOnError: true }), t);
        }
      }),
      { numRuns: 150, seed: 5 },
    );
  });
});
