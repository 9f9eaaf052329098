import * as assert from 'assert';
import { checkGradient, DEFAULT_RTOL } from '../../../src/core/numeric';
import { sigmoid } from '../../../src/core/mathjs';
import * as fc from 'fast-check';

type P = Record<string, number>;

describe('numeric/checkGradient', () => {
  it('passes a correct gradient and reports every component', () => {
    const f = (p: P) => p.x * p.x * p.y + Math.sin(p.x * p.y);
    const p = { x: 1.3, y: -0.4 };
    const g = { x: 2 * p.x * p.y + p.y * Math.cos(p.x * p.y), y: p.x * p.x + p.x * Math.cos(p.x * p.y) };
    const r = checkGradient(f, p, g);
    assert.strictEqual(r.ok, true);
    assert.deepStrictEqual(
      r.components.map((c) => c.variable),
      ['x', 'y'],
    );
    for (const c of r.components) assert.ok(c.relError < 1e-9, `${c.variable}: ${c.relError}`);
    assert.strictEqual(r.method, 'ridders');
  });

  it('flags a hand-written gradient with a wrong constant (2.0001x instead of 2x)', () => {
    const r = checkGradient((p: P) => p.x * p.x, { x: 1.5 }, { x: 2.0001 * 1.5 });
    assert.strictEqual(r.ok, false);
    assert.strictEqual(r.components[0].ok, false);
    assert.ok(Math.abs(r.components[0].relError - 5e-5) < 1e-6);
  });

  it('flags a relative error of 1e-4 at badly scaled points too', () => {
    for (const x of [1e-4, 1, 1e6]) {
      const r = checkGradient((p: P) => Math.exp(p.x / x) * 3, { x }, { x: ((3 * Math.E) / x) * (1 + 1e-4) });
      assert.strictEqual(r.ok, false, `x = ${x}`);
    }
    assert.ok(DEFAULT_RTOL <= 1e-5);
  });

  it('no false alarm on values near 1e6', () => {
    const f = (p: P) => p.x ** 3 + p.x * p.y;
    const p = { x: 1.234567e6, y: 9.87e5 };
    const r = checkGradient(f, p, { x: 3 * p.x ** 2 + p.y, y: p.x });
    assert.strictEqual(r.ok, true, JSON.stringify(r.components));
  });

  it('no false alarm on tiny values near 1e-4 (and a log next to its domain edge)', () => {
    const f = (p: P) => Math.log(p.x) + p.x * p.x * p.y;
    const p = { x: 1.3e-4, y: 2e-4 };
    const r = checkGradient(f, p, { x: 1 / p.x + 2 * p.x * p.y, y: p.x * p.x });
    assert.strictEqual(r.ok, true, JSON.stringify(r.components));
  });

  it('no false alarm on saturated sigmoids (true derivative ~1e-30)', () => {
    for (const z of [70, -70, 40, 700]) {
      const s = sigmoid(z);
      const r = checkGradient((p: P) => sigmoid(p.z), { z }, { z: s * (1 - s) === 0 ? Math.exp(-Math.abs(z)) : s * (1 - s) });
      assert.strictEqual(r.ok, true, `z = ${z}: ${JSON.stringify(r.components)}`);
    }
  });

  it('a saturated but wrong derivative is still flagged when it is large', () => {
    const r = checkGradient((p: P) => sigmoid(p.z), { z: 70 }, { z: 0.25 });
    assert.strictEqual(r.ok, false);
  });

  it('non-finite values get a clear note', () => {
    const atPole = checkGradient((p: P) => 1 / p.x, { x: 0 }, { x: -Infinity });
    assert.strictEqual(atPole.ok, false);
    assert.match(atPole.components[0].note ?? '', /not finite/);
    const nanGrad = checkGradient((p: P) => p.x * 2, { x: 1 }, { x: NaN });
    assert.match(nanGrad.components[0].note ?? '', /analytic derivative is not finite/);
    const outside = checkGradient((p: P) => Math.sqrt(p.x), { x: -1 }, { x: 0 });
    assert.strictEqual(outside.ok, false);
    assert.match(outside.components[0].note ?? '', /function is not finite/);
  });

  it('a variable missing from the point, or a function that throws, is a failed component with a note', () => {
    const r = checkGradient((p: P) => p.x * p.y, { x: 1 }, { x: 1, y: 1 });
    assert.strictEqual(r.ok, false);
    assert.match(r.components[1].note ?? '', /no finite value for y/);
    const thrower = checkGradient(
      () => {
        throw new Error('boom');
      },
      { x: 1 },
      { x: 1 },
    );
    assert.strictEqual(thrower.ok, false);
    assert.match(thrower.components[0].note ?? '', /not finite/);
  });

  it('a kink gets a note with its one-sided slopes instead of silent agreement or a bare failure', () => {
    // |x| at 0: slopes -1 and 1 by hand; the symmetric difference is 0, which agrees with neither
    const r = checkGradient((p: P) => Math.abs(p.x), { x: 0 }, { x: 1 });
    assert.strictEqual(r.components[0].ok, false);
    assert.match(r.components[0].note ?? '', /kink .*slope is -1\.00 from the left and 1\.00 from the right/);
    // relu at 0: slopes 0 and 1; the one-sided value 1 the analytic side may give must not pass silently
    const relu = checkGradient((p: P) => Math.max(p.x, 0), { x: 0 }, { x: 1 });
    assert.strictEqual(relu.components[0].ok, false);
    assert.match(relu.components[0].note ?? '', /kink .*0\.00 from the left and 1\.00 from the right/);
    // away from the kink, and on smooth functions with a zero slope (x² at 0), no such note
    for (const [f, x, g] of [
      [(p: P) => Math.abs(p.x), 0.5, 1],
      [(p: P) => p.x * p.x, 0, 0],
      [(p: P) => Math.cos(p.x), 0, 0],
    ] as const) {
      const c = checkGradient(f, { x }, { x: g }).components[0];
      assert.strictEqual(c.ok, true);
      assert.strictEqual(c.note, undefined);
    }
  });
});

