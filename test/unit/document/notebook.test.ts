// Notebooks (issue #12): the code cells above the cursor's cell are read as the text above it, in
// document order; Markdown cells and cells below are not; lines of other cells are named by cell.
// Expected values are written by hand from the cells' own numbers (closed forms, not our engine).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { cellsBefore, findMathAt, type NotebookCell } from '../../../src/core/document';
import fc from 'fast-check';
import { hoverAt } from '../../../src/core/hover';
import { PIECES } from './robust.test';
import type { Lang } from '../../../src/core/types';

const CURSOR = '‸';

/** A notebook given as cells, one holding the cursor `‸`: the hover there, read as the editor reads it. */
function hoverIn(cells: NotebookCell[]) {
  const at = cells.findIndex((c) => c.text.includes(CURSOR));
  assert.ok(at >= 0, 'a cell holds the cursor');
  const text = cells[at].text.replace(CURSOR, '');
  const offset = cells[at].text.indexOf(CURSOR);
  const r = hoverAt(text, cells[at].lang as Lang, offset, { cells: cellsBefore(cells, at), plot: false });
  return { r, text, offset };
}

const py = (text: string): NotebookCell => ({ text, lang: 'python' });
const md = (text: string): NotebookCell => ({ text, lang: 'markdown' });

const close = (a: number | undefined, b: number, what: string) =>
  assert.ok(a !== undefined && Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b)), `${what}: ${a} vs ${b}`);

/** Totals of one line of the hover, by the variable it is taken with respect to. */
const totals = (r: ReturnType<typeof hoverIn>['r']) => Object.fromEntries((r?.model.totals?.lines ?? []).map((l) => [l.variable, l.value]));

