// Dataflow through the statements a language defines (issue #12): function bodies inside object
// literals and calls, module constants and comma declarations, branches and loops as barriers only
// for what they assign, assignments inside a branch's condition, and notes for what is not followed.
import * as assert from 'assert';
import { findMathAt } from '../../../src/core/document';
import { analyze } from '../../../src/core/analyze';
import { hoverAt } from '../../../src/core/hover';
import type { Lang } from '../../../src/core/types';

function find(src: string, lang: Lang, needle: string) {
  const r = findMathAt(src, lang, src.indexOf(needle));
  assert.ok(r, `math at ${needle}`);
  return r;
}

/** d(expression)/d(v) through the followed definitions, at a point. */
function total(src: string, lang: Lang, needle: string, at: Record<string, number>): Record<string, number> {
  const r = find(src, lang, needle);
  const a = analyze(r.parseText, { lang: r.lang, where: r.context.where, functions: r.context.functions, at });
  return Object.fromEntries((a.totalVariables ?? a.variables).map((v) => [v, (a.totalValues ?? a.values)![v]]));
}

describe('document: scope and barriers', () => {
  it('a method of an object literal after an if that returns is found, and the if is no barrier', () => {
    const src =
      'export const E = Object.freeze({\n  In(amount: number): number {\n    if (amount === 0) {\n      return 0\n    }\n    return amount * amount\n  },\n})\n';
    const r = find(src, 'typescript', 'amount * amount');
    assert.strictEqual(r.text, 'amount * amount');
    assert.deepStrictEqual(r.context.notes, []);
  });

  it('an assignment in the condition of the enclosing if is followed: (t *= 2) < 1', () => {
    const src = 'const E = {\n  InOut(t) {\n    if ((t *= 2) < 1) {\n      return 0.5 * t * t\n    }\n    return 1\n  },\n}\n';
    // 0.5 (2 t0)^2 → d/dt0 = 4 t0
    const d = total(src, 'javascript', '0.5 * t', { t_0: 0.3 });
    assert.deepStrictEqual(Object.keys(d), ['t_0']);
    assert.ok(Math.abs(d.t_0 - 4 * 0.3) < 1e-12, JSON.stringify(d));
  });

  it('JavaScript names holding `$` are followed like any other', () => {
    const src = 'const $scale = 2.5;\nfunction f(x$, y) {\n  const $a = x$ * $scale;\n  return Math.sin($a) * y;\n}\n';
    // sin(2.5 x) y → d/dx = 2.5 y cos(2.5 x), d/dy = sin(2.5 x) (by hand)
    const d = total(src, 'javascript', 'Math.sin($a)', { x$: 0.5, y: 0.8 });
    assert.deepStrictEqual(Object.keys(d).sort(), ['x$', 'y']);
    assert.ok(Math.abs(d.x$ - 2.5 * 0.8 * Math.cos(1.25)) < 1e-12, JSON.stringify(d));
    assert.ok(Math.abs(d.y - Math.sin(1.25)) < 1e-12, JSON.stringify(d));
  });

  it('module constants of a comma declaration are followed into a function', () => {
    const src = 'var pi = Math.PI,\n    halfPi = pi / 2;\n\nexport function sinOut(t) {\n  return Math.sin(t * halfPi);\n}\n';
    const r = find(src, 'javascript', 't * halfPi');
    assert.ok(r.context.where.halfPi, JSON.stringify(r.context.where));
    const d = total(src, 'javascript', 't * halfPi', { t: 0.3 });
    assert.ok(Math.abs(d.t - (Math.PI / 2) * Math.cos((0.3 * Math.PI) / 2)) < 1e-12, JSON.stringify(d));
  });

  it('a parameter shadows a module definition of the same name', () => {
    const src = 'const x = 2 * y;\nfunction f(x) {\n  return x * x;\n}\n';
    assert.deepStrictEqual({ ...find(src, 'javascript', 'x * x').context.where }, {});
  });

  it('an enclosing loop is a barrier only for what it assigns: m = length(y) above it is followed', () => {
    const src = 'function J = cost(y, h)\nm = length(y);\nJtmp = 0;\nfor i=1:m,\n    Jtmp = Jtmp + y(i) * h(i);\nend;\nJ = (1/m) * Jtmp;\n';
    const r = find(src, 'matlab', '(1/m)');
    assert.deepStrictEqual(Object.keys(r.context.where), ['m']);
    assert.ok(
      r.context.notes.some((n) => /`for` on line 4 assigns .*`Jtmp`.*inputs after it/.test(n)),
      JSON.stringify(r.context.notes),
    );
  });

  it('inside a loop, what the loop assigns is an input and what precedes it is followed', () => {
    const src = 'def f(w, xs):\n    scale = w * 2\n    for x in xs:\n        acc = scale * x\n';
    const r = find(src, 'python', 'scale * x');
    assert.deepStrictEqual({ ...r.context.where }, { scale: 'w * 2' });
    assert.ok(
      r.context.notes.some((n) => /`for` on line 3: `x`/.test(n)),
      JSON.stringify(r.context.notes),
    );
  });

  it('an attribute assigned above is followed as a name of its own; an element target is not, and the hover says so', () => {
    const src = 'class O:\n    def update(self, w, g):\n        self.v = 0.9 * self.v + g\n        return w - self.lr * self.v\n';
    const r = find(src, 'python', 'w - self');
    assert.deepStrictEqual({ ...r.context.where }, { self_v: '0.9 * self.v_0 + g' });
    // w - lr (0.9 v0 + g): d/dv0 = -0.9 lr, d/dg = -lr
    const d = total(src, 'python', 'w - self', { w: 1, g: 0.5, self_lr: 0.1, self_v_0: 0.2 });
    assert.ok(Math.abs(d.self_v_0 + 0.09) < 1e-12 && Math.abs(d.g + 0.1) < 1e-12, JSON.stringify(d));
    const el = 'def update(w, g, v):\n    v[0] = 0.9 * v[0] + g\n    return w - v[0]\n';
    const e = find(el, 'python', 'w - v');
    assert.ok(
      e.context.notes.some((n) => n.includes('`v[0]` is assigned on line 2')),
      JSON.stringify(e.context.notes),
    );
  });

  it('inside an else block the earlier blocks of its if-chain did not run; --t inside a definition is unfolded', () => {
    const src =
      'double f( double t ) {\n    if( t < 0.5 ) {\n        t *= t;\n        return 8 * t * t;\n    } else {\n        t = (--t) * t;\n        return 1 - 8 * t * t;\n    }\n}\n';
    const r = find(src, 'cpp', '1 - 8');
    assert.deepStrictEqual(r.context.notes, []);
    // 1 - 8 ((t0 - 1)^2)^2: d/dt0 = -32 (t0 - 1)^3
    const d = total(src, 'cpp', '1 - 8', { t_0: 0.7 });
    assert.deepStrictEqual(Object.keys(d), ['t_0']);
    assert.ok(Math.abs(d.t_0 - -32 * (0.7 - 1) ** 3) < 1e-12, JSON.stringify(d));
    // `double t2 = (--t) * t;` changes t as well: 1 + t t2² with t = t0 - 1, t2 = (t0 - 1)²
    const q = 'double g( double t ) {\n    double t2 = (--t) * t;\n    return 1 + t * t2 * t2;\n}\n';
    const dq = total(q, 'cpp', '1 + t', { t_0: 0.3 });
    assert.ok(Math.abs(dq.t_0 - 5 * (0.3 - 1) ** 4) < 1e-12, JSON.stringify(dq));
  });

  it('a definition that is not read as math is named in a note (an input, not a stale value)', () => {
    const src = 'def f(p, y):\n    p = weird_clip(p)\n    return y * p\n';
    const r = find(src, 'python', 'y * p');
    assert.ok(
      r.context.notes.some((n) => n.startsWith('`p` on line 2')),
      JSON.stringify(r.context.notes),
    );
  });
});