describe('numeric/checkGradient: property over scales', function () {
  this.timeout(30_000);
  // f(x, y) = K·sin(x/s)·cos(y/s) + (x/s)³·(y/s): the same shape at every scale s of the inputs
  // and every magnitude K of the output. Correct gradients must pass; a 1e-4 relative error must fail.
  it('passes correct gradients and flags 1e-4 relative errors for |x| from 1e-4 to 1e6', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -4, max: 6 }),
        fc.integer({ min: -6, max: 6 }),
        fc.double({ min: 0.1, max: 2, noNaN: true }),
        fc.double({ min: -2, max: -0.1, noNaN: true }),
        (se, ke, u, v) => {
          const s = 10 ** se;
          const K = 10 ** ke;
          const f = (p: P) => K * Math.sin(p.x / s) * Math.cos(p.y / s) + (p.x / s) ** 3 * (p.y / s);
          const p = { x: u * s, y: v * s };
          const gx = (K * Math.cos(u) * Math.cos(v) + 3 * u * u * v) / s;
          const gy = (-K * Math.sin(u) * Math.sin(v) + u ** 3) / s;
          const good = checkGradient(f, p, { x: gx, y: gy });
          assert.strictEqual(good.ok, true, `false alarm at s=${s}, K=${K}, u=${u}, v=${v}: ${JSON.stringify(good.components)}`);
          assert.ok(
            good.components.every((c) => !/kink/.test(c.note ?? '')),
            `kink note on a smooth function at s=${s}, K=${K}: ${JSON.stringify(good.components)}`,
          );
          const scale = (K + 10) / s;
          for (const [name, g] of [
            ['x', gx],
            ['y', gy],
          ] as const) {
            if (Math.abs(g) < 1e-3 * scale) continue; // a derivative that cancels to ~0 has no meaningful 1e-4 relative error
            const wrong = checkGradient(f, p, { x: gx, y: gy, [name]: g * (1 + 1e-4) });
            assert.strictEqual(wrong.ok, false, `missed a 1e-4 error in ${name} at s=${s}, K=${K}, u=${u}, v=${v}`);
          }
        },
      ),
      { numRuns: 200, seed: 3 },
    );
  });
});
