// The real-code corpus (test/corpus/lines, README there): every recorded cursor position of public
// files, the hover's partial and total derivative values against SymPy's. A ratchet: the right
// counts per language may not fall, and nothing is found & wrong beyond the known failures below.
import * as assert from 'assert';
import { countByLang, LANGS, runCorpus, type Result } from '../../corpus/lines/classify';

/** Right answers per language measured on this corpus: may rise, never fall. */
const RIGHT_AT_LEAST: Record<string, number> = {
  python: 26,
  javascript: 44,
  typescript: 81,
  c: 81,
  cpp: 50,
  julia: 23,
  // 13 since issue #11: five MATLAB lines with transposes (`1/m * (h - y)' * X`, `sigmoid(X * theta)`
  // where X is transposed below) were read as scalars; they are array code, answered by the array
  // engine and measured in test/corpus/arrays
  // 8 since the #11 follow-up: `h = X * theta` and `sum((h - y).^2)` in files with dotted operators are
  // matrix code (capitals are matrices); their scalar readings were wrong for a matrix X, now array answers
  matlab: 8,
  // 11 since issue #11: `return(sum(log(y)))` reduces the array y, answered in array form (1 / y)
  r: 11,
  latex: 23,
  markdown: 37,
};

/** Found & wrong today (`<region>:<line>:<column>`), each with why; a case that turns right must leave this list. */
const KNOWN_WRONG: Record<string, string> = {};

/** Lines that are not math yet get derivatives, each with what was shown. */
const KNOWN_FALSE_HITS: Record<string, string> = {};

describe('real-code corpus (every formula line of public files)', function () {
  this.timeout(120_000);
  let results: Result[];
  before(() => {
    results = runCorpus();
  });

  it('has at least 300 positions from at least 25 repositories in every syntax', () => {
    const formulas = results.filter((r) => r.position.kind === 'formula');
    assert.ok(formulas.length >= 300, `${formulas.length} formula positions`);
    const repos = new Set(results.map((r) => r.region.repo));
    assert.ok(repos.size >= 25, `${repos.size} repositories`);
    for (const lang of LANGS)
      assert.ok(
        results.some((r) => r.region.lang === lang),
        `no region in ${lang}`,
      );
  });

  it('right answers per language do not fall below the measured baseline', () => {
    const counts = countByLang(results);
    for (const lang of LANGS) {
      const right = counts[lang]?.right ?? 0;
      assert.ok(right >= (RIGHT_AT_LEAST[lang] ?? 0), `${lang}: ${right} right, at least ${RIGHT_AT_LEAST[lang]} expected`);
    }
  });

  it('nothing is found & wrong beyond the known failures', () => {
    const wrong = results.filter((r) => r.outcome === 'wrong' && !(r.key in KNOWN_WRONG));
    assert.deepStrictEqual(
      wrong.map((r) => `${r.key} ${r.detail}`),
      [],
    );
  });

  it('every known failure is still wrong (fixed ones leave the list)', () => {
    const stillWrong = new Set(results.filter((r) => r.outcome === 'wrong').map((r) => r.key));
    assert.deepStrictEqual(
      Object.keys(KNOWN_WRONG).filter((k) => !stillWrong.has(k)),
      [],
    );
  });

  it('no false hits on lines that are not math beyond the known ones', () => {
    const hits = results.filter((r) => r.outcome === 'false-hit' && !(r.key in KNOWN_FALSE_HITS));
    assert.deepStrictEqual(
      hits.map((r) => `${r.key} ${r.detail}`),
      [],
    );
  });
});
