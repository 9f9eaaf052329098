// Memory stays bounded however many requests one process serves (the extension host lives for
// days): the node table is cleared between requests by size, not only by count, and the evaluation
// cache is bounded by the tapes it holds.
import * as assert from 'assert';
import * as v8 from 'v8';
import * as vm from 'vm';
import { analyze } from '../../../src/core/analyze';
import { tableSize, TABLE_BYTES } from '../../../src/core/expr';

v8.setFlagsFromString('--expose_gc');
const gc = vm.runInNewContext('gc') as () => void;
const heapMiB = () => {
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

describe('memory across many distinct requests', function () {
  this.timeout(120_000);

  it('60 different 300-factor products (about 1.2 × the byte limit of table): the node table stays under its byte limit, the heap with it', () => {
    const before = heapMiB();
    let largest = 0;
    for (let k = 0; k < 60; k++) {
      const src = Array.from({ length: 300 }, (_, i) => `sin(x${i} + ${k})`).join(' * ');
      const a = analyze(src, k % 10 ? {} : { at: Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`x${i}`, 0.1 * i])) });
      assert.strictEqual(Object.keys(a.partials).length, 300);
      largest = Math.max(largest, tableSize().bytes);
    }
    const grown = heapMiB() - before;
    // one request may add ~1.5 MB of table on top of the limit before the next one clears it
    assert.ok(largest <= TABLE_BYTES + 8 * 2 ** 20, `table reached ${(largest / 2 ** 20).toFixed(0)} MiB`);
    // the table (about 1.4 × its estimate) plus the compiled tapes: far below the 400+ MiB of before
    assert.ok(grown < 130, `heap grew by ${grown.toFixed(0)} MiB`);
  });
});