describe('document: assignments inside an expression (C family)', () => {
  it('--t reads the decremented t from there on: --t * t * t + 1 is (t - 1)³ + 1', () => {
    const r = find('function f(t) {\n  return --t * t * t + 1;\n}\n', 'javascript', '--t');
    assert.strictEqual(r.parseText, '(t - 1) * (t - 1) * (t - 1) + 1');
  });

  it('(t *= 2) in a condition is read in both branches; each branch starts from it', () => {
    const src = 'function f(t) {\n  return ((t *= 2) <= 1 ? t * t : --t * (2 - t) + 1) / 2;\n}\n';
    const d = total(src, 'javascript', 't * t', { t: 0.7 }); // 2t = 1.4 > 1: ((2t-1)(3-2t) + 1)/2, derivative 4 - 4t
    assert.ok(Math.abs(d.t - (4 - 4 * 0.7)) < 1e-12, JSON.stringify(d));
  });

  it('an update inside one branch does not leak into the other', () => {
    const src = 'function f(t) {\n  return t < 0.5 ? 7 * (t -= 0.1) * t : t * t;\n}\n';
    const d = total(src, 'javascript', 't * t', { t: 0.7 });
    assert.ok(Math.abs(d.t - 1.4) < 1e-12, JSON.stringify(d));
  });

  it("`if (c) return …` on one line: its condition's assignment is followed below it", () => {
    const src = 'function f(t) {\n  if ((t *= 2) < 1) return t * t\n  return 0.5 * ((t -= 2) * t + 2)\n}\n';
    const d = total(src, 'javascript', '0.5 *', { t_0: 0.7 }); // t = 1.4 − 2 after: 0.5((2t0 − 2)² + 2)
    assert.ok(Math.abs(d.t_0 - 2 * (1.4 - 2)) < 1e-12, JSON.stringify(d));
  });

  it('an update the reading cannot place (% =, a read after branches that differ) is no math', () => {
    assert.strictEqual(findMathAt('function f(t) {\n  return (c ? t-- : t) * t;\n}\n', 'javascript', 20)?.parseText ?? null, null);
  });
});

