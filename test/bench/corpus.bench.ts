// The real-code corpus per language: found / right / wrong / silent / declined / unverified (array
// answers the engine could not evaluate, never right), and false hits on lines that are not math
// (test/corpus/lines).
import { section, table } from './harness';
import { countByLang, LANGS, runCorpus } from '../corpus/lines/classify';

section('real-code corpus: every formula line of public files', () => {
  const results = runCorpus();
  const counts = countByLang(results);
  const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(0)}%` : '-');
  const rows = LANGS.filter((l) => counts[l]).map((l) => {
    const c = counts[l];
    return [
      l,
      c.formulas,
      c.found,
      c.right,
      pct(c.right, c.formulas),
      c.wrong,
      c.silent,
      c.declined,
      c.unverified,
      c.declines,
      c.falseHits,
    ];
  });
  const sum = (k: keyof (typeof counts)[string]) => LANGS.reduce((n, l) => n + (counts[l]?.[k] ?? 0), 0);
  rows.push([
    'all',
    sum('formulas'),
    sum('found'),
    sum('right'),
    pct(sum('right'), sum('formulas')),
    sum('wrong'),
    sum('silent'),
    sum('declined'),
    sum('unverified'),
    sum('declines'),
    sum('falseHits'),
  ]);
  table(
    ['language', 'formulas', 'found', 'right', 'right %', 'wrong', 'silent', 'declined', 'unverified (array)', 'not math', 'false hits'],
    rows,
  );
  const repos = new Set(results.map((r) => r.region.repo));
  console.log(`\n${results.length} positions in ${new Set(results.map((r) => r.region.id)).size} regions of ${repos.size} repositories`);
});
