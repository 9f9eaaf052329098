// Arbitrary text never escapes as anything but InputError or BudgetError, and whatever parses can
// be differentiated, printed and evaluated.
import * as assert from 'assert';
import * as fc from 'fast-check';
import { BudgetError, InputError } from '../../../src/core/types';
import { exprText } from './helpers';
import { evaluate, freeVariables, gradient, notesAt, parseMath, print, printLatex, printShared } from '../../../src/core/expr';

const TOKENS = [
  'x',
  'y',
  '2',
  '0.5',
  '+',
  '-',
  '*',
  '/',
  '^',
  '(',
  ')',
  ',',
  ' ',
  'sin(',
  'log(',
  'max(',
  'sigmoid(',
  'relu(',
  'pi',
  'e',
  '!',
  '?',
  ':',
  '>',
  '[',
  ']',
  '=',
  '"',
  "'",
  'foo(',
  '.',
  '1e308',
  'Infinity',
];

/** A valid random expression with one random token dropped in somewhere, or plain token soup. */
const textArb = fc.oneof(
  fc.array(fc.constantFrom(...TOKENS), { maxLength: 30 }).map((t) => t.join('')),
  fc
    .tuple(exprText(), fc.constantFrom(...TOKENS), fc.nat())
    .map(([t, tok, i]) => t.slice(0, i % (t.length + 1)) + tok + t.slice(i % (t.length + 1))),
  exprText(),
);

describe('expr robustness', () => {
  it('random text: a result or an InputError/BudgetError, nothing else', () => {
    let parsed = 0;
    fc.assert(
      fc.property(textArb, (text) => {
        let e;
        try {
          e = parseMath(text);
        } catch (err) {
          assert.ok(err instanceof InputError || err instanceof BudgetError, `${text}: ${String(err)}`);
          return;
        }
        const vars = freeVariables(e);
        const grads = gradient(e, vars);
        print(e, { portable: true });
        printLatex(e);
        printShared(grads, { lang: 'python' });
        const point = Object.fromEntries(vars.map((v, i) => [v, 0.5 + i]));
        const value = evaluate(e, point);
        assert.strictEqual(typeof value, 'number');
        notesAt(e, point);
        parsed++;
      }),
      Number(process.env.EXPR_PROPERTY_RUNS ?? 0) > 0 ? { numRuns: Number(process.env.EXPR_PROPERTY_RUNS) } : { numRuns: 1000, seed: 11 },
    );
    assert.ok(parsed > 200, `only ${parsed} inputs parsed`);
  });
});
