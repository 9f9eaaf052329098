// Array code in the editor (issue #11): the array corpus per language (right / refused with the
// operation and where / unverified / wrong / silent; wrong must stay at the known scalar readings),
// the hover's time on array lines (budget: p95 ≤ 20 ms like every hover) and Check Gradient on arrays.
import * as fs from 'fs';
import * as path from 'path';
import { section, table, fmt } from './harness';
import { ARRAY_LANGS, corpusDir, countArrays, loadCases, runArrayCorpus } from '../corpus/arrays/classify';
import { hoverAt } from '../../src/core/hover';
import { buildReport } from '../../src/core/report/buildReport';

function p(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}

section('arrays in the editor: real array lines per language (test/corpus/arrays), hover time on them, Check Gradient on arrays', () => {
  const results = runArrayCorpus();
  const counts = countArrays(results);
  const rows: (string | number)[][] = ARRAY_LANGS.map((l) => {
    const c = counts[l] ?? { right: 0, refused: 0, wrong: 0, silent: 0, unverified: 0 };
    return [l, c.right + c.refused + c.wrong + c.unverified, c.right, c.refused, c.unverified, c.wrong, c.silent];
  });
  const total = (k: number) => rows.reduce((n, r) => n + Number(r[k]), 0);
  rows.push(['all', total(1), total(2), total(3), total(4), total(5), total(6)]);
  table(['language', 'found', 'right', 'refused (what, where)', 'answered, unverified', 'wrong (scalar reading)', 'silent'], rows);
  const totals = results.filter((r) => r.total);
  console.log(
    `\ntotals through earlier lines: ${totals.filter((r) => r.total === 'right').length} right, ${totals.filter((r) => r.total === 'wrong').length} wrong, ${totals.filter((r) => r.total === 'missing').length} not given, of ${totals.length}`,
  );
  for (const r of results.filter((x) => x.outcome === 'wrong' || x.outcome === 'silent'))
    console.log(`  ${r.outcome}: ${r.c.id}: ${r.why.slice(0, 160)}`);

  // hover time on every array line, cold (first ask) and warm
  const dir = corpusDir();
  const cold: number[] = [];
  const warm: number[] = [];
  for (const c of loadCases()) {
    const text = fs.readFileSync(path.join(dir, c.file), 'utf8');
    const offset = text.indexOf(c.needle) + c.needle.length - 1;
    let t = performance.now();
    hoverAt(text, c.lang, offset, { plot: true });
    cold.push(performance.now() - t);
    for (let k = 0; k < 5; k++) {
      t = performance.now();
      hoverAt(text, c.lang, offset, { plot: true });
      warm.push(performance.now() - t);
    }
  }
  console.log('');
  table(
    ['array line hovers', 'cold p50 ms', 'cold p95 ms', 'warm p50 ms', 'warm p95 ms', 'budget'],
    [
      [
        cold.length,
        fmt(p(cold, 0.5)),
        fmt(p(cold, 0.95)),
        fmt(p(warm, 0.5)),
        fmt(p(warm, 0.95)),
        p(warm, 0.95) <= 20 ? 'p95 ≤ 20 ms ✓' : 'OVER',
      ] as (string | number)[],
    ],
  );

  // Check Gradient on a two-layer MLP loss in array form (per element for small arrays)
  const mlp = 'np.sum((np.tanh(X @ W1 + b1) @ W2 + b2 - Y) ** 2) / n + lam * (np.sum(W1 ** 2) + np.sum(W2 ** 2))';
  const shapes = { X: ['n', 'd'], W1: ['d', 'h'], b1: ['h'], W2: ['h', 'k'], b2: ['k'], Y: ['n', 'k'] };
  let report = buildReport({ source: mlp, lang: 'python', shapes }, {}, { rtol: 1e-6, atol: 0 });
  const times: number[] = [];
  for (let k = 0; k < 5; k++) {
    const t = performance.now();
    report = buildReport({ source: mlp, lang: 'python', shapes }, {}, { rtol: 1e-6, atol: 0 });
    times.push(performance.now() - t);
  }
  console.log('');
  table(
    ['Check Gradient: MLP loss in array form', 'verdict', 'variables', 'largest relative error', 'p50 ms'],
    [
      [
        `shapes ${Object.entries(report.arrays!.shapes)
          .map(([k, s]) => `${k} ${s.join('×') || 'scalar'}`)
          .join(', ')}`,
        report.ok ? 'pass' : 'FAIL',
        report.components.length,
        fmt(Math.max(...report.components.map((c) => c.relError ?? 0))),
        fmt(p(times, 0.5)),
      ],
    ],
  );
});