describe('document: constant definitions', () => {
  it('a definition made of constants is a constant (4 / 11, 2 * Math.PI, 1 / b1 / b1)', () => {
    const src = 'var b1 = 4 / 11,\n    b0 = 1 / b1 / b1;\nexport function bounceOut(t) {\n  return b0 * t * t;\n}\n';
    const r = find(src, 'javascript', 'b0 * t');
    assert.ok(Math.abs(r.context.constants.b0 - 121 / 16) < 1e-12, JSON.stringify(r.context.constants));
    assert.ok(Math.abs(r.context.constants.b1 - 4 / 11) < 1e-15);
  });
});

describe('document: C/C++ macros', () => {
  it("#define PI 3.1415926545 is the file's constant, not a variable", () => {
    const src =
      '#include <cmath>\n#ifndef PI\n#define PI 3.1415926545\n#endif\ndouble easeInElastic( double t ) {\n    return t * sin( t * PI * 4.5 );\n}\n';
    const r = find(src, 'cpp', 't * sin');
    assert.deepStrictEqual({ ...r.context.constants }, { PI: 3.1415926545 });
  });

  it('a function-like macro or one redefined by an assignment is not taken', () => {
    const src = '#define SQ(x) ((x)*(x))\n#define K 2\ndouble f(double t) {\n    double K = t;\n    return K * t;\n}\n';
    assert.deepStrictEqual({ ...find(src, 'c', 'K * t').context.constants }, {});
  });
});

