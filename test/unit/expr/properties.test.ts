// Property tests on random expressions: every symbolic partial agrees with a careful numerical
// derivative and with mathjs' own `derivative`; printed text (portable and not) evaluates the same.
import * as assert from 'assert';
import * as fc from 'fast-check';
import * as mathjs from 'mathjs';
import { evaluate, freeVariables, gradient, hessian, parseMath, print, printShared } from '../../../src/core/expr';
import {
  agreesNumerically,
  close,
  exprText,
  MATHJS_UNARY,
  moderatePointArb,
  NO_LSE,
  numericPartial,
  pointArb,
  usable,
  VARS,
} from './helpers';

// Fixed seed for a reproducible suite; EXPR_PROPERTY_RUNS=2000 explores afresh (random seed).
const EXTRA = Number(process.env.EXPR_PROPERTY_RUNS ?? 0);
const RUNS = EXTRA > 0 ? { numRuns: EXTRA } : { numRuns: 250, seed: 20261122 };

describe('expr properties (random expressions)', function () {
  this.timeout(60_000);
  it('each symbolic partial matches a Richardson-extrapolated central difference', () => {
    let checked = 0;
    fc.assert(
      // moderate points: near 0, forms like (1 + x^2)^x cancel inside and fool the numerics
      fc.property(exprText(), moderatePointArb, (text, p) => {
        const e = parseMath(text);
        fc.pre(usable(e, p));
        const grad = gradient(e, VARS);
        VARS.forEach((v, i) => {
          const sym = evaluate(grad[i], p);
          const num = agreesNumerically(e, p, v, sym, 1e-4, 1e-6);
          if (num.ok === undefined) return;
          assert.ok(
            num.ok,
            `d/d${v} of ${text} at ${JSON.stringify(p)}: symbolic ${sym} (${print(grad[i])}) vs numeric ${num.numeric} ± ${num.error}`,
          );
          checked++;
        });
      }),
      RUNS,
    );
    assert.ok(checked > 100, `only ${checked} partials were comparable`);
  });

  it('agrees with mathjs derivative where mathjs supports the functions', function () {
    this.timeout(120_000); // mathjs' derivative (with its simplify) is slow, more so on a busy machine
    let checked = 0;
    fc.assert(
      fc.property(exprText(MATHJS_UNARY, false), pointArb, (text, p) => {
        const e = parseMath(text);
        fc.pre(usable(e, p));
        const grad = gradient(e, VARS);
        for (const [i, v] of VARS.entries()) {
          let theirs: number;
          try {
            theirs = mathjs.derivative(text, v).evaluate({ ...p });
          } catch {
            continue; // mathjs cannot differentiate this one
          }
          if (typeof theirs !== 'number' || !Number.isFinite(theirs)) continue;
          const ours = evaluate(grad[i], p);
          assert.ok(close(ours, theirs, 1e-8, 1e-10), `d/d${v} of ${text}: ours ${ours} = ${print(grad[i])}, mathjs ${theirs}`);
          checked++;
        }
      }),
      { numRuns: 150, seed: 20261122 },
    );
    assert.ok(checked > 100, `only ${checked} partials were compared`);
  });

  it('portable text evaluates in plain mathjs to the same value (expressions and their gradients)', () => {
    fc.assert(
      fc.property(exprText(undefined, true, NO_LSE), moderatePointArb, (text, p) => {
        const e = parseMath(text);
        fc.pre(usable(e, p));
        for (const f of [e, ...gradient(e, VARS)]) {
          const ours = evaluate(f, p);
          if (!Number.isFinite(ours)) continue;
          const portable = print(f, { portable: true });
          const theirs = mathjs.evaluate(portable, { ...p });
          assert.strictEqual(typeof theirs, 'number', `${portable} gave ${theirs}`);
          assert.ok(close(ours, theirs, 1e-9, 1e-10), `${portable}: mathjs ${theirs}, ours ${ours}`);
        }
      }),
      RUNS,
    );
  });

  it('printed text parses back to an expression with the same value and variables', () => {
    fc.assert(
      fc.property(exprText(), pointArb, (text, p) => {
        const e = parseMath(text);
        fc.pre(usable(e, p));
        for (const f of [e, ...gradient(e, ['x'])]) {
          const again = parseMath(print(f));
          assert.deepStrictEqual(freeVariables(again), freeVariables(f));
          const a = evaluate(f, p),
            b = evaluate(again, p);
          if (Number.isFinite(a)) assert.ok(close(a, b, 1e-9, 1e-12), `${print(f)}: ${a} vs ${b}`);
        }
      }),
      RUNS,
    );
  });

  it('Hessian entries match a numerical derivative of the gradient, and the Hessian is symmetric', () => {
    let checked = 0;
    fc.assert(
      // moderate points: near 0 some random forms cancel (acosh((1 + z^2)^x)), fooling the numerics
      fc.property(exprText(), moderatePointArb, (text, p) => {
        const e = parseMath(text);
        fc.pre(usable(e, p));
        const grad = gradient(e, VARS);
        const H = hessian(e, VARS);
        VARS.forEach((vi, i) => {
          fc.pre(usable(grad[i], p));
          VARS.forEach((vj, j) => {
            assert.strictEqual(H[i][j], H[j][i]);
            const num = numericPartial(grad[i], p, vj);
            if (!Number.isFinite(num.value) || num.error > 1e-4 * Math.max(1, Math.abs(num.value))) return;
            const sym = evaluate(H[i][j], p);
            const tol = Math.max(1e-6 * Math.abs(num.value), 20 * num.error, 1e-9);
            assert.ok(Math.abs(sym - num.value) <= tol, `d2/d${vi}d${vj} of ${text}: ${sym} vs ${num.value} ± ${num.error}`);
            checked++;
          });
        });
      }),
      { numRuns: 120, seed: 7 },
    );
    assert.ok(checked > 100, `only ${checked} second partials were comparable`);
  });

  it('printShared text (portable) evaluates in plain mathjs, definitions first, to the same gradient', () => {
    fc.assert(
      fc.property(exprText(undefined, true, NO_LSE), moderatePointArb, (text, p) => {
        const e = parseMath(text);
        fc.pre(usable(e, p));
        const grad = gradient(e, VARS);
        const shared = printShared(grad, { portable: true });
        const scope: Record<string, number> = { ...p };
        for (const d of shared.definitions) scope[d.name] = mathjs.evaluate(d.text, scope);
        shared.texts.forEach((t, i) => {
          const ours = evaluate(grad[i], p);
          if (!Number.isFinite(ours)) return;
          assert.ok(close(mathjs.evaluate(t, scope), ours, 1e-9, 1e-10), `${t} with ${JSON.stringify(shared.definitions)}`);
        });
      }),
      RUNS,
    );
  });

  it('JavaScript text computes the same values (checked with new Function here in the test only)', () => {
    const noErf = [
      'exp',
      'log',
      'log2',
      'log10',
      'log1p',
      'expm1',
      'sqrt',
      'cbrt',
      'abs',
      'sin',
      'cos',
      'tan',
      'sec',
      'asin',
      'atan',
      'tanh',
      'acosh',
      'sigmoid',
      'softplus',
      'relu',
    ];
    fc.assert(
      // logsumexp prints as log(exp(a) + …), which overflows where logsumexp itself does not
      fc.property(exprText(noErf, true, NO_LSE), moderatePointArb, (text, p) => {
        const e = parseMath(text);
        fc.pre(usable(e, p));
        for (const f of [e, ...gradient(e, VARS)]) {
          const ours = evaluate(f, p);
          if (!Number.isFinite(ours)) continue;
          const js = print(f, { lang: 'javascript' });
          const g = new Function(...VARS, `return ${js};`) as (...a: number[]) => number;
          const theirs = g(...VARS.map((v) => p[v]));
          assert.ok(close(theirs, ours, 1e-9, 1e-10), `${js}: ${theirs} vs ${ours}`);
        }
      }),
      RUNS,
    );
  });
});
