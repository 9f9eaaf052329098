// Error columns count characters as an editor shows them: an astral character (𝑥, U+1D465) is one
// column and is quoted whole, never as half a surrogate pair.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyze } from '../../../src/core/analyze';
import { parsePoint } from '../../../src/core/report/point';
import { InputError, LANGS } from '../../../src/core/types';
import { cli } from '../cli/inproc';

function error(f: () => unknown): InputError {
  try {
    f();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('no error');
}

const lone = /[\ud800-\udfff]/u; // a lone surrogate (with the u flag, a pair is one character and does not match)

describe('error columns in characters', () => {
  it("diff '𝑥+1': the whole character, at column 1", async () => {
    const r = await cli(['diff', '𝑥+1', '--json']);
    const out = JSON.parse(r.stdout);
    assert.strictEqual(out.error, "unexpected character '𝑥' at column 1");
    assert.strictEqual(out.column, 1);
  });

  for (const lang of LANGS) {
    it(`${lang}: a column after astral characters counts each as one`, () => {
      // 😀 inside a comment-free expression is rejected where it stands: after "x + " (column 5)
      const e = error(() => analyze('x + 😀 * y', { lang }));
      assert.doesNotMatch(e.message, lone, e.message);
      if (e.column !== undefined) assert.strictEqual(e.column, 5, `${lang}: ${e.message}`);
    });
  }

  it('an error after an astral character in a name or a string is one column per character', () => {
    const e = error(() => analyze('"😀😀" + x ** * 2', { lang: 'python' }));
    assert.doesNotMatch(e.message, lone);
    assert.strictEqual(e.column, 1);
    // in Markdown the column is shifted by the prose before the math: 𝑥𝑥 there is two columns
    const md = error(() => analyze('𝑥𝑥 is $x + )$', { lang: 'markdown' }));
    assert.strictEqual(md.column, 12, md.message);
  });

  it('--at points and inspect --column count characters too', async () => {
    const p = error(() => parsePoint('𝑥𝑥 = 1, zz = 2', ['x']));
    assert.match(p.message, /at column 1/);
    const q = error(() => parsePoint('x = 1, 😀 = 2', ['x']));
    assert.match(q.message, /at column 7/);
    assert.strictEqual(q.column, 7);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'di-')), 'c.py');
    fs.writeFileSync(file, 'a = "𝑥𝑥"; y = w * 2\n');
    // y is character 11 (the editor's column), UTF-16 offset 12
    const r = await cli(['inspect', file, '--line', '1', '--column', '11', '--json']);
    assert.strictEqual(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.strictEqual(out.expression, 'w * 2');
    assert.deepStrictEqual(out.range.start, { line: 1, column: 15 });
  });
});
