// Evaluation (tape), notes at kinks and domain limits, and the higher-order helpers.
import * as assert from 'assert';
import {
  compile,
  directional,
  evaluate,
  gradient,
  hessian,
  jacobian,
  notesAt,
  parseMath,
  print,
  substitute,
  taylor2,
  num,
} from '../../../src/core/expr';
import { InputError } from '../../../src/core/types';

const close = (a: number, b: number, tol = 1e-12) => assert.ok(Math.abs(a - b) <= tol * Math.max(1, Math.abs(b)), `${a} vs ${b}`);

describe('expr evaluation and notes', () => {
  it('evaluates every function of the vocabulary like Math does', () => {
    const cases: [string, number][] = [
      [
        'exp(x) + log(x) + log(x, 2) + log2(x) + log10(x)',
        Math.exp(0.7) + Math.log(0.7) + Math.log(0.7) / Math.log(2) + Math.log2(0.7) + Math.log10(0.7),
      ],
      ['log1p(x) + expm1(x) + sqrt(x) + cbrt(-x)', Math.log1p(0.7) + Math.expm1(0.7) + Math.sqrt(0.7) + Math.cbrt(-0.7)],
      ['sec(x) + csc(x) + cot(x)', 1 / Math.cos(0.7) + 1 / Math.sin(0.7) + 1 / Math.tan(0.7)],
      ['asin(x) + acos(x) + atan(x) + atan2(x, -1)', Math.asin(0.7) + Math.acos(0.7) + Math.atan(0.7) + Math.atan2(0.7, -1)],
      ['asinh(x) + acosh(x + 1) + atanh(x)', Math.asinh(0.7) + Math.acosh(1.7) + Math.atanh(0.7)],
      [
        'sigmoid(x) + softplus(x) + relu(-x) + hypot(x, 2, 3)',
        1 / (1 + Math.exp(-0.7)) + Math.log(1 + Math.exp(0.7)) + 0 + Math.hypot(0.7, 2, 3),
      ],
      [
        'logsumexp(x, 2, 3) + max(x, 1, 2) + min(x, 1) + sign(-x) + abs(-x)',
        Math.log(Math.exp(0.7) + Math.exp(2) + Math.exp(3)) + 2 + 0.7 - 1 + 0.7,
      ],
      ['erf(x) + erfc(x)', 1],
    ];
    for (const [text, want] of cases) close(evaluate(parseMath(text), { x: 0.7 }), want, 1e-14);
    close(evaluate(parseMath('erf(0.5)'), {}), 0.5204998778130465, 1e-15);
    close(evaluate(parseMath('erfc(5)'), {}), 1.5374597944280349e-12, 1e-12);
    close(evaluate(parseMath('softplus(800) + sigmoid(-800) + logsumexp(1000, 1000)'), {}), 800 + 1000 + Math.LN2, 1e-15);
  });

  it('compile evaluates several expressions at once, many times, without eval', () => {
    const e = parseMath('x * y + sin(x)');
    const f = compile([e, ...gradient(e, ['x', 'y'])], ['x', 'y']);
    assert.deepStrictEqual(f([2, 3]), [6 + Math.sin(2), 3 + Math.cos(2), 2]);
    let s = 0;
    for (let i = 0; i < 100_000; i++) s += f([i * 1e-5, 1])[1];
    assert.ok(Number.isFinite(s));
    assert.throws(
      () => compile([e], ['x']),
      (err: unknown) => err instanceof InputError && /no value given for variable 'y'/.test(err.message),
    );
  });

  it("relu'(0) and abs'(0) take a conventional value and notesAt reports the kink", () => {
    const [dr] = gradient(parseMath('relu(z)'), ['z']);
    assert.strictEqual(evaluate(dr, { z: 0 }), 0);
    const [da] = gradient(parseMath('abs(x - y)'), ['x']);
    assert.strictEqual(evaluate(da, { x: 1, y: 1 }), 0);
    const notes = notesAt(parseMath('abs(x - y) + relu(z) + max(x, y)'), { x: 1, y: 1, z: 0 });
    assert.deepStrictEqual(
      notes.map((n) => n.kind),
      ['kink', 'kink', 'kink'],
    );
    assert.ok(notes.some((n) => /abs has a kink where x - y = 0/.test(n.message)));
    assert.ok(notes.some((n) => /relu has a kink where z = 0/.test(n.message)));
    assert.ok(notes.some((n) => /max has a kink where its arguments tie/.test(n.message)));
    assert.deepStrictEqual(notesAt(parseMath('abs(x - y)'), { x: 1, y: 2 }), []);
  });

  it('notesAt reports domain limits: log of x <= 0, sqrt of x < 0, asin outside [-1, 1], division by zero', () => {
    const msgs = (t: string, p: Record<string, number>) => notesAt(parseMath(t), p).map((n) => `${n.kind}: ${n.message}`);
    assert.deepStrictEqual(msgs('log(x)', { x: -2 }), [
      'domain: log of a non-positive number: x = -2',
      'nonfinite: the value is NaN at this point',
    ]);
    assert.ok(msgs('sqrt(x - 1)', { x: 0 }).includes('domain: sqrt of a negative number: x - 1 = -1'));
    assert.ok(msgs('asin(2 * x)', { x: 1 }).includes('domain: asin needs 2 * x in [-1, 1], got 2'));
    assert.ok(msgs('1 / (x - y)', { x: 1, y: 1 }).some((m) => /division by zero: x - y = 0/.test(m)));
    assert.ok(msgs('acosh(x) + atanh(y) + log1p(z)', { x: 0.5, y: 1, z: -1 }).length >= 3);
    assert.deepStrictEqual(msgs('x ^ n', { x: -2, n: 3 }), [
      'domain: the derivative of x ^ n with respect to its exponent needs log(x), undefined for x = -2 <= 0',
    ]);
    assert.deepStrictEqual(msgs('x ^ n', { x: 2, n: 3 }), []);
  });

  it('jacobian, hessian, directional derivative', () => {
    const J = jacobian([parseMath('x * y'), parseMath('x + sin(y)')], ['x', 'y']);
    assert.deepStrictEqual(
      J.map((row) => row.map((e) => print(e))),
      [
        ['y', 'x'],
        ['1', 'cos(y)'],
      ],
    );
    const H = hessian(parseMath('x^3 * y + exp(x * y)'), ['x', 'y']);
    const p = { x: 0.5, y: -0.3 };
    const ex = Math.exp(-0.15);
    close(evaluate(H[0][0], p), 6 * 0.5 * -0.3 + 0.09 * ex);
    close(evaluate(H[0][1], p), 3 * 0.25 + ex + 0.5 * -0.3 * ex);
    assert.strictEqual(H[0][1], H[1][0]);
    close(evaluate(H[1][1], p), 0.25 * ex);
    const D = directional(parseMath('x^2 + 3 * y'), ['x', 'y'], [0.6, 0.8]);
    assert.strictEqual(print(D), '1.2 * x + 2.4');
    assert.throws(() => directional(parseMath('x'), ['x'], [1, 2]), InputError);
  });

  it('taylor2 is the 2nd-order Taylor polynomial: exact for quadratics, close near the point', () => {
    const q = parseMath('3 * x^2 - x * y + 2 * y + 1');
    const t = taylor2(q, ['x', 'y'], { x: 1, y: 2 });
    for (const p of [
      { x: 0, y: 0 },
      { x: 3, y: -1 },
    ])
      close(evaluate(t, p), evaluate(q, p));
    const f = parseMath('exp(x) * cos(y)');
    const tf = taylor2(f, ['x', 'y'], { x: 0, y: 0 });
    assert.strictEqual(print(tf), 'x ^ 2 / 2 + x - y ^ 2 / 2 + 1');
    close(evaluate(tf, { x: 0.01, y: 0.02 }), evaluate(f, { x: 0.01, y: 0.02 }), 1e-5);
  });

  it('substitute replaces symbols and simplifies locally', () => {
    const e = substitute(parseMath('t * x + t^2'), { t: parseMath('2 * x') });
    assert.strictEqual(print(e), '6 * x ^ 2');
    assert.strictEqual(print(substitute(parseMath('a + b'), { a: num(1), b: num(2) })), '3');
  });
});
