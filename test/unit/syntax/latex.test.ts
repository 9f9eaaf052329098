import * as assert from 'assert';
import { parseExpression, parseStatement } from '../../../src/core/syntax';
import { analyze } from '../../../src/core/analyze';
import { fails, printed, same, scope } from './helpers';

const { x, y, z } = scope;
const sig = (v: number) => 1 / (1 + Math.exp(-v));

describe('syntax: LaTeX', () => {
  it('\\frac, \\sqrt, \\sqrt[n], ^{}, \\cdot, \\times, \\left( \\right)', () => {
    same('\\frac{1}{1+e^{-x}}', 'latex', sig(x));
    same('\\dfrac{x}{z} \\cdot \\sqrt{z} \\times \\sqrt[3]{z}', 'latex', (x / z) * Math.sqrt(z) * Math.cbrt(z));
    same('\\left( x + y \\right)^{2}', 'latex', (x + y) ** 2);
    same('\\frac12 x', 'latex', x / 2);
  });
  it('subscripts become part of names; Greek letters are names; \\pi is π', () => {
    assert.strictEqual(printed('\\theta_0 + x_{12} + \\alpha_i', 'latex'), 'theta_0 + x_12 + alpha_i');
    assert.strictEqual(printed('2\\pi r', 'latex'), '2 * pi * r');
  });
  it('implicit products: 2x, xy = x·y', () => {
    same('2xy', 'latex', 2 * x * y);
    same('x(y + 1)', 'latex', x * (y + 1));
  });
  it('named operators: \\ln, \\log, \\exp, \\sin^2 x, \\sin x, \\sin^{-1}, \\log_2', () => {
    same('\\ln z + \\log(z) + \\exp(x)', 'latex', 2 * Math.log(z) + Math.exp(x));
    same('\\sin^2 x + \\cos^2 x', 'latex', 1);
    same('\\sin 2x', 'latex', Math.sin(2 * x));
    same('\\sin^{-1} x', 'latex', Math.asin(x));
    same('\\log_2 z + \\log_{10} z', 'latex', Math.log2(z) + Math.log10(z));
    same('\\sin x \\cos y', 'latex', Math.sin(x) * Math.cos(y));
  });
  it('\\sigma(z) is the sigmoid only when applied to a parenthesized argument', () => {
    assert.strictEqual(printed('\\sigma(z)', 'latex'), 'sigmoid(z)');
    assert.strictEqual(printed('\\sigma z', 'latex'), 'sigma * z');
    assert.strictEqual(printed('\\sigma^2', 'latex'), 'sigma ^ 2');
  });
  it('\\operatorname{softplus}, |x|, e^{…} → exp', () => {
    same('\\operatorname{softplus}(x) + \\operatorname{ReLU}(y) + |y|', 'latex', Math.log1p(Math.exp(x)) + 0 + Math.abs(y));
    assert.strictEqual(printed('e^{x^2}', 'latex'), 'exp(x ^ 2)');
  });
  it('TeX single-token exponents: x^23 is x²·3', () => {
    same('x^23', 'latex', x * x * 3);
  });
  it('statements: y = …, f(x) = …, \\mathcal{L} = …', () => {
    assert.strictEqual(parseStatement('f(x) = \\frac{1}{2}x^2', 'latex').target, 'f');
    assert.strictEqual(parseStatement('\\mathcal{L} = (y - \\hat{y})^2', 'latex').target, 'L');
    const s = parseStatement('y = \\sqrt{x}', 'latex');
    assert.strictEqual(s.target, 'y');
    assert.strictEqual(s.text, '\\sqrt{x}');
  });
  it('errors have columns', () => {
    fails('\\frac{1}{x', 'latex', /unclosed '\{'/, 9);
    fails('x + \\foo{y}', 'latex', /unknown LaTeX command '\\foo'/, 5);
    fails('\\operatorname{frob}(x)', 'latex', /unknown function 'frob'/);
  });
});

describe('syntax: Markdown', () => {
  it('reads the math inside $…$ and shifts error columns', () => {
    const s = parseStatement('The loss is $L = (y - \\hat{y})^2$ here', 'markdown');
    assert.strictEqual(s.target, 'L');
    assert.strictEqual(s.expression.toString(), '(y - y_hat) ^ 2');
    same('$$\\frac{x}{2}$$', 'markdown', x / 2);
    fails('see $x + * y$', 'markdown', /unexpected '\*'/, 10);
  });
});

describe('syntax: LaTeX formulas as written in papers', () => {
  it('a Gaussian density, a logistic model, log-abs, min over a set', () => {
    const mu = 0.3;
    const sigma = 1.7;
    const s = parseStatement('f(x) = \\frac{1}{\\sqrt{2\\pi\\sigma^2}} e^{-\\frac{(x-\\mu)^2}{2\\sigma^2}}', 'latex');
    const v = s.expression.evaluate({ x, mu, sigma }) as number;
    assert.ok(Math.abs(v - Math.exp(-((x - mu) ** 2) / (2 * sigma ** 2)) / Math.sqrt(2 * Math.PI * sigma ** 2)) < 1e-15);
    assert.strictEqual(parseStatement('\\hat{y} = \\sigma(w_1 x_1 + b)', 'latex').expression.toString(), 'sigmoid(w_1 * x_1 + b)');
    same('\\ln|y| + \\ln\\left|z\\right|', 'latex', Math.log(Math.abs(y)) + Math.log(z));
    same('\\min\\{x, y\\} + \\max(x, z)', 'latex', y + z);
    same('\\exp\\left(-\\frac{x^2}{2}\\right)', 'latex', Math.exp((-x * x) / 2));
  });
});

