// `inspect FILE --line L --column C [--at …] [--json]`, run in-process.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runInspect } from '../../../src/cli/inspect';

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runInspect(args, {
    stdout: (s) => {
      out += s;
    },
    stderr: (s) => {
      err += s;
    },
  });
  return { code, out, err };
}

describe('CLI inspect', () => {
  let dir: string;
  const file = (name: string, text: string) => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, text);
    return p;
  };
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'di-inspect-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const TRAIN =
    'import numpy as np\n\ndef loss(w1, x, y):\n    h = np.tanh(w1 * x)\n    y_hat = 2.0 * h + 1\n    return (y_hat - y) ** 2\n';

  it('--json: expression, range, partials and values, totals through assignments at --at', async () => {
    const f = file('train.py', TRAIN);
    const r = await run([f, '--line', '6', '--column', '14', '--at', 'w1=0.3,x=2,y=1', '--json']);
    assert.strictEqual(r.code, 0, r.err);
    const j = JSON.parse(r.out);
    assert.strictEqual(j.lang, 'python');
    assert.strictEqual(j.expression, '(y_hat - y) ** 2');
    assert.deepStrictEqual(j.range, { start: { line: 6, column: 12 }, end: { line: 6, column: 28 } });
    assert.deepStrictEqual(j.variables, ['y', 'y_hat']);
    assert.deepStrictEqual(Object.keys(j.partials).sort(), ['y', 'y_hat']);
    const h = Math.tanh(0.6);
    const yHat = 2 * h + 1;
    assert.ok(Math.abs(j.values.y_hat - 2 * (yHat - 1)) < 1e-12, 'y_hat takes its computed value');
    assert.ok(Math.abs(j.totalValues.w1 - 2 * (yHat - 1) * 2 * (1 - h * h) * 2) < 1e-12);
    assert.ok(Math.abs(j.totalValues.x - 2 * (yHat - 1) * 2 * (1 - h * h) * 0.3) < 1e-12);
    assert.ok(Math.abs(j.totalValues.y + 2 * (yHat - 1)) < 1e-12);
    assert.deepStrictEqual(Object.keys(j.total).sort(), ['w1', 'x', 'y']);
  });

  it('no math at the position: expression null, exit 0', async () => {
    const f = file('train2.py', TRAIN);
    const r = await run([f, '--line', '1', '--column', '3', '--json']);
    assert.strictEqual(r.code, 0);
    assert.deepStrictEqual(JSON.parse(r.out), { lang: 'python', expression: null });
  });

  it('language from the extension; human-readable output without --json', async () => {
    const f = file('phys.js', 'const g = 9.81;\nfunction h(h0, t) {\n  return h0 - 0.5 * g * t * t;\n}\n');
    const r = await run([f, '--line', '3', '--column', '22', '--at', 't=2,h0=10']);
    assert.strictEqual(r.code, 0, r.err);
    assert.match(r.out, /phys\.js:3:10 \(javascript, code\)/);
    assert.match(r.out, /∂h\/∂t = .* = -19\.62/);
    assert.match(r.out, /∂h\/∂h0 = 1 {2}= 1/);
    assert.doesNotMatch(r.out, /∂h\/∂g/, 'g is a constant');
  });

  it('LaTeX and Markdown files', async () => {
    const tex = file('n.tex', 'The loss\n\\begin{equation}\n  L = \\frac{1}{2}(w x - y)^2\n\\end{equation}\n');
    const j = JSON.parse((await run([tex, '--line', '3', '--column', '12', '--json', '--at', 'w=2,x=3,y=1'])).out);
    assert.strictEqual(j.expression, '\\frac{1}{2}(w x - y)^2');
    assert.strictEqual(j.values.w, 15);
    const md = file('r.md', 'Energy $E = x^2 y$.\n');
    const k = JSON.parse((await run([md, '--line', '1', '--column', '14', '--json', '--at', 'x=3,y=2'])).out);
    assert.strictEqual(k.lang, 'markdown');
    assert.strictEqual(k.values.x, 12);
  });

  it('a file starting with blank lines reports the right range', async () => {
    const f = file('blank.py', '\n\nz = x * y\n');
    const j = JSON.parse((await run([f, '--line', '3', '--column', '6', '--json'])).out);
    assert.deepStrictEqual(j.range, { start: { line: 3, column: 5 }, end: { line: 3, column: 10 } });
  });

  it('bad usage exits 2 with a message', async () => {
    const f = file('a.py', 'y = x * x\n');
    assert.strictEqual((await run([f, '--line', '1'])).code, 2);
    const past = await run([f, '--line', '9', '--column', '1']);
    assert.strictEqual(past.code, 2);
    assert.match(past.err, /past the end of the file/);
    const unknown = await run([path.join(dir, 'a.xyz'), '--line', '1', '--column', '1']);
    assert.match(unknown.err, /unknown file type/);
    const missing = await run([path.join(dir, 'nope.py'), '--line', '1', '--column', '1']);
    assert.match(missing.err, /cannot read .*ENOENT/);
  });
});
