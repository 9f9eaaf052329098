// A NaN in a condition: every supported language evaluates `NaN >= x`, `NaN <= x`, `NaN > x` and
// `NaN < x` as false, so the conditional takes its written else-branch. `>=` is built as ¬(x > NaN),
// which would say true: evaluation must follow the comparison as written.
import * as assert from 'assert';
import { analyze } from '../../../src/core/analyze';
import type { Lang } from '../../../src/core/types';

const OPS = ['>=', '<=', '>', '<'] as const;
// the comparison as the languages evaluate it (JavaScript's, IEEE 754: unordered → false)
const holds = (op: (typeof OPS)[number], a: number, b: number) =>
  op === '>=' ? a >= b : op === '<=' ? a <= b : op === '>' ? a > b : a < b;

const spell: [Lang, (c: string, t: string, f: string) => string][] = [
  ['math', (c, t, f) => `(${c} ? ${t} : ${f})`],
  ['javascript', (c, t, f) => `(${c} ? ${t} : ${f})`],
  ['python', (c, t, f) => `(${t} if ${c} else ${f})`],
  ['r', (c, t, f) => `ifelse(${c}, ${t}, ${f})`],
];

describe('conditionals with a NaN operand follow the written comparison', () => {
  for (const [lang, cond] of spell) {
    for (const op of OPS) {
      for (const nanLeft of [true, false]) {
        const nan = lang === 'python' ? 'math.sqrt(-7)' : 'sqrt(-7)';
        const c = nanLeft ? `${nan} ${op} x` : `x ${op} ${nan}`;
        it(`${lang}: ${c}`, () => {
          const a = analyze(cond(c, '1*x', '2*x'), { lang, at: { x: 0.5 } });
          const first = nanLeft ? holds(op, NaN, 0.5) : holds(op, 0.5, NaN);
          assert.strictEqual(first, false);
          assert.strictEqual(a.value, 1, `value of ${c}`);
          assert.strictEqual(a.values!.x, 2, `derivative of ${c}`);
        });
      }
    }
  }

  it('a selector `a >= b ? 1 : 0` and merged conditionals keep the NaN case', () => {
    assert.strictEqual(analyze('(sqrt(-1) >= x ? 1 : 0) * y', { at: { x: 0, y: 3 } }).value, 0);
    // (x > y ? …) and (y >= x ? …) share the step x > y but differ on NaN: never merged into one
    const s = analyze('(x > y ? 1*z : 2*z) + (y >= x ? 3*z : 5*z)', { at: { x: NaN, y: 1, z: 1 } });
    assert.strictEqual(s.value, 2 + 5);
    assert.strictEqual(s.values!.z, 7);
  });
});