describe('document: definitions in LaTeX and Markdown prose', () => {
  it('a definition in the same paragraph is followed ("Let $h = w x$ and then …")', () => {
    assert.deepStrictEqual({ ...find('Let $h = w x$ and then $L = h^2 + h$.\n', 'markdown', 'h^2').context.where }, { h: 'w x' });
  });

  it('one in another list item, after a blank line or a heading is other notation', () => {
    const list = '- $x = x_{0} + v_{0}t$\n- $t = \\frac{v - v_{0}}{a}$\n- $v^2 = v_{0}^2 + 2a(x - x_{0})$\n';
    assert.deepStrictEqual({ ...find(list, 'markdown', '2a(x').context.where }, {});
    assert.deepStrictEqual({ ...find('$h = w x$\n\n$L = h^2$\n', 'markdown', 'h^2').context.where }, {});
    assert.deepStrictEqual({ ...find('\\section{A}\n$h = w x$\n\\section{B}\n$L = h^2$\n', 'latex', 'h^2').context.where }, {});
  });
});

describe('document: Julia packages and late module constants', () => {
  it('IrrationalConstants (invsqrt2π, log2π), oftype, muladd, one, tanh_fast are read', () => {
    const r = find('normpdf(z::Number) = exp(-abs2(z) / 2) * invsqrt2π\n', 'julia', 'exp(');
    const a = analyze(r.parseText, { lang: 'julia', at: { z: 0.8 } });
    assert.deepStrictEqual(a.variables, ['z']);
    assert.ok(Math.abs(a.values!.z + (0.8 * Math.exp(-0.32)) / Math.sqrt(2 * Math.PI)) < 1e-12);
    const b = analyze('muladd(x, oftype(x, 0.5), one(x)) + tanh_fast(x)', { lang: 'julia', at: { x: 0.3 } });
    assert.ok(Math.abs(b.values!.x - (0.5 + 1 - Math.tanh(0.3) ** 2)) < 1e-12);
  });

  it('a module constant defined below the function is followed (Julia looks it up when the function runs)', () => {
    const src = 'function gelu(x)\n    λ = oftype(x, gelu_λ)\n    x/2 * (1 + tanh(λ * x))\nend\n\nconst gelu_λ = √(2 / π)\n';
    const r = find(src, 'julia', 'x/2');
    assert.ok(Math.abs(r.context.constants.gelu_λ - Math.sqrt(2 / Math.PI)) < 1e-15, JSON.stringify(r.context));
  });
});

describe('document: LaTeX formulas with clauses and relations', () => {
  it('a clause after the formula is not part of it: , \\quad i = j / \\textrm{ for } / \\textnormal{ if }', () => {
    assert.strictEqual(
      find('$$ \\frac{\\partial a_j}{\\partial z_i} = a_i(1 - a_i), \\quad i = j $$\n', 'markdown', 'a_i(1').parseText,
      'a_i(1 - a_i)',
    );
    assert.strictEqual(
      find('$F(x) = 1 - e^{-\\lambda x}, \\textrm{ for } x \\in (0, \\infty)$\n', 'latex', '1 - e').parseText,
      '1 - e^{-\\lambda x}',
    );
    assert.strictEqual(
      find('\\[ 1 + r + \\dots = \\frac{1}{1-r} \\textnormal{ if $|r|<1$} \\]\n', 'latex', '\\frac{1}{1-r}').parseText,
      '\\frac{1}{1-r}',
    );
  });
  it('\\approx is a relation like =; factors side by side are a product (E_p = mgh)', () => {
    assert.strictEqual(
      find('\\[ n! \\approx \\sqrt{2\\pi n}\\left(\\frac{n}{e}\\right)^n\\]\n', 'latex', '\\sqrt').parseText,
      '\\sqrt{2\\pi n}\\left(\\frac{n}{e}\\right)^n',
    );
    assert.strictEqual(find('- $E_{p} = mgh$ is the energy\n', 'markdown', 'mgh').parseText, 'mgh');
    assert.strictEqual(findMathAt('- $\\mathbb{R}$ is the set\n', 'markdown', 6), null);
  });
});

