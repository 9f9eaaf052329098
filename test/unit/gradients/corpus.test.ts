// Every real published pair of test/corpus/gradients: the original is found, paired and verified as
// written (a historical bug in a published gradient is flagged, nothing else), each injected bug is
// flagged at its component and line, and our derivative values agree with the corpus' SymPy values
// at its points. A vectorized objective (array slicing) is paired and reported with an error, never
// judged. Expected values come from the corpus (SymPy), never from this engine.
import * as assert from 'assert';
import { judge, loadCorpus, valuesAgree } from './corpusCases';

const corpus = loadCorpus();

describe('gradients: corpus of real published pairs', () => {
  it('has at least 30 pairs, with a language for each', () => {
    assert.ok(corpus.length >= 30, `${corpus.length} pairs`);
    for (const c of corpus) assert.ok(c.lang, `${c.id}: language ${c.source.language}`);
  });

  for (const c of corpus) {
    describe(c.id, () => {
      if (c.source.vectorized) {
        it('vectorized: paired, and reported as not read yet (no verdict)', () => {
          for (const file of [undefined, ...Object.keys(c.expected.bugs)]) {
            const j = judge(c, file);
            assert.ok(j.found, j.why);
            if (j.read) assert.ok(file ? j.flagged : j.verified, `read fully, so it must be right: ${j.why}`);
            // what is not read is said, with its line (a slice, a loop over data, a branch on x)
            else
              assert.match(
                j.why,
                /(^vectorized objective: .* at line \d+ is not supported yet$)|( at line \d+ .*not (followed|known from the text))/,
              );
          }
        });
        return;
      }
      it('original: found and verified as written', () => {
        const j = judge(c);
        assert.ok(j.found && j.read, j.why);
        assert.ok(j.verified, j.why);
      });
      it('derivatives agree with the SymPy values at the corpus points', () => {
        assert.strictEqual(valuesAgree(c), undefined);
      });
      for (const bug of Object.keys(c.expected.bugs)) {
        it(`${bug}: flagged at ${c.expected.bugs[bug].variable}, line ${c.expected.bugs[bug].line}`, () => {
          const j = judge(c, bug);
          assert.ok(j.found && j.read, j.why);
          assert.ok(j.flagged && !j.wrongVerdict, j.why);
        });
      }
    });
  }
});
