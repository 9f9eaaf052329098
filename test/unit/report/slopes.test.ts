import * as assert from 'assert';
import { errorFloor, stepGrid, truncationSlope } from '../../../src/core/report/slopes';

describe('report: error-vs-step slopes', () => {
  // Synthetic curves: truncation c·h^p plus round-off ε/h, as finite differences behave.
  const h = stepGrid(1);
  const curve = (p: number) => h.map((x) => 0.3 * x ** p + 1e-16 / x);

  it('fits slope 1 for O(h) and 2 for O(h²) in the truncation regime', () => {
    assert.ok(Math.abs(truncationSlope(h, curve(1))! - 1) < 0.05);
    assert.ok(Math.abs(truncationSlope(h, curve(2))! - 2) < 0.05);
  });

  it('reports the floor and no slope when there are too few points', () => {
    assert.ok(Math.abs(errorFloor(curve(2))! - Math.min(...curve(2))) === 0);
    assert.strictEqual(truncationSlope([1e-2, 1e-3], [1e-2, 1e-3]), null);
    assert.strictEqual(errorFloor([null, 0]), null);
  });

  it('steps span 1e-1 to 1e-13, scaled by the coordinate', () => {
    const g = stepGrid(100);
    assert.ok(Math.abs(g[0] - 10) < 1e-12 && Math.abs(g[g.length - 1] - 1e-11) < 1e-20);
  });
});
