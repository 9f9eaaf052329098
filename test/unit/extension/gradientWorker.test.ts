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
    const w = new GradientWorker(file, 200);
    await assert.rejects(w.check('x = 1', 'python'), /took longer than 0.2 s and was stopped/);
    await assert.rejects(w.functions('x = 1', 'python'), /took longer than 0.2 s/);
    assert.strictEqual(fs.readFileSync(counter, 'utf8'), 'ss', 'one worker per request after a timeout');
    w.dispose();
  });

  it('a worker that exits fails the request with its exit code', async () => {
    const w = new GradientWorker(script(`parentPort.on('message', () => process.exit(3));`), 5000);
    await assert.rejects(w.check('x = 1', 'python'), /stopped \(exit code 3\)/);
    w.dispose();
  });

  it('passes the engine\'s errors through as messages', async () => {
    const w = new GradientWorker(script(`parentPort.on('message', (m) => parentPort.postMessage({ id: m.id, ok: false, error: 'unexpected ) at line 3, column 7' }));`), 5000);
    await assert.rejects(w.check('x = (1))', 'python'), /unexpected \) at line 3, column 7/);
    w.dispose();
  });
});
