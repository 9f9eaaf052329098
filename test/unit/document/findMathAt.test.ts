import * as assert from 'assert';
import { findMathAt, LIMITS } from '../../../src/core/document';
import { CASES, CURSOR } from './corpus';
import { LineIndex } from '../../../src/core/document/lines';

function at(src: string): { text: string; offset: number } {
  const offset = src.indexOf(CURSOR);
  assert.ok(offset >= 0, 'case has a cursor');
  return { text: src.slice(0, offset) + src.slice(offset + CURSOR.length), offset };
}

describe('findMathAt: corpus of snippets in every language', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const { text, offset } = at(c.src);
      const r = findMathAt(text, c.lang, offset);
      if (c.text === null) {
        assert.strictEqual(r, null, `expected no math, found ${JSON.stringify(r?.text)}`);
        return;
      }
      assert.ok(r, 'expected math under the cursor');
      assert.strictEqual(r.text, c.text);
      assert.strictEqual(text.slice(r.range.start, r.range.end), r.text, 'range matches text');
      const inStatement = r.statement.range.start <= offset && offset <= r.statement.range.end;
      assert.ok((r.range.start <= offset && offset <= r.range.end) || inStatement, 'range (or its statement) contains the cursor');
      if (c.kind) assert.strictEqual(r.kind, c.kind);
      if (c.target) assert.strictEqual(r.statement.target, c.target);
      if (c.where) assert.deepStrictEqual({ ...r.context.where }, c.where);
      if (c.functions) assert.deepStrictEqual(Object.keys(r.context.functions).sort(), c.functions);
      if (c.constants) assert.deepStrictEqual({ ...r.context.constants }, c.constants);
      if (c.note)
        assert.ok(
          r.context.notes.some((n) => n.includes(c.note!)),
          `notes: ${JSON.stringify(r.context.notes)}`,
        );
    });
  }
});

describe('findMathAt: details', () => {
  it('helper bodies carry their parameters and take no dataflow', () => {
    const src = 'w = 3\ndef sigmoid(s): return 1/(1+np.exp(-s))\n';
    const r = findMathAt(src, 'python', src.indexOf('exp'));
    assert.ok(r);
    assert.strictEqual(r.text, '1/(1+np.exp(-s))');
    assert.deepStrictEqual(r.statement.params, ['s']);
    assert.strictEqual(r.statement.target, 'sigmoid');
    assert.deepStrictEqual({ ...r.context.where }, {});
  });

  it('reports 1-based statement lines and renamed names for display', () => {
    const src = 'x = 2*w\nx = x + 1\ny = x*x\n';
    const r = findMathAt(src, 'python', src.lastIndexOf('x*x'));
    assert.ok(r);
    assert.strictEqual(r.statement.line, 3);
    assert.deepStrictEqual({ ...r.context.renamed }, { x_1: 'x (line 1)' });
  });

  it('an input reassigned from itself gets an _0 name', () => {
    const src = 'def f(x):\n    x = x * 2\n    return x + 1\n';
    const r = findMathAt(src, 'python', src.indexOf('x + 1'));
    assert.ok(r);
    assert.deepStrictEqual({ ...r.context.where }, { x: 'x_0 * 2' });
    assert.strictEqual(r.context.renamed.x_0, 'x (input)');
  });

  it('comments are skipped when the setting is off', () => {
    const src = '# E = x^2 * y\n';
    assert.ok(findMathAt(src, 'python', 8));
    assert.strictEqual(findMathAt(src, 'python', 8, { comments: false }), null);
  });

  it('follows earlier formulas of the same comment block', () => {
    const src = '# h = w * x\n# E = h^2 + 1\n';
    const r = findMathAt(src, 'python', src.indexOf('h^2'));
    assert.ok(r);
    assert.deepStrictEqual({ ...r.context.where }, { h: 'w * x' });
  });

  it('text that starts with newlines: every offset, with or without a known line', () => {
    const src = '\n\ny = a*b\n\n';
    for (let o = 0; o <= src.length; o++) {
      const r = findMathAt(src, 'python', o);
      const r2 = findMathAt(src, 'python', o, { line: src.slice(0, o).split('\n').length });
      assert.deepStrictEqual(r?.text, r2?.text);
      if (o >= 6 && o < 9) assert.strictEqual(r?.statement.line, 3);
    }
  });

  it('out-of-range offsets give null', () => {
    assert.strictEqual(findMathAt('x = a*b', 'python', -1), null);
    assert.strictEqual(findMathAt('x = a*b', 'python', 99), null);
  });
});

describe('findMathAt: budgets on huge inputs', () => {
  it('a 1 MB file scans only a bounded window around the cursor', () => {
    const line = 'y = np.sin(x) * w + b\n';
    const big = line.repeat(Math.ceil(1_000_000 / line.length));
    const offset = Math.floor(big.length / 2 / line.length) * line.length + 8;
    const stats = { scanned: 0 };
    const r = findMathAt(big, 'python', offset, { stats, line: 1000 });
    assert.ok(r);
    assert.strictEqual(r.text, 'np.sin(x) * w + b');
    assert.ok(stats.scanned <= LIMITS.aboveChars + LIMITS.belowChars + LIMITS.maxLine, `scanned ${stats.scanned}`);
  });

  it('a 100 kB line under the cursor is not parsed', () => {
    const long = 'z = ' + Array.from({ length: 20000 }, (_, i) => `x${i}`).join('+') + '\n';
    const stats = { scanned: -1 };
    assert.strictEqual(findMathAt(long, 'javascript', 50, { stats }), null);
    assert.strictEqual(stats.scanned, -1, 'nothing scanned');
  });

  it('a 100 kB line above the cursor bounds the window', () => {
    const long = 'data = [' + '1, '.repeat(40000) + ']\n';
    const src = long + 'h = w * x\ny = h * 2\n';
    const stats = { scanned: 0 };
    const r = findMathAt(src, 'python', src.length - 4, { stats });
    assert.ok(r);
    assert.deepStrictEqual({ ...r.context.where }, { h: 'w * x' });
    assert.ok(stats.scanned < 100, `scanned ${stats.scanned}`);
  });

  it('an unterminated block comment in a 1 MB file stays bounded', () => {
    const src = '/* ' + 'a*b '.repeat(250_000) + '\nconst y = a * b;\n';
    const stats = { scanned: 0 };
    findMathAt(src, 'javascript', src.length - 5, { stats });
    assert.ok(stats.scanned <= LIMITS.aboveChars + LIMITS.belowChars + LIMITS.maxLine);
  });
});

describe('LineIndex', () => {
  it('agrees with counting newlines, inside and outside the indexed window', () => {
    const text = Array.from({ length: 200 }, (_, i) => 'x'.repeat(i % 7)).join('\n');
    const anchor = text.indexOf('\n', 500) + 2;
    const lineOf = (o: number) => text.slice(0, o).split('\n').length;
    const idx = new LineIndex(text, anchor, lineOf(anchor), 300, 900);
    for (let o = 0; o < text.length; o += 13) assert.strictEqual(idx.lineAt(o), lineOf(o), `offset ${o}`);
  });
});
