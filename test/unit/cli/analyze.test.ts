import * as assert from 'assert';
import { analyze, resolveDependencies } from '../../../src/core/analyze';
import { evaluate, print } from '../../../src/core/expr';
import { BudgetError, InputError } from '../../../src/core/types';

const near = (a: number | undefined, b: number) =>
  assert.ok(a !== undefined && Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b)), `${a} vs ${b}`);

describe('analyze (the façade)', () => {
  it('partials treat every name as independent; totals substitute where-dependencies (tutorial example)', () => {
    const a = analyze('4*pi/3*t*x*y', { where: { t: 'x' }, at: { x: 1.5, y: 2 } });
    assert.deepStrictEqual(a.variables, ['t', 'x', 'y']);
    assert.deepStrictEqual(a.totalVariables, ['x', 'y']);
    // ∂f/∂x = 4π/3·t·y with t = x = 1.5; df/dx = 8π/3·x·y
    near(a.values?.x, ((4 * Math.PI) / 3) * 1.5 * 2);
    near(a.totalValues?.x, ((8 * Math.PI) / 3) * 1.5 * 2);
    near(evaluate(a.total!.x, { x: 1, y: 1 }), (8 * Math.PI) / 3);
    near(evaluate(a.partials.x, { t: 1, x: 7, y: 1 }), (4 * Math.PI) / 3);
  });

  it('resolves dependencies transitively, in dependency order', () => {
    const a = analyze('u + t', { where: { u: 't^2', t: '3*x' }, at: { x: 2 } });
    near(a.totalValues?.x, 2 * 9 * 2 + 3); // d/dx (9x² + 3x) = 18x + 3
    const defs = resolveDependencies({ a: 'b + 1', b: 'c * 2', c: 'x' }, 'math');
    assert.strictEqual(print(defs.a), '2 * x + 1');
  });

  it('reports circular definitions', () => {
    assert.throws(
      () => analyze('t', { where: { t: 'u + 1', u: '2*t' } }),
      (e: unknown) => e instanceof InputError && /circular definitions: t → u → t/.test(e.message),
    );
  });

  it('respects wrt, languages and targets', () => {
    const a = analyze('loss = (w*x + b - y)**2', { lang: 'python', wrt: ['w', 'b'], at: { w: 2, x: 3, b: 1, y: 4 } });
    assert.strictEqual(a.target, 'loss');
    assert.deepStrictEqual(Object.keys(a.partials), ['w', 'b']);
    near(a.values?.w, 2 * 3 * 3);
    near(a.values?.b, 2 * 3);
    near(a.value, 9);
  });

  it('tuple outputs give a Jacobian', () => {
    const a = analyze('return (x*y, x + y**2)', { lang: 'python', at: { x: 2, y: 3 } });
    assert.strictEqual(a.outputs?.length, 2);
    assert.deepStrictEqual(
      a.jacobian?.map((row) => row.map((e) => evaluate(e, { x: 2, y: 3 }))),
      [
        [3, 2],
        [1, 6],
      ],
    );
  });

  it('inlines helper functions (nested ones too) and rejects recursion', () => {
    const functions = { sq: { params: ['u'], body: 'u**2' }, energy: { params: ['a', 'b'], body: 'sq(a) + 3*b' } };
    const a = analyze('energy(x, y) * 2', { lang: 'python', functions, at: { x: 1.5, y: 2 } });
    near(a.value, (2.25 + 6) * 2);
    near(a.values?.x, 6);
    assert.throws(() => analyze('f(x)', { functions: { f: { params: ['u'], body: 'f(u) + 1' } } }), /calls itself/);
    assert.throws(() => analyze('sq(x, y)', { functions }), /takes 1 argument but got 2/);
  });

  it('a point missing a variable is a clear error; notes come with values', () => {
    assert.throws(() => analyze('x*y', { at: { x: 1 } }), /no value given for 'y'/);
    const a = analyze('relu(x) + abs(y)', { at: { x: 0, y: 1 } });
    assert.ok(
      a.notes.some((n) => n.kind === 'kink'),
      JSON.stringify(a.notes),
    );
  });

  it('parse errors keep their column; huge inputs end in an error, not a crash', () => {
    assert.throws(
      () => analyze('x ^ 2', { lang: 'python' }),
      (e: unknown) => e instanceof InputError && e.column === 3,
    );
    const big = Array.from({ length: 30000 }, (_, i) => `x*y${i % 50}`).join(' + ');
    try {
      const a = analyze(big, {});
      assert.strictEqual(Object.keys(a.partials).length, 51);
    } catch (e) {
      assert.ok(e instanceof BudgetError || e instanceof InputError, String(e));
    }
  });
});

describe('analyze: Hessian on request', () => {
  it('gives the symmetric matrix of second derivatives and its values', () => {
    const a = analyze('x^3*y + sin(y)', { hessian: true, at: { x: 2, y: 0.5 } });
    assert.deepStrictEqual(a.variables, ['x', 'y']);
    const h = a.hessianValues!;
    near(h[0][0], 6 * 2 * 0.5);
    near(h[0][1], 3 * 4);
    near(h[1][0], 3 * 4);
    near(h[1][1], -Math.sin(0.5));
    assert.strictEqual(analyze('x*y').hessian, undefined);
  });
});

describe('analyze: deep but legitimate nesting', () => {
  it('300 nested calls analyze; deeper than the limit is a clear InputError in every language', () => {
    const nested = 'sin('.repeat(300) + 'x' + ')'.repeat(300);
    const a = analyze(nested, { at: { x: 0.5 } });
    let v = 0.5;
    let d = 1;
    for (let i = 0; i < 300; i++) {
      d *= Math.cos(v);
      v = Math.sin(v);
    }
    near(a.values?.x, d);
    assert.throws(
      () => analyze('exp('.repeat(3000) + 'x' + ')'.repeat(3000), {}),
      (e: unknown) => e instanceof InputError && /too deeply nested/.test(e.message),
    );
  });
});

describe('analyze: names as the code writes them', () => {
  it('where, at and wrt keys match the parsed spelling (x₁ → x_1, self.w → self_w)', () => {
    const a = analyze('x₁^2 + self.w', { lang: 'julia', where: { 'x₁': '3t' }, at: { t: 2, 'self.w': 1 } });
    assert.deepStrictEqual(a.variables, ['self_w', 'x_1']);
    assert.deepStrictEqual(a.totalVariables, ['self_w', 't']);
    near(a.totalValues?.t, 2 * 3 * 6);
  });
});
