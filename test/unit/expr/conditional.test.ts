// Conditionals (c ? a : b, np.where, a if c else b): the value and every partial are those of the
// branch taken, checked on random expressions against that branch alone, against a careful numerical
// derivative away from the switch, and in the printed text of each language.
import * as assert from 'assert';
import * as fc from 'fast-check';
import * as mathjs from 'mathjs';
import { analyze } from '../../../src/core/analyze';
import { evaluate, gradient, notesAt, parseMath, print, printLatex } from '../../../src/core/expr';
import type { Lang } from '../../../src/core/types';
import { close, exprText, moderatePointArb, NO_LSE, numericPartial, usable, VARS } from './helpers';

const RUNS = { numRuns: 200, seed: 20261126 };
const SMALL = ['exp', 'log', 'sqrt', 'sin', 'cos', 'tanh', 'sigmoid', 'softplus', 'abs', 'atan'];
const OPS = ['>', '<', '>=', '<='] as const;

const pieces = fc.tuple(
  exprText(SMALL, true, NO_LSE),
  exprText(SMALL, true, NO_LSE),
  exprText(SMALL, false),
  fc.constantFrom(...OPS),
  exprText(SMALL, false),
);

function holds(op: (typeof OPS)[number], u: number, v: number): boolean {
  return op === '>' ? u > v : op === '<' ? u < v : op === '>=' ? u >= v : u <= v;
}

