// A hover in a notebook cell reads the code cells above it (core/document/notebook.ts): its cost in
// notebooks of 10 to 2,000 cells, against the same code as one file. The cells above are bounded by
// the window's budget (window.ts), so the time must not grow with the notebook past it.
import { cellsBefore, type NotebookCell } from '../../src/core/document';
import { hoverAt } from '../../src/core/hover';
import { section, table, timeMs } from './harness';

/** n cells: values, then a chain `h{k} = np.tanh(h{k-1} * w + b)`, a Markdown cell every 5th. */
function notebook(n: number): NotebookCell[] {
  const cells: NotebookCell[] = [{ text: 'import numpy as np\nw, b, x = 0.5, 0.1, 2.0\nh0 = x', lang: 'python' }];
  for (let k = 1; cells.length < n; k++) {
    if (k % 5 === 0) cells.push({ text: `## Step ${k}\nThe unit again: $h_{${k}} = \\tanh(h_{${k - 1}} w + b)$.`, lang: 'markdown' });
    cells.push({ text: `h${k} = np.tanh(h${k - 1} * w + b)\nh${k}`, lang: 'python' });
  }
  return cells;
}

section('hover: notebook cells above (a chain through the cells, hover in the last cell)', () => {
  const rows: (string | number)[][] = [];
  for (const n of [10, 100, 500, 2000]) {
    const cells = notebook(n);
    const last = cells.length - 1;
    const text = cells[last].text;
    const offset = text.indexOf('np.tanh') + 3;
    const above = cellsBefore(cells, last);
    const ask = () => hoverAt(text, 'python', offset, { cells: above, plot: false });
    const r = ask();
    const asFile =
      above
        .filter((c) => c.lang === 'python')
        .map((c) => c.text)
        .join('\n') +
      '\n' +
      text;
    const fileOffset = asFile.length - text.length + offset;
    rows.push([
      n,
      above.reduce((s, c) => s + c.text.length, 0),
      r?.model.totals?.variables.length ?? 0,
      timeMs(ask, 10, 2),
      timeMs(() => hoverAt(asFile, 'python', fileOffset, { plot: false }), 10, 2),
    ]);
  }
  table(['cells', 'chars above', 'total inputs', 'notebook ms (p50)', 'same code as one file ms (p50)'], rows);
  console.log('\nThe hover follows the nearest 16 definitions (HOVER_LIMITS.followed) in both cases; the cells above are read');
  console.log('within the window budget (48 kB / 500 lines above), so a 2,000-cell notebook costs what a 500-cell one does.');
});
