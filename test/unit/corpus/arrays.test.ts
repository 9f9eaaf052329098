// The array corpus (test/corpus/arrays, README there): real array lines of public NumPy, JAX, torch,
// Julia, MATLAB and R code, the hover's gradients against NumPy's. A ratchet: right counts per
// language may not fall; no line is silent; wrong stays the known list below (each with why).
import * as assert from 'assert';
import { ARRAY_LANGS, countArrays, runArrayCorpus, type ArrayResult } from '../../corpus/arrays/classify';

/** Right answers per language measured on this corpus: may rise, never fall. */
// matlab 8 since a 1×1 result (`(-y)'*log(h)`) is read as MATLAB's scalar (it was a backward pass no value could check)
const RIGHT_AT_LEAST: Record<string, number> = { python: 15, matlab: 8, julia: 3, r: 2 };

/** Found and read as scalars today, each with why; a case that turns right must leave this list. */
const KNOWN_WRONG: Record<string, string> = {};

describe('array corpus (real array lines, issue #11)', function () {
  this.timeout(120_000);
  let results: ArrayResult[];
  before(() => {
    results = runArrayCorpus();
  });

  it('has at least 35 lines from at least 15 files in Python, Julia, MATLAB and R', () => {
    assert.ok(results.length >= 35, `${results.length} cases`);
    assert.ok(new Set(results.map((r) => r.c.file)).size >= 15);
    for (const lang of ARRAY_LANGS)
      assert.ok(
        results.some((r) => r.c.lang === lang),
        lang,
      );
  });

  it('no array line is silent: each gets an answer or a refusal that says what and where', () => {
    assert.deepStrictEqual(
      results.filter((r) => r.outcome === 'silent').map((r) => `${r.c.id}: ${r.why}`),
      [],
    );
  });

  it('right answers per language do not fall below the measured baseline', () => {
    const counts = countArrays(results);
    for (const lang of ARRAY_LANGS) {
      const right = counts[lang]?.right ?? 0;
      assert.ok(right >= RIGHT_AT_LEAST[lang], `${lang}: ${right} right, at least ${RIGHT_AT_LEAST[lang]} expected`);
    }
  });

  it('nothing is wrong beyond the known scalar readings (no array answer has a wrong value)', () => {
    const wrong = results.filter((r) => r.outcome === 'wrong');
    assert.deepStrictEqual(
      wrong.map((r) => r.c.id).sort(),
      Object.keys(KNOWN_WRONG).sort(),
      wrong.map((r) => `${r.c.id}: ${r.why}`).join('\n'),
    );
    for (const r of wrong) assert.match(r.why, /^read as scalars/, `${r.c.id} answered in array form with a wrong value: ${r.why}`);
  });

  it('totals through the earlier lines agree with NumPy where the hover gives them', () => {
    const bad = results.filter((r) => r.total === 'wrong').map((r) => `${r.c.id}: ${r.why}`);
    assert.deepStrictEqual(bad, []);
    assert.ok(results.some((r) => r.total === 'right'));
  });
});
