import * as assert from 'assert';
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const root = path.resolve(__dirname, '../../../..');
const cli = path.join(root, 'dist', 'cli.js');

function run(args: string[], input?: string): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, input, encoding: 'utf8', maxBuffer: 64 << 20 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function json(args: string[], input?: string): { code: number | null; out: Record<string, unknown> } {
  const r = run(args, input);
  return { code: r.code, out: JSON.parse(r.stdout) as Record<string, unknown> };
}

describe('CLI (dist/cli.js)', function () {
  this.timeout(120_000);

  before(() => {
    if (!fs.existsSync(cli)) {
      const b = spawnSync(process.execPath, ['esbuild.js'], { cwd: root, encoding: 'utf8' });
      assert.strictEqual(b.status, 0, `building dist/cli.js failed: ${b.stderr}`);
    }
    assert.ok(fs.existsSync(cli), 'dist/cli.js is missing: run `npm run build` first');
  });

  it('--version and --help', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
    assert.strictEqual(run(['--version']).stdout.trim(), pkg.version);
    const help = run(['--help']);
    assert.strictEqual(help.code, 0);
    assert.match(help.stdout, /diff "<expr>"/);
    assert.match(help.stdout, /check "<expr>" --at/);
    const unknown = run(['frobnicate']);
    assert.strictEqual(unknown.code, 2);
    assert.match(unknown.stderr, /unknown command 'frobnicate'/);
  });

  it('diff --json: variables, partials in mathjs syntax, values', () => {
    const { code, out } = json(['diff', 'x^2*y + sin(x)', '--at', 'x=0,y=3', '--json']);
    assert.strictEqual(code, 0);
    assert.deepStrictEqual(out.variables, ['x', 'y']);
    const partials = out.partials as Record<string, string>;
    assert.match(partials.x, /cos\(x\)/);
    assert.deepStrictEqual(out.values, { x: 1, y: 0 });
  });

  it('diff --where gives totals (tutorial: f = 4π/3·t·x·y with t = x)', () => {
    const { code, out } = json(['diff', '4*pi/3*t*x*y', '--where', 't=x', '--at', 'x=1,y=2', '--json']);
    assert.strictEqual(code, 0);
    const values = out.values as Record<string, number>;
    const totalValues = out.totalValues as Record<string, number>;
    assert.ok(Math.abs(values.x - ((4 * Math.PI) / 3) * 2) < 1e-12);
    assert.ok(Math.abs(totalValues.x - ((8 * Math.PI) / 3) * 2) < 1e-12);
    assert.ok(typeof (out.total as Record<string, string>).x === 'string');
  });

  it('diff human-readable: aligned ∂f/∂x lines, totals as df/dx, values', () => {
    const r = run(['diff', 'y = x**2 * z', '--lang', 'python', '--where', 'z=2*x', '--at', 'x=3']);
    assert.strictEqual(r.code, 0, r.stderr);
    const lines = r.stdout.split('\n');
    const eqColumns = new Set(lines.slice(0, 5).map((l) => l.indexOf(' = ')));
    assert.strictEqual(eqColumns.size, 1, r.stdout);
    assert.match(r.stdout, /^∂y\/∂x +=/m);
    assert.match(r.stdout, /^dy\/dx +=/m);
    assert.match(r.stdout, /^dy\/dx += 54$/m); // d/dx 2x³ = 6x² = 54
  });

  it("diff human-readable: a subexpression the derivatives share is named once (σ' = s·(1 − s))", () => {
    const r = run(['diff', 'sigmoid(w*x + b)']);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.match(r.stdout, /^s += sigmoid\(w \* x \+ b\)$/m);
    assert.match(r.stdout, /^∂f\/∂b += s \* \(1 - s\)$/m);
    assert.match(r.stdout, /^∂f\/∂w += x \* s \* \(1 - s\)$/m);
  });

  it("diff human-readable: totals are written with the user's own intermediate names", () => {
    const r = run(['diff', 'loss = (h - y)**2', '--lang', 'python', '--where', 'h=np.tanh(w*x)']);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.match(r.stdout, /^h += tanh\(w \* x\)$/m);
    assert.match(r.stdout, /^s\d* += 1 - h \^ 2$/m, "tanh' written with h");
    assert.match(r.stdout, /^dloss\/dw += 2 \* x \* s\d* \* s\d*$/m);
    const defs = r.stdout.split('\n').filter((l) => /^s\d* += h - y$/.test(l));
    assert.strictEqual(defs.length, 1, r.stdout);
  });

  it('diff errors: JSON message with the column and exit 2; human mode on stderr', () => {
    const j = json(['diff', 'x ^ 2', '--lang', 'python', '--json']);
    assert.strictEqual(j.code, 2);
    assert.match(String(j.out.error), /bitwise XOR in Python; use \*\* for a power \(at column 3\)/);
    assert.strictEqual(j.out.column, 3);
    const h = run(['diff', '2 * * x']);
    assert.strictEqual(h.code, 2);
    assert.strictEqual(h.stdout, '');
    assert.match(h.stderr, /unexpected '\*' at column 5/);
    assert.strictEqual(run(['diff', 'x', '--lang', 'cobol']).code, 2);
    assert.strictEqual(run(['diff', 'x', '--at', 'x=abc']).code, 2);
  });

  it('diff - reads the expression from stdin; a leading minus is still an expression', () => {
    const r = json(['diff', '-', '--lang', 'python', '--json'], 'loss = np.exp(-x**2) * y\n');
    assert.strictEqual(r.code, 0);
    assert.strictEqual(r.out.target, 'loss');
    assert.deepStrictEqual(r.out.variables, ['x', 'y']);
    const neg = json(['diff', '-x^2', '--at', 'x=3', '--json']);
    assert.deepStrictEqual(neg.out.values, { x: -6 });
  });

  it('diff --hessian: second derivatives, text and JSON', () => {
    const j = json(['diff', 'x^3*y', '--hessian', '--at', 'x=2,y=0.5', '--json']);
    assert.deepStrictEqual(j.out.hessianValues, [
      [6, 12],
      [12, 0],
    ]);
    const t = run(['diff', 'x^3*y', '--hessian']);
    assert.match(t.stdout, /^∂²f\/∂x∂y = 3 \* x \^ 2$/m);
  });

  it('diff --batch: one line out per line in, in order, errors per line, exit 0', () => {
    const input =
      [
        { id: 1, expr: 'x^2' },
        'this is not json',
        { id: 'b', expr: 'sin(x)*y', at: { x: 0, y: 2 }, wrt: 'x' },
        { id: 4, expr: 'np.exp(x) ^ 2', lang: 'python' },
        { id: 5, expr: 'a*t', where: { t: 'a^2' }, at: { a: 2 }, wrt: ['a'] },
      ]
        .map((l) => (typeof l === 'string' ? l : JSON.stringify(l)))
        .join('\n') + '\n';
    const r = run(['diff', '--batch'], input);
    assert.strictEqual(r.code, 0);
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    assert.strictEqual(out.length, 5);
    assert.deepStrictEqual(
      out.map((o) => o.id),
      [1, null, 'b', 4, 5],
    );
    assert.deepStrictEqual(out[0].partials, { x: '2 * x' });
    assert.ok(out[1].error);
    assert.deepStrictEqual(out[2].values, { x: 2 });
    assert.match(String(out[3].error), /XOR/);
    assert.deepStrictEqual(out[4].totalValues, { a: 12 }); // d/da a³ = 3a²
  });

  it('diff --batch handles 10k lines', () => {
    const lines = Array.from({ length: 10000 }, (_, i) => JSON.stringify({ id: i, expr: `x^${(i % 7) + 1} * y`, at: { x: 2, y: 1 } }));
    const r = run(['diff', '--batch'], lines.join('\n') + '\n');
    assert.strictEqual(r.code, 0);
    const out = r.stdout.trim().split('\n');
    assert.strictEqual(out.length, 10000);
    const last = JSON.parse(out[9999]) as { id: number; values: { x: number } };
    assert.strictEqual(last.id, 9999);
    const k = (9999 % 7) + 1;
    assert.strictEqual(last.values.x, k * 2 ** (k - 1));
  });

  it('diff --batch streams: the answer to a line comes before stdin is closed', async () => {
    const child = spawn(process.execPath, [cli, 'diff', '--batch'], { cwd: root });
    const first = await new Promise<string>((resolve) => {
      child.stdout.setEncoding('utf8');
      child.stdout.once('data', (d: string) => resolve(d));
      child.stdin.write(JSON.stringify({ id: 'first', expr: 'x^3' }) + '\n');
    });
    assert.strictEqual((JSON.parse(first.trim().split('\n')[0]) as { id: string }).id, 'first');
    child.stdin.end();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.strictEqual(code, 0);
  });

  it('diff --batch into a reader that goes away (| head) ends quietly', async () => {
    const child = spawn(process.execPath, [cli, 'diff', '--batch'], { cwd: root });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    const lines = Array.from({ length: 20000 }, (_, i) => JSON.stringify({ id: i, expr: 'x^2*y' })).join('\n') + '\n';
    child.stdin.on('error', () => {
      /* the child may exit before all input is written */
    });
    child.stdin.end(lines);
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.strictEqual(code, 0, stderr);
    assert.doesNotMatch(stderr, /EPIPE|at /);
  });

  it('check: symbolic partials pass (exit 0), a wrong hand-written partial fails (exit 1)', () => {
    const ok = json(['check', 'x^2*y + sigmoid(x)', '--at', 'x=1,y=2', '--json']);
    assert.strictEqual(ok.code, 0);
    assert.strictEqual(ok.out.ok, true);
    assert.ok(typeof ok.out.method === 'string');
    const bad = json(['check', 'x^2*y', '--at', 'x=1,y=2', '--grad', 'x=2.0001*x*y;y=x^2', '--json']);
    assert.strictEqual(bad.code, 1);
    const comps = bad.out.components as Array<{ variable: string; ok: boolean; analytic: number; numeric: number; relError: number }>;
    assert.deepStrictEqual(
      comps.map((c) => [c.variable, c.ok]),
      [
        ['x', false],
        ['y', true],
      ],
    );
    assert.ok(Math.abs(comps[0].relError - 5e-5) < 1e-6);
    const human = run(['check', 'x^2*y', '--at', 'x=1,y=2', '--grad', 'x=2.0001*x*y;y=x^2']);
    assert.strictEqual(human.code, 1);
    assert.match(human.stdout, /FAIL/);
  });

  it('check --where: total derivatives; a partial that forgets the chain through t fails', () => {
    const ok = json(['check', '4*pi/3*t*x*y', '--where', 't=x', '--at', 'x=1,y=2', '--json']);
    assert.strictEqual(ok.code, 0);
    const forgot = json(['check', '4*pi/3*t*x*y', '--where', 't=x', '--at', 'x=1,y=2', '--grad', 'x=4*pi/3*x*y', '--json']);
    assert.strictEqual(forgot.code, 1);
    const [c] = forgot.out.components as Array<{ numeric: number; relError: number }>;
    assert.ok(Math.abs(c.numeric - (16 * Math.PI) / 3) < 1e-9);
    assert.ok(Math.abs(c.relError - 0.5) < 1e-9);
  });

  it('check: kinks at the point come with a note', () => {
    const r = json(['check', 'abs(x) + y', '--at', 'x=0,y=1', '--json']);
    assert.ok(
      (r.out.notes as string[]).some((n) => /kink/.test(n)),
      JSON.stringify(r.out),
    );
    const human = run(['check', 'abs(x) + y', '--at', 'x=0,y=1']);
    assert.match(human.stdout, /note: abs has a kink/);
  });

  it('check: bad input exits 2 with a message', () => {
    const noPoint = run(['check', 'x^2']);
    assert.strictEqual(noPoint.code, 2);
    assert.match(noPoint.stderr, /--at/);
    const missing = json(['check', 'x*y', '--at', 'x=1', '--json']);
    assert.strictEqual(missing.code, 2);
    assert.match(String(missing.out.error), /no value given for 'y'/);
  });

  it('check in another language, badly scaled point, no false alarm', () => {
    const r = json(['check', 'np.exp(x) * y**3', '--lang', 'python', '--at', 'x=12.5,y=1e6', '--json']);
    assert.strictEqual(r.code, 0, JSON.stringify(r.out));
  });
});
