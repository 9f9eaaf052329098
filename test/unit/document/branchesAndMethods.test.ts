// Two classes of issue #12's real code (StatsFuns.jl's normpdf): an if-chain above the line that
// only assigns is read as one conditional value per name, so the totals go through the branch the
// point takes; and methods of one name with different arity (Julia dispatch, C++ overloads) are
// different functions, a call taking the one of its arity. Values are checked against the same code
// transcribed by hand in JavaScript (central differences), never against the engine.
import * as assert from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import { findMathAt } from '../../../src/core/document';
import { analyze } from '../../../src/core/analyze';
import { hoverAt } from '../../../src/core/hover';
import type { Lang } from '../../../src/core/types';

/** The hover's value and total (or partial) derivative by `v` of the expression at `needle`, at `at`. */
function hovered(src: string, lang: Lang, needle: string, v: string, at: Record<string, number>) {
  const r = findMathAt(src, lang, src.indexOf(needle));
  assert.ok(r, `math at ${needle}`);
  const a = analyze(r.parseText, { lang: r.lang, where: r.context.where, functions: r.context.functions, at });
  return { value: a.value!, d: (a.totalValues ?? a.values)![v], notes: r.context.notes, where: r.context.where };
}

const diff = (f: (x: number) => number, x: number) => (f(x + 1e-6) - f(x - 1e-6)) / 2e-6;
const near = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));

/** StatsFuns.jl's src/distrs/norm.jl as the real-code corpus keeps it (README there). */
const STATSFUNS = readFileSync(path.join(process.cwd(), 'test/corpus/lines/julia/jl_statsfuns_norm.jl'), 'utf8');

/** StatsFuns' normpdf(μ, σ, x) for σ ≠ 0, by hand. */
const normpdf = (mu: number, s: number, x: number) => Math.exp(-(((x - mu) / s) ** 2) / 2) / Math.sqrt(2 * Math.PI) / s;

describe('document: if-chains of assignments above the line', () => {
  it('Julia: nested if/else on iszero(σ) and x == μ, a one-argument method beside the three-argument one', () => {
    for (const [mu, s, x] of [
      [0.3, 1.4, 1.1],
      [-1, 0.6, 0.2],
      [2, 3.5, -1],
    ]) {
      // the code's input σ is σ_0 (σ is reassigned in a branch); σ at the line is computed
      const at = { μ: mu, σ_0: s, x };
      const dx = hovered(STATSFUNS, 'julia', 'normpdf(z) /', 'x', at);
      assert.ok(near(dx.value, normpdf(mu, s, x)), `value ${dx.value}`);
      assert.ok(
        near(
          dx.d,
          diff((t) => normpdf(mu, s, t), x),
        ),
        `d/dx ${dx.d}`,
      );
      const ds = hovered(STATSFUNS, 'julia', 'normpdf(z) /', 'σ_0', at);
      assert.ok(
        near(
          ds.d,
          diff((t) => normpdf(mu, t, x), s),
        ),
        `d/dσ ${ds.d}`,
      );
      const dm = hovered(STATSFUNS, 'julia', 'normpdf(z) /', 'μ', at);
      assert.ok(
        near(
          dm.d,
          diff((t) => normpdf(t, s, x), mu),
        ),
        `d/dμ ${dm.d}`,
      );
    }
  });

  it('Julia: the chain is followed, not a barrier; what each name is shows as a conditional', () => {
    const r = findMathAt(STATSFUNS, 'julia', STATSFUNS.indexOf('normpdf(z) /'));
    assert.ok(r);
    assert.deepStrictEqual(r.context.notes, []);
    assert.strictEqual(r.context.where.z, '(iszero(σ_0)) ? ((x == μ) ? (zval(μ, one(σ_0), x)) : (zval(μ, σ_0, x))) : (zval(μ, σ_0, x))');
    assert.strictEqual(r.context.where.σ, '(iszero(σ_0)) ? ((x == μ) ? (σ_0) : (one(σ_0))) : (σ_0)');
  });

  it('Python: if / elif / else of assignments takes the branch of the point, on each side of each switch', () => {
    const src =
      'def f(x, t):\n    y = 2 * x\n    if x > 1:\n        y = x * x\n    elif x > 0:\n        y = y + t\n    else:\n        y = 3 * x\n        t = t * t\n    return y * t\n';
    const byHand = (x: number, t: number) => {
      let y = 2 * x;
      if (x > 1) y = x * x;
      else if (x > 0) y = y + t;
      else {
        y = 3 * x;
        t = t * t;
      }
      return y * t;
    };
    for (const x of [-0.7, 0.4, 2.5]) {
      const t = 0.8;
      const dx = hovered(src, 'python', 'y * t', 'x', { x, t_0: t });
      assert.ok(near(dx.value, byHand(x, t)), `value at ${x}: ${dx.value}`);
      assert.ok(
        near(
          dx.d,
          diff((u) => byHand(u, t), x),
        ),
        `d/dx at ${x}: ${dx.d}`,
      );
      const dt = hovered(src, 'python', 'y * t', 't_0', { x, t_0: t });
      assert.ok(
        near(
          dt.d,
          diff((u) => byHand(x, u), t),
        ),
        `d/dt at ${x}: ${dt.d}`,
      );
    }
  });

  it('TypeScript: an if without else keeps the earlier value on the other path', () => {
    const src = 'function g(a: number, b: number) {\n  let k = a * 2;\n  if (a > 1) {\n    k = a * a;\n  }\n  return k * b;\n}\n';
    for (const a of [0.5, 3]) {
      const r = hovered(src, 'typescript', 'k * b', 'a', { a, b: 1.5 });
      assert.ok(near(r.d, (a > 1 ? 2 * a : 2) * 1.5), `d/da at ${a}: ${r.d}`);
    }
  });

  it('a chain with a loop (or a return) inside stays a barrier, said in a note', () => {
    const src = 'def f(x, n):\n    y = x\n    if x > 0:\n        for i in range(n):\n            y = y * x\n    return y + 1\n';
    const r = findMathAt(src, 'python', src.indexOf('y + 1'));
    assert.ok(r);
    assert.deepStrictEqual({ ...r.context.where }, {});
    assert.ok(
      r.context.notes.some((n) => /The `if` on line 3 assigns .*`y`.*inputs after it/.test(n)),
      JSON.stringify(r.context.notes),
    );
  });

  it('a chain whose condition is not math stays a barrier, said in a note', () => {
    const src = 'def f(x):\n    y = x\n    if isinstance(x, float):\n        y = 2 * x\n    return y + 1\n';
    const r = findMathAt(src, 'python', src.indexOf('y + 1'));
    assert.ok(r);
    assert.deepStrictEqual({ ...r.context.where }, {});
    assert.ok(
      r.context.notes.some((n) => /The `if` on line 3 assigns `y`: inputs after it/.test(n)),
      JSON.stringify(r.context.notes),
    );
  });

  it('the hover at a switch of the chain says so', () => {
    const src = 'def f(x):\n    if x > 1:\n        y = x * x\n    else:\n        y = 2 * x - 1\n    return 3 * y\n';
    const h = hoverAt(src, 'python', src.indexOf('3 * y') + 4, { at: { x: 1 }, plot: false });
    assert.ok(h?.model.totals, 'totals through the chain');
    // at x = 1 the else branch is taken (2x - 1): d/dx = 6
    assert.ok(h.model.totals.lines.some((l) => l.variable === 'x' && near(l.value!, 6)));
    assert.match(h.markdown, /the conditional switches where x = 1/);
  });
});

