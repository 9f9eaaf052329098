// `inspect --json` answers errors in JSON like diff and check ({"error": …} on stdout, exit 2), and
// recursion between helper functions is named as such, never as an unknown function.
import * as assert from 'assert';
import * as path from 'path';
import { hoverAt } from '../../../src/core/hover';
import { cli, tempFiles } from './inproc';

const file = tempFiles('di-inspect-');

describe('inspect errors', () => {
  it('--json: a column past the end, a missing file, a bad --line are JSON errors with exit 2', async () => {
    const f = file('a.py', 'x = 1\n');
    for (const [args, message] of [
      [['--line', '1', '--column', '999'], '--column 999 is past the end of line 1 (5 characters)'],
      [['--line', '0', '--column', '1'], "--line must be a positive integer, got '0'"],
      [['--line', '9', '--column', '1'], '--line 9 is past the end of the file (2 lines)'],
    ] as const) {
      const r = await cli(['inspect', f, ...args, '--json']);
      assert.strictEqual(r.code, 2);
      assert.strictEqual(r.stderr, '');
      assert.deepStrictEqual(JSON.parse(r.stdout), { error: message });
    }
    const missing = await cli(['inspect', path.join(path.dirname(f), 'nope.py'), '--line', '1', '--column', '1', '--json']);
    assert.strictEqual(missing.code, 2);
    assert.match(JSON.parse(missing.stdout).error, /^cannot read .*nope\.py: ENOENT$/);
    const human = await cli(['inspect', f, '--line', '1', '--column', '999']);
    assert.strictEqual(human.stdout, '');
    assert.match(human.stderr, /past the end of line 1/);
  });

  const CYCLE = "helper functions call each other in a cycle, 'g' → 'f' → 'g' (recursion cannot be inlined)";
  for (const [name, text, line, column] of [
    ['rec.jl', 'f(x) = g(x) + 1\ng(x) = f(x) * 2\ny = f(w) * 3\n', 1, 8],
    ['rec.py', 'def f(x):\n    return g(x) + 1\n\ndef g(x):\n    return f(x) * 2\n', 2, 12],
    ['rec.js', 'function f(x) {\n  return g(x) + 1;\n}\nfunction g(x) {\n  return f(x) * 2;\n}\n', 2, 10],
  ] as const) {
    it(`mutually recursive helpers are named as recursion (${name}, in f's body)`, async () => {
      const r = await cli(['inspect', file(name, text), '--line', String(line), '--column', String(column), '--json']);
      assert.strictEqual(r.code, 2);
      assert.deepStrictEqual(JSON.parse(r.stdout), { error: CYCLE });
      const lang = name.endsWith('.jl') ? 'julia' : name.endsWith('.py') ? 'python' : 'javascript';
      const offset =
        text
          .split('\n')
          .slice(0, line - 1)
          .join('\n').length + column;
      const hover = hoverAt(text, lang, offset);
      assert.ok(hover);
      assert.match(hover.markdown, /call each other in a cycle/);
      assert.doesNotMatch(hover.markdown, /unknown function/);
    });
  }

  it('a direct recursion in a one-line Julia helper says it calls itself', async () => {
    const r = await cli(['inspect', file('self.jl', 'f(x) = f(x - 1) + x\n'), '--line', '1', '--column', '8', '--json']);
    assert.deepStrictEqual(JSON.parse(r.stdout), { error: "helper function 'f' calls itself (recursion cannot be inlined)" });
  });
});