describe('expr: conditionals', function () {
  this.timeout(60_000);

  it('value and partials are exactly those of the branch taken (random expressions)', () => {
    let checked = 0;
    fc.assert(
      fc.property(pieces, moderatePointArb, ([a, b, u, op, v], p) => {
        const e = parseMath(`(${u}) ${op} (${v}) ? (${a}) : (${b})`);
        const uv = [evaluate(parseMath(u), p), evaluate(parseMath(v), p)];
        fc.pre(uv.every(Number.isFinite) && uv[0] !== uv[1]);
        const branch = parseMath(holds(op, uv[0], uv[1]) ? a : b);
        const same = (x: number, y: number) => Object.is(x, y) || (Number.isNaN(x) && Number.isNaN(y)) || close(x, y, 1e-12, 1e-300);
        assert.ok(same(evaluate(e, p), evaluate(branch, p)), `value of ${print(e)}`);
        const ge = gradient(e, VARS),
          gb = gradient(branch, VARS);
        VARS.forEach((_, i) => {
          const x = evaluate(ge[i], p),
            y = evaluate(gb[i], p);
          // the branch not taken may be NaN or infinite here: it must not leak (no 0 · NaN)
          assert.ok(same(x, y), `∂/∂${VARS[i]} of ${print(e)}: ${x} vs the branch's ${y}`);
          checked++;
        });
      }),
      RUNS,
    );
    assert.ok(checked > 300, `only ${checked} partials checked`);
  });

  it('partials match a Richardson central difference away from the switch', () => {
    let checked = 0;
    fc.assert(
      fc.property(pieces, moderatePointArb, ([a, b, u, op, v], p) => {
        const e = parseMath(`(${u}) ${op} (${v}) ? (${a}) : (${b})`);
        const gap = evaluate(parseMath(`(${u}) - (${v})`), p);
        // the numerical steps must not cross the switch
        fc.pre(usable(e, p) && Number.isFinite(gap) && Math.abs(gap) > 0.05);
        const grad = gradient(e, VARS);
        VARS.forEach((name, i) => {
          const num = numericPartial(e, p, name);
          if (!Number.isFinite(num.value) || num.error > 1e-4 * Math.max(1, Math.abs(num.value))) return;
          const sym = evaluate(grad[i], p);
          assert.ok(
            Math.abs(sym - num.value) <= Math.max(1e-6 * Math.abs(num.value), 20 * num.error, 1e-9),
            `∂/∂${name} of ${print(e)}: ${sym} vs ${num.value}`,
          );
          checked++;
        });
      }),
      RUNS,
    );
    assert.ok(checked > 100, `only ${checked} partials were comparable`);
  });

  it('printed text (mathjs, JavaScript) computes the same values', () => {
    fc.assert(
      fc.property(pieces, moderatePointArb, ([a, b, u, op, v], p) => {
        const e = parseMath(`(${u}) ${op} (${v}) ? (${a}) : (${b})`);
        fc.pre(usable(e, p));
        for (const f of [e, ...gradient(e, VARS)]) {
          const ours = evaluate(f, p);
          if (!Number.isFinite(ours)) continue;
          const m = mathjs.evaluate(print(f, { portable: true }), { ...p }) as number;
          assert.ok(close(m, ours, 1e-9, 1e-10), `mathjs ${print(f, { portable: true })}: ${m} vs ${ours}`);
          const js = print(f, { lang: 'javascript' });
          const g = new Function(...VARS, `return ${js};`) as (...a: number[]) => number;
          assert.ok(close(g(...VARS.map((k) => p[k])), ours, 1e-9, 1e-10), `${js} vs ${ours}`);
          assert.ok(close(evaluate(parseMath(print(f)), p), ours, 1e-12, 1e-12), `parsed back: ${print(f)}`);
        }
      }),
      RUNS,
    );
  });

  it('the Huber loss in each language: value, partials, its switch named', () => {
    const sources: Array<[Lang, string]> = [
      ['python', 'np.where(np.abs(r) <= d, 0.5 * r**2, d * (np.abs(r) - 0.5 * d))'],
      ['python', '0.5 * r**2 if abs(r) <= d else d * (abs(r) - 0.5 * d)'],
      ['javascript', 'Math.abs(r) <= d ? 0.5 * r ** 2 : d * (Math.abs(r) - 0.5 * d)'],
      ['cpp', 'std::abs(r) <= d ? 0.5 * r * r : d * (std::abs(r) - 0.5 * d)'],
      ['julia', 'ifelse(abs(r) <= d, r^2 / 2, d * (abs(r) - d / 2))'],
      ['r', 'if (abs(r) <= d) 0.5 * r^2 else d * (abs(r) - 0.5 * d)'],
      [
        'latex',
        'L = \\begin{cases} \\frac{1}{2} r^2 & \\text{if } |r| \\le d, \\\\ d \\left(|r| - \\frac{1}{2} d\\right) & \\text{otherwise.} \\end{cases}',
      ],
    ];
    const huber = (r: number, d: number) => (Math.abs(r) <= d ? 0.5 * r * r : d * (Math.abs(r) - 0.5 * d));
    for (const [lang, src] of sources) {
      for (const [r, d] of [
        [0.3, 1],
        [-2.5, 1],
        [4, 1.5],
      ]) {
        const a = analyze(src, { lang, at: { r, d } });
        assert.ok(close(evaluate(a.expr, { r, d }), huber(r, d), 1e-12), `${lang}: ${src} at r = ${r}`);
        const inside = Math.abs(r) <= d;
        assert.ok(close(a.values!.r, inside ? r : d * Math.sign(r), 1e-12), `${lang}: ∂/∂r at r = ${r}: ${a.values!.r}`);
        assert.ok(close(a.values!.d, inside ? 0 : Math.abs(r) - d, 1e-12), `${lang}: ∂/∂d at r = ${r}: ${a.values!.d}`);
      }
      const tie = analyze(src, { lang, at: { r: 1, d: 1 } });
      assert.match(tie.notes.map((n) => n.message).join('\n'), /the conditional switches where abs\(r\) = d/);
    }
  });

  it('prints the condition as written: <=, >=, < keep their sides and branch order', () => {
    assert.strictEqual(
      print(parseMath('abs(r) <= d ? r ^ 2 / 2 : d * (abs(r) - d / 2)')),
      '(abs(r) <= d ? r ^ 2 / 2 : d * (abs(r) - d / 2))',
    );
    assert.strictEqual(print(gradient(parseMath('x >= 1 ? log(x) : x - 1'), ['x'])[0], { lang: 'python' }), 'np.where(x >= 1, 1 / x, 1)');
    assert.strictEqual(print(parseMath('x < a ? x ^ 2 : a * x'), { lang: 'javascript' }), '(x < a ? x ** 2 : a * x)');
    assert.strictEqual(
      printLatex(parseMath('x >= 1 ? log(x) : x - 1')),
      '\\begin{cases} \\ln\\left(x\\right) & x \\ge 1 \\\\ x - 1 & \\text{otherwise} \\end{cases}',
    );
  });

  it('the branch not taken raises no domain note and no NaN', () => {
    const e = parseMath('x > 0 ? log(x) + sqrt(x) : -x');
    assert.deepStrictEqual(notesAt(e, { x: -2 }), []);
    assert.strictEqual(evaluate(gradient(e, ['x'])[0], { x: -2 }), -1);
    assert.strictEqual(print(gradient(e, ['x'])[0], { lang: 'python' }), 'np.where(x > 0, 1 / (2 * np.sqrt(x)) + 1 / x, -1)');
    assert.strictEqual(print(e, { lang: 'r' }), 'ifelse(x > 0, log(x) + sqrt(x), -x)');
    assert.match(printLatex(e), /\\begin\{cases\}.*& x > 0 \\\\ .*& \\text\{otherwise\} \\end\{cases\}/);
  });

  it('an equality condition takes the branch off the equality, and the other on it (==, ===, !=, ifelse)', () => {
    const off = analyze('a if x == 0 else b', { lang: 'python', at: { a: 2, b: 3, x: 1 } });
    assert.deepStrictEqual([off.values!.a, off.values!.b, off.values!.x], [0, 1, 0]);
    const on = analyze('a if x == 0 else b', { lang: 'python', at: { a: 2, b: 3, x: 0 } });
    assert.deepStrictEqual([on.values!.a, on.values!.b], [1, 0]);
    const js = analyze('p === 0 ? 0 : Math.pow(2, 10 * (p - 1))', { lang: 'javascript', at: { p: 0.3 } });
    assert.ok(Math.abs(js.values!.p - 10 * Math.LN2 * 2 ** (10 * (0.3 - 1))) < 1e-12);
    const ne = analyze('ifelse(k != 1, k * k, 0)', { lang: 'r', at: { k: 3 } });
    assert.strictEqual(ne.values!.k, 6);
  });

  it('conditions must be one inequality, with the column', () => {
    assert.throws(
      () => analyze('x > 0', { lang: 'python' }),
      /comparison '>' is only supported as the condition of a conditional .* at column 3/,
    );
    assert.throws(
      () => analyze('flag ? a : b', { lang: 'javascript' }),
      /the condition of a conditional must be one comparison .* at column 6/,
    );
    assert.throws(() => analyze('np.where(flag, a, b)', { lang: 'python' }), /the condition of 'np.where' must be a comparison/);
    assert.throws(() => analyze('a < x < b', { lang: 'c' }), /chained comparisons are not supported at column 7/);
    assert.throws(() => analyze('(x > 0) .* x', { lang: 'matlab' }), /comparison '>' is not supported at column 4/);
    assert.throws(
      () => analyze('\\begin{cases} x & \\text{if } x \\ne 0 \\\\ 1 \\end{cases}', { lang: 'latex' }),
      /a condition is one inequality/,
    );
    assert.throws(
      () => analyze('\\begin{cases} x \\\\ 1 & x > 0 \\end{cases}', { lang: 'latex' }),
      /each row of cases but the last needs a condition/,
    );
    assert.throws(
      () => analyze('\\begin{matrix} x \\end{matrix}', { lang: 'latex' }),
      /the LaTeX environment 'matrix' is not supported here/,
    );
  });
});
