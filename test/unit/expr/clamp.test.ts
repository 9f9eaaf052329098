// 0·∞ through a clamp: where max/min/relu hold their argument at a constant, the derivative of
// anything applied to them is 0 there (the function is flat), never 0 · ∞ = NaN from the other side.
import * as assert from 'assert';
import { analyze } from '../../../src/core/analyze';
import type { Lang } from '../../../src/core/types';

const FLAT: [Lang, string, number][] = [
  ['python', 'np.sqrt(np.maximum(x, 0))', -1],
  ['python', 'np.sqrt(np.maximum(0, x))', -1],
  ['python', 'torch.sqrt(torch.relu(x))', -2],
  ['math', 'sqrt(-min(x, 0))', 1],
  ['math', 'log(max(x, 0) + 1) * sqrt(max(x, 0))', -3],
  ['julia', 'sqrt(max(x, 0)) * y', -1],
];

describe('derivatives through a clamp at a flat point', () => {
  for (const [lang, src, x] of FLAT) {
    it(`${lang}: ${src} at x = ${x} has derivative 0`, () => {
      const a = analyze(src, { lang, at: { x, y: 2 } });
      // the function is constant near x (its clamp holds the argument at 0): the slope is 0
      assert.strictEqual(a.values!.x, 0);
      assert.ok(Number.isFinite(a.value!));
    });
  }
  it('on the other side the usual derivative (sqrt(max(x, 0)) at x = 4 is 1/4)', () => {
    assert.strictEqual(analyze('sqrt(max(x, 0))', { at: { x: 4 } }).values!.x, 0.25);
    assert.strictEqual(analyze('sqrt(max(x, 0))', { at: { x: 4 } }).value, 2);
  });
});
