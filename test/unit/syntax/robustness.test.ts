import * as assert from 'assert';
import { parseExpression, parseStatement } from '../../../src/core/syntax';
import { InputError, LANGS } from '../../../src/core/types';
import { fails } from './helpers';

describe('syntax: errors and robustness', () => {
  it('positions: unexpected tokens, unclosed parentheses, trailing operators, arity', () => {
    fails('2 * * 3', 'math', /unexpected '\*'/, 5);
    fails('sin(x', 'python', /unclosed '\('/, 4);
    fails('x +', 'math', /unexpected end of expression/, 4);
    fails('exp(x, y)', 'math', /'exp' takes 1 argument but got 2/, 1);
    fails('x == y', 'python', /comparison '==' is only supported as the condition of a conditional/, 3);
    fails('"abc"', 'python', /string/, 1);
  });
  it('multi-line input reports line and column', () => {
    assert.throws(
      () => parseExpression('(x +\n  * y)', 'python'),
      (e: unknown) => {
        assert.ok(e instanceof InputError);
        assert.strictEqual(e.line, 2);
        assert.strictEqual(e.column, 3);
        assert.match(e.message, /at line 2, column 3/);
        return true;
      },
    );
  });
  it('10k-deep nesting ends with a clear error in every language, never a RangeError', () => {
    const deep = '('.repeat(10000) + 'x' + ')'.repeat(10000);
    for (const lang of LANGS) {
      assert.throws(
        () => parseStatement(lang === 'latex' || lang === 'markdown' ? deep.replace(/\(/g, '{').replace(/\)/g, '}') : deep, lang),
        (e: unknown) => e instanceof InputError && /too deeply nested/.test(e.message),
        lang,
      );
    }
    assert.throws(() => parseExpression('-'.repeat(20000) + 'x', 'math'), /too deeply nested/);
    assert.throws(() => parseExpression('x^'.repeat(20000) + 'x', 'math'), /too deeply nested/);
  });
  it('100 kB sums parse into a flat node (no deep tree for later stages)', () => {
    const text = Array.from({ length: 25000 }, (_, i) => `x${i % 5}`).join(' + ');
    assert.ok(text.length > 100_000);
    const node = parseExpression(text, 'python') as unknown as { fn: string; args: unknown[] };
    assert.strictEqual(node.fn, 'add');
    assert.strictEqual(node.args.length, 25000);
  });
  it('inputs over 200 kB are refused with a message', () => {
    assert.throws(() => parseExpression('x+'.repeat(150_000) + 'x', 'math'), /input too long/);
  });
  it('unknown language', () => {
    assert.throws(() => parseExpression('x', 'cobol' as never), /unknown language 'cobol'/);
  });
});

describe('syntax: messages', () => {
  it('a function name without parentheses in plain math is an error, not a variable', () => {
    fails('2 * sin x', 'math', /'sin' is a function: write sin\(…\)/, 5);
  });
  it('arity messages read well', () => {
    fails('max()', 'math', /'max' takes at least 1 argument but got 0/, 1);
    fails('atan2(y)', 'math', /'atan2' takes 2 arguments but got 1/, 1);
  });
});

describe('syntax: keywords, strings, transposes', () => {
  it('say what they are', () => {
    fails('x if y else z', 'python', /the condition of a conditional must be one comparison/, 3);
    fails('x if y > 0', 'python', /expected 'else' of the conditional that starts at column 3/, 11);
    fails('w.T * x', 'python', /transpose \(\.T\) is not supported/, 2);
    fails('not x', 'python', /unexpected keyword 'not'/, 1);
    fails("x' * y", 'matlab', /transpose \(\) is not supported|transpose \('\) is not supported/, 2);
    fails("f('abc')", 'python', /strings are not math/, 3);
    fails('x * None', 'python', /unexpected keyword 'None'/, 5);
  });
});