describe('document: helpers of the file', () => {
  it("a method name defined in two classes is the cursor's own class's, never the last one read", () => {
    const src =
      'class A:\n    def __call__(self, x):\n        return 1 / (1 + np.exp(-x))\n\n    def gradient(self, x):\n        return self.__call__(x) * (1 - self.__call__(x))\n\nclass B:\n    def __call__(self, x):\n        return np.where(x >= 0, x, self.alpha * x)\n\n    def gradient(self, x):\n        return self.__call__(x) + 1\n\ny = __call__(2)\n';
    const a = findMathAt(src, 'python', src.indexOf('self.__call__(x) *'));
    assert.strictEqual(a?.context.functions.__call__?.body, '1 / (1 + np.exp(-x))');
    const b = findMathAt(src, 'python', src.indexOf('self.__call__(x) +'));
    assert.strictEqual(b?.context.functions.__call__?.body, 'np.where(x >= 0, x, self.alpha * x)');
    // outside both classes the name stays ambiguous: no helper, so no guess
    const top = findMathAt(src, 'python', src.indexOf('__call__(2)'));
    assert.ok(!top || !top.context.functions.__call__, JSON.stringify(top?.context.functions));
  });
});

describe('document: updates of attributes', () => {
  it('self.G += g ** 2 is the update self.G_0 + g², as w -= lr * dw is', () => {
    const r = find('class A:\n    def u(self, g):\n        self.G += np.power(g, 2)\n', 'python', 'np.power');
    assert.strictEqual(r.parseText, 'self.G_0 + (np.power(g, 2))');
  });
});

describe('document: declarations and multi-line conditionals', () => {
  it('a line of declared constants has nothing to differentiate; plain numbers of a script are still its inputs', () => {
    const ts = 'const c1 = 1.70158;\nconst c2 = c1 * 1.525;\n';
    const h = hoverAt(ts, 'typescript', ts.indexOf('c1 *'));
    // no derivatives: no hover at all (before, c1 became an input at its value)
    assert.ok(!h || (!h.model.problem && !h.model.partials.length), JSON.stringify(h?.model));
    const js = 'let a = 2;\nlet b = a * 3;\n';
    const s = hoverAt(js, 'javascript', js.indexOf('a *'));
    assert.deepStrictEqual(
      s?.model.partials.map((p) => [p.variable, p.value]),
      [['a', 3]],
    );
  });

  it('the cursor on a branch written on its own line takes that branch; a one-line conditional stays whole', () => {
    const multi = 'function f(t) {\n  var t2 = t * t\n  return t < 0.4\n    ? 7.5625 * t2\n    : 10.8 * t * t - 20.52 * t\n}\n';
    assert.strictEqual(find(multi, 'javascript', '7.5625').text, '7.5625 * t2');
    assert.strictEqual(find(multi, 'javascript', '20.52').text, '10.8 * t * t - 20.52 * t');
    const one = 'function f(t) {\n  return t < 0.4 ? 7.5625 * t : 1 - t\n}\n';
    assert.strictEqual(find(one, 'javascript', '7.5625').text, 't < 0.4 ? 7.5625 * t : 1 - t');
  });
});

