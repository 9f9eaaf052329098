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

describe('code classes: a Python loop body after the colon', () => {
  it('for i in range(n): s += i * i / n is found, i and s inputs of the loop', () => {
    const src = 'def f(n):\n    s = 0\n    for i in range(n): s += i * i / n\n    return s / n\n';
    const m = hover(src, 'python', 'i * i', { i: 3, n: 10 });
    near(values(m.partials).i, 0.6);
    assert.ok(
      m.notes.some((n) => /Inside the `for` on line 3: `i`, `s` change in the loop/.test(n)),
      m.notes.join('\n'),
    );
    // a slice or a dict in the header is no body; a header that opens a block is as before
    const slice = 'def f(x):\n    for v in x[1:3]:\n        pass\n    return x\n';
    assert.strictEqual(findMathAt(slice, 'python', slice.indexOf('1:3')), null);
  });
});

describe('code classes: JavaScript default values', () => {
  const src =
    "function back(scale, x) {\n  var s = typeof scale !== 'undefined' ? scale : 1.70158;\n  var r = x * s || 0;\n  return r * r;\n}\n";

  it("typeof s !== 'undefined' ? s : 1.70158 is s when given, said in a note (the cursor anywhere on it)", () => {
    // (on the string 'undefined' itself the cursor is in a string: no math, as everywhere)
    assert.strictEqual(findMathAt(src, 'javascript', src.indexOf("'undefined'") + 2), null);
    for (const needle of ['typeof', '1.70158']) {
      const m = hover(src, 'javascript', needle, { scale: 0.5 });
      assert.strictEqual(m.parsed, 'scale');
      near(values(m.partials).scale, 1);
      assert.ok(
        m.notes.some((n) => n.includes('is a default value: read as `scale` when it is given (1.70158 only when it is not)')),
        m.notes.join('\n'),
      );
    }
    const undef = 'function f(s, t) {\n  var v = s === undefined ? 1.70158 : s;\n  return t * t * ((v + 1) * t - v);\n}\n';
    // v = s: d/ds of t²((s + 1)t − s) = t²(t − 1) at t = 0.3
    const m = hover(undef, 'javascript', 't * t', { s: 1.5, t: 0.3 });
    near(values(m.totals!.lines).s, 0.09 * (0.3 - 1));
  });

  it('x * s || 0 is x * s, and the lines below follow both idioms', () => {
    const m = hover(src, 'javascript', 'x * s', { scale: 0.5, x: 0.8 });
    near(values(m.partials).x, 0.5);
    assert.ok(
      m.notes.some((n) => n.includes('`x * s || 0` is read as `x * s`')),
      m.notes.join('\n'),
    );
    // r² = (x scale)²: d/dscale = 2 x² scale = 0.64
    near(values(hover(src, 'javascript', 'r * r', { scale: 0.5, x: 0.8 }).totals!.lines).scale, 0.64);
  });

  it('not an idiom: a default that is no number, || between conditions, a test of another name', () => {
    const other = "function f(a, b) {\n  var s = typeof b !== 'undefined' ? a : 1.5;\n  return s;\n}\n";
    assert.strictEqual(findMathAt(other, 'javascript', other.indexOf('? a')), null);
    const cond = 'function f(t) {\n  var done = t > 1 || t < 0;\n  return done;\n}\n';
    assert.strictEqual(findMathAt(cond, 'javascript', cond.indexOf('t > 1'))?.text ?? null, null);
    const named = 'function f(o) {\n  var k = o.k || defaults.k;\n  return k;\n}\n';
    assert.strictEqual(findMathAt(named, 'javascript', named.indexOf('o.k')), null);
  });
});

describe('code classes: code in backticks in a docstring', () => {
  it("is code of the file's language (** is the power), in a raw docstring too, with its target", () => {
    const src =
      'def gauss(x, mu, sigma):\n    """Computes `exp(-(x - mu)**2 / (2 * sigma**2)) / (sigma * sqrt(2 * pi))`."""\n    return 0\n';
    const m = hover(src, 'python', 'sigma * sqrt', { x: 1.1, mu: 0.5, sigma: 0.8 });
    assert.strictEqual(m.parsed.includes('^') || m.parsed.includes('**'), true);
    // d/dx of the normal density: -(x − mu)/sigma² · pdf
    const pdf = Math.exp(-((1.1 - 0.5) ** 2) / (2 * 0.64)) / (0.8 * Math.sqrt(2 * Math.PI));
    near(values(m.partials).x, (-(1.1 - 0.5) / 0.64) * pdf);
    const raw = 'def softplus(x):\n    r"""\n    Defined as: ``softplus(x) = log(1 + exp(x))``.\n    """\n    return x\n';
    const r = findMathAt(raw, 'python', raw.indexOf('exp(x)'));
    assert.strictEqual(r?.text, 'log(1 + exp(x))');
    assert.strictEqual(r?.statement.target, 'softplus');
    near(values(hover(raw, 'python', 'exp(x)', { x: 0.5 }).partials).x, 1 / (1 + Math.exp(-0.5)));
  });

  it('a string that is no docstring, or prose in backticks, is no math', () => {
    const arg = 'def f(x):\n    y = g("`a * b`")\n    return y\n';
    assert.strictEqual(findMathAt(arg, 'python', arg.indexOf('a * b')), null);
    const prose = 'def f(x):\n    """Uses `numpy` for speed."""\n    return x\n';
    assert.strictEqual(findMathAt(prose, 'python', prose.indexOf('numpy')), null);
  });
});

describe("code classes: R's expression({...})", () => {
  it('the inner assignment is the statement: its target, not the outer one', () => {
    const src = 'f <- expression({\n  y <- a * exp(-b * t) + c\n})\n';
    const r = findMathAt(src, 'r', src.indexOf('exp(-b'));
    assert.strictEqual(r?.text, 'a * exp(-b * t) + c');
    assert.strictEqual(r?.statement.target, 'y');
    const m = hover(src, 'r', 'exp(-b', { a: 0.5, b: 0.8, c: 1.1, t: 1.4 });
    assert.strictEqual(m.target, 'y');
    near(values(m.partials).a, Math.exp(-0.8 * 1.4));
  });

  it('statements split at line breaks and inside an if of the block (stats::poisson initialize)', () => {
    const src =
      'initialize <- expression({\n\tif (any(y < 0))\n\t    stop("negative values")\n\tn <- rep.int(1, nobs)\n\tmustart <- y + 0.1\n    })\n';
    assert.strictEqual(findMathAt(src, 'r', src.indexOf('y + 0.1'))?.statement.target, 'mustart');
    const nested = 'init <- expression({\n  if (k > 0) {\n    m <- w * y + 0.5\n  }\n})\n';
    const r = findMathAt(nested, 'r', nested.indexOf('w * y'));
    assert.strictEqual(r?.text, 'w * y + 0.5');
    assert.strictEqual(r?.statement.target, 'm');
    const one = 'init <- expression({n <- rep.int(1, nobs); mustart <- y * 2})\n';
    assert.strictEqual(findMathAt(one, 'r', one.indexOf('y * 2'))?.statement.target, 'mustart');
  });
});
