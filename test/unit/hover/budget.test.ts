// The hover stays within its budget on long derivation chains (work counters, not time): it follows
// the nearest HOVER_LIMITS.followed assignments for its totals and says what it cut and why, and its
// Markdown stays small. Values are checked against plain forward-mode arithmetic written here.
import * as assert from 'assert';
import { hoverAt, HOVER_LIMITS } from '../../../src/core/hover';

function sinChain(n: number): string {
  const l = ['d0 = x'];
  for (let i = 1; i <= n; i++) l.push(`d${i} = np.sin(d${i - 1}) * d${i - 1}`);
  return l.join('\n') + '\n';
}
function tanhChain(n: number): string {
  const l = ['import numpy as np', 'd0 = x'];
  for (let i = 1; i <= n; i++) l.push(`d${i} = np.tanh(d${i - 1}*w + b)*d${i - 1}`);
  return l.join('\n') + '\n';
}

/** d_k after `steps` steps of d ← tanh(d·w + b)·d from d0, with ∂/∂d0, ∂/∂w, ∂/∂b (dual numbers). */
function tanhForward(d0: number, w: number, b: number, steps: number) {
  let d = [d0, 1, 0, 0]; // value, ∂/∂d0, ∂/∂w, ∂/∂b
  for (let i = 0; i < steps; i++) {
    const z = d[0] * w + b;
    const t = Math.tanh(z);
    const dt = 1 - t * t;
    const dz = [d[1] * w, d[2] * w + d[0], d[3] * w + 1];
    d = [t * d[0], ...[0, 1, 2].map((k) => dt * dz[k] * d[0] + t * d[k + 1])];
  }
  return d;
}

describe('hover budget on long chains', function () {
  this.timeout(60_000);

  it('400-line chain d_i = sin(d_{i-1}) * d_{i-1}: the nearest 16 assignments, the cut said, small Markdown', () => {
    const text = sinChain(400);
    const r = hoverAt(text, 'python', text.lastIndexOf('np.') + 3);
    assert.ok(r);
    assert.ok(r.model.totals, 'totals are shown');
    assert.strictEqual(r.model.totals.followed?.length, HOVER_LIMITS.followed);
    assert.deepStrictEqual(r.model.totals.variables, ['d383']);
    assert.ok(
      r.model.notes.some((n) =>
        /^totals follow the 16 nearest of 198 assignments; d383, d382 and the others are taken as inputs \(a hover stays within its budget/.test(
          n,
        ),
      ),
      r.model.notes.join('\n'),
    );
    assert.ok(r.markdown.length < 30_000, `${r.markdown.length} characters of Markdown`);
  });

  it('500-line chain np.tanh(d*w + b)*d: totals with respect to w, b and the cut input, right values', () => {
    const text = tanhChain(500);
    const r = hoverAt(text, 'python', text.lastIndexOf('np.') + 3);
    assert.ok(r?.model.totals);
    assert.deepStrictEqual([...r.model.totals.variables].sort(), ['b', 'd483', 'w']);
    const at = r.model.point;
    const [, dd, dw, db] = tanhForward(at.d483, at.w, at.b, 17);
    const value = (v: string) => r.model.totals!.lines.find((l) => l.variable === v)!.value!;
    for (const [v, want] of [
      ['d483', dd],
      ['w', dw],
      ['b', db],
    ] as const) {
      assert.ok(Math.abs(value(v) - want) <= 1e-12 * Math.max(1, Math.abs(want)), `${v}: ${value(v)} vs ${want}`);
    }
    assert.ok(r.model.notes.some((n) => n.startsWith('totals follow the 16 nearest of')));
    assert.ok(r.markdown.length < 30_000, `${r.markdown.length} characters of Markdown`);
  });

  it('a short training step is followed whole, with no note about a cut', () => {
    const text = tanhChain(10);
    const r = hoverAt(text, 'python', text.lastIndexOf('np.') + 3);
    assert.ok(r?.model.totals);
    assert.deepStrictEqual([...r.model.totals.variables].sort(), ['b', 'w', 'x']);
    assert.ok(!r.model.notes.some((n) => /nearest/.test(n)), r.model.notes.join('\n'));
  });
});
