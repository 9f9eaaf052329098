// No answer larger than its budget: a request whose derivatives would print more than OUTPUT_LIMIT
// characters ends with a clear message instead of a 180 MB line (the Hessian of a 300-term cube).
import * as assert from 'assert';
import { analyze } from '../../../src/core/analyze';
import { OUTPUT_LIMIT, print, withOutputLimit } from '../../../src/core/expr';
import { BudgetError } from '../../../src/core/types';
import { cli } from './inproc';

const MESSAGE = `output too large: the derivatives take more than ${OUTPUT_LIMIT} characters to print (the limit per request)`;

describe('output size limit', function () {
  this.timeout(120_000);

  it('diff --hessian of (x0 + … + x299)^3: a short JSON error, exit 2', async () => {
    const cube = `(${Array.from({ length: 300 }, (_, i) => `x${i}`).join(' + ')})^3`;
    const r = await cli(['diff', cube, '--hessian', '--json']);
    assert.strictEqual(r.code, 2);
    assert.deepStrictEqual(JSON.parse(r.stdout), { error: MESSAGE });
    const text = await cli(['diff', cube, '--hessian']);
    assert.strictEqual(text.stderr, `error: ${MESSAGE}\n`);
    // the same with fewer variables is answered
    const few = await cli(['diff', cube, '--hessian', '--wrt', 'x0,x1', '--json']);
    assert.strictEqual(few.code, 0);
    assert.strictEqual(JSON.parse(few.stdout).hessian.length, 2);
  });

  it('diff --batch: a line of 1,000 sin factors is an error line within the limit, the next line answered', async () => {
    const big = Array.from({ length: 1000 }, (_, i) => `sin(x${i})`).join('*');
    const r = await cli(['diff', '--batch'], `${JSON.stringify({ id: 1, expr: big })}\n{"id": 2, "expr": "x^2"}\n`);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    assert.deepStrictEqual(lines[0], { id: 1, error: MESSAGE });
    assert.deepStrictEqual(lines[1].partials, { x: '2 * x' });
  });

  it('the limit counts every printed derivative of one request, and only of that request', () => {
    const a = analyze('x^2 * y + sin(x)');
    assert.throws(
      () => withOutputLimit(20, () => [print(a.partials.x), print(a.partials.y), print(a.partials.x)]),
      (e: unknown) => e instanceof BudgetError && /more than 20 characters/.test(e.message),
    );
    assert.deepStrictEqual(
      withOutputLimit(100, () => [print(a.partials.y)]),
      ['x ^ 2'],
    );
    assert.strictEqual(print(a.partials.y), 'x ^ 2'); // outside a request: no limit
  });
});
