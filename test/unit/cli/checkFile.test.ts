// `check-file` as scripts and CI use it (dist/cli.js): the exact JSON contract, SARIF 2.1.0, --pair,
// --at with arrays, directories, and exit codes 0 (all pass), 1 (a component wrong), 2 (bad input).
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { SCIPY } from '../gradients/snippets';

const root = path.resolve(__dirname, '../../../..');
const cli = path.join(root, 'dist', 'cli.js');

const GOOD = SCIPY;
const BAD = GOOD.replace('dfdx1 = 200.0*', 'dfdx1 = 180.0*');

function run(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, 'check-file', ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('CLI check-file', function () {
  this.timeout(120_000);
  let dir: string;

  before(() => {
    if (!fs.existsSync(cli)) spawnSync(process.execPath, ['esbuild.js'], { cwd: root });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'di-check-file-test-'));
    fs.mkdirSync(path.join(dir, 'pkg', 'node_modules'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'good.py'), GOOD);
    fs.writeFileSync(path.join(dir, 'pkg', 'bad.py'), BAD);
    fs.writeFileSync(path.join(dir, 'pkg', 'node_modules', 'skipped.py'), BAD);
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'not code');
    fs.writeFileSync(
      path.join(dir, 'energy.jl'),
      'energy(q) = q[1]^2 * q[2]\nfunction force(q)\n    return [2 * q[1] * q[2], q[1]^2]\nend\n',
    );
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('exit 0 and the JSON contract when every pair passes', () => {
    const r = run([path.join(dir, 'good.py'), '--json']);
    assert.strictEqual(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.deepStrictEqual(Object.keys(out), ['files', 'ok']);
    assert.strictEqual(out.ok, true);
    const f = out.files[0];
    assert.deepStrictEqual(Object.keys(f), ['file', 'lang', 'pairs', 'notes']);
    assert.strictEqual(f.lang, 'python');
    const p = f.pairs[0];
    for (const k of ['objective', 'gradient', 'pairing', 'variables', 'points', 'ok', 'components']) assert.ok(k in p, k);
    assert.deepStrictEqual(p.objective, { name: 'rosen', line: 4 });
    assert.deepStrictEqual(p.gradient, { name: 'rosen_der', line: 8 });
    assert.deepStrictEqual(p.variables, ['x[0]', 'x[1]']);
    assert.deepStrictEqual(p.points[0], { x: [-1.2, 1] });
    for (const c of p.components) for (const k of ['variable', 'line', 'handwritten', 'expected', 'relError', 'ok']) assert.ok(k in c, k);
    assert.deepStrictEqual(
      p.components.map((c: { line: number }) => c.line),
      [9, 10],
    );
  });

  it('exit 1 when a component is wrong; the text names it with its line and values', () => {
    const r = run([path.join(dir, 'pkg', 'bad.py')]);
    assert.strictEqual(r.code, 1);
    // 180·(1 − 1.44) = −79.2 written, 200·(1 − 1.44) = −88 the derivative
    assert.match(r.stdout, /bad\.py:10: ∂rosen\/∂x\[1\] written here is -79\.2, the derivative is -88 at x0 = \[-1\.2, 1\]/);
    assert.match(r.stdout, /1 file, 1 pair: 0 match, 1 wrong, 0 not checked/);
  });

  it('a directory: every supported file under it, node_modules and other files skipped', () => {
    const r = run([dir, '--json']);
    assert.strictEqual(r.code, 1);
    const out = JSON.parse(r.stdout);
    const names = out.files.map((f: { file: string }) => path.relative(dir, f.file)).sort();
    assert.deepStrictEqual(names, ['energy.jl', 'good.py', path.join('pkg', 'bad.py')]);
    assert.strictEqual(out.ok, false);
  });

  it('--pair OBJECTIVE:GRADIENT pairs by hand; --at gives the point, arrays as JSON lists', () => {
    const file = path.join(dir, 'energy.jl');
    assert.strictEqual(JSON.parse(run([file, '--json']).stdout).files[0].pairs.length, 0);
    const r = run([file, '--json', '--pair', 'energy:force', '--at', 'q=[1.5,2]']);
    assert.strictEqual(r.code, 0, r.stderr);
    const p = JSON.parse(r.stdout).files[0].pairs[0];
    assert.strictEqual(p.pairing, 'by hand');
    assert.deepStrictEqual(p.points, [{ q: [1.5, 2] }]);
    // ∂/∂q1 = 2·q1·q2 = 6, ∂/∂q2 = q1² = 2.25
    assert.deepStrictEqual(
      p.components.map((c: { handwritten: number }) => c.handwritten),
      [6, 2.25],
    );
  });

  it('--format sarif: SARIF 2.1.0 with an error result at the wrong component line', () => {
    const r = run([path.join(dir, 'pkg', 'bad.py'), '--format', 'sarif']);
    assert.strictEqual(r.code, 1);
    const s = JSON.parse(r.stdout);
    assert.strictEqual(s.version, '2.1.0');
    assert.match(s.$schema, /sarif-2\.1\.0/);
    const run0 = s.runs[0];
    assert.strictEqual(run0.tool.driver.name, 'derivative-inspector');
    assert.ok(run0.tool.driver.rules.some((x: { id: string }) => x.id === 'gradient-component-wrong'));
    assert.strictEqual(run0.results.length, 1);
    const res = run0.results[0];
    assert.strictEqual(res.ruleId, 'gradient-component-wrong');
    assert.strictEqual(res.level, 'error');
    assert.strictEqual(res.locations[0].physicalLocation.region.startLine, 10);
    assert.match(res.locations[0].physicalLocation.artifactLocation.uri, /pkg\/bad\.py$/);
    assert.match(res.message.text, /∂rosen\/∂x\[1\]/);
  });

  it('exit 2 on bad input, with a message that says what', () => {
    const cases: [string[], RegExp][] = [
      [[], /give at least one PATH/],
      [[path.join(dir, 'missing.py')], /cannot read .*missing\.py: ENOENT/],
      [[path.join(dir, 'notes.txt')], /not a supported source file \(\.txt\)/],
      [[path.join(dir, 'good.py'), '--at', 'x=[1,2'], /--at: unclosed '\['/],
      [[path.join(dir, 'good.py'), '--at', 'x=abc'], /--at: the value of x .* is not a number or a JSON list: abc/],
      [[path.join(dir, 'good.py'), '--rtol', '-1'], /--rtol -1: expected a non-negative number/],
      [[path.join(dir, 'good.py'), '--format', 'xml'], /--format xml: the only format is sarif/],
      [[path.join(dir, 'good.py'), '--pair', 'rosen'], /--pair rosen: expected OBJECTIVE:GRADIENT/],
      [[path.join(dir, 'good.py'), '--pair', 'a:b'], /--pair a:b: no file given defines both functions/],
      [[path.join(dir, 'good.py'), '--frobnicate'], /unknown option --frobnicate/],
    ];
    for (const [args, msg] of cases) {
      const r = run(args);
      assert.strictEqual(r.code, 2, `${args.join(' ')}: exit ${r.code}`);
      assert.match(r.stderr, msg, args.join(' '));
    }
  });
});
