// The hover's cost at every position of every file in examples/: detection + analysis + Markdown
// (with the plot), as the editor would ask for it without the cache. Budget: p95 ≤ 20 ms.
import * as fs from 'fs';
import * as path from 'path';
import { langOfFile } from '../../src/cli/inspect';
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

section('hover: every position in examples/ (findMathAt + analysis + markdown + plot)', () => {
  const root = path.resolve(process.cwd(), 'examples');
  const rows: (string | number)[][] = [];
  const all: number[] = [];
  let hits = 0;
  for (const file of files(root)) {
    const lang = langOfFile(file)!;
    const text = fs.readFileSync(file, 'utf8');
    const times: number[] = [];
    let found = 0;
    for (let offset = 0; offset < text.length; offset++) {
      const t0 = process.hrtime.bigint();
      const r = hoverAt(text, lang, offset, { theme: 'dark', plot: true });
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
      if (r) found++;
    }
    times.sort((a, b) => a - b);
    all.push(...times);
    hits += found;
    rows.push([path.relative(root, file), times.length, found, pct(times, 0.5), pct(times, 0.95), times[times.length - 1] ?? 0]);
  }
  all.sort((a, b) => a - b);
  rows.push(['ALL', all.length, hits, pct(all, 0.5), pct(all, 0.95), all[all.length - 1] ?? 0]);
  table(['file', 'positions', 'hovers', 'p50 ms', 'p95 ms', 'max ms'], rows);
  const p95 = pct(all, 0.95);
  console.log(`\np95 ${p95.toFixed(2)} ms (budget ${BUDGET_P95_MS} ms): ${p95 <= BUDGET_P95_MS ? 'within budget' : 'OVER BUDGET'}`);
});

section('hover: huge inputs stay bounded (1 MB file, 100 kB line)', () => {
  const line = 'y = np.sin(x) * w + b\n';
  const big = line.repeat(Math.ceil(1_000_000 / line.length));
  const long = 'z = ' + Array.from({ length: 20000 }, (_, i) => `x${i}`).join('+') + '\n';
  const rows: (string | number)[][] = [];
  for (const [name, text, offset] of [['1 MB python, middle', big, big.length / 2 + 8], ['100 kB line', long, 50], ['1 MB, end', big, big.length - 5]] as const) {
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
