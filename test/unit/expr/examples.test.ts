// Worked examples from calculus / ML tutorials: the printed derivative a user reads.
import * as assert from 'assert';
import { evaluate, gradient, parseMath, print, printShared, substitute, sym } from '../../../src/core/expr';

const d = (text: string, wrt: string[]) => gradient(parseMath(text), wrt).map((g) => print(g));

describe('expr worked examples', () => {
  it('d(x·y) = [y, x]', () => {
    assert.deepStrictEqual(d('x * y', ['x', 'y']), ['y', 'x']);
  });

  it('ellipsoid volume 4π/3·t·x·y: ∂/∂x = 4π/3·t·y, and 8π/3·x·y after t = x', () => {
    const v = parseMath('4 * pi / 3 * t * x * y');
    assert.deepStrictEqual(
      gradient(v, ['x']).map((g) => print(g)),
      ['4 * pi * t * y / 3'],
    );
    const vx = substitute(v, { t: sym('x') });
    const [g] = gradient(vx, ['x']);
    assert.strictEqual(print(g), '8 * pi * x * y / 3');
    assert.ok(Math.abs(evaluate(g, { x: 2, y: 3 }) - ((8 * Math.PI) / 3) * 6) < 1e-12);
  });

  it('linear regression loss (y − (θ0·x + θ1))²', () => {
    assert.deepStrictEqual(d('(y - (theta0 * x + theta1))^2', ['theta0', 'theta1']), [
      '-2 * x * (y - theta0 * x - theta1)',
      '-2 * (y - theta0 * x - theta1)',
    ]);
  });

  it('sin(4w) + 0.1w² → 4cos(4w) + 0.2w', () => {
    const [g] = gradient(parseMath('sin(4w) + 0.1 w^2'), ['w']);
    assert.strictEqual(print(g), '4 * cos(4 * w) + w / 5');
    assert.ok(Math.abs(evaluate(g, { w: 0.3 }) - (4 * Math.cos(1.2) + 0.06)) < 1e-14);
  });

  it("σ' = σ·(1 − σ), shared as s·(1 − s)", () => {
    const [g] = gradient(parseMath('sigmoid(z)'), ['z']);
    assert.strictEqual(print(g), 'sigmoid(z) * (1 - sigmoid(z))');
    const shared = printShared([g]);
    assert.deepStrictEqual(
      shared.definitions.map((x) => [x.name, x.text]),
      [['s', 'sigmoid(z)']],
    );
    assert.deepStrictEqual(shared.texts, ['s * (1 - s)']);
  });

  it('hand-written sigmoid, softplus and log-sum-exp are recognised, so their derivatives read well', () => {
    assert.strictEqual(print(parseMath('1 / (1 + exp(-z))')), 'sigmoid(z)');
    assert.deepStrictEqual(d('1 / (1 + exp(-z))', ['z']), ['sigmoid(z) * (1 - sigmoid(z))']);
    assert.strictEqual(print(parseMath('log(1 + exp(z))')), 'softplus(z)');
    assert.strictEqual(print(parseMath('log1p(exp(z))')), 'softplus(z)');
    assert.strictEqual(print(parseMath('log(exp(a) + exp(b))')), 'logsumexp(a, b)');
    // and printed back in the user's language as the formula
    assert.strictEqual(print(parseMath('1 / (1 + exp(-z))'), { lang: 'python' }), '1 / (1 + np.exp(-z))');
  });

  it('readable forms of tanh, softplus, relu, abs, max, min, logsumexp derivatives', () => {
    assert.deepStrictEqual(d('tanh(x)', ['x']), ['1 - tanh(x) ^ 2']);
    assert.deepStrictEqual(d('softplus(x)', ['x']), ['sigmoid(x)']);
    assert.deepStrictEqual(d('relu(z)', ['z']), ['(z > 0 ? 1 : 0)']);
    assert.deepStrictEqual(d('abs(x)', ['x']), ['sign(x)']);
    assert.deepStrictEqual(d('max(a, b)', ['a', 'b']), ['(a > b ? 1 : 0)', '(a > b ? 0 : 1)']);
    assert.deepStrictEqual(d('min(a, b)', ['a', 'b']), ['(b > a ? 1 : 0)', '(b > a ? 0 : 1)']);
    assert.deepStrictEqual(d('logsumexp(a, b)', ['a', 'b']), ['exp(a - logsumexp(a, b))', 'exp(b - logsumexp(a, b))']);
  });

  it('powers with a variable exponent: d x^x = x^x·(1 + log x)', () => {
    const [g] = gradient(parseMath('x^x'), ['x']);
    assert.ok(Math.abs(evaluate(g, { x: 1.7 }) - Math.pow(1.7, 1.7) * (1 + Math.log(1.7))) < 1e-12);
    assert.strictEqual(print(g), 'x ^ x * (1 + log(x))');
    assert.deepStrictEqual(d('x * exp(-x)', ['x']), ['exp(-x) * (1 - x)']);
    const [h] = gradient(parseMath('2^y'), ['y']);
    assert.strictEqual(print(h), '2 ^ y * log(2)');
  });

  it('the chain rule through a two-layer sigmoid network shares σ of each hidden unit', () => {
    const loss = parseMath('(sigmoid(v1*sigmoid(w11*x1+w12*x2+b1) + v2*sigmoid(w21*x1+w22*x2+b2) + c) - y)^2');
    const wrt = ['w11', 'w12', 'w21', 'w22', 'b1', 'b2', 'v1', 'v2', 'c'];
    const grads = gradient(loss, wrt);
    const shared = printShared(grads);
    const defs = shared.definitions.map((x) => x.text);
    assert.ok(defs.includes('sigmoid(b1 + w11 * x1 + w12 * x2)') || defs.some((t) => /^sigmoid\(.*w11 \* x1/.test(t)), defs.join('\n'));
    // every gradient reads in terms of the named pieces, each only a few dozen characters long
    for (const t of shared.texts) assert.ok(t.length < 80, t);
  });
});
