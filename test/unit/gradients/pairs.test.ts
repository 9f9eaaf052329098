// Pairing and verification on real published snippets (SciPy tutorial, R ?optim, Optim.jl docs,
// GSL multimin example, NLopt tutorial, MATLAB fminunc docs). Expected values are hand-computed:
// Rosenbrock f = 100 (x2 − x1²)² + (1 − x1)², ∂f/∂x1 = −400 x1 (x2 − x1²) − 2 (1 − x1),
// ∂f/∂x2 = 200 (x2 − x1²); at (−1.2, 1): −215.6 and −88; at (−1, 2): 396 and 200; at (0, 0): −2 and 0.
import * as assert from 'assert';
import { checkPairs, listFunctions } from '../../../src/core/gradients';
import type { PairResult } from '../../../src/core/gradients';
import { GSL, JULIA, MATLAB, NLOPT_C, R_OPTIM, SCIPY } from './snippets';

const close = (a: number | null, b: number, tol = 1e-9) => a !== null && Math.abs(a - b) <= tol * Math.max(1, Math.abs(b));

function only(r: { pairs: PairResult[] }, objective?: string): PairResult {
  const ps = objective ? r.pairs.filter((p) => p.objective.name === objective) : r.pairs;
  assert.strictEqual(ps.length, 1, `pairs: ${JSON.stringify(r.pairs.map((p) => [p.objective.name, p.gradient.name, p.error]))}`);
  return ps[0];
}

