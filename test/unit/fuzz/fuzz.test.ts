// The fuzz suite (test/fuzz/targets.ts) in CI: each target with a fixed seed, a few minutes at most
// in all. A failure shows fast-check's shrunk counterexample. `npm run bench` runs the same targets
// and reports inputs tried, the slowest input and peak memory.
import * as assert from 'assert';
import * as v8 from 'v8';
import * as vm from 'vm';
import { runTarget, TARGETS } from '../../fuzz/targets';

v8.setFlagsFromString('--expose_gc');
const gc = vm.runInNewContext('gc') as () => void;

describe('fuzz suite', function () {
  this.timeout(300_000);
  for (const t of TARGETS) {
    it(`${t.name} (${t.runs} inputs)`, async () => {
      gc();
      const before = process.memoryUsage().heapUsed;
      const s = await runTarget(t);
      assert.ok(!s.failure, s.failure);
      assert.ok(s.tried >= t.runs, `${s.tried} inputs tried`);
      gc();
      // a memory ceiling across the target's distinct requests (the node table alone may hold 64 MiB)
      const grown = (process.memoryUsage().heapUsed - before) / 2 ** 20;
      assert.ok(grown < 200, `heap grew by ${grown.toFixed(0)} MiB over ${t.runs} requests`);
    });
  }
});