describe('document: notebook cells above the cursor', () => {
  it('values and totals follow the cells above: loss = (z - y)**2 through z = w*x + b at the notebook numbers', () => {
    const { r, text } = hoverIn([
      py('import numpy as np'),
      md('# A linear unit\nThe loss is $(wx + b - y)^2$.'),
      py('w, b, x, y = 0.5, 0.1, 2.0, 1.0'),
      py('z = w * x + b'),
      py('loss = (z - ‸y) ** 2\nprint(loss)'),
    ]);
    assert.ok(r, 'a hover');
    assert.deepStrictEqual({ ...r.model.point }, { b: 0.1, w: 0.5, x: 2, y: 1 });
    assert.deepStrictEqual(r.model.totals?.followed, ['z = w * x + b']);
    // loss = (w x + b − y)²: d/dw = 2(wx+b−y)·x, d/db = 2(wx+b−y), d/dx = 2(wx+b−y)·w, d/dy = −2(wx+b−y)
    const e = 0.5 * 2 + 0.1 - 1;
    const t = totals(r);
    close(t.w, 2 * e * 2, 'dloss/dw');
    close(t.b, 2 * e, 'dloss/db');
    close(t.x, 2 * e * 0.5, 'dloss/dx');
    close(t.y, -2 * e, 'dloss/dy');
    // the range is in the cell's own offsets
    assert.strictEqual(text.slice(r.range.start, r.range.end), '(z - y) ** 2');
    assert.strictEqual(r.found.statement.line, 1);
    assert.match(r.markdown, /dloss\/dw/);
  });

  it('a name redefined in a later cell above wins, and the earlier one is named by its cell', () => {
    const { r } = hoverIn([py('x = 2.0\nw = 0.5'), py('h = w * x'), py('x = 3.0'), py('h = w * x * x'), py('out = ‸h + 1')]);
    assert.ok(r);
    assert.deepStrictEqual({ ...r.model.point }, { w: 0.5, x: 3 });
    assert.deepStrictEqual(r.found.context.where.h, 'w * x * x');
    close(totals(r).x, 2 * 0.5 * 3, 'dout/dx = 2 w x');
    close(totals(r).w, 9, 'dout/dw = x²');
  });

  it('a reassignment across cells is renamed with its cell and line: x = x * 2 in cell 3', () => {
    const found = findMathAt('y = ‸x ** 2'.replace(CURSOR, ''), 'python', 4, {
      cells: cellsBefore([py('a = 1\nx = t + 1'), md('double it'), py('x = x * 2'), py('y = x ** 2')], 3),
    });
    assert.ok(found);
    assert.strictEqual(found.parseText, 'x ** 2');
    assert.deepStrictEqual({ ...found.context.where }, { x: 'x_1 * 2', x_1: 't + 1' });
    assert.strictEqual(found.context.renamed.x_1, 'x (cell 1, line 2)');
  });

  it('Markdown cells in between are skipped, even when they hold math-looking text', () => {
    const { r } = hoverIn([py('a = 1.5'), md('a = 100\n\n$$z = a^3$$'), py('z = ‸a * a')]);
    assert.ok(r);
    assert.deepStrictEqual({ ...r.model.point }, { a: 1.5 });
    close(r.model.partials[0]?.value ?? totals(r).a, 3, 'dz/da = 2a');
  });

  it('a cell below the cursor is never read', () => {
    const cells = [py('w = 0.5'), py('z = ‸w ** 3'), py('w = 9.0')];
    const { r } = hoverIn(cells);
    assert.ok(r);
    assert.deepStrictEqual({ ...r.model.point }, { w: 0.5 });
    assert.deepStrictEqual(cellsBefore(cells, 1), [{ text: 'w = 0.5', lang: 'python', number: 1 }]);
  });

  it('a hover in the first cell reads that cell alone, as a file', () => {
    const { r } = hoverIn([py('w, x = 0.5, 2.0\nz = ‸w * x'), py('w = 7.0')]);
    assert.ok(r);
    assert.deepStrictEqual({ ...r.model.point }, { w: 0.5, x: 2 });
    assert.deepStrictEqual(r.model.notes, []);
  });

  it('a loop in a cell above is named by its cell in the note', () => {
    const { r } = hoverIn([py('acc = 0.0\nfor k in range(3):\n    acc = acc + k * u'), py('f = ‸acc * 2')]);
    assert.ok(r);
    assert.ok(
      r.model.notes.some((n) => n.includes('cell 1, line 2') && n.includes('acc')),
      r.model.notes.join('\n'),
    );
  });

  it('a cell that ends inside an open bracket is not read, and says so', () => {
    const { r } = hoverIn([py('w = 0.5'), py('w = (0.25 +'), py('z = ‸w ** 2')]);
    assert.ok(r);
    assert.deepStrictEqual({ ...r.model.point }, { w: 0.5 });
    assert.ok(
      r.model.notes.some((n) => /cell 2 is not read/.test(n)),
      r.model.notes.join('\n'),
    );
  });

  it('an unclosed triple-quoted string above does not swallow the cursor cell', () => {
    const { r } = hoverIn([py('w = 0.5'), py('s = """never closed'), py('z = ‸w ** 2')]);
    assert.ok(r);
    assert.deepStrictEqual({ ...r.model.point }, { w: 0.5 });
  });

  it('an IPython cell magic that is not Python (%%bash) is skipped; %%time runs its cell', () => {
    const { r } = hoverIn([py('%%time\nw = 0.5'), py('%%bash\nw=3'), py('%matplotlib inline\nz = ‸w ** 2')]);
    assert.ok(r);
    assert.deepStrictEqual({ ...r.model.point }, { w: 0.5 });
  });

  it('cells of another language are skipped (an R cell in a Python notebook)', () => {
    const { r } = hoverIn([py('w = 0.5'), { text: 'w <- 4', lang: 'r' }, py('z = ‸w ** 2')]);
    assert.ok(r);
    assert.deepStrictEqual({ ...r.model.point }, { w: 0.5 });
  });

  it('a comment formula is read in its cell alone (a comment block does not run across cells)', () => {
    const cells = [py('# a = q ** 2'), py('# f = ‸a * 3')];
    const { r } = hoverIn(cells);
    assert.ok(r);
    assert.strictEqual(r.found.kind, 'comment');
    assert.deepStrictEqual({ ...r.found.context.where }, {});
  });

  it('a hover in a Markdown cell stays Markdown and reads no code cell', () => {
    const { r } = hoverIn([py('x = 3.0'), md('The energy $E = ‸x^2 y$.')]);
    assert.ok(r);
    assert.strictEqual(r.found.kind, 'latex');
    assert.deepStrictEqual(r.model.point.x === 3, false);
  });

  it('a function in the cursor cell reads module values from the cells above', () => {
    const { r } = hoverIn([py('import numpy as np\nscale = 2.0'), py('def f(t):\n    return np.sin(‸scale * t)')]);
    assert.ok(r);
    assert.deepStrictEqual({ ...r.found.context.where }, { scale: '2.0' });
    assert.strictEqual(r.found.context.constants.scale, 2);
  });

  it('a chain of numbers longer than the hover follows: the name cut off keeps its value, w and b are the inputs', () => {
    const cells = [py('import numpy as np\nw, b, x = 0.5, 0.1, 2.0\nh0 = x')];
    for (let k = 1; k <= 30; k++) cells.push(py(`h${k} = np.tanh(h${k - 1} * w + b)`));
    cells.push(py('out = ‸h30 * 1.0'));
    const { r } = hoverIn(cells);
    assert.ok(r, 'a hover (not nothing: every name is a number assigned above)');
    const vars = r.model.totals?.variables ?? [];
    const cut = vars.find((v) => /^h\d+$/.test(v));
    assert.ok(cut && vars.includes('w') && vars.includes('b'), vars.join(', '));
    // forward mode by hand from h0 = x: value and d/dw, d/db; from the cut name on, d/dh_cut too
    const w = 0.5;
    const b = 0.1;
    let h = [2, 0, 0]; // h, dh/dw, dh/db
    const K = Number(cut.slice(1));
    let dcut = 1;
    for (let k = 1; k <= 30; k++) {
      const t = Math.tanh(h[0] * w + b);
      const s = 1 - t * t;
      // past the cut, h_K is an input of its own: its dependence on w and b is not followed
      const [dw, db] = k === K + 1 ? [0, 0] : [h[1], h[2]];
      h = [t, s * (dw * w + h[0]), s * (db * w + 1)];
      if (k === K) close(r.model.point[cut], t, `${cut} at its value from the chain`);
      if (k > K) dcut *= s * w;
    }
    close(totals(r).w, h[1], 'dout/dw past the cut');
    close(totals(r).b, h[2], 'dout/db past the cut');
    close(totals(r)[cut], dcut, `dout/d${cut}`);
    assert.ok(
      r.model.notes.some((n) => /totals follow the 16 nearest/.test(n)),
      r.model.notes.join('\n'),
    );
  });

  it('a name assigned only in a cell above the budget a hover reads is an input, and said', () => {
    const filler = Array.from({ length: 40 }, (_, i) => `v${i} = ${i}.5`).join('\n');
    const cells = [py('lr, w = 0.01, 2.0'), ...Array.from({ length: 20 }, () => py(filler)), py('g = 0.5'), py('w_new = ‸w - lr * g')];
    const { r } = hoverIn(cells);
    assert.ok(r);
    assert.ok(
      r.model.notes.some((n) => /`lr` is assigned in cell 1, above the 500 lines/.test(n)),
      r.model.notes.join('\n'),
    );
    assert.ok(
      r.model.notes.some((n) => /`w` is assigned in cell 1/.test(n)),
      r.model.notes.join('\n'),
    );
    // g from the nearest cell is still followed
    assert.strictEqual(r.found.context.where.g, '0.5');
  });

  it('random cells above (broken ones too) never throw, and ranges stay inside the cursor cell', function () {
    this.timeout(120_000);
    const CODE: Lang[] = ['python', 'julia', 'r', 'javascript', 'cpp', 'matlab'];
    const cell = fc.array(fc.constantFrom(...PIECES), { maxLength: 25 }).map((p) => p.join(''));
    fc.assert(
      fc.property(
        fc.array(fc.record({ text: cell, markdown: fc.boolean() }), { maxLength: 6 }),
        cell,
        fc.constantFrom(...CODE),
        fc.nat(),
        (above, text, lang, k) => {
          const offset = text.length ? k % (text.length + 1) : 0;
          const cells = cellsBefore(
            above.map((c) => ({ text: c.text, lang: c.markdown ? 'markdown' : lang })),
            above.length,
          );
          const r = findMathAt(text, lang, offset, { cells });
          if (r) {
            assert.ok(r.range.start >= 0 && r.range.end <= text.length && r.range.start <= r.range.end);
            assert.strictEqual(text.slice(r.range.start, r.range.end), r.text);
            assert.ok(r.statement.range.start >= 0 && r.statement.range.end <= text.length);
          }
          hoverAt(text, lang, offset, { cells, plot: false });
        },
      ),
      { numRuns: 800 },
    );
  });

  const LANGS: { lang: Lang; cells: string[]; cursor: string }[] = [
    { lang: 'julia', cells: ['w, x = 0.5, 2.0', 'z = w * x + 1'], cursor: 'loss = ‸z^2' },
    { lang: 'r', cells: ['w <- 0.5\nx <- 2.0', 'z <- w * x + 1'], cursor: 'loss <- ‸z^2' },
    { lang: 'javascript', cells: ['let w = 0.5, x = 2.0;', 'const z = w * x + 1'], cursor: 'const loss = ‸z ** 2' },
    { lang: 'typescript', cells: ['const w: number = 0.5\nconst x = 2.0', 'const z = w * x + 1'], cursor: 'const loss = ‸z ** 2' },
    { lang: 'cpp', cells: ['double w = 0.5, x = 2.0;', 'double z = w * x + 1;'], cursor: 'double loss = ‸z * z;' },
    { lang: 'matlab', cells: ['w = 0.5; x = 2.0;', 'z = w * x + 1;'], cursor: 'loss = ‸z^2;' },
  ];
  for (const c of LANGS) {
    it(`${c.lang}: totals through the cells above at their values`, () => {
      const { r } = hoverIn([...c.cells.map((text) => ({ text, lang: c.lang })), { text: c.cursor, lang: c.lang }]);
      assert.ok(r, 'a hover');
      assert.deepStrictEqual({ ...r.model.point }, { w: 0.5, x: 2 });
      // loss = (w x + 1)²: d/dw = 2(wx+1)x = 8, d/dx = 2(wx+1)w = 2
      close(totals(r).w, 8, 'dloss/dw');
      close(totals(r).x, 2, 'dloss/dx');
    });
  }
});

