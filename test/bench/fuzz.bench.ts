// `npm run bench`: the fuzz suite (test/fuzz/targets.ts) with its CI seed, reporting per target the
// inputs tried, the slowest input and peak memory. The targets are asynchronous (the CLI) and the
// harness runs sections synchronously, so the section runs them in a child process of this same
// bundle (DI_FUZZ_CHILD=1), which also gives a clean peak RSS.
import { spawnSync } from 'child_process';
import { sections, section, table } from './harness';
import { runTarget, TARGETS, type FuzzStats } from '../fuzz/targets';

const CHILD = 'DI_FUZZ_CHILD';

if (process.env[CHILD]) {
  // the child: only the fuzz, its results as one JSON line
  sections.length = 0;
  void (async () => {
    const stats: FuzzStats[] = [];
    for (const t of TARGETS) stats.push(await runTarget(t));
    process.stdout.write(JSON.stringify({ stats, maxRssMiB: process.resourceUsage().maxRSS / 1024 }) + '\n');
  })();
} else {
  section('fuzz suite (seed 14, as in CI)', () => {
    const r = spawnSync(process.execPath, [process.argv[1]], {
      env: { ...process.env, [CHILD]: '1' },
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    });
    const line = r.stdout.trim().split('\n').pop() ?? '';
    let out: { stats: FuzzStats[]; maxRssMiB: number };
    try {
      out = JSON.parse(line);
    } catch {
      console.log(`the fuzz run failed (exit ${r.status}): ${r.stderr.slice(0, 2000)}`);
      return;
    }
    table(
      ['target', 'inputs tried', 'slowest ms', 'peak heap MiB', 'result'],
      out.stats.map((s) => [s.target, s.tried, s.slowest.ms, s.peakHeapMiB, s.failure ? 'FAILED' : 'ok']),
    );
    const slowest = out.stats.reduce((a, b) => (b.slowest.ms > a.slowest.ms ? b : a));
    const tried = out.stats.reduce((n, s) => n + s.tried, 0);
    console.log(`\n${tried} inputs tried; peak RSS ${out.maxRssMiB.toFixed(0)} MiB`);
    console.log(`slowest input: ${slowest.slowest.ms.toFixed(0)} ms (${slowest.target}): ${slowest.slowest.input.slice(0, 300)}`);
    for (const s of out.stats) if (s.failure) console.log(`\n${s.target} FAILED:\n${s.failure.slice(0, 3000)}`);
  });
}