describe('syntax: LaTeX token splitting', () => {
  it('a stray closer after a split exponent is still an error', () => {
    fails('x^23 )', 'latex', /unexpected '\)'/, 6);
    fails('x_12 )', 'latex', /unexpected '\)'/, 6);
  });
});

describe('syntax: LaTeX as notes write it (issue #12)', () => {
  const read = (t: string) => parseExpression(t, 'latex').toString();
  it('\\Gamma(a) is the gamma function; Γ alone stays a name', () => {
    assert.strictEqual(read('\\dfrac{\\Gamma(a)\\Gamma(b)}{\\Gamma(a+b)}'), 'gamma(a) * gamma(b) / gamma(a + b)');
    assert.strictEqual(read('\\Gamma x'), 'Gamma * x');
  });
  it('\\Delta x is the change in x, one name', () => {
    assert.strictEqual(read('\\frac{1}{2}k \\cdot \\Delta x^2'), '1 / 2 * k * Delta_x ^ 2');
  });
  it('a function name without its backslash before ( is the function: x^2sin(y), 2*sigmoid(z), max(0,z)', () => {
    assert.strictEqual(read('x^2sin(y)'), 'x ^ 2 * sin(y)');
    assert.strictEqual(read('2xsin(y)'), '2 * x * sin(y)');
    assert.strictEqual(read('2*sigmoid(z)-1'), '2 * sigmoid(z) - 1');
    assert.strictEqual(read('max(0,z)'), 'max(0, z)');
    // letters not spelling a function stay a product, with or without a parenthesis
    assert.strictEqual(read('a s(x)'), 'a * s * x');
    assert.strictEqual(read('mgh'), 'm * g * h');
  });
});

describe('syntax: MATLAB element names (issue #12)', () => {
  const read = (t: string) => parseExpression(t, 'matlab').toString();
  it('y(i), theta(i,1) indexed by counters or numbers are names; an unknown f(x) and zeros(m,1) are not', () => {
    assert.strictEqual(read('Jtmp+(-y(i)*log(h(i)))'), 'Jtmp + -y_i * log(h_i)');
    assert.strictEqual(read('theta(i,1) * 2'), 'theta_i_1 * 2');
    assert.throws(() => parseExpression('sigmoidOctave(hx)', 'matlab'), /unknown function 'sigmoidOctave'/);
    assert.throws(() => parseExpression('zeros(m,1)', 'matlab'), /unknown function 'zeros'|zeros/);
  });
});

describe('syntax: LaTeX functions of probability texts (issue #12)', () => {
  const statement = (t: string) => parseStatement(t, 'latex');
  // mpmath at 30 digits: B(1.5, 0.25) = 3.49607673905615974728…
  const B = 3.49607673905616;
  it('B(a, b) is the Beta function (with a note); B(a) and B alone stay B', () => {
    same('B(a, b)', 'latex', B);
    same('\\dfrac{1}{B(a,b)}x^{a-1}', 'latex', x ** (1.5 - 1) / B);
    same('\\mathrm{B}(a, b) + \\Beta\\left(a, b\\right)', 'latex', 2 * B);
    assert.deepStrictEqual(statement('\\frac{1}{B(a,b)}').notes, ['`B(a, b)` is read as the Beta function Γ(a)Γ(b)/Γ(a + b)']);
    assert.strictEqual(printed('B(x + y)', 'latex'), 'B * (x + y)');
    assert.strictEqual(printed('B x', 'latex'), 'B * x');
    assert.strictEqual(statement('B(x + y)').notes, undefined);
  });
  it('the indicator \\mathbb{I}(c), \\mathbb{1}\\{c\\} is 1 where its condition holds, else 0; without a condition a name', () => {
    same('a x^2 \\mathbb{I}(x \\geq y)', 'latex', 1.5 * x * x);
    same('a + \\mathbb{1}\\{x < y\\}', 'latex', 1.5);
    same('\\mathbf{1}\\left(x > 0\\right) z', 'latex', z);
    assert.match(statement('x \\mathbb{I}(x > 0)').notes?.[0] ?? '', /`\\mathbb\{I\}\(…\)` is the indicator of its condition/);
    assert.strictEqual(printed('\\mathbb{I}(x)', 'latex'), 'I * x');
    const d = (at: number) => analyze('x^2 \\mathbb{I}(x > 1)', { lang: 'latex', at: { x: at } }).values!.x;
    assert.strictEqual(d(2), 4);
    assert.strictEqual(d(0.5), 0);
  });
});
