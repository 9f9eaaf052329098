// Gradient pairing (issue #10): found / verified / bugs-flagged rates on the corpus of real
// published pairs, per language, and `check-file` on a 500-file tree (the budget: seconds).
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { checkFiles } from '../../src/cli/checkFile';
import type { Lang } from '../../src/core/types';
import { judge, loadCorpus, type CorpusCase } from '../unit/gradients/corpusCases';
import { section, table } from './harness';

const pct = (a: number, b: number) => (b ? `${a}/${b} (${Math.round((100 * a) / b)}%)` : '–');

section('gradient pairs: corpus of real published pairs, per language', () => {
  const corpus = loadCorpus();
  const byLang = new Map<string, CorpusCase[]>();
  for (const c of corpus) byLang.set(c.lang, [...(byLang.get(c.lang) ?? []), c]);
  const rows: (string | number)[][] = [];
  const total = { pairs: 0, found: 0, verified: 0, unread: 0, bugs: 0, flagged: 0, wrong: 0 };
  for (const [lang, cases] of [...byLang].sort()) {
    const r = { pairs: cases.length, found: 0, verified: 0, unread: 0, bugs: 0, flagged: 0, wrong: 0 };
    for (const c of cases) {
      const o = judge(c);
      if (o.found) r.found++;
      if (o.verified) r.verified++;
      if (o.found && !o.read) r.unread++;
      if (o.wrongVerdict) r.wrong++;
      for (const b of Object.keys(c.expected.bugs)) {
        r.bugs++;
        const j = judge(c, b);
        if (j.flagged) r.flagged++;
        if (j.wrongVerdict) r.wrong++;
      }
    }
    rows.push([lang, r.pairs, pct(r.found, r.pairs), pct(r.verified, r.pairs), r.unread, pct(r.flagged, r.bugs), r.wrong]);
    for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += r[k];
  }
  rows.push([
    'all',
    total.pairs,
    pct(total.found, total.pairs),
    pct(total.verified, total.pairs),
    total.unread,
    pct(total.flagged, total.bugs),
    total.wrong,
  ]);
  table(['language', 'pairs', 'found', 'verified as written', 'not read (said why)', 'bugs flagged at their line', 'wrong verdicts'], rows);
  console.log(
    '\n"not read": vectorized objectives (array slicing, loops over data, a branch on x), reported with an error and their line, no verdict.',
  );
});

section('gradient pairs: check-file on a 500-file tree', () => {
  const corpus = loadCorpus();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'di-check-file-'));
  try {
    // 500 files: the corpus' originals and bugs, copied round-robin into nested folders
    const sources: { text: string; ext: string }[] = [];
    for (const c of corpus) {
      for (const f of fs.readdirSync(c.dir).filter((x) => /^(original|bug\d+)\./.test(x)))
        sources.push({ text: fs.readFileSync(path.join(c.dir, f), 'utf8'), ext: c.ext });
    }
    const files: { file: string; lang: Lang }[] = [];
    let lines = 0;
    for (let i = 0; i < 500; i++) {
      const s = sources[i % sources.length];
      const sub = path.join(dir, `pkg${i % 25}`, `mod${i % 7}`);
      fs.mkdirSync(sub, { recursive: true });
      const file = path.join(sub, `f${i}${s.ext}`);
      fs.writeFileSync(file, s.text);
      lines += s.text.split('\n').length;
      files.push({ file, lang: corpus.find((c) => c.ext === s.ext)!.lang });
    }
    const t0 = process.hrtime.bigint();
    const r = checkFiles(files, {});
    const inProcess = Number(process.hrtime.bigint() - t0) / 1e6;
    const pairs = r.files.reduce((n, f) => n + f.pairs.length, 0);
    const cli = path.resolve(__dirname, 'cli.js');
    let cliMs = NaN;
    let exit: number | null = null;
    if (fs.existsSync(cli)) {
      const t1 = process.hrtime.bigint();
      const run = spawnSync(process.execPath, [cli, 'check-file', dir, '--json'], { encoding: 'utf8', maxBuffer: 256 << 20 });
      cliMs = Number(process.hrtime.bigint() - t1) / 1e6;
      exit = run.status;
    }
    table(
      ['files', 'lines', 'pairs', 'in process (ms)', 'node dist/cli.js check-file DIR --json (ms)', 'exit'],
      [[500, lines, pairs, inProcess, cliMs, String(exit)]],
    );
    console.log('\nBudget: seconds, not minutes. Exit 1 is expected: the tree holds the corpus bug variants.');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
