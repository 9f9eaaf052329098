// Benchmark harness: sections register themselves; bench.ts runs them in order and each prints
// a readable table. Other modules add a section by importing `section` (e.g. ./hover.bench).

export interface Section {
  name: string;
  run: () => void;
}

export const sections: Section[] = [];

export function section(name: string, run: () => void): void {
  sections.push({ name, run });
}

/** Median time in ms of `f` over `runs` runs (after `warmup` untimed runs). */
export function timeMs(f: () => unknown, runs = 30, warmup = 5): number {
  for (let i = 0; i < warmup; i++) f();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    f();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** Prints rows as an aligned text table (numbers right-aligned). */
export function table(headers: string[], rows: (string | number)[][]): void {
  const cells = [headers, ...rows.map((r) => r.map((c) => (typeof c === 'number' ? fmt(c) : c)))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => String(r[i] ?? '').length)));
  const line = (r: string[], numeric: boolean[]) =>
    r.map((c, i) => (numeric[i] ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i]))).join('  ');
  const numericCols = headers.map((_, i) => rows.length > 0 && rows.every((r) => typeof r[i] === 'number'));
  console.log(line(headers, numericCols));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of cells.slice(1)) console.log(line(r as string[], numericCols));
}

export function fmt(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  if (Number.isInteger(v)) return String(v);
  return Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(3);
}

/**
 * Median time in ms of one call of `f`, for calls from microseconds to seconds alike: after a
 * warm-up (so the JIT has compiled `f`), calls run in batches long enough for the clock (≥ 1 ms), and
 * batches repeat until `budgetMs` is spent (at least 3). Each peer in a comparison gets the same treatment.
 */
export function medianCallMs(f: () => unknown, budgetMs = 400): number {
  const now = () => Number(process.hrtime.bigint()) / 1e6;
  let t = now();
  let calls = 0;
  while (calls < 1 || (now() - t < budgetMs / 4 && calls < 1000)) {
    f();
    calls++;
  }
  const batch = Math.max(1, Math.ceil(calls / Math.max(1e-3, now() - t)));
  const perCall: number[] = [];
  t = now();
  while (perCall.length < 3 || (now() - t < budgetMs && perCall.length < 200)) {
    const t0 = now();
    for (let i = 0; i < batch; i++) f();
    perCall.push((now() - t0) / batch);
  }
  perCall.sort((a, b) => a - b);
  return perCall[Math.floor(perCall.length / 2)];
}
