// Classes of real code issue #12 lists (test/corpus/lines holds the public files): the math of a
// stream insertion, a one-line loop body, JavaScript's default-value idioms, code in a docstring's
// backticks, R's expression({...}) and MATLAB element indexing. Values are checked by hand.
import * as assert from 'assert';
import { findMathAt } from '../../../src/core/document';
import { hoverAt } from '../../../src/core/hover';
import type { Lang } from '../../../src/core/types';

function hover(src: string, lang: Lang, needle: string, at?: Record<string, number>) {
  const h = hoverAt(src, lang, src.indexOf(needle), { plot: false, at });
  assert.ok(h?.model, `a hover at ${needle}`);
  return h.model;
}
const values = (lines: { variable: string; value?: number }[]) => Object.fromEntries(lines.map((l) => [l.variable, l.value]));
const near = (a: number | undefined, b: number) =>
  assert.ok(a !== undefined && Math.abs(a - b) < 1e-12 * Math.max(1, Math.abs(b)), `${a} ≠ ${b}`);

describe('code classes: C++ stream insertion', () => {
  const src = 'int main() {\n    int N = 1000;\n    double sum = 0.0;\n    std::cout << "Estimate = " << sum / N << \'\\n\';\n}\n';

  it('the operand under the cursor is the math, its names followed', () => {
    const r = findMathAt(src, 'cpp', src.indexOf('sum / N'));
    assert.strictEqual(r?.text, 'sum / N');
    const m = hover(src, 'cpp', 'sum / N', { sum: 0.5 });
    // N = 1000 is followed as a constant: d(sum/N)/dsum = 1/1000
    near(values(m.partials).sum, 0.001);
  });

  it('a string operand, a stream name or endl alone is no math; a shift is not split', () => {
    assert.strictEqual(findMathAt(src, 'cpp', src.indexOf('Estimate')), null);
    assert.strictEqual(findMathAt(src, 'cpp', src.indexOf('cout')), null);
    const shift = 'int f(int a, int k) {\n    return a << k;\n}\n';
    assert.notStrictEqual(findMathAt(shift, 'cpp', shift.indexOf('k;'))?.text, 'k');
    const os = 'void p(std::ostream& os, double a, double b) {\n    os << a * b << std::endl;\n}\n';
    assert.strictEqual(findMathAt(os, 'cpp', os.indexOf('a * b'))?.text, 'a * b');
  });
});

describe('code classes: a one-line loop body', () => {
  it('for (…) sum += f(i); is found; the loop is a barrier for what it assigns, with a note', () => {
    const src =
      'double g() {\n    int N = 10;\n    double sum = 0;\n    for (int i = 0; i < N; ++i) sum += std::exp(-0.5 * i / N);\n    return sum;\n}\n';
    const m = hover(src, 'cpp', 'std::exp', { i: 2 });
    // d/di exp(-0.5 i / 10) = -0.05 exp(-0.1) at i = 2; the earlier sum is an input (d/dsum = 1)
    const p = values(m.partials);
    near(p.i, -0.05 * Math.exp(-0.1));
    const sumIn = Object.keys(p).find((v) => v.startsWith('sum'));
    assert.ok(sumIn, JSON.stringify(p));
    near(p[sumIn], 1);
    assert.ok(
      m.notes.some((n) => /Inside the `for` on line 4: `i`, `sum` change in the loop/.test(n)),
      m.notes.join('\n'),
    );
  });

  it('in C and JavaScript too; below the loop its sum is an input', () => {
    const c =
      'double d(int n, double *xl, double *xh) {\n  int i; double diam = 0;\n  for (i = 0; i < n; ++i) diam += fabs(xl[i] - xh[i]);\n  return diam;\n}\n';
    const mc = hover(c, 'c', 'fabs', { xl_i: 1.1, xh_i: 0.8 });
    near(values(mc.partials).xl_i, 1);
    near(values(mc.partials).xh_i, -1);
    const js = 'function f() {\n  var N = 10, s = 0;\n  for (var i = 0; i < N; i++) s += i * i / N;\n  return s / N;\n}\n';
    near(values(hover(js, 'javascript', 'i * i', { i: 3 }).partials).i, 0.6);
    const after = hover(js, 'javascript', 's / N', { s: 2 });
    near(values(after.partials).s, 0.1);
    assert.ok(
      after.notes.some((n) => /The `for` on line 3 assigns `i`, `s`: inputs after it/.test(n)),
      after.notes.join('\n'),
    );
  });
});
