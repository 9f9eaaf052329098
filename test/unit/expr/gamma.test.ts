// The gamma family: values against known constants, and each derivative rule (log Γ' = ψ, Γ' = Γψ,
// ψ⁽ⁿ⁾' = ψ⁽ⁿ⁺¹⁾) against a Richardson central difference at random points, negatives included.
import * as assert from 'assert';
import * as fc from 'fast-check';
import { analyze } from '../../../src/core/analyze';
import { evaluate, gradient, hessian, notesAt, parseMath, print, printLatex } from '../../../src/core/expr';
import { digamma, gamma, lgamma, polygamma } from '../../../src/core/expr/gamma';
import { numericPartial } from './helpers';

const close = (a: number, b: number, rel: number) => Math.abs(a - b) <= rel * Math.max(1, Math.abs(b));

describe('expr: the gamma family', () => {
  it('values: Γ, log|Γ|, ψ and ψ⁽ⁿ⁾ at known points', () => {
    const known: Array<[number, number]> = [
      [gamma(0.5), Math.sqrt(Math.PI)],
      [gamma(-0.5), -2 * Math.sqrt(Math.PI)],
      [gamma(5), 24],
      [gamma(4.5), 11.631728396567448],
      [lgamma(0.5), 0.5723649429247001],
      [lgamma(10), 12.801827480081469],
      [lgamma(-0.5), 1.2655121234846454],
      [lgamma(101), 363.73937555556347],
      [digamma(1), -0.5772156649015329],
      [digamma(0.5), -1.9635100260214235],
      [digamma(-0.5), 0.03648997397857652],
      [digamma(100), 4.600161852738087],
      [polygamma(1, 1), Math.PI ** 2 / 6],
      [polygamma(2, 1), -2.4041138063191885],
      [polygamma(3, 0.5), Math.PI ** 4],
      [polygamma(1, -1.5), 9.379246644989124],
    ];
    known.forEach(([v, e], i) => assert.ok(close(v, e, 1e-13), `case ${i}: ${v} vs ${e}`));
    assert.strictEqual(lgamma(0), Infinity);
    // far to the left by reflection, never a long loop: ψ(−1e9 + 0.5) = ψ(1e9 + 0.5) (π cot vanishes there)
    assert.ok(close(digamma(-1e9 + 0.5), digamma(1e9 + 0.5), 1e-12));
    assert.ok(Number.isNaN(gamma(-2)) && Number.isNaN(digamma(-3)) && Number.isNaN(polygamma(1.5, 2)));
  });

  it('each rule matches a Richardson central difference (random points, negative non-integers too)', () => {
    let checked = 0;
    const point = fc
      .oneof(fc.double({ min: 0.05, max: 30, noNaN: true }), fc.double({ min: -4.9, max: -0.1, noNaN: true }))
      .filter((x) => Math.abs(x - Math.round(x)) > 0.05);
    fc.assert(
      fc.property(
        fc.constantFrom('lgamma(x)', 'gamma(x)', 'digamma(x)', 'polygamma(1, x)', 'polygamma(2, x)', 'lgamma(x^2 + 1) * x'),
        point,
        (text, x) => {
          const e = parseMath(text);
          const sym = evaluate(gradient(e, ['x'])[0], { x });
          const num = numericPartial(e, { x }, 'x');
          if (!Number.isFinite(num.value) || num.error > 1e-6 * Math.max(1, Math.abs(num.value))) return;
          assert.ok(
            Math.abs(sym - num.value) <= Math.max(1e-7 * Math.abs(num.value), 20 * num.error, 1e-9),
            `d/dx ${text} at ${x}: ${sym} vs ${num.value}`,
          );
          checked++;
        },
      ),
      { numRuns: 300, seed: 20261126 },
    );
    assert.ok(checked > 200, `only ${checked} comparable`);
  });

  it('likelihoods in each language: Poisson and Beta, with the Hessian of log Γ (trigamma)', () => {
    const poisson = analyze('k * np.log(lam) - lam - scipy.special.gammaln(k + 1)', { lang: 'python', at: { k: 3, lam: 2.5 } });
    assert.ok(close(poisson.values!.k, Math.log(2.5) - digamma(4), 1e-14));
    assert.strictEqual(print(poisson.partials.k, { lang: 'python' }), 'np.log(lam) - scipy.special.digamma(k + 1)');
    const beta = analyze('lgamma(a + b) - lgamma(a) - lgamma(b)', { lang: 'r', at: { a: 2, b: 3 } });
    assert.ok(close(beta.values!.a, 1 + 1 / 2 + 1 / 3 + 1 / 4 - 1, 1e-13), 'ψ(5) − ψ(2) = 1/2 + 1/3 + 1/4 + 1');
    assert.strictEqual(print(hessian(parseMath('lgamma(x)'), ['x'])[0][0]), 'polygamma(1, x)');
    assert.strictEqual(print(parseMath('polygamma(1, x)'), { lang: 'r' }), 'psigamma(x, 1)');
    assert.strictEqual(print(parseMath('digamma(x) + lgamma(x)'), { lang: 'matlab' }), 'gammaln(x) + psi(x)');
    assert.strictEqual(printLatex(parseMath('polygamma(2, x)')), '\\psi^{(2)}\\left(x\\right)');
    for (const [lang, src] of [
      ['julia', 'loggamma(x) + trigamma(x)'],
      ['matlab', 'gammaln(x) + psi(1, x)'],
      ['r', 'lgamma(x) + psigamma(x, deriv = 1)'],
    ] as const) {
      const a = analyze(src, { lang, at: { x: 2.5 } });
      assert.ok(close(a.values!.x, digamma(2.5) + polygamma(2, 2.5), 1e-13), `${lang}: ${src}`);
    }
  });

  it('poles are named; a helper called gamma is the helper, not Γ', () => {
    assert.match(
      notesAt(parseMath('lgamma(x)'), { x: -2 })
        .map((n) => n.message)
        .join(),
      /lgamma has a pole at x = -2/,
    );
    const helper = analyze('gamma(t) * r', {
      lang: 'python',
      functions: { gamma: { params: ['t'], body: '0.99 ** t' } },
      at: { t: 2, r: 1 },
    });
    assert.ok(close(helper.values!.r, 0.99 ** 2, 1e-15), 'the discount 0.99^t, not Γ(t)');
    assert.throws(() => analyze('gamma(x)', { lang: 'javascript' }), /unknown function 'gamma'/);
  });
});