describe('examples/notebooks/tanh_unit.ipynb', () => {
  // the notebook as VS Code's ipynb serializer gives its cells: joined source lines, Markdown cells as `markdown`
  const nb = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../../examples/notebooks/tanh_unit.ipynb'), 'utf8')) as {
    cells: { cell_type: string; source: string[] }[];
  };
  const cells = nb.cells.map((c) => ({ text: c.source.join(''), lang: c.cell_type === 'code' ? 'python' : 'markdown' }));
  const at = (needle: string, offset = 0) => {
    const i = cells.findIndex((c) => c.text.includes(needle));
    const r = hoverAt(cells[i].text, 'python', cells[i].text.indexOf(needle) + offset, { cells: cellsBefore(cells, i), plot: false });
    assert.ok(r, `a hover at ${needle}`);
    return r;
  };
  // w, b, x, y = 0.5, 0.1, 2.0, 1.0 (cell 3); z = w x + b (cell 5); h = tanh z (cell 6)
  const h = Math.tanh(0.5 * 2 + 0.1);

  it('z in h = np.tanh(z): totals through z at the notebook values, not the w = 3.0 of the cell below', () => {
    const r = at('np.tanh(z)', 8);
    assert.deepStrictEqual({ ...r.model.point }, { b: 0.1, w: 0.5, x: 2 });
    const t = totals(r);
    close(t.w, (1 - h * h) * 2, 'dh/dw');
    close(t.b, 1 - h * h, 'dh/db');
    close(t.x, (1 - h * h) * 0.5, 'dh/dx');
  });

  it('loss: totals through h and z, two cells up', () => {
    const r = at('(h - y) ** 2', 2);
    assert.deepStrictEqual(r.model.totals?.followed, ['z = w * x + b', 'h = np.tanh(z)']);
    close(totals(r).w, 2 * (h - 1) * (1 - h * h) * 2, 'dloss/dw');
  });
});
