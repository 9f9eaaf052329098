import * as assert from 'assert';
import { findHandwritten, splitVector } from '../../../src/core/report/handwritten';

describe('report: hand-written derivative discovery', () => {
  it('finds a Python gradient function, its components, their lines and its locals', () => {
    const text = [
      'import numpy as np',
      'def f(x, y):',
      '    return x**2 * y + np.sin(x * y)',
      '',
      'def grad_f(x, y):',
      '    c = np.cos(x * y)',
      '    return np.array([',
      '        2 * x * y + y * c,',
      '        x**2 + y * c,',
      '    ])',
    ].join('\n');
    const found = findHandwritten(text, 'f', ['x', 'y']);
    assert.strictEqual(found.length, 1);
    const g = found[0];
    assert.strictEqual(g.name, 'grad_f');
    assert.strictEqual(g.line, 4);
    assert.deepStrictEqual(g.params, ['x', 'y']);
    assert.deepStrictEqual(g.locals, [{ name: 'c', text: 'np.cos(x * y)' }]);
    assert.deepStrictEqual(g.components, [
      { variable: 'x', text: '2 * x * y + y * c', line: 7 },
      { variable: 'y', text: 'x**2 + y * c', line: 8 },
    ]);
  });

  it('finds scalar df_dx / dloss_dw assignments with their lines', () => {
    const text = 'loss = (w * x - t) ** 2\ndloss_dw = 2 * (w * x - t) * x\ndloss_dt = 2 * (w * x - t)\n';
    const found = findHandwritten(text, 'loss', ['w', 't', 'x']);
    assert.deepStrictEqual(
      found.map((f) => [f.name, f.line, f.components[0].variable, f.components[0].text]),
      [
        ['dloss_dw', 1, 'w', '2 * (w * x - t) * x'],
        ['dloss_dt', 2, 't', '2 * (w * x - t)'],
      ],
    );
  });

  it('finds a JavaScript gradient function returning an array, ordered by its parameters', () => {
    const text =
      'function f(a, b) { return a * Math.exp(b); }\nfunction gradF(b, a) {\n  return [a * Math.exp(b), Math.exp(b)];\n}\nconst grad_f = (a, b) => [Math.exp(b), a * Math.exp(b)];\n';
    const found = findHandwritten(text, 'f', ['a', 'b']);
    assert.strictEqual(found[0].name, 'grad_f');
    assert.deepStrictEqual(
      found[0].components.map((c) => [c.variable, c.text, c.line]),
      [
        ['a', 'Math.exp(b)', 4],
        ['b', 'a * Math.exp(b)', 4],
      ],
    );
  });

  it('takes a user-chosen name', () => {
    const text = 'E = x * y\nmy_derivs = [y, x]\n';
    const found = findHandwritten(text, 'E', ['x', 'y'], ['my_derivs']);
    assert.deepStrictEqual(
      found.map((f) => f.name),
      ['my_derivs'],
    );
    assert.deepStrictEqual(
      found[0].components.map((c) => c.text),
      ['y', 'x'],
    );
  });

  it('finds nothing when there is nothing hand-written', () => {
    assert.deepStrictEqual(findHandwritten('y = x ** 2\nz = 3\n', 'y', ['x']), []);
  });

  it('splits vector literals, not calls with several arguments', () => {
    assert.deepStrictEqual(splitVector('[a, f(b, c)]', 0), [
      { text: 'a', offset: 1 },
      { text: 'f(b, c)', offset: 4 },
    ]);
    assert.strictEqual(splitVector('atan2(y, x)', 0), undefined);
    assert.deepStrictEqual(
      splitVector('a, b', 10)?.map((p) => p.offset),
      [10, 13],
    );
  });
});
