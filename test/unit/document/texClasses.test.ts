// The LaTeX classes of issue #12 that the hover got wrong: rows of `split`/`aligned`, formulas broken
// over rows, `\text{where } …` clauses, `\mathrm{max}` and other upright function names, and the
// differential of a density (`p(x) dx = … dx`) in LaTeX, Markdown and code comments. Values are
// checked against central differences of the formula written by hand in plain JS.
import * as assert from 'assert';
import { hoverAt } from '../../../src/core/hover';
import type { Lang, Point } from '../../../src/core/types';

const CURSOR = '‸';

function hover(src: string, lang: Lang, at?: Point) {
  const offset = src.indexOf(CURSOR);
  assert.ok(offset >= 0, 'the case marks the cursor');
  return hoverAt(src.replace(CURSOR, ''), lang, offset, { plot: false, at });
}

function fd(f: (p: Point) => number, p: Point, v: string): number {
  const h = 1e-6 * Math.max(1, Math.abs(p[v]));
  return (f({ ...p, [v]: p[v] + h }) - f({ ...p, [v]: p[v] - h })) / (2 * h);
}

/** The hover's partials are exactly those of `f` by `variables`, by value. */
function partialsOf(src: string, lang: Lang, variables: string[], f: (p: Point) => number, at?: Point) {
  const r = hover(src, lang, at);
  assert.ok(r, 'a hover');
  const m = r.model;
  assert.strictEqual(m.problem, undefined);
  assert.deepStrictEqual(m.variables, variables);
  for (const line of m.partials) {
    const want = fd(f, m.point, line.variable);
    assert.ok(Math.abs((line.value ?? NaN) - want) <= 1e-5 * Math.max(1, Math.abs(want)), `∂/∂${line.variable}: ${line.value} vs ${want}`);
  }
  return m;
}

const rayleigh = (p: Point) => (p.x / p.sigma ** 2) * Math.exp(-(p.x ** 2) / (2 * p.sigma ** 2));