describe('document: one-line branches and function notation', () => {
  it('if ((t *= 2) < 1) return …: the body is found, the condition runs first', () => {
    const src = 'function circInOut(t) {\n  if ((t *= 2) < 1) return -0.5 * (Math.sqrt(1 - t * t) - 1)\n  return 0.5\n}\n';
    assert.strictEqual(find(src, 'javascript', '-0.5').text, '-0.5 * (Math.sqrt(1 - t * t) - 1)');
    // -0.5 (sqrt(1 - 4 t0²) - 1): d/dt0 = 2 t0 / sqrt(1 - 4 t0²)
    const d = total(src, 'javascript', '-0.5', { t_0: 0.3 });
    assert.ok(Math.abs(d.t_0 - (2 * 0.3) / Math.sqrt(1 - 4 * 0.09)) < 1e-12, JSON.stringify(d));
  });

  it("LaTeX h'(z) = h(z)(1 - h(z)): h is a function there, so the right side is no product h·z", () => {
    const md = "Which has a convenient derivative of:\n\n$$h'(z)=h(z)(1-h(z)).$$\n";
    assert.strictEqual(findMathAt(md, 'markdown', md.indexOf('(1-h')), null);
    // digits that go on (`0.577\dots`) are the number; a `\dots` after an operator is a series
    const gamma = '\\[ 1 + \\frac{1}{2} + \\dots + \\frac{1}{n} \\approx \\log n + 0.577 \\dots\\]\n';
    assert.strictEqual(findMathAt(gamma, 'latex', gamma.indexOf('log'))?.text, '\\log n + 0.577');
    const series = '\\[ S = a + b + \\dots \\]\n';
    assert.strictEqual(findMathAt(series, 'latex', series.indexOf('a +')), null);
    const ok = '$$f(x) = x^2 (1 - x)$$\n';
    assert.strictEqual(findMathAt(ok, 'markdown', ok.indexOf('x^2'))?.text, 'x^2 (1 - x)');
  });
});

describe('document: clamps', () => {
  it('x = x < Number.EPSILON ? Number.EPSILON : x is math, and Number.EPSILON a constant, not an input', () => {
    const src = 'function g(power = 4) {\n  power = power < Number.EPSILON ? Number.EPSILON : power\n}\n';
    const h = hoverAt(src, 'typescript', src.indexOf('power < Number'));
    assert.deepStrictEqual(
      h?.model.partials.map((p) => [p.variable, p.value]),
      [['power', 1]],
    );
    const py = 'def relu(x):\n    y = x if x > 0 else 0\n    return y\n';
    assert.strictEqual(find(py, 'python', 'x if').text, 'x if x > 0 else 0');
  });
});

describe('document: enclosing definitions that update the enclosing parameters', () => {
  // d3-ease elastic: `custom(a, p)` clamps a and rescales p inside the definition of s; the nested
  // function runs later and sees a and p as custom leaves them, so s = asin(1 / a) * p in those terms
  const custom = (suffix = '') =>
    'var tau = 2 * Math.PI;\nvar elasticIn = (function custom(a, p) {\n  var s = Math.asin(1 / (a = Math.max(1, a))) * (p /= tau);\n' +
    '  function elasticIn(t) {\n    return a * Math.sin((s - t) / p);\n  }\n' +
    suffix +
    '  return elasticIn;\n})(1, 0.3);\n';

  it('s is followed, in terms of the a and p the nested function sees', () => {
    const at = { a: 1.5, p: 0.05, t: 0.3 };
    const d = total(custom(), 'javascript', 'a * Math.sin', at);
    // f = a sin((asin(1/a) p - t) / p) = a sin(asin(1/a) - t / p)
    const u = Math.asin(1 / at.a) - at.t / at.p;
    const dasin = -1 / (at.a * at.a * Math.sqrt(1 - 1 / (at.a * at.a)));
    assert.ok(Math.abs(d.a - (Math.sin(u) + at.a * Math.cos(u) * dasin)) < 1e-9, JSON.stringify(d));
    assert.ok(Math.abs(d.p - (at.a * Math.cos(u) * at.t) / (at.p * at.p)) < 1e-9, JSON.stringify(d));
    assert.ok(Math.abs(d.t - (-at.a * Math.cos(u)) / at.p) < 1e-9, JSON.stringify(d));
  });

  it('not when custom assigns a again later (the nested function would see another a)', () => {
    const r = find(custom('  a = 2 * a;\n'), 'javascript', 'a * Math.sin');
    assert.deepStrictEqual(Object.keys(r.context.where), []);
  });
});
