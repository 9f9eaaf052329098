// The worker that runs the pairing engine off the extension host's thread: a stuck or crashing
// worker fails its requests with a message (never hangs the caller) and the next request gets a
// fresh worker.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { GradientWorker } from '../../../src/extension/gradients/client';

/** A worker script for the failure cases (the real one is tested against the engine below). */
function script(body: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'di-worker-'));
  const file = path.join(dir, 'w.js');
  fs.writeFileSync(file, `const { parentPort } = require('worker_threads');\n${body}\n`);
  return file;
}

describe('gradient worker client', () => {
  it('stops a worker that does not answer in time, with a message, and starts a fresh one next', async () => {
    const counter = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'di-count-')), 'starts');
    fs.writeFileSync(counter, '');
    const file = script(`require('fs').appendFileSync(${JSON.stringify(counter)}, 's');\nparentPort.on('message', () => {});`);
    // 1.5 s: the limit counts a worker's start, which a loaded machine can stretch past 0.2 s (then the
    // second worker is stopped before its first line has run, and the count reads 's')
    const w = new GradientWorker(file, 1500);
    // Both asked at once: the second waits for the first and then gets its own 1.5 s in a fresh worker.
    const first = w.check('x = 1', 'python');
    const second = w.functions('x = 1', 'python');
    await assert.rejects(first, /took longer than 1.5 s and was stopped/);
    await assert.rejects(second, /took longer than 1.5 s/);
    assert.strictEqual(fs.readFileSync(counter, 'utf8'), 'ss', 'one worker per request after a timeout');
    w.dispose();
  });

  it('a worker that exits fails the request with its exit code', async () => {
    const w = new GradientWorker(script(`parentPort.on('message', () => process.exit(3));`), 5000);
    await assert.rejects(w.check('x = 1', 'python'), /stopped \(exit code 3\)/);
    w.dispose();
  });

  it('a slow request fails alone: the ones queued behind it are answered', async () => {
    // Answers after 10 ms, except 'stuck' which never answers. The limit is generous (a worker's
    // start on a loaded machine counts against it): only 'stuck' may reach it.
    const w = new GradientWorker(
      script(
        `parentPort.on('message', (m) => { if (m.text !== 'stuck') setTimeout(() => parentPort.postMessage({ id: m.id, ok: true, value: [{ name: m.text, line: 1 }] }), 10); });`,
      ),
      3000,
    );
    const asks = ['a', 'stuck', 'b', 'c'].map((t) =>
      w.functions(t, 'python').then(
        (v) => v[0].name,
        (e: Error) => `failed: ${e.message}`,
      ),
    );
    const got = await Promise.all(asks);
    assert.deepStrictEqual(
      got.map((g) => g.replace(/checking the gradients took longer.*/, 'timeout')),
      ['a', 'failed: timeout', 'b', 'c'],
    );
    w.dispose();
  });

  it("passes the engine's errors through as messages", async () => {
    const w = new GradientWorker(
      script(
        `parentPort.on('message', (m) => parentPort.postMessage({ id: m.id, ok: false, error: 'unexpected ) at line 3, column 7' }));`,
      ),
      5000,
    );
    await assert.rejects(w.check('x = (1))', 'python'), /unexpected \) at line 3, column 7/);
    w.dispose();
  });
});

describe('gradient worker with the engine', () => {
  // The worker as tsc compiles it for the tests (the extension runs esbuild's dist/gradientsWorker.js).
  const real = path.resolve(__dirname, '..', '..', '..', 'src', 'extension', 'gradients', 'worker.js');
  const root = path.resolve(__dirname, '..', '..', '..', '..');

  it("checks the rosen example off the main thread: rosen_der's sign error at its line, booth_grad passes", async () => {
    const w = new GradientWorker(real, 30_000);
    try {
      const text = fs.readFileSync(path.join(root, 'examples', 'python', 'rosen_check.py'), 'utf8');
      const r = await w.check(text, 'python', { rtol: 1e-6, atol: 0 });
      const rosen = r.pairs.find((p) => p.gradient.name === 'rosen_der');
      assert.ok(rosen, JSON.stringify(r.pairs.map((p) => p.gradient.name)));
      // At x0 = [-1.2, 1] (SymPy): ∂/∂x[1] = 200 (1 - 1.44) = -88; written 200 (1 + 1.44) = 488.
      const bad = rosen.components.filter((c) => !c.ok);
      assert.deepStrictEqual(
        bad.map((c) => [c.variable, c.line, c.handwritten]),
        [['x[1]', 20, 488]],
      );
      assert.ok(Math.abs(bad[0].expected! + 88) < 1e-9);
      assert.ok(r.pairs.find((p) => p.gradient.name === 'booth_grad')?.ok, 'booth_grad is correct');
      const names = (await w.functions(text, 'python')).map((f) => `${f.name}:${f.line}`);
      assert.deepStrictEqual(names, ['rosen:12', 'rosen_der:17', 'booth:24', 'booth_grad:29']);
    } finally {
      w.dispose();
    }
  });

  it('user pairs reach the engine', async () => {
    const w = new GradientWorker(real, 30_000);
    try {
      // No optimizer call and names no convention knows: only the user's pair says these belong together.
      const text = 'def energy(q):\n    return q[0]**2 + 3*q[1]\n\ndef slope(q):\n    return [2*q[0], 2]\n';
      const none = await w.check(text, 'python', {});
      assert.strictEqual(none.pairs.length, 0);
      const r = await w.check(text, 'python', { pairs: [{ objective: 'energy', gradient: 'slope' }] });
      assert.strictEqual(r.pairs.length, 1);
      assert.deepStrictEqual(
        r.pairs[0].components.map((c) => [c.variable, c.ok]),
        [
          ['q[0]', true],
          ['q[1]', false],
        ],
      );
    } finally {
      w.dispose();
    }
  });
});
