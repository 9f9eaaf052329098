// The array gradient check (issue #11 item 5): per-element differences through the scalar check,
// random directions for large arrays, the worst element's index, deterministic points.
import * as assert from 'assert';
import { checkArrayGradient, concreteShapes, randomArrays, type Nested } from '../../../src/core/numeric/arrayCheck';

type M = number[][];
const mat = (x: Nested) => x as M;
const vec = (x: Nested) => x as number[];
const matvec = (X: M, w: number[]) => X.map((row) => row.reduce((s, x, j) => s + x * w[j], 0));

/** f(X, w) = sum((X w)²); ∂f/∂X = 2 r wᵀ, ∂f/∂w = 2 Xᵀ r with r = X w (written out by hand). */
function leastSquares(bug?: { i: number; j: number }) {
  return {
    value: (at: Record<string, Nested>) => matvec(mat(at.X), vec(at.w)).reduce((s, r) => s + r * r, 0),
    gradient: (at: Record<string, Nested>) => {
      const X = mat(at.X);
      const w = vec(at.w);
      const r = matvec(X, w);
      const dX = X.map((row, i) => row.map((_, j) => 2 * r[i] * w[j] * (bug && bug.i === i && bug.j === j ? 1.01 : 1)));
      const dw = w.map((_, j) => X.reduce((s, row, i) => s + 2 * row[j] * r[i], 0));
      return { X: dX, w: dw };
    },
  };
}

describe('numeric: array gradient check', () => {
  it('symbolic dimensions get small sizes; the same seed gives the same arrays', () => {
    assert.deepStrictEqual({ ...concreteShapes({ X: ['n', 'd'], w: ['d'], b: [], W: [3, 'k'] }) }, { X: [4, 3], w: [3], b: [], W: [3, 5] });
    assert.deepStrictEqual(randomArrays({ X: [2, 3] }, 7), randomArrays({ X: [2, 3] }, 7));
    assert.notDeepStrictEqual(randomArrays({ X: [2, 3] }, 7), randomArrays({ X: [2, 3] }, 8));
  });

  it('a right gradient passes with tiny errors, per element', () => {
    const at = randomArrays({ X: [4, 3], w: [3] }, 1);
    const r = checkArrayGradient(leastSquares(), at);
    assert.ok(r.ok);
    assert.deepStrictEqual(
      r.variables.map((v) => [v.variable, v.method, v.shape]),
      [
        ['X', 'per element', [4, 3]],
        ['w', 'per element', [3]],
      ],
    );
    for (const v of r.variables) assert.ok(v.maxRelError! < 1e-8, `${v.variable}: ${v.maxRelError}`);
  });

  it('a wrong element is flagged with its index and its relative error', () => {
    const at = randomArrays({ X: [4, 3], w: [3] }, 1);
    const r = checkArrayGradient(leastSquares({ i: 2, j: 1 }), at);
    assert.ok(!r.ok);
    const X = r.variables.find((v) => v.variable === 'X')!;
    assert.ok(!X.ok);
    assert.deepStrictEqual(X.worstIndex, [2, 1]);
    assert.ok(Math.abs(X.maxRelError! - 0.01 / 1.01) < 1e-6, String(X.maxRelError));
    assert.ok(r.variables.find((v) => v.variable === 'w')!.ok);
  });

  it('a large array is checked along random directions, and a wrong element still shows', () => {
    const at = randomArrays({ X: [10, 6], w: [6] }, 3);
    const good = checkArrayGradient(leastSquares(), at);
    assert.ok(good.ok);
    assert.strictEqual(good.variables[0].method, 'random directions');
    assert.strictEqual(good.variables[0].worstIndex, null);
    const bad = checkArrayGradient(leastSquares({ i: 0, j: 0 }), at, { maxElements: 10 });
    assert.ok(!bad.variables[0].ok, JSON.stringify(bad.variables[0]));
  });
});
