// The array CLI contract (issue 11): --at with JSON nested lists, --shapes, "partials" as array
// expressions, "values" as nested lists of the variable's shape, "shapes", totals, check per
// variable with the worst element, errors as {"error"} with exit 2; scalar requests unchanged.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const root = path.resolve(__dirname, '../../../..');
const cli = path.join(root, 'dist', 'cli.js');

function run(args: string[], input?: string): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, input, encoding: 'utf8', maxBuffer: 64 << 20 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON answers, read field by field below
type Json = Record<string, any>;

function json(args: string[], input?: string): { code: number | null; out: Json } {
  const r = run(args, input);
  return { code: r.code, out: JSON.parse(r.stdout) as Json };
}

const RIDGE = 'np.sum((X @ w - y)**2) / n + lam * np.sum(w**2)';
const AT = 'X=[[1,2],[3,4],[5,6]],w=[0.5,-1],y=[1,2,3],n=3,lam=0.1';

describe('CLI: array expressions (dist/cli.js)', function () {
  this.timeout(120_000);

  before(() => {
    if (!fs.existsSync(cli)) {
      const b = spawnSync(process.execPath, ['esbuild.js'], { cwd: root, encoding: 'utf8' });
      assert.strictEqual(b.status, 0, `building dist/cli.js failed: ${b.stderr}`);
    }
  });

  it('diff --json: gradients as array expressions, nested-list values with the variable’s shape, shapes', () => {
    const { code, out } = json(['diff', RIDGE, '--lang', 'python', '--at', AT, '--json']);
    assert.strictEqual(code, 0);
    assert.deepStrictEqual(out.variables, ['X', 'w', 'y', 'n', 'lam']);
    assert.deepStrictEqual(out.shapes, { X: [3, 2], w: [2], y: [3], n: [], lam: [] });
    assert.strictEqual(out.partials.w, '2 * X.T @ (X @ w - y) / n + 2 * lam * w');
    assert.strictEqual(out.partials.X, 'np.outer(2 * (X @ w - y) / n, w)');
    // residual r = Xw - y = [-2.5, -4.5, -6.5]; ∂/∂w = 2 Xᵀr / 3 + 0.2 w, by hand
    const r = [-2.5, -4.5, -6.5];
    const X = [
      [1, 2],
      [3, 4],
      [5, 6],
    ];
    const dw = [0, 1].map((j) => (2 * r.reduce((s, ri, i) => s + X[i][j] * ri, 0)) / 3 + 0.2 * [0.5, -1][j]);
    dw.forEach((v, j) => assert.ok(Math.abs(out.values.w[j] - v) < 1e-12, `∂/∂w[${j}] = ${out.values.w[j]}, expected ${v}`));
    assert.strictEqual(out.values.X.length, 3);
    assert.strictEqual(out.values.X[0].length, 2);
    assert.ok(Math.abs(out.values.lam - 1.25) < 1e-12);
    assert.ok(Math.abs(out.value - (68.75 / 3 + 0.125)) < 1e-12);
  });

  it('--shapes with symbolic sizes; the backward form of an array-valued line', () => {
    const { code, out } = json(['diff', 'h = np.tanh(X @ W1 + b1)', '--lang', 'python', '--shapes', 'X=nxd,W1=dxh,b1=h', '--json']);
    assert.strictEqual(code, 0);
    assert.deepStrictEqual(out.shapes, { X: ['n', 'd'], W1: ['d', 'h'], b1: ['h'] });
    assert.deepStrictEqual(out.outputShape, ['n', 'h']);
    assert.deepStrictEqual(out.backward, {
      dX: 'dh * (1 - h ** 2) @ W1.T',
      dW1: 'X.T @ (dh * (1 - h ** 2))',
      db1: '(dh * (1 - h ** 2)).sum(axis=0)',
    });
    const text = run(['diff', 'h = np.tanh(X @ W1 + b1)', '--lang', 'python', '--shapes', 'X=5x3,W1=3x4,b1=4']);
    assert.strictEqual(
      text.stdout,
      'shapes = X (5, 3), W1 (3, 4), b1 (4,) → h (5, 4)\n' +
        'z1     = dh * (1 - h ** 2)\n' +
        'dX     = z1 @ W1.T\n' +
        'dW1    = X.T @ z1\n' +
        'db1    = z1.sum(axis=0)\n' +
        'note: the output has shape (5, 4): the backward pass takes the upstream gradient dh\n',
    );
  });

  it('totals through --where, with nested-list totalValues', () => {
    const { out } = json(['diff', 'np.sum(r**2) + lam * np.sum(w**2)', '--lang', 'python', '--where', 'r=X @ w - y', '--at', AT, '--json']);
    assert.strictEqual(out.partials.r, '2 * r');
    assert.strictEqual(out.total.w, '2 * X.T @ (X @ w - y) + 2 * lam * w');
    assert.deepStrictEqual(out.shapes.r, [3]);
    // dtotal/dw = 2 Xᵀ(Xw − y) + 0.2 w = 2·[-48.5, -62] + [0.1, -0.2]
    assert.deepStrictEqual(
      out.totalValues.w.map((v: number) => Math.round(v * 1e9) / 1e9),
      [-96.9, -124.2],
    );
  });

  it('gradients printed for Julia, MATLAB, R and LaTeX with --print, and read from those languages', () => {
    const j = json(['diff', 'sum((X * w - y).^2) / n', '--lang', 'julia', '--at', AT, '--json']).out;
    assert.strictEqual(j.partials.w, "2 * X' * (X * w - y) / n");
    const r = json(['diff', 'sum((X %*% w - y)^2) / n', '--lang', 'r', '--json']).out;
    assert.strictEqual(r.partials.w, '2 * t(X) %*% (X %*% w - y) / n');
    const m = json(['diff', RIDGE, '--lang', 'python', '--print', 'matlab', '--json']).out;
    assert.strictEqual(m.partials.w, "2 * X' * (X * w - y) / n + 2 * lam * w");
    const t = json(['diff', RIDGE, '--lang', 'python', '--print', 'latex', '--json']).out;
    assert.strictEqual(t.partials.w, '\\frac{2 X^\\top \\left(X w - y\\right)}{n} + 2 \\lambda w');
  });

  it('check: the largest relative error per variable and the worst element; a wrong hand-written gradient fails', () => {
    const ok = json(['check', RIDGE, '--lang', 'python', '--at', AT, '--json']);
    assert.strictEqual(ok.code, 0);
    assert.strictEqual(ok.out.ok, true);
    const w = ok.out.components.find((c: { variable: string }) => c.variable === 'w');
    assert.deepStrictEqual(w.shape, [2]);
    assert.ok(w.maxRelError < 1e-8, String(w.maxRelError));
    assert.strictEqual(w.method, 'elements');
    // a hand-written gradient missing the 1/n: every element off by a factor 3 except the penalty
    const bad = json([
      'check',
      RIDGE,
      '--lang',
      'python',
      '--at',
      AT,
      '--grad',
      'w=2 * X.T @ (X @ w - y) + 2 * lam * w;X=np.outer(2 * (X @ w - y) / n, w)',
      '--json',
    ]);
    assert.strictEqual(bad.code, 1);
    const bw = bad.out.components.find((c: { variable: string }) => c.variable === 'w');
    assert.strictEqual(bw.ok, false);
    assert.deepStrictEqual(bw.worstIndex, [0]); // rel. errors 0.667 and 0.666
    assert.ok(bw.maxRelError > 0.5);
    assert.strictEqual(bad.out.components.find((c: { variable: string }) => c.variable === 'X').ok, true);
  });

  it('check of a large array goes along a random direction (deterministic)', () => {
    const big = Array.from({ length: 100 }, (_, i) => Math.sin(i));
    const args = ['check', 'np.sum(np.tanh(x) ** 2)', '--lang', 'python', '--at', `x=${JSON.stringify(big)}`, '--json'];
    const a = json(args).out;
    assert.strictEqual(a.components[0].method, 'direction');
    assert.strictEqual(a.components[0].worstIndex, null);
    assert.strictEqual(a.ok, true);
    assert.deepStrictEqual(json(args).out, a);
  });

  it('an unsupported operation: {"error": …, "column"} and exit 2, never a scalar answer', () => {
    const r = json(['diff', 'np.sum(np.sort(X @ w))', '--lang', 'python', '--json']);
    assert.strictEqual(r.code, 2);
    assert.deepStrictEqual(r.out, { error: "unknown function 'np.sort' at column 8", column: 8 });
    const s = json(['diff', 'X @ w', '--lang', 'python', '--shapes', 'X=5x3,w=4', '--json']);
    assert.strictEqual(s.code, 2);
    assert.strictEqual(s.out.error, 'matrix product: shapes (5, 3) and (4,) do not match (3 ≠ 4) at column 3');
    const t = run(['diff', 'X.T @ r', '--lang', 'python']);
    assert.strictEqual(t.code, 0, t.stderr);
    assert.doesNotMatch(t.stdout, /X_T/);
  });

  it('scalar requests are unchanged (no array keys), and batch lines take "shapes" and nested lists', () => {
    const s = json(['diff', 'x^2*y', '--at', 'x=1,y=2', '--json']).out;
    assert.deepStrictEqual(Object.keys(s), ['expr', 'variables', 'partials', 'value', 'values']);
    const lines = [
      JSON.stringify({
        id: 1,
        expr: RIDGE,
        lang: 'python',
        at: {
          X: [
            [1, 2],
            [3, 4],
            [5, 6],
          ],
          w: [0.5, -1],
          y: [1, 2, 3],
          n: 3,
          lam: 0.1,
        },
      }),
      JSON.stringify({ id: 2, expr: 'np.sum(X @ w)', lang: 'python', shapes: { X: [4, 2] } }),
      JSON.stringify({ id: 3, expr: 'x*y' }),
    ].join('\n');
    const out = run(['diff', '--batch'], lines + '\n')
      .stdout.trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    assert.strictEqual(out[0].partials.w, '2 * X.T @ (X @ w - y) / n + 2 * lam * w');
    assert.deepStrictEqual(out[1].shapes, { X: [4, 2], w: [2] });
    assert.strictEqual(out[1].partials.X, 'np.outer(np.ones((4,)), w)');
    assert.deepStrictEqual(out[2], { id: 3, expr: 'x * y', variables: ['x', 'y'], partials: { x: 'y', y: 'x' } });
  });

  it('inspect reads an array line with the assignments it uses', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'di-arrays-'));
    const file = path.join(dir, 'ridge.py');
    fs.writeFileSync(
      file,
      'import numpy as np\n\ndef loss(X, w, y, lam):\n    r = X @ w - y\n    return np.sum(r**2) + lam * np.sum(w**2)\n',
    );
    const { code, out } = json(['inspect', file, '--line', '5', '--column', '12', '--at', AT, '--json']);
    assert.strictEqual(code, 0);
    assert.strictEqual(out.expression, 'np.sum(r**2) + lam * np.sum(w**2)');
    assert.deepStrictEqual(out.where, { r: 'X @ w - y' });
    assert.strictEqual(out.total.w, '2 * X.T @ (X @ w - y) + 2 * lam * w');
    assert.deepStrictEqual(
      out.totalValues.w.map((v: number) => Math.round(v * 1e9) / 1e9),
      [-96.9, -124.2],
    );
    assert.deepStrictEqual(out.range, { start: { line: 5, column: 12 }, end: { line: 5, column: 45 } });
  });

  it("inspect prints totals through the code's own intermediate names, as a hand-written backward pass reads (JSON stays in the inputs)", () => {
    const file = path.join(root, 'examples', 'python', 'mlp_numpy.py');
    const { code, stdout } = run(['inspect', file, '--line', '20', '--column', '20']);
    assert.strictEqual(code, 0);
    // h = tanh(X @ W1 + b1), scores = h @ W2 + b2, loss = sum((scores - Y)²) / n + lam * sum(W1²)
    assert.match(stdout, /dloss\/dW2 += 2 \* h\.T @ \(scores - Y\) \/ X\.shape\[0\]\n/);
    assert.match(stdout, /dloss\/db1 += 2 \* \(\(scores - Y\) @ W2\.T \* \(1 - h \*\* 2\)\)\.sum\(axis=0\) \/ X\.shape\[0\]\n/);
    const j = json(['inspect', file, '--line', '20', '--column', '20', '--json']);
    // the shapes the docstring states (W1 : ndarray of shape (d, h)), as the hover shows them
    assert.deepStrictEqual(j.out.shapes.W1, ['d', 'h']);
    assert.deepStrictEqual(j.out.shapes.b2, ['k']);
    assert.deepStrictEqual(j.out.range, { start: { line: 20, column: 12 }, end: { line: 20, column: 70 } });
    assert.strictEqual(j.out.total.W2, '2 * np.tanh(X @ W1 + b1).T @ (np.tanh(X @ W1 + b1) @ W2 + b2 - Y) / X.shape[0]');
  });

  it('Julia/MATLAB: a capital times a name inside a dotted reduction is a matrix product, never the per-element note', () => {
    // expected values: NumPy, r = X @ w - y; dw = X.T @ r / m, dX = outer(r, w) / m, dm = -sum(r**2) / (2 m**2)
    for (const lang of ['julia', 'matlab']) {
      const plain = run(['diff', '--lang', lang, 'sum((X*w - y).^2)']);
      assert.strictEqual(plain.code, 0, plain.stderr);
      assert.match(plain.stdout, /^∂f\/∂w\s+= 2 \* X' \* \(X \* w - y\)$/m, lang);
      assert.doesNotMatch(plain.stdout, /one element at a time/, lang);
      const j = json([
        'diff',
        '--lang',
        lang,
        'sum((X*w - y).^2)/(2*m)',
        '--at',
        'X=[[1,2],[3,4],[5,6]],w=[0.5,-1],y=[1,2,3],m=3',
        '--json',
      ]).out;
      assert.deepStrictEqual(j.shapes, { X: [3, 2], w: [2], y: [3], m: [] }, lang);
      const near = (a: number[], b: number[]) => a.every((v, i) => Math.abs(v - b[i]) < 1e-9);
      assert.ok(near(j.values.w, [-16.166666666666668, -20.666666666666668]), `${lang} w ${JSON.stringify(j.values.w)}`);
      assert.ok(
        near(j.values.X.flat(), [-0.4166666666666667, 0.8333333333333334, -0.75, 1.5, -1.0833333333333333, 2.1666666666666665]),
        lang,
      );
      assert.ok(Math.abs(j.values.m - -3.8194444444444446) < 1e-9, lang);
    }
  });
});
