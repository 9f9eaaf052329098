// `inspect NOTEBOOK.ipynb --cell N --line L --column C`: the math in a notebook cell with the code
// cells above it, as the hover in VS Code's notebook editor reads it; clear errors otherwise.
import * as assert from 'assert';
import * as path from 'path';
import { cli, tempFiles } from './inproc';

const EXAMPLE = path.join(__dirname, '../../../../examples/notebooks/tanh_unit.ipynb');
const file = tempFiles('di-ipynb-');

describe('inspect a notebook cell', () => {
  it('h = np.tanh(z) in cell 6: totals through z of cell 5 at the values of cell 3', async () => {
    const r = await cli(['inspect', EXAMPLE, '--cell', '6', '--line', '1', '--column', '13', '--json']);
    assert.strictEqual(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.strictEqual(out.cell, 6);
    assert.strictEqual(out.expression, 'np.tanh(z)');
    assert.deepStrictEqual(out.range, { start: { line: 1, column: 5 }, end: { line: 1, column: 15 } });
    const h = Math.tanh(0.5 * 2 + 0.1);
    assert.ok(Math.abs(out.totalValues.w - (1 - h * h) * 2) < 1e-12, JSON.stringify(out.totalValues));
    assert.deepStrictEqual(out.at, { b: 0.1, w: 0.5, x: 2 });
  });

  it('a Julia notebook: the language comes from its metadata; Markdown cells are skipped', async () => {
    const nb = {
      metadata: { language_info: { name: 'julia' } },
      nbformat: 4,
      cells: [
        { cell_type: 'code', source: ['a = 1.5\n', 'q = 2.0'] },
        { cell_type: 'markdown', source: 'a = 100' },
        { cell_type: 'code', source: 'f = a^2 * q' },
      ],
    };
    const r = await cli(['inspect', file('j.ipynb', JSON.stringify(nb)), '--cell', '3', '--line', '1', '--column', '5', '--json']);
    assert.strictEqual(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.strictEqual(out.lang, 'julia');
    assert.deepStrictEqual(out.at, { a: 1.5, q: 2 });
    assert.strictEqual(out.values.a, 2 * 1.5 * 2);
  });

  it('errors: no --cell, a cell past the end, --cell on a plain file, JSON that is no notebook', async () => {
    for (const [args, message] of [
      [[EXAMPLE, '--line', '1', '--column', '1'], '--cell is required'],
      [[EXAMPLE, '--cell', '12', '--line', '1', '--column', '1'], '--cell 12 is past the last cell (9 cells)'],
      [[file('a.py', 'x = 1\n'), '--cell', '1', '--line', '1', '--column', '1'], '--cell is for .ipynb notebooks'],
    ] as const) {
      const r = await cli(['inspect', ...args, '--json']);
      assert.strictEqual(r.code, 2);
      assert.deepStrictEqual(JSON.parse(r.stdout), { error: message });
    }
    const bad = await cli(['inspect', file('b.ipynb', '{"cells": 3}'), '--cell', '1', '--line', '1', '--column', '1', '--json']);
    assert.strictEqual(bad.code, 2);
    assert.match(JSON.parse(bad.stdout).error, /is not a notebook: no "cells" list$/);
  });
});