describe('LaTeX classes of issue #12', () => {
  const SPLIT = [
    '\\begin{equation}',
    '\\begin{split}',
    'V &= t x \\\\',
    'W &= \\mathrm{max}(a, b) + a b',
    '\\end{split}',
    '\\end{equation}',
    '',
  ];

  it('each row of a split inside an equation is its own formula', () => {
    const src = SPLIT.join('\n').replace('t x', 't ‸x');
    const m = partialsOf(src, 'latex', ['t', 'x'], (p) => p.t * p.x);
    assert.strictEqual(m.target, 'V');
    assert.strictEqual(m.line, 3, 'the line of the row, not of \\begin{equation}');
  });

  it('\\mathrm{max}(a, b) is the function max, as \\max is (second row of the split)', () => {
    const src = SPLIT.join('\n').replace('\\mathrm{max}', '\\mathrm{m‸ax}');
    const m = partialsOf(src, 'latex', ['a', 'b'], (p) => Math.max(p.a, p.b) + p.a * p.b, { a: 0.5, b: 0.8 });
    assert.strictEqual(m.target, 'W');
  });

  for (const env of ['align', 'aligned', 'gather', 'eqnarray', 'alignat']) {
    it(`rows of ${env} with &= and \\\\ are formulas`, () => {
      const rel = env === 'eqnarray' ? '&=&' : env === 'gather' ? '=' : '&=';
      const begin = env === 'alignat' ? '\\begin{alignat}{1}' : `\\begin{${env}}`;
      const wrap = env === 'aligned' ? ['$$', '$$'] : ['', ''];
      const src = [wrap[0], begin, `V ${rel} t x \\\\`, `W ${rel} a ‸b + \\operatorname{max}(a, b)`, `\\end{${env}}`, wrap[1], ''].join(
        '\n',
      );
      partialsOf(src, 'latex', ['a', 'b'], (p) => p.a * p.b + Math.max(p.a, p.b), { a: 0.5, b: 0.8 });
    });
  }

  it('a formula broken over rows is one formula: multline, and a row opening with an operator', () => {
    // a break in multline is layout only: `a + b \\ c d` is a + b c d
    partialsOf('\\begin{multline}\nV = a + b \\\\\n c ‸d\n\\end{multline}\n', 'latex', ['a', 'b', 'c', 'd'], (p) => p.a + p.b * p.c * p.d);
    const whole = (p: Point) => p.a + p.b + p.c * p.d;
    partialsOf('\\begin{multline}\nV = a ‸+ b \\\\\n + c d\n\\end{multline}\n', 'latex', ['a', 'b', 'c', 'd'], whole);
    const split = '\\begin{equation}\\begin{split}\nV &= a + b \\\\\n  &\\quad + c ‸d\n\\end{split}\\end{equation}\n';
    partialsOf(split, 'latex', ['a', 'b', 'c', 'd'], whole);
    // a row opening with an operator that is an equation of its own is not a continuation
    partialsOf('\\begin{align}\nL &= a ‸b \\\\\n-\\log q &= c\n\\end{align}\n', 'latex', ['a', 'b'], (p) => p.a * p.b);
    // a row ending with an operator goes on in the next
    partialsOf('\\begin{align}\nV &= a + b + \\\\\n  & c ‸d\n\\end{align}\n', 'latex', ['a', 'b', 'c', 'd'], whole);
  });

  it('\\text{where } … clauses: each clause is its own formula, the words are not math', () => {
    const line = 'where $f(x) = x^2 \\text{where } x > 0, \\theta = a b$.\n';
    partialsOf(line.replace('x^2', 'x‸^2'), 'latex', ['x'], (p) => p.x ** 2);
    const m = partialsOf(line.replace('a b', 'a ‸b'), 'latex', ['a', 'b'], (p) => p.a * p.b);
    assert.strictEqual(m.target, 'theta');
    assert.strictEqual(hover(line.replace('where }', 'wh‸ere }'), 'latex'), null, 'on the words');
    assert.strictEqual(hover(line.replace('x > 0', 'x >‸ 0'), 'latex'), null, 'the condition is not a formula');
    // commas between definitions: `\theta=\log\mu, Z=\dfrac{1}{1-\mu}`
    const defs = '\\begin{align}\n\\text{where } \\phi(x) & =x, \\theta=\\log\\dfrac{\\mu}{1-\\mu}, Z=\\dfrac{1}{1-‸\\mu}\n\\end{align}\n';
    const z = partialsOf(defs, 'latex', ['mu'], (p) => 1 / (1 - p.mu));
    assert.strictEqual(z.target, 'Z');
    // `\implies` and `\quad` separate formulas too
    partialsOf(
      '$$I = \\frac{V}{R} \\quad \\text{where } R = \\frac{L}{\\sigma ‸A}$$\n',
      'markdown',
      ['A', 'L', 'sigma'],
      (p) => p.L / (p.sigma * p.A),
    );
  });

  it('an unknown upright function is said with its place, never read as a product nor passed over', () => {
    // math by its delimiters: the hover names the function and where it is, and gives no derivative
    const foo = hover('$y = \\mathrm{f‸oo}(x)$\n', 'latex')!;
    assert.strictEqual(
      foo.model.problem,
      '`foo` is a function this version does not know (line 1, column 6 in the file): no derivative is given through it.',
    );
    assert.deepStrictEqual(foo.model.partials, []);
    const v = hover('Then $W = \\text{Var}(X) + a‸ b$ holds.\n', 'latex')!;
    assert.match(v.model.problem!, /^`Var` is a function this version does not know \(line 1, column 11 in the file\)/);
    assert.deepStrictEqual(v.model.partials, [], 'never (X) + a b read without the call');
    const op = hover('\\begin{equation}\nV = \\operatorname{fo‸o}(x) + y^2\n\\end{equation}\n', 'latex')!;
    assert.match(op.model.problem!, /^`foo` is a function this version does not know \(line 2, column 5 in the file\)/);
    // a one-letter upright name stays a name (\mathrm{d}, \mathrm{T})
    partialsOf('$y = \\mathrm{T}(‸x + 1)$\n', 'latex', ['T', 'x'], (p) => p.T * (p.x + 1));
    // \mathrm{sigm} is the sigmoid (Murphy's notation)
    partialsOf('$\\mu=\\mathrm{si‸gm}(\\theta)$\n', 'latex', ['theta'], (p) => 1 / (1 + Math.exp(-p.theta)));
  });

  describe('differentials', () => {
    const NOTE =
      /`dx` ends both sides: the differential of a density or measure, not a product with a variable `d`; read as p = the right side without `dx`\./;

    it('p(x) dx = … dx in LaTeX: the formula is p(x), with a note; no ∂/∂d', () => {
      for (const dx of [' dx', '\\,dx', '\\,\\mathrm{d}x', '\\, \\mathrm{d}x', ' \\operatorname{d}x']) {
        const src = `$p(x)${dx} = \\frac{x}{\\sigma^2} e^{-x^2/(2\\sigma^2)}${dx}$\n`.replace('\\sigma^2}', '\\sigma^2‸}');
        const m = partialsOf(src, 'latex', ['sigma', 'x'], rayleigh, { x: 0.7, sigma: 1.3 });
        assert.strictEqual(m.target, 'p', dx);
        assert.ok(
          m.notes.some((n) => NOTE.test(n.replace(/`d\\?x`/g, '`dx`'))),
          `${dx}: ${m.notes.join(' | ')}`,
        );
      }
    });

    it('the same in Markdown and in a C comment (GSL randist/rayleigh.c)', () => {
      const md = 'The density $p(x) dx = \\frac{x}{\\sigma^2} e^{-x^2/(2\\sigma^2)} ‸dx$ for x > 0.\n';
      assert.ok(partialsOf(md, 'markdown', ['sigma', 'x'], rayleigh, { x: 0.7, sigma: 1.3 }).notes.some((n) => NOTE.test(n)));
      const c =
        '/* The Rayleigh distribution has the form\n\n   p(x) dx = (x / sigma^2) exp(-x^2/(2 ‸sigma^2)) dx\n\n   for x = 0 ... +infty */\n';
      const m = partialsOf(c, 'c', ['sigma', 'x'], rayleigh, { x: 0.7, sigma: 1.3 });
      assert.strictEqual(m.target, 'p');
      assert.ok(
        m.notes.some((n) => NOTE.test(n)),
        m.notes.join(' | '),
      );
      // an operator after the differential goes on: `exp(-x/mu) dx/mu`
      const e = '/* p(x) dx = exp(-x/‸mu) dx/mu */\n';
      partialsOf(e, 'c', ['mu', 'x'], (p) => Math.exp(-p.x / p.mu) / p.mu, { x: 0.7, mu: 1.3 });
    });

    it('a marked differential on the right only is a differential form: no hover', () => {
      assert.strictEqual(hover('$dP = p(x)\\,\\mathrm{d}‸x$\n', 'latex'), null);
      assert.strictEqual(hover('$F = f(x)\\,‸dx$\n', 'latex'), null);
    });

    it('d x where the text defines d is the product the user wrote', () => {
      const src = 'Let $d = 2 a$ and $p dx = t^2 d‸x$.\n';
      const r = hover(src, 'latex');
      assert.ok(r);
      assert.ok(r.model.variables.includes('d') || r.model.totals?.variables.includes('a'), r.model.variables.join(','));
      assert.ok(!r.model.notes.some((n) => /differential/.test(n)));
    });

    it('a bare dx on the right only stays a product (d may be a variable)', () => {
      partialsOf('$E = m c^2 d‸x$\n', 'latex', ['c', 'd', 'm', 'x'], (p) => p.m * p.c ** 2 * p.d * p.x);
    });
  });
});
