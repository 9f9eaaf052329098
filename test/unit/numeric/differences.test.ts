import * as assert from 'assert';
import { centralDifference, errorVsStep, forwardDifference, ridders } from '../../../src/core/numeric';

const close = (a: number, b: number, rel: number) => assert.ok(Math.abs(a - b) <= rel * Math.max(Math.abs(b), 1e-300), `${a} vs ${b}`);

describe('numeric/differences', () => {
  const f = (p: Record<string, number>) => Math.sin(p.x) * Math.exp(p.y);

  it('forward and central differences approximate the derivative to their orders', () => {
    const p = { x: 0.7, y: 0.3 };
    const exact = Math.cos(0.7) * Math.exp(0.3);
    close(forwardDifference(f, p, 'x'), exact, 1e-7);
    close(centralDifference(f, p, 'x'), exact, 1e-9);
  });

  it("Ridders' extrapolation is accurate to ~1e-12 and estimates its own error", () => {
    const p = { x: 0.7, y: 0.3 };
    const exact = Math.exp(0.3) * Math.sin(0.7);
    const r = ridders(f, p, 'y');
    close(r.value, exact, 1e-12);
    assert.ok(r.error < 1e-10 && r.error >= 0, `error estimate ${r.error}`);
    assert.ok(Math.abs(r.value - exact) <= 10 * (r.error + r.floor));
  });

  it('scales steps to the variable: x near 1e6 and near 1e-4', () => {
    const big = ridders((p) => p.x ** 3, { x: 1e6 }, 'x');
    close(big.value, 3e12, 1e-10);
    const small = ridders((p) => Math.log(p.x), { x: 1e-4 }, 'x');
    close(small.value, 1e4, 1e-9); // the starting step shrinks until log is defined on both sides
  });

  it('errorVsStep shows first-order forward and second-order central truncation error', () => {
    const s = errorVsStep((p) => Math.exp(p.x), { x: 0 }, 'x', [1e-1, 1e-2, 1e-3]);
    assert.strictEqual(s.h.length, 3);
    close(s.reference, 1, 1e-12);
    // forward error ≈ h/2, central ≈ h²/6
    close(s.forward[1], 0.005, 0.01);
    close(s.central[1], 1e-4 / 6, 0.01);
    assert.ok(s.forward[0] / s.forward[1] > 9 && s.forward[0] / s.forward[1] < 11);
    assert.ok(s.central[0] / s.central[1] > 90 && s.central[0] / s.central[1] < 110);
  });

  it('errorVsStep default steps reach the round-off regime (error grows again at tiny h)', () => {
    const s = errorVsStep((p) => Math.sin(p.x), { x: 1 }, 'x');
    assert.ok(s.h.length > 20);
    const minIndex = s.central.indexOf(Math.min(...s.central));
    assert.ok(minIndex > 0 && minIndex < s.h.length - 1, 'minimum error is inside the range');
    assert.ok(s.central[s.h.length - 1] > s.central[minIndex] * 100);
  });
});

describe('numeric: edges', () => {
  it('errorVsStep marks steps where f is undefined with NaN instead of failing', () => {
    const s = errorVsStep((p) => Math.log(p.x), { x: 0.01 }, 'x', [1, 0.1, 1e-3]);
    assert.ok(Number.isFinite(s.forward[0]), 'log(1.01) and log(0.01) are defined');
    assert.ok(Number.isNaN(s.central[0]), 'log(0.01 - 1) is undefined');
    close(s.reference, 100, 1e-9);
    close(s.central[2], (2e6 * 1e-6) / 6, 0.05); // f'''·h²/6 with f''' = 2/x³
  });
});
