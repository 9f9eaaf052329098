// Euler's number versus a variable named e (d3-ease's `function custom(e) { … Math.pow(t, e) }`):
// only plain math, LaTeX and Markdown read a bare `e` as the constant; code spells it Math.E, M_E,
// math.e, ℯ, exp(1). Expected values from SymPy: d/dt t^e = e t^(e-1), d/de t^e = t^e ln t, and
// for e·ℯ^t, at t = 0.3, e = 3.
import * as assert from 'assert';
import { analyze } from '../../../src/core/analyze';
import { print, printLatex } from '../../../src/core/expr';
import type { Lang } from '../../../src/core/types';
import { hoverAt } from '../../../src/core/hover';

const at = { t: 0.3, e: 3 };
const close = (a: number | undefined, b: number, what: string) =>
  assert.ok(a !== undefined && Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b)), `${what}: ${a}, expected ${b}`);
const values = (text: string, lang: Lang) => {
  const a = analyze(text, { lang, at });
  return { a, v: (name: string) => a.values?.[name] };
};

// t^e written in each code language, and e·ℯ^t with the language's spelling of the constant
const POWER: [Lang, string, string][] = [
  ['javascript', 'Math.pow(t, e)', 'e * Math.pow(Math.E, t)'],
  ['typescript', 't ** e', 'e * Math.E ** t'],
  ['python', 't ** e', 'e * math.e ** t'],
  ['c', 'pow(t, e)', 'e * pow(M_E, t)'],
  ['cpp', 'std::pow(t, e)', 'e * std::pow(std::numbers::e, t)'],
  ['julia', 't ^ e', 'e * ℯ ^ t'],
  ['matlab', 't ^ e', 'e * exp(1) ^ t'],
  ['r', 't ^ e', 'e * exp(1) ^ t'],
];

describe("syntax: Euler's number and a variable named e", () => {
  for (const [lang, power, mixed] of POWER) {
    it(`${lang}: a bare e is a variable (${power}); the language's constant beside it (${mixed})`, () => {
      const p = values(power, lang);
      assert.deepStrictEqual(p.a.variables, ['e', 't']);
      close(p.v('t'), 0.27, `∂/∂t ${power}`);
      close(p.v('e'), -0.03250726571680027, `∂/∂e ${power}`);
      const m = values(mixed, lang);
      assert.deepStrictEqual(m.a.variables, ['e', 't']);
      close(m.v('t'), 4.04957642272801, `∂/∂t ${mixed}`);
      close(m.v('e'), 1.349858807576003, `∂/∂e ${mixed}`);
    });
  }

  it('plain math, LaTeX and Markdown read a bare e as the constant', () => {
    for (const [text, lang] of [
      ['e^t', 'math'],
      ['e^{t}', 'latex'],
      ['$e^{t}$', 'markdown'],
    ] as [string, Lang][]) {
      const a = analyze(text, { lang, at: { t: 0.3 } });
      assert.deepStrictEqual(a.variables, ['t'], text);
      close(a.values?.t, Math.exp(0.3), text);
    }
  });

  it('JavaScript `e = +e` (unary plus) is the value e', () => {
    const a = analyze('e = +e * t', { lang: 'javascript', at });
    close(a.values?.t, 3, '∂/∂t +e * t');
  });

  it('a file that imports the constant by name makes its bare e the constant (Python from math import e, Julia using MathConstants)', () => {
    // the point gives e = 3 only where e is an input (a constant's value would be overridden by it)
    const hovered = (text: string, lang: Lang, at: Record<string, number> = { x: 0.5 }) => {
      const m = hoverAt(text, lang, text.indexOf('e ** x') >= 0 ? text.indexOf('e ** x') : text.indexOf('e^x'), { at, plot: false })?.model;
      assert.ok(m && !m.problem, m?.problem);
      return Object.fromEntries(m.partials.map((l) => [l.variable, l.value]));
    };
    // d/dx ℯ^x at 0.5 = ℯ^0.5; without the import e is an input (here 3): d/dx 3^x = 3^0.5 ln 3
    assert.deepStrictEqual(Object.keys(hovered('from math import e, pi\ny = e ** x\n', 'python')), ['x']);
    close(hovered('from math import e, pi\ny = e ** x\n', 'python').x, Math.exp(0.5), 'python import');
    close(hovered('from numpy import pi, e as e\ny = e ** x\n', 'python').x, Math.exp(0.5), 'numpy import');
    close(hovered('using Base.MathConstants\ny = e^x\n', 'julia').x, Math.exp(0.5), 'julia using');
    close(hovered('from math import pi\ny = e ** x\n', 'python', { x: 0.5, e: 3 }).x, Math.sqrt(3) * Math.log(3), 'no import of e');
    close(
      hovered('using Base.MathConstants: π\ny = e^x\n', 'julia', { x: 0.5, e: 3 }).x,
      Math.sqrt(3) * Math.log(3),
      'julia, e not listed',
    );
  });

  it('printers never let the constant and the variable e read as each other', () => {
    const a = analyze('e * Math.pow(Math.E, t) + t', { lang: 'javascript', at });
    const dt = a.partials.t; // e·exp(t) + 1
    assert.strictEqual(print(dt, { lang: 'javascript' }), '1 + e * Math.exp(t)');
    // the constant alone: ∂/∂e of e·ℯ^t·… keeps ℯ where it is not folded into exp
    const c = analyze('e * Math.E * t', { lang: 'javascript', at });
    assert.strictEqual(print(c.partials.e, { lang: 'javascript' }), 'Math.E * t');
    assert.strictEqual(print(c.partials.e, { lang: 'c' }), 'M_E * t');
    assert.strictEqual(print(c.partials.e, { lang: 'python' }), 'np.e * t');
    assert.strictEqual(print(c.partials.t, { lang: 'javascript' }), 'Math.E * e');
    // mathjs and LaTeX spell the constant a bare e, so beside a variable e it is spelled apart
    assert.strictEqual(print(c.partials.t, { lang: 'math' }), 'exp(1) * e');
    assert.strictEqual(printLatex(c.partials.t), '\\mathrm{e} \\cdot e');
    assert.strictEqual(printLatex(dt), '1 + e \\cdot \\exp\\left(t\\right)');
    // …and as usual where there is no such variable
    assert.strictEqual(print(c.partials.e, { lang: 'math' }), 'e * t');
    assert.strictEqual(print(c.partials.e, { lang: 'math', variables: ['e', 't'] }), 'exp(1) * t');
    assert.strictEqual(printLatex(analyze('e^t', { lang: 'math' }).partials.t), 'e^{t}');
  });
});
