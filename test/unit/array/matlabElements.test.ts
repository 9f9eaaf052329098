// MATLAB's element-level forms in array code (issue #12, the real-code corpus): `X(:)` is the
// column-major column of X, the total of a matrix expression prints as code MATLAB runs and the
// engine reads back, and an element assignment `theta(1) = 0` above a line is followed by the totals.
// Values are checked against central differences of plain-JS transcriptions, never the engine's own.
import * as assert from 'assert';
import { analyzeArray, compileArray, type NDArray } from '../../../src/core/array';
import { hoverAt } from '../../../src/core/hover';
import { analyzeFoundArray, arrayContext } from '../../../src/core/hover/arrayModel';
import { assertClose, flat, matmul, numericGradient, transpose } from './helpers';

const X = [
  [0.3, -1.2, 0.7],
  [1.1, 0.4, -0.5],
];
const v = [0.2, -0.4, 0.9, 1.3, -0.6, 0.5];
/** X(:) in MATLAB: column after column */
const colMajor = (m: number[][]) => m[0].flatMap((_, j) => m.map((row) => row[j]));

describe('array: MATLAB X(:), totals of matrix expressions, element assignments', () => {
  it('X(:) is the column-major column: sum(X(:) .* v) weighs X(2,1) by v(2)', () => {
    const c = compileArray('sum(X(:) .* v)', 'matlab', { X: [2, 3], v: [6] });
    const f = (at: Record<string, NDArray>) => colMajor(at.X as number[][]).reduce((s, x, i) => s + x * (at.v as number[])[i], 0);
    assert.ok(Math.abs((c.value({ X, v }) as number) - f({ X, v })) < 1e-12);
    const g = c.gradient({ X, v });
    assertClose(flat(g.X), numericGradient(f, { X, v }, 'X'), 'dX');
    assertClose(flat(g.v), numericGradient(f, { X, v }, 'v'), 'dv');
  });

  it('sum(X(:)) is the total of X, with the gradient ones(size(X))', () => {
    const a = analyzeArray('sum(X(:))', 'matlab', { shapes: { X: [2, 3] } });
    assert.deepStrictEqual(a.outputShape, []);
    assert.strictEqual(a.partials.X, 'ones(size(X))');
  });

  it('the total of a matrix expression prints as sum(sum(…)), which MATLAB runs and the engine reads back', () => {
    // grad = 1/m * (h - y)' * X is 1×d; its backward pass sums dgrad .* ((h - y)' * X) over every element
    const shapes = { h: [4, 1], y: [4, 1], X: [4, 3], m: [] };
    const a = analyzeArray("1/m * (h - y)' * X", 'matlab', { shapes, lhs: 'grad' });
    const dm = a.backward!.find((b) => b.name === 'dm')!.text;
    assert.doesNotMatch(dm, /\)\(:\)/, `an expression indexed with (:) is not MATLAB: ${dm}`);
    assert.match(dm, /sum\(sum\(/);
    const h = [[0.2], [0.7], [0.4], [0.9]];
    const y = [[1], [0], [1], [0]];
    const Xm = [
      [1, 0.5, -0.3],
      [0.2, -1, 0.8],
      [0.6, 0.1, 0.4],
      [-0.7, 0.9, 0.3],
    ];
    const dgrad = [[0.5, -1.5, 2]];
    const m = 4;
    const env = { h, y, X: Xm, m, dgrad };
    const got = compileArray(dm, 'matlab', { ...shapes, dgrad: [1, 3] }).value(env) as number;
    // d/dm of sum(dgrad .* (h - y)' * X / m) = -sum(dgrad .* ((h - y)' * X)) / m^2
    const r = matmul(transpose(h.map((row, i) => [row[0] - y[i][0]])), Xm)[0];
    const want = -r.reduce((s, x, j) => s + x * dgrad[0][j], 0) / m ** 2;
    assert.ok(Math.abs(got - want) < 1e-12, `${got} vs ${want}`);
  });

  it('an element assignment above the line is followed: theta(1) = 0 then lambda/2 * sum(theta .^ 2) by the input theta', () => {
    const text = 'function J = reg(theta, lambda)\ntheta(1) = 0;\nJ = lambda/2 * sum(theta .^ 2);\nend\n';
    const offset = text.indexOf('lambda/2');
    const res = hoverAt(text, 'matlab', offset, { plot: false })!;
    assert.ok(res.model.array, 'array answer');
    assert.ok(res.model.totals, 'totals through theta(1) = 0');
    assert.deepStrictEqual(res.model.totals.followed, ['theta(1) = 0']);
    const theta = [[0.8], [-0.3], [1.5]];
    const at = { theta_0: theta, lambda: 0.7 };
    const t = analyzeFoundArray(res.found, arrayContext(res.found, text, offset), 'matlab', {
      at,
      shapes: { theta_0: [3, 1], lambda: [] },
    });
    // J = lambda/2 * (theta2² + theta3²): nothing flows to the element that was set
    const f = (p: Record<string, NDArray>) => {
      const th = flat(p.theta_0);
      return ((p.lambda as number) / 2) * (th[1] ** 2 + th[2] ** 2);
    };
    assertClose(flat(t.totalValues!.theta_0), numericGradient(f, at, 'theta_0'), 'dJ/dtheta');
    assertClose(flat(t.totalValues!.lambda), numericGradient(f, at, 'lambda'), 'dJ/dlambda');
  });

  it("a 1×1 result is MATLAB's scalar: (-y)'*log(h) has a gradient, not a backward pass, and no ones(1, 1)", () => {
    const y = [[1], [0], [1]];
    const h = [[0.2], [0.6], [0.9]];
    const a = analyzeArray("(-y)'*log(h) - (1 - y)'*log(1 - h)", 'matlab', { at: { y, h } });
    assert.deepStrictEqual(a.outputShape, []);
    assert.strictEqual(a.backward, undefined);
    assert.doesNotMatch(a.partials.h, /ones\(/);
    const f = (p: Record<string, NDArray>) => {
      const [yy, hh] = [flat(p.y), flat(p.h)];
      return yy.reduce((s, yi, i) => s - yi * Math.log(hh[i]) - (1 - yi) * Math.log(1 - hh[i]), 0);
    };
    assertClose(flat(a.values!.h), numericGradient(f, { y, h }, 'h'), 'dh');
    assertClose(flat(a.values!.y), numericGradient(f, { y, h }, 'y'), 'dy');
    // the printed gradient reads back to the same values
    const back = compileArray(a.partials.h, 'matlab', { y: [3, 1], h: [3, 1] }).value({ y, h });
    assertClose(flat(back), flat(a.values!.h), 'dh read back');
  });

  it('an element set to an expression passes its gradient to that expression', () => {
    const a = analyzeArray('sum(__setindex(t, c, 2:end) .* w)', 'matlab', { at: { t: [1, 2, 3], w: [1, 2, 3], c: 2 } });
    const f = (p: Record<string, NDArray>) => {
      const [t, w, c] = [p.t as number[], p.w as number[], p.c as number];
      return t[0] * w[0] + c * (w[1] + w[2]);
    };
    const at = { t: [1, 2, 3], w: [1, 2, 3], c: 2 };
    for (const name of ['t', 'w', 'c']) assertClose(flat(a.values![name]), numericGradient(f, at, name), name);
    assert.match(a.partials.w, /^subsasgn\(t, substruct\('\(\)', \{2:3\}\), c\)$/);
  });
});
