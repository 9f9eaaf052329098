// A comment formula with one closing bracket too many (AHEasing's easing.c, line 211:
// `y = -(1/2)*2^(-10(2x - 1))) + 1`). Expected value from SymPy (test/corpus/lines/reference/c_ahEasing.py):
// d/dx [1 - 2^(10 - 20x)/2] at x = 0.7.
import * as assert from 'assert';
import { hoverAt } from '../../../src/core/hover';
import { strayCloser } from '../../../src/core/document/strayBracket';

const hover = (text: string, marker: string, at?: Record<string, number>) =>
  hoverAt(text, 'c', text.indexOf(marker) + 1, { at, plot: false })?.model;

describe('document: a comment formula with a stray closing bracket', () => {
  it('is read without it when every place its opening bracket could go gives the same formula, with a note', () => {
    const m = hover('// y = -(1/2)*2^(-10(2x - 1))) + 1 ; [0.5,1]\n', '-(1', { x: 0.7 });
    assert.ok(m && !m.problem, m?.problem);
    const dx = m.partials.find((l) => l.variable === 'x')?.value;
    assert.ok(dx !== undefined && Math.abs(dx - 0.4332169878499661) < 1e-12, `${dx}`);
    assert.ok(
      m.notes.some((n) => /the '\)' at column 30 has no opening bracket; read without it/.test(n)),
      m.notes.join('\n'),
    );
  });

  it('is not guessed where the places disagree: the hover names the bracket', () => {
    const m = hover('// y = a + b) * c\n', 'a +');
    assert.ok(m?.problem, 'a problem');
    assert.match(m.problem, /unexpected '\)'/);
    assert.ok(m.notes.some((n) => /the '\)' at column 13 has no opening bracket, and where it belongs changes the formula/.test(n)));
    assert.strictEqual(m.partials.length, 0);
  });

  it('the readings: one when they agree, ambiguous when not, none for balanced text or two strays', () => {
    assert.deepStrictEqual(strayCloser('a / b) * c', 'math'), { index: 5, text: 'a / b * c' });
    assert.deepStrictEqual(strayCloser('a + b) * c', 'math'), { index: 5, ambiguous: true });
    assert.strictEqual(strayCloser('(a + b) * c', 'math'), undefined);
    assert.strictEqual(strayCloser('a) + b) * c', 'math'), undefined);
  });
});