describe('gradients: pairing by the optimizer call, verified as written', () => {
  it('SciPy minimize(rosen, x0, jac=rosen_der): both components match at x0 = [-1.2, 1] and at random points', () => {
    const p = only(checkPairs(SCIPY, 'python'));
    assert.deepStrictEqual(
      [p.objective, p.gradient],
      [
        { name: 'rosen', line: 4 },
        { name: 'rosen_der', line: 8 },
      ],
    );
    assert.match(p.pairing, /^minimize\(rosen, x0, method='BFGS', jac=rosen_der\) at line 14$/);
    assert.deepStrictEqual(p.variables, ['x[0]', 'x[1]']);
    assert.deepStrictEqual(p.points[0], { x: [-1.2, 1] });
    assert.strictEqual(p.points.length, 3);
    assert.ok(p.ok, JSON.stringify(p));
    assert.ok(close(p.components[0].handwritten, -215.6) && close(p.components[0].expected, -215.6));
    assert.ok(close(p.components[1].expected, -88));
    // each component's line is where its math is written (dfdx0 on line 9, dfdx1 on line 10)
    assert.deepStrictEqual(
      p.components.map((c) => c.line),
      [9, 10],
    );
  });

  it('SciPy: a dropped factor in ∂/∂x[1] is flagged at its line with the values at x0', () => {
    const bug = SCIPY.replace('dfdx1 = 200.0*(x[1] - x[0]**2)', 'dfdx1 = 20.0*(x[1] - x[0]**2)');
    const p = only(checkPairs(bug, 'python'));
    assert.strictEqual(p.ok, false);
    const [c0, c1] = p.components;
    assert.ok(c0.ok);
    assert.strictEqual(c1.ok, false);
    assert.strictEqual(c1.line, 10);
    assert.strictEqual(c1.variable, 'x[1]');
    // at x0: written 20·(1 − 1.44) = −8.8, the derivative −88
    assert.ok(close(c1.handwritten, -8.8) && close(c1.expected, -88), JSON.stringify(c1));
    assert.strictEqual(c1.message, '∂rosen/∂x[1] written here is -8.8, the derivative is -88 at x0 = [-1.2, 1]');
  });

  it('R optim(c(-1.2,1), fr, grr): 1-based components read through locals x1 <- x[1], c(...) as the last expression', () => {
    const p = only(checkPairs(R_OPTIM, 'r'));
    assert.deepStrictEqual([p.objective.name, p.gradient.name], ['fr', 'grr']);
    assert.deepStrictEqual(p.variables, ['x[1]', 'x[2]']);
    assert.deepStrictEqual(p.points[0], { x: [-1.2, 1] });
    assert.ok(p.ok, JSON.stringify(p));
    assert.deepStrictEqual(
      p.components.map((c) => c.line),
      [9, 10],
    );
    const bug = R_OPTIM.replace('200 *      (x2 - x1 * x1))', '200 *      (x1 - x1 * x1))');
    const b = only(checkPairs(bug, 'r'));
    assert.deepStrictEqual(
      b.components.map((c) => c.ok),
      [true, false],
    );
    // at x0 written 200·(−1.2 − 1.44) = −528, the derivative −88
    assert.ok(close(b.components[1].handwritten, -528) && close(b.components[1].expected, -88));
  });

  it('Julia optimize(f, g!, x0): element writes into storage, 1-based, at x0 = [0, 0]', () => {
    const p = only(checkPairs(JULIA, 'julia'));
    assert.deepStrictEqual([p.objective.name, p.gradient.name], ['f', 'g!']);
    assert.deepStrictEqual(p.points[0], { x: [0, 0] });
    assert.ok(p.ok, JSON.stringify(p));
    assert.ok(close(p.components[0].handwritten, -2) && close(p.components[1].handwritten, 0));
    assert.deepStrictEqual(
      p.components.map((c) => c.line),
      [4, 5],
    );
    const bug = JULIA.replace('storage[1] = -2.0 * (1.0 - x[1]) - 400.0', 'storage[1] = 2.0 * (1.0 - x[1]) - 400.0');
    const b = only(checkPairs(bug, 'julia'));
    assert.strictEqual(b.components[0].ok, false);
    assert.strictEqual(b.components[0].line, 4);
    assert.ok(close(b.components[0].handwritten, 2) && close(b.components[0].expected, -2));
  });

  it('GSL multimin F.f / F.df: gsl_vector_get/set, data through the params pointer', () => {
    const p = only(checkPairs(GSL, 'c'));
    assert.deepStrictEqual([p.objective.name, p.gradient.name], ['my_f', 'my_df']);
    assert.deepStrictEqual(p.variables, ['gsl_vector_get(v, 0)', 'gsl_vector_get(v, 1)']);
    assert.ok(p.ok, JSON.stringify(p));
    assert.deepStrictEqual(
      p.components.map((c) => c.line),
      [24, 25],
    );
    const bug = GSL.replace('gsl_vector_set(df, 1, 2.0 * p[3] * (y - p[1]));', 'gsl_vector_set(df, 1, 2.0 * p[2] * (y - p[1]));');
    const b = only(checkPairs(bug, 'c'));
    assert.deepStrictEqual(
      b.components.map((c) => c.ok),
      [true, false],
    );
    // the data values are in the point, so the user can recompute: 2·p[3]·(y − p[1]) is the derivative
    const pt = b.points[b.components[1].point!] as Record<string, number[]>;
    const y = pt.v[1];
    const data = pt.p; // the data, spelled as the functions spell it (double *p = (double *)params)
    assert.strictEqual(data.length, 5);
    assert.ok(close(b.components[1].expected, 2 * data[3] * (y - data[1])));
    assert.ok(close(b.components[1].handwritten, 2 * data[2] * (y - data[1])));
  });

  it('NLopt C tutorial: the objective writes grad[] under if (grad); a wrong factor is flagged', () => {
    const p = only(checkPairs(NLOPT_C, 'c'));
    assert.deepStrictEqual([p.objective.name, p.gradient.name], ['myfunc', 'myfunc']);
    assert.ok(p.ok, JSON.stringify(p));
    const b = only(checkPairs(NLOPT_C.replace('0.5 / sqrt(x[1])', '0.5 * sqrt(x[1])'), 'c'));
    assert.deepStrictEqual(
      b.components.map((c) => [c.ok, c.line]),
      [
        [true, 6],
        [false, 7],
      ],
    );
  });

  it('MATLAB fminunc(@fun) with [f, g] = fun(x): x(1) components, the gradient output under nargout > 1', () => {
    const p = only(checkPairs(MATLAB, 'matlab'));
    assert.deepStrictEqual([p.objective.name, p.gradient.name], ['rosenbrockwithgrad', 'rosenbrockwithgrad']);
    assert.deepStrictEqual(p.variables, ['x(1)', 'x(2)']);
    assert.deepStrictEqual(p.points[0], { x: [-1, 2] });
    assert.ok(p.ok, JSON.stringify(p));
    assert.ok(close(p.components[0].handwritten, 396) && close(p.components[1].handwritten, 200));
    const b = only(checkPairs(MATLAB.replace('200*(x(2)-x(1)^2)];', '200*(x(2)-x(1)^3)];'), 'matlab'));
    assert.deepStrictEqual(
      b.components.map((c) => [c.ok, c.line]),
      [
        [true, 11],
        [false, 12],
      ],
    );
    // at x0 = (−1, 2): written 200·(2 + 1) = 600, the derivative 200
    assert.ok(close(b.components[1].handwritten, 600) && close(b.components[1].expected, 200));
  });

  it('lists the functions of a file for the Pair Gradient… quick pick', () => {
    assert.deepStrictEqual(listFunctions(SCIPY, 'python'), [
      { name: 'rosen', line: 4 },
      { name: 'rosen_der', line: 8 },
    ]);
    assert.deepStrictEqual(
      listFunctions(JULIA, 'julia').map((f) => f.name),
      ['f', 'g!'],
    );
  });
});
