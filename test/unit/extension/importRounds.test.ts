// The hover's asynchronous reading of imported files around the synchronous core: read what a run
// asked for, run again (imports of imports take another round), give up when reading does not come
// back within the budget (the core then names the file), and say whether the result may be cached.
import * as assert from 'assert';
import { runWithImports, TextCache } from '../../../src/extension/importRounds';
import { hoverAt } from '../../../src/core/hover';
import type { FileReader } from '../../../src/core/document';

const DOC = 'import {f} from "./b.js";\nconst y = f(t);\n';
const FILES: Record<string, string> = {
  'b.js': "import { g } from './c.js';\nexport function f(x) { return 2 * g(x); }\n",
  'c.js': 'export const g = (u) => u * u * u;\n',
};
const hover = (files: FileReader) => hoverAt(DOC, 'javascript', DOC.indexOf('f(t)'), { plot: false, at: { t: 1.5 }, files });

describe('extension: imported files read between runs of the core', () => {
  it('two rounds for an import of an import, then the derivative through both; the result is complete', async () => {
    const cache = new TextCache();
    const fetched: string[][] = [];
    const { result, complete } = await runWithImports(
      hover,
      (p) => cache.get(p),
      async (paths) => {
        fetched.push(paths);
        for (const p of paths) cache.set(p, FILES[p]);
      },
      { rounds: 3, budgetMs: 10_000 },
    );
    assert.deepStrictEqual(fetched, [['b.js'], ['c.js']]);
    assert.strictEqual(complete, true);
    assert.strictEqual(result?.model.problem, undefined);
    // y = 2 t³: dy/dt = 6 t² = 13.5 at t = 1.5
    assert.strictEqual(result?.model.partials[0].value, 13.5);
    // cached now: one run, nothing fetched
    const again = await runWithImports(
      hover,
      (p) => cache.get(p),
      () => Promise.reject(new Error('no fetch expected')),
      { rounds: 3, budgetMs: 10_000 },
    );
    assert.strictEqual(again.complete, true);
  });

  it('a read that does not come back within the budget: the refusal names the file, and the result is not to be cached', async () => {
    const { result, complete } = await runWithImports(
      hover,
      () => undefined,
      () => new Promise<void>(() => {}),
      { rounds: 3, budgetMs: 20 },
    );
    assert.strictEqual(complete, false);
    assert.match(result?.model.problem ?? '', /^`f` is imported from '\.\/b\.js' \(b\.js could not be read\)/);
  });

  it('a missing file is known as unreadable after one read: the refusal, complete (cacheable until the file appears)', async () => {
    const cache = new TextCache();
    const { result, complete } = await runWithImports(
      hover,
      (p) => cache.get(p),
      async (paths) => paths.forEach((p) => cache.set(p, undefined)),
      { rounds: 3, budgetMs: 10_000 },
    );
    assert.strictEqual(complete, true);
    assert.match(result?.model.problem ?? '', /\(b\.js could not be read\)/);
    assert.strictEqual(cache.forget('b.js'), true, 'a change to b.js forgets it');
  });

  it('the cache keeps at most its size, dropping the oldest', () => {
    const cache = new TextCache(2);
    cache.set('a', '1');
    cache.set('b', '2');
    cache.set('c', '3');
    assert.strictEqual(cache.get('a'), undefined);
    assert.deepStrictEqual(cache.get('c'), { text: '3' });
  });
});
