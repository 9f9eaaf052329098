// Detection and the hover never throw, whatever the text: random code-like input in every language.
import * as assert from 'assert';
import fc from 'fast-check';
import { findMathAt } from '../../../src/core/document';
import { hoverAt } from '../../../src/core/hover';
import { LANGS } from '../../../src/core/types';

export const PIECES = [
  'x',
  'y',
  'w1',
  'np.exp(',
  'Math.sin(',
  'std::pow(',
  ')',
  '(',
  '[',
  ']',
  '{',
  '}',
  ' = ',
  ' <- ',
  ' + ',
  ' * ',
  '**',
  '^',
  '.^',
  "'",
  '"',
  '"""',
  '`',
  '#',
  '//',
  '/*',
  '*/',
  '%',
  '%{',
  '\n',
  '\n    ',
  ';',
  ',',
  ':',
  'def f(x):',
  'function ',
  'end',
  'return ',
  'for i in range(3):',
  'if (x) {',
  '$',
  '$$',
  '\\[',
  '\\]',
  '\\begin{align}',
  '\\end{align}',
  '&',
  '\\\\',
  '```python\n',
  '```\n',
  'lambda u: ',
  '=>',
  '@(u) ',
  '\\',
  '...',
  '# %%\n',
  '1.5',
  '-',
  'e-3',
  'sigmoid(',
];

describe('detection and hover on random input', function () {
  this.timeout(120_000);
  it('never throw; ranges stay inside the text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), fc.constantFrom(...LANGS), fc.nat(), (pieces, lang, k) => {
        const text = pieces.join('');
        const offset = text.length ? k % (text.length + 1) : 0;
        const r = findMathAt(text, lang, offset);
        if (r) {
          assert.ok(r.range.start >= 0 && r.range.end <= text.length && r.range.start <= r.range.end);
          assert.strictEqual(text.slice(r.range.start, r.range.end), r.text);
        }
        hoverAt(text, lang, offset, { plot: true });
      }),
      { numRuns: 1500 },
    );
  });
});
