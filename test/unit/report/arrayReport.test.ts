// Check Gradient on array code (issue #11 item 5): seeded random arrays of consistent shapes, one row
// per array variable with its largest relative error and worst element, the error-vs-step series
// along a random direction; scalar code keeps the scalar report.
import * as assert from 'assert';
import { buildReport } from '../../../src/core/report/buildReport';
import { isArraySource } from '../../../src/core/report/arrayReport';

const OPTS = { rtol: 1e-6, atol: 0 };

describe('report: Check Gradient on arrays', () => {
  it('a least-squares loss in NumPy: every array variable passes, with its shape and worst element', () => {
    const r = buildReport(
      { source: 'np.sum((X @ w - y) ** 2) / n + lam * np.sum(w ** 2)', lang: 'python', shapes: { X: ['n', 'd'] } },
      {},
      OPTS,
    );
    assert.ok(r.ok, JSON.stringify(r.components));
    assert.ok(r.arrays);
    assert.deepStrictEqual({ ...r.arrays.shapes }, { X: [4, 3], w: [3], y: [4], n: [], lam: [] });
    const X = r.components.find((c) => c.variable === 'X')!;
    assert.match(X.note!, /^shape 4×3, per element; worst element \[\d, \d\]$/);
    assert.ok(X.relError! < 1e-7, String(X.relError));
    assert.match(r.notes[0].message, /random arrays \(seed \d+\): X 4×3, w 3, .*symbolic n, d drawn small/);
    assert.ok(r.errorVsStep && r.errorVsStep.variable === 'u (a random direction)');
    assert.ok(r.errorVsStep.slopeCentral !== null && Math.abs(r.errorVsStep.slopeCentral - 2) < 0.5, String(r.errorVsStep.slopeCentral));
  });

  it('the same expression gives the same arrays and numbers (deterministic seed)', () => {
    const a = buildReport({ source: 'np.sum(np.tanh(X @ W) ** 2)', lang: 'python' }, {}, OPTS);
    const b = buildReport({ source: 'np.sum(np.tanh(X @ W) ** 2)', lang: 'python' }, {}, OPTS);
    assert.deepStrictEqual(a.components, b.components);
    assert.strictEqual(a.value, b.value);
  });

  it('a large array is checked along random directions', () => {
    const r = buildReport({ source: 'np.sum((X @ w) ** 2)', lang: 'python', shapes: { X: [20, 8], w: [8] } }, {}, OPTS);
    assert.ok(r.ok);
    assert.match(r.components.find((c) => c.variable === 'X')!.note!, /random directions/);
    assert.match(r.components.find((c) => c.variable === 'w')!.note!, /per element/);
  });

  it('MATLAB and R array code are checked with arrays too', () => {
    const m = buildReport({ source: "(X * theta - y)' * (X * theta - y) / (2 * m)", lang: 'matlab' }, {}, OPTS);
    assert.ok(m.arrays && m.ok, JSON.stringify(m.components));
    const r = buildReport({ source: 'sum((X %*% b - y)^2)', lang: 'r', shapes: { X: ['n', 'd'], b: ['d'], y: ['n'] } }, {}, OPTS);
    assert.ok(r.arrays && r.ok, JSON.stringify(r.components));
  });

  it('scalar code keeps the scalar report; a name the code shapes makes it array code only when used', () => {
    const s = buildReport({ source: 'x ** 2 * y', lang: 'python', shapes: { X: ['n', 'd'] } }, { x: 0.5, y: 0.8 }, OPTS);
    assert.strictEqual(s.arrays, undefined);
    assert.deepStrictEqual(s.variables, ['x', 'y']);
    assert.ok(isArraySource('X @ w', 'python'));
    assert.ok(isArraySource('np.sum(v ** 2)', 'python', { v: ['n'] }));
    assert.ok(!isArraySource('np.sum(v ** 2)', 'python', { u: ['n'] }));
  });

  it('an array expression that is not scalar-valued says so', () => {
    assert.throws(() => buildReport({ source: 'np.tanh(X @ W)', lang: 'python' }, {}, OPTS), /gradient of a scalar.*array of shape/);
  });
});
