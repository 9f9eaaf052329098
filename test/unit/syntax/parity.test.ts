import * as assert from 'assert';
import * as fc from 'fast-check';
import { math } from '../../../src/core/mathjs';
import { parseExpression } from '../../../src/core/syntax';

// Random mathjs-syntax expressions (explicit and implicit products, unary minus, powers, calls):
// our math front-end must read each exactly as mathjs does, judged by value.
const atom = fc.constantFrom('x', 'y', '2', '3', '0.5', 'pi', '(x + 1)', 'sin(x)', 'exp(y)', '(2 - y)');
const expr = fc.letrec<{ e: string }>((tie) => ({
  e: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    atom,
    fc.tuple(tie('e'), fc.constantFrom(' + ', ' - ', ' * ', ' / ', '*', '/', ' ', '^'), tie('e')).map(([a, op, b]) =>
      // implicit products need something that starts a factor; powers of compound operands get parentheses
      op === ' ' ? `${a} ${b}` : op === '^' ? `(${a})^${/^[\w.]+$/.test(b) ? b : `(${b})`}` : `${a}${op}${b}`,
    ),
    tie('e').map((a) => `-${a}`),
    tie('e').map((a) => `(${a})`),
    tie('e').map((a) => `cos(${a})`),
  ),
})).e;

describe('syntax: math parity with mathjs (property)', function () {
  this.timeout(30_000);
  it('random expressions evaluate the same as mathjs', () => {
    const scope = { x: 0.7, y: 1.3 };
    let compared = 0;
    fc.assert(
      fc.property(expr, (text) => {
        let theirs: unknown;
        try {
          theirs = math.evaluate(text, { ...scope });
        } catch {
          return; // not valid mathjs either
        }
        if (typeof theirs !== 'number' || !Number.isFinite(theirs)) return;
        const mine = parseExpression(text, 'math').evaluate({ ...scope }) as number;
        assert.ok(Math.abs(mine - theirs) <= 1e-9 * Math.max(1, Math.abs(theirs)), `${text}: ${mine} vs mathjs ${theirs}`);
        compared++;
      }),
      { numRuns: 500, seed: 5 },
    );
    // most generated texts are valid and finite: a generator or filter that lets few through compares nothing
    assert.ok(compared >= 400, `only ${compared} of 500 expressions were compared with mathjs`);
  });
});