describe('document: methods of one name with different arity', () => {
  it('Julia: f(x) and f(x, y) are two functions; each call takes its own', () => {
    const src = 'f(x) = x^2\nf(x, y) = x * sin(y)\ng = f(a) + f(a, b)\n';
    const r = hovered(src, 'julia', 'f(a) +', 'b', { a: 0.7, b: 1.3 });
    assert.ok(near(r.value, 0.49 + 0.7 * Math.sin(1.3)), `value ${r.value}`);
    assert.ok(near(r.d, 0.7 * Math.cos(1.3)), `d/db ${r.d}`);
    const ra = hovered(src, 'julia', 'f(a) +', 'a', { a: 0.7, b: 1.3 });
    assert.ok(near(ra.d, 1.4 + Math.sin(1.3)), `d/da ${ra.d}`);
  });

  it('C++: overloads by number of parameters', () => {
    const src =
      'double sq(double x) { return x * x; }\ndouble sq(double x, double w) { return w * x * x; }\ndouble h(double u) {\n  return sq(u) + sq(u, 3.0);\n}\n';
    const r = hovered(src, 'cpp', 'sq(u) +', 'u', { u: 0.9 });
    assert.ok(near(r.value, 4 * 0.81), `value ${r.value}`);
    assert.ok(near(r.d, 8 * 0.9), `d/du ${r.d}`);
  });

  it('a call of an arity no method has is said, with the arities there are', () => {
    const src = 'f(x) = x^2\nf(x, y) = x * y\ng = f(a, b, c)\n';
    const h = hoverAt(src, 'julia', src.indexOf('f(a, b'), { plot: false });
    assert.ok(h?.model.problem, 'a message');
    assert.match(h.model.problem, /'f' takes 1 or 2 arguments but got 3/);
  });

  it('two definitions of one arity stay ambiguous (no guess)', () => {
    const src = 'f(x) = x^2\nf(y) = 3y\ng = f(a)\n';
    const r = findMathAt(src, 'julia', src.indexOf('f(a)'));
    assert.ok(!r || !('f' in r.context.functions));
  });
});
