import * as assert from 'assert';
import * as fc from 'fast-check';
import { parseStatement } from '../../../src/core/syntax';
import { InputError, LANGS } from '../../../src/core/types';

// Pieces that make near-miss inputs likely: operators, brackets, names, LaTeX commands, literals.
const PIECES = [
  'x',
  'y',
  '2',
  '1.5e-3',
  '0.',
  '.5',
  '+',
  '-',
  '*',
  '/',
  '^',
  '**',
  '.^',
  '.*',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  ',',
  ';',
  '=',
  ' ',
  '\n',
  'np.',
  'math.',
  'Math.',
  'std::',
  'exp',
  'log',
  'pow',
  'sqrt',
  '\\frac',
  '\\sqrt',
  '\\left(',
  '\\right)',
  '\\sin',
  '_',
  '$',
  '<-',
  '->',
  '%',
  '#',
  '//',
  '/*',
  'return ',
  'const ',
  'double ',
  '(double)',
  'f',
  'e',
  'pi',
  'π',
  '√',
  "'",
  '"',
  '\\sigma',
  '\\cdot',
  '|',
  '!',
  'min=',
  'x.exp()',
  '1f',
  '2x',
  'sigmoid',
  'foo',
];

describe('syntax: fuzzing (never anything but a result or an InputError)', function () {
  this.timeout(30_000);
  for (const lang of LANGS) {
    it(lang, () => {
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }), (parts) => {
          const text = parts.join('');
          try {
            const s = parseStatement(text, lang);
            assert.ok(s.expression, 'a statement has an expression');
          } catch (e) {
            if (!(e instanceof InputError)) throw new Error(`${lang}: ${JSON.stringify(text)} threw ${e}`, { cause: e });
            assert.match(e.message, /\S/);
            if (e.column !== undefined) assert.ok(e.column >= 1, `column ${e.column} for ${JSON.stringify(text)}`);
          }
        }),
        { numRuns: 400, seed: 7 },
      );
      fc.assert(
        fc.property(fc.string({ maxLength: 40, unit: 'binary' }), (text) => {
          try {
            parseStatement(text, lang);
          } catch (e) {
            if (!(e instanceof InputError)) throw new Error(`${lang}: ${JSON.stringify(text)} threw ${e}`, { cause: e });
          }
        }),
        { numRuns: 300, seed: 11 },
      );
    });
  }
});
