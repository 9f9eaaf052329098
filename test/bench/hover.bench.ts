// The hover's cost at every position of every file in examples/: detection + analysis + Markdown
// (with the plot), as the editor would ask for it without its result cache, reported apart for
// positions that produce a hover and those that do not, cold and warm. Budget: p95 ≤ 20 ms.
import * as fs from 'fs';
import * as path from 'path';
import { langOfFile } from '../../src/cli/inspect';
import { clearCache } from '../../src/core/expr';
import { hoverAt } from '../../src/core/hover';
import { section, table } from './harness';

const BUDGET_P95_MS = 20;

function files(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p) : langOfFile(p) ? [p] : [];
  });
}

const pct = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

interface Times {
  cold: number[];
  warm: number[];
}
const newTimes = (): Times => ({ cold: [], warm: [] });

function timed(f: () => unknown): [number, unknown] {
  const t0 = process.hrtime.bigint();
  const r = f();
  return [Number(process.hrtime.bigint() - t0) / 1e6, r];
}

section('hover: every position in examples/ (findMathAt + analysis + markdown + plot), with and without a hover, cold and warm', () => {
  const root = path.resolve(process.cwd(), 'examples');
  const rows: (string | number)[][] = [];
  const all = { hover: newTimes(), none: newTimes() };
  for (const file of files(root)) {
    const lang = langOfFile(file)!;
    const text = fs.readFileSync(file, 'utf8');
    const mine = { hover: newTimes(), none: newTimes() };
    for (let offset = 0; offset < text.length; offset++) {
      const ask = () => hoverAt(text, lang, offset, { theme: 'dark', plot: true });
      clearCache(); // cold: no node of an earlier request to reuse
      const [cold, r] = timed(ask);
      const [warm] = timed(ask); // warm: the same request again, its nodes already in the table
      const t = r ? mine.hover : mine.none;
      t.cold.push(cold);
      t.warm.push(warm);
    }
    for (const k of ['hover', 'none'] as const) {
      all[k].cold.push(...mine[k].cold);
      all[k].warm.push(...mine[k].warm);
    }
    rows.push([path.relative(root, file), text.length, mine.hover.cold.length, ...figures(mine.hover), ...figures(mine.none)]);
  }
  rows.push(['ALL', all.hover.cold.length + all.none.cold.length, all.hover.cold.length, ...figures(all.hover), ...figures(all.none)]);
  table(
    [
      'file',
      'positions',
      'hovers',
      'hover cold p50',
      'p95',
      'max',
      'hover warm p50',
      'p95',
      'no hover cold p50',
      'p95',
      'max',
      'no hover warm p50',
      'p95',
    ],
    rows,
  );
  console.log('\nms per hoverAt call. cold: the node table cleared before the call; warm: the same call repeated at once');
  console.log('(the extension also caches whole results per document version; that cache is not used here).');
  for (const [k, what] of [
    ['hover', 'positions with a hover'],
    ['none', 'positions without a hover'],
  ] as const) {
    for (const w of ['cold', 'warm'] as const) {
      const sorted = [...all[k][w]].sort((a, b) => a - b);
      const p95 = pct(sorted, 0.95);
      console.log(
        `${what}, ${w}: p50 ${pct(sorted, 0.5).toFixed(2)} ms, p95 ${p95.toFixed(2)} ms, max ${(sorted[sorted.length - 1] ?? 0).toFixed(1)} ms ` +
          `(budget p95 ${BUDGET_P95_MS} ms: ${p95 <= BUDGET_P95_MS ? 'within' : 'OVER BUDGET'})`,
      );
    }
  }
});

/** p50, p95, max of cold and p50, p95 of warm. */
function figures(t: Times): number[] {
  const c = [...t.cold].sort((a, b) => a - b);
  const w = [...t.warm].sort((a, b) => a - b);
  return [pct(c, 0.5), pct(c, 0.95), c[c.length - 1] ?? 0, pct(w, 0.5), pct(w, 0.95)];
}

section('hover: huge inputs stay bounded (1 MB file, 100 kB line)', () => {
  const line = 'y = np.sin(x) * w + b\n';
  const big = line.repeat(Math.ceil(1_000_000 / line.length));
  const long = 'z = ' + Array.from({ length: 20000 }, (_, i) => `x${i}`).join('+') + '\n';
  const rows: (string | number)[][] = [];
  for (const [name, text, offset] of [
    ['1 MB python, middle', big, big.length / 2 + 8],
    ['100 kB line', long, 50],
    ['1 MB, end', big, big.length - 5],
  ] as const) {
    const times: number[] = [];
    for (let i = 0; i < 20; i++) {
      const t0 = process.hrtime.bigint();
      hoverAt(text, 'python', Math.floor(offset), { line: 1000 });
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    times.sort((a, b) => a - b);
    rows.push([name, pct(times, 0.5), times[times.length - 1]]);
  }
  table(['input', 'p50 ms', 'max ms'], rows);
});
