// Property tests: random array expressions of random shapes; every gradient the engine gives
// agrees with central differences of the expression's value, element by element.
import * as assert from 'assert';
import fc from 'fast-check';
import { analyzeArray, compileArray, type NDArray } from '../../../src/core/array';
import { generate, point, shapesFor } from './gen';
import { assertClose, flat, numericGradient } from './helpers';

describe('array engine: random expressions against finite differences (property)', function () {
  this.timeout(120_000);

  it('gradients of random expressions of random shapes match central differences', () => {
    let checked = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e9 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 3 }),
        (seed, n, d, k) => {
          const text = generate(seed);
          const c = compileArray(text, 'python', shapesFor(n, d, k));
          const at = point(seed, n, d, k) as Record<string, NDArray>;
          const f = (p: Record<string, NDArray>) => c.value(p) as number;
          const value = f(at);
          if (!Number.isFinite(value)) return; // an overflow in a random composition says nothing about derivatives
          const grad = c.gradient(at);
          for (const v of c.variables) {
            const expected = numericGradient(f, at, v);
            assertClose(flat(grad[v]), expected, `∂/∂${v} of ${text} (n=${n}, d=${d}, k=${k})`, 1e-5, 1e-6);
          }
          checked++;
        },
      ),
      { numRuns: 150, seed: 11 },
    );
    assert.ok(checked > 100, `only ${checked} expressions had finite values`);
  });

  it('the gradient has the variable’s shape, and analyzeArray gives the same values as compileArray', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e9 }), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 2, max: 3 }), (seed, n, d) => {
        const text = generate(seed, 2);
        const at = point(seed, n, d, 2) as Record<string, NDArray>;
        const c = compileArray(text, 'python', shapesFor(n, d, 2));
        const a = analyzeArray(text, 'python', { shapes: shapesFor(n, d, 2), at: Object.fromEntries(c.variables.map((v) => [v, at[v]])) });
        const g = c.gradient(at);
        for (const v of c.variables) {
          assert.deepStrictEqual(shape(a.values![v]), shape(at[v]), `shape of ∂/∂${v} in ${text}`);
          assertClose(flat(a.values![v]), flat(g[v]), `${v} in ${text}`, 1e-12, 1e-12);
        }
      }),
      { numRuns: 60, seed: 5 },
    );
  });
});

function shape(v: NDArray): number[] {
  return Array.isArray(v) ? [v.length, ...shape(v[0])] : [];
}
