// Names that are members of every JavaScript object (constructor, toString, __proto__…) are ordinary
// variable names in the user's math: they must survive every record keyed by names.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyze } from '../../../src/core/analyze';
import { hoverAt } from '../../../src/core/hover';
import { cli } from './inproc';

const HOSTILE = [
  'constructor',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  '__proto__',
  'propertyIsEnumerable',
  '__defineGetter__',
];

describe('names that are JavaScript object members', () => {
  for (const n of HOSTILE) {
    it(`${n}: a variable like any other (diff --json, check, analyze with where/wrt)`, async () => {
      const d = await cli(['diff', `${n}*x`, '--at', `${n}=3,x=2`, '--json']);
      assert.strictEqual(d.code, 0, d.stdout + d.stderr);
      const out = JSON.parse(d.stdout);
      assert.deepStrictEqual([...out.variables].sort(), [n, 'x'].sort());
      assert.strictEqual(out.value, 6);
      assert.strictEqual(out.values.x, 3);
      assert.strictEqual(out.values[n], 2);
      assert.strictEqual(out.partials[n], 'x');

      const c = await cli(['check', `${n}^2*x`, '--at', `${n}=3,x=2`, '--json']);
      assert.strictEqual(c.code, 0, c.stdout + c.stderr);
      const checked = JSON.parse(c.stdout)
        .components.map((k: { variable: string }) => k.variable)
        .sort();
      assert.deepStrictEqual(checked, [n, 'x'].sort());
      const g = await cli(['check', `${n}^2*x`, '--at', `${n}=3,x=2`, '--grad', `${n}=2*${n}*x;x=${n}^2`, '--json']);
      assert.strictEqual(g.code, 0, g.stdout + g.stderr);

      const t = analyze('y', { where: { y: `${n}*x`, [n]: 'x + 1' }, at: { x: 2 } });
      assert.deepStrictEqual(t.totalVariables, ['x']);
      assert.strictEqual(t.totalValues!.x, 5); // y = (x+1)·x: dy/dx = 2x + 1

      const w = analyze(`${n} + x^2`, { wrt: [n], at: { [n]: 1, x: 3 } });
      assert.deepStrictEqual(Object.keys(w.partials), [n]);
      assert.strictEqual(w.value, 10);
    });
  }

  it('a where name, a helper function and a batch request named like an object member', async () => {
    const b = await cli(
      ['diff', '--batch'],
      '{"id": 1, "expr": "__proto__*x", "at": {"__proto__": 1, "x": 2}, "where": {"constructor": "x"}}\n',
    );
    const line = JSON.parse(b.stdout);
    assert.strictEqual(line.value, 2, b.stdout);
    assert.strictEqual(line.values.x, 1);
    const h = analyze('constructor(x) * 2', { functions: { constructor: { params: ['t'], body: 't^2' } }, at: { x: 3 } });
    assert.strictEqual(h.value, 18);
    assert.strictEqual(h.values!.x, 12);
  });

  it('inspect and the hover keep them (totals through an assignment named toString)', async () => {
    const src = 'toString = 2 * w\nvalueOf = toString * constructor\n';
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'di-')), 'm.py');
    fs.writeFileSync(file, src);
    const r = await cli(['inspect', file, '--line', '2', '--column', '12', '--at', 'w=1,constructor=3', '--json']);
    assert.strictEqual(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.deepStrictEqual([...out.variables].sort(), ['constructor', 'toString']);
    assert.deepStrictEqual([...out.totalVariables].sort(), ['constructor', 'w']);
    assert.strictEqual(out.totalValues.w, 6);
    const hover = hoverAt(src, 'python', src.indexOf('toString *'));
    assert.ok(hover);
    assert.match(hover.markdown, /constructor/);
    assert.match(hover.markdown, /∂valueOf\/∂toString|valueOf/);
  });
});
