// Each form the pairing reads, on small real-looking snippets. Expected values are independent:
// hand-computed, or SymPy where noted (chained Rosenbrock at (1.3, 0.7, 0.8): 515.4, −285.4, 62).
import * as assert from 'assert';
import { checkPairs } from '../../../src/core/gradients';
import type { PairResult } from '../../../src/core/gradients';
import type { Lang } from '../../../src/core/types';

const close = (a: number | null | undefined, b: number, tol = 1e-9) =>
  typeof a === 'number' && Math.abs(a - b) <= tol * Math.max(1, Math.abs(b));

function pair(text: string, lang: Lang, objective: string, opts = {}): PairResult {
  const r = checkPairs(text, lang, opts);
  const ps = r.pairs.filter((p) => p.objective.name === objective);
  assert.strictEqual(
    ps.length,
    1,
    `pairs ${JSON.stringify(r.pairs.map((p) => [p.objective.name, p.gradient.name, p.pairing, p.error]))}, notes ${JSON.stringify(r.notes)}`,
  );
  return ps[0];
}

const values = (p: PairResult) => p.components.map((c) => c.handwritten);

describe('gradients: forms of objectives and gradients', () => {
  it('SciPy minimize(fg, x0, jac=True): the objective returns the value and the gradient', () => {
    const src = `import numpy as np
from scipy.optimize import minimize

def fg(x):
    f = x[0]**2 + 3*x[1]**2
    g = np.array([2*x[0], 6*x[1]])
    return f, g

minimize(fg, [1.0, 2.0], jac=True)
`;
    const p = pair(src, 'python', 'fg');
    assert.strictEqual(p.gradient.name, 'fg');
    assert.ok(p.ok, JSON.stringify(p));
    assert.deepStrictEqual(p.points[0], { x: [1, 2] });
    assert.ok(close(p.components[0].handwritten, 2) && close(p.components[1].handwritten, 12));
    const b = pair(src.replace('6*x[1]', '3*x[1]'), 'python', 'fg');
    assert.deepStrictEqual(
      b.components.map((c) => [c.variable, c.ok, c.line]),
      [
        ['x[0]', true, 6],
        ['x[1]', false, 6],
      ],
    );
  });

  it('extra arguments: check_grad(f, g, x0, a) and minimize(…, args=(a,)) bind the data by position', () => {
    const src = `from scipy.optimize import check_grad, minimize

def f(x, a):
    return a * x[0]**2 * x[1]

def g(x, a):
    return [2 * a * x[0] * x[1], a * x[0]**2]

check_grad(f, g, [1.0, 2.0], 3.0)
`;
    const p = pair(src, 'python', 'f');
    assert.ok(p.ok, JSON.stringify(p));
    assert.deepStrictEqual(p.points[0], { x: [1, 2], a: 3 });
    // ∂/∂x0 = 2·a·x0·x1 = 12, ∂/∂x1 = a·x0² = 3 at x0 = (1, 2), a = 3
    assert.ok(close(p.components[0].handwritten, 12) && close(p.components[1].handwritten, 3));
    const m = pair(src.replace('check_grad(f, g, [1.0, 2.0], 3.0)', 'minimize(f, [1.0, 2.0], args=(3.0,), jac=g)'), 'python', 'f');
    assert.deepStrictEqual(m.points[0], { x: [1, 2], a: 3 });
    assert.ok(m.ok);
    // the data is never mistaken for a coordinate: a wrong a-factor is flagged at x[1] only
    const b = pair(src.replace('a * x[0]**2]', 'x[0]**2]'), 'python', 'f');
    assert.deepStrictEqual(b.variables, ['x[0]', 'x[1]']);
    assert.deepStrictEqual(
      b.components.map((c) => c.ok),
      [true, false],
    );
  });

  it('loops with bounds from x0 are unrolled: chained Rosenbrock with g[i] += … (SymPy: 515.4, −285.4, 62)', () => {
    const src = `import numpy as np
from scipy.optimize import minimize

def chained(x):
    s = 0.0
    for i in range(len(x) - 1):
        s += 100.0 * (x[i + 1] - x[i] ** 2) ** 2 + (1 - x[i]) ** 2
    return s

def chained_grad(x):
    g = np.zeros_like(x)
    for i in range(len(x) - 1):
        g[i] += -400.0 * x[i] * (x[i + 1] - x[i] ** 2) - 2 * (1 - x[i])
        g[i + 1] += 200.0 * (x[i + 1] - x[i] ** 2)
    return g

res = minimize(chained, [1.3, 0.7, 0.8], jac=chained_grad)
`;
    const p = pair(src, 'python', 'chained');
    assert.deepStrictEqual(p.variables, ['x[0]', 'x[1]', 'x[2]']);
    assert.ok(p.ok, JSON.stringify(p));
    [515.4, -285.4, 62].forEach((v, k) =>
      assert.ok(close(p.components[k].handwritten, v) && close(p.components[k].expected, v), `${k}: ${p.components[k].handwritten}`),
    );
    const b = pair(src.replace('g[i + 1] += 200.0', 'g[i + 1] += 20.0'), 'python', 'chained');
    assert.deepStrictEqual(
      b.components.map((c) => c.ok),
      [true, false, false],
    );
  });

  it('liblbfgs sample: for (i = 0; i < n; i += 2) with n unknown is checked at an assumed length, said in a note', () => {
    const src = `static lbfgsfloatval_t evaluate(
    void *instance,
    const lbfgsfloatval_t *x,
    lbfgsfloatval_t *g,
    const int n,
    const lbfgsfloatval_t step
    )
{
    int i;
    lbfgsfloatval_t fx = 0.0;

    for (i = 0;i < n;i += 2) {
        lbfgsfloatval_t t1 = 1.0 - x[i];
        lbfgsfloatval_t t2 = 10.0 * (x[i+1] - x[i] * x[i]);
        g[i+1] = 20.0 * t2;
        g[i] = -2.0 * (x[i] * g[i+1] + t1);
        fx += t1 * t1 + t2 * t2;
    }
    return fx;
}

int main(int argc, char *argv[])
{
    lbfgsfloatval_t fx;
    lbfgsfloatval_t *x = lbfgs_malloc(N);
    ret = lbfgs(N, x, &fx, evaluate, progress, NULL, &param);
}
`;
    const p = pair(src, 'c', 'evaluate');
    assert.ok(p.ok, JSON.stringify(p));
    assert.strictEqual(p.variables.length, 4);
    assert.match(p.note ?? '', /^the length of x is not known from the text: checked with 4 components$/);
    // given a point, that is the length: Rosenbrock pairs at (−1.2, 1): −215.6, −88 each
    const at = pair(src, 'c', 'evaluate', { at: { x: [-1.2, 1, -1.2, 1] } });
    assert.deepStrictEqual(
      values(at).map((v) => Math.round(v! * 10) / 10),
      [-215.6, -88, -215.6, -88],
    );
    const b = pair(src.replace('g[i+1] = 20.0 * t2;', 'g[i+1] = 2.0 * t2;'), 'c', 'evaluate');
    assert.deepStrictEqual(
      b.components.map((c) => [c.ok, c.line]),
      [
        [false, 16],
        [false, 15],
        [false, 16],
        [false, 15],
      ],
    );
  });

  it('numeric.js uncmin(f, x0, tol, gradient): a returned list', () => {
    const src = `function f(x) { return Math.pow(x[0] - 1, 2) + 10 * Math.pow(x[1] + 2, 2); }
function df(x) { return [2 * (x[0] - 1), 20 * (x[1] + 2)]; }
var sol = numeric.uncmin(f, [3, 4], 1e-8, df);
`;
    const p = pair(src, 'javascript', 'f');
    assert.strictEqual(p.gradient.name, 'df');
    assert.ok(p.ok, JSON.stringify(p));
    assert.ok(close(p.components[0].handwritten, 4) && close(p.components[1].handwritten, 120));
  });

  it('a vectorized pair is read as array code: a zero gradient of rosen is flagged at every component (issue #11)', () => {
    const src = `import numpy as np

def rosen(x):
    return np.sum(100.0*(x[1:] - x[:-1]**2.0)**2.0 + (1 - x[:-1])**2.0)

def rosen_der(x):
    return np.zeros_like(x)

minimize(rosen, np.array([1.3, 0.7]), jac=rosen_der)
`;
    const p = pair(src, 'python', 'rosen');
    assert.strictEqual(p.error, undefined);
    assert.strictEqual(p.ok, false);
    assert.deepStrictEqual(
      p.components.map((c) => [c.variable, c.ok, c.line, c.handwritten]),
      [
        ['x[0]', false, 7, 0],
        ['x[1]', false, 7, 0],
      ],
    );
    // ∂rosen/∂x[0] at x0 = (1.3, 0.7): -400·1.3·(0.7 - 1.69) - 2·(1 - 1.3) = 515.4 (by hand)
    assert.ok(Math.abs(p.components[0].expected! - 515.4) < 1e-6, String(p.components[0].expected));
    assert.match(p.note!, /^vectorized: both functions evaluated as array code/);
    const whole = pair(`def f(x):\n    return np.dot(x, x) + x[0]\n\ndef grad_f(x):\n    return [2*x[0] + 1, 2*x[1]]\n`, 'python', 'f');
    assert.strictEqual(whole.error, 'vectorized objective: x used as a whole array at line 2 is not supported yet');
  });

  // Modelled on the many public solutions of the Coursera ML exercises (ex5 linearRegCostFunction.m,
  // ex2 costFunctionReg.m): one body gives the cost and the gradient, over data X, y that no call states.
  const LINREG = `function [J, grad] = linearRegCostFunction(X, y, theta, lambda)
m = length(y); % number of training examples
grad = zeros(size(theta));
err = (X * theta) - y;
regParam = lambda/(2*m) * theta(2:end)' * theta(2:end);
J = 1/(2*m) * err' * err + regParam;
grad = (1/m) * X' * err;
grad(2:end) = grad(2:end) + lambda/m * theta(2:end);
grad = grad(:);
end
`;

  it('MATLAB [J, grad] over data arrays: checked with seeded X, y at the shapes the body implies (theta from zeros(size(theta)))', () => {
    const p = pair(LINREG, 'matlab', 'linearRegCostFunction');
    assert.strictEqual(p.error, undefined);
    assert.strictEqual(p.ok, true, JSON.stringify(p.components));
    assert.deepStrictEqual(
      p.components.map((c) => [c.variable, c.line]),
      [
        ['theta(1)', 7],
        ['theta(2)', 8],
        ['theta(3)', 8],
      ],
    );
    assert.match(p.note!, /seeded data X 5×3, y 5, lambda scalar/);
  });

  it('MATLAB [J, grad]: a wrong regularization term is named at its components and its line, the rest pass', () => {
    const bug = LINREG.replace('lambda/m * theta(2:end);', 'lambda/(2*m) * theta(2:end);');
    const p = pair(bug, 'matlab', 'linearRegCostFunction');
    assert.strictEqual(p.ok, false);
    assert.deepStrictEqual(
      p.components.map((c) => [c.variable, c.ok, c.line]),
      [
        ['theta(1)', true, 7],
        ['theta(2)', false, 8],
        ['theta(3)', false, 8],
      ],
    );
    // the wrong term is half the right one: written - expected = -lambda/(2m) theta_k for k >= 2
    assert.match(p.components[1].message!, /^∂J\/∂theta\(2\) written here is -?[\d.]+, the derivative is -?[\d.]+ at theta = \[/);
  });

  it("MATLAB logistic [J, grad] with a row gradient ((h-y)' * X / m) transposed back by grad(:)", () => {
    const src = `function [J, grad] = costFunctionReg(theta, X, y, lambda)
m = length(y);
h = 1 ./ (1 + exp(-X * theta));
J = - (y' * log(h) + (1-y)' * log(1-h)) / m + lambda/(2*m) * theta(2:end)' * theta(2:end);
grad = (h-y)' * X / m;
grad(2:end) = grad(2:end) + lambda/m * theta(2:end)';
grad = grad(:);
end
`;
    const ok = pair(src, 'matlab', 'costFunctionReg');
    assert.strictEqual(ok.ok, true, JSON.stringify(ok));
    const bug = pair(src.replace("grad = (h-y)' * X / m;", "grad = (h-y)' * X;"), 'matlab', 'costFunctionReg');
    assert.strictEqual(bug.ok, false);
    assert.deepStrictEqual(
      bug.components.map((c) => c.ok),
      [false, false, false],
    );
  });

  it('sums and means over data arrays are reported, never judged element by element (np.mean vs np.sum / len(y))', () => {
    const src = `import numpy as np\n\ndef J(th):\n    return np.mean((y - th[0] * x)**2)\n\ndef Jac(th):\n    return np.array([2 / len(y) * np.sum((th[0] * x - y) * x)])\n\nminimize(J, [1.0], jac=Jac)\n`;
    const p = pair(src, 'python', 'J');
    assert.strictEqual(
      p.error,
      'vectorized objective: the reduction in np.mean((y - th[0] * x)**2) at line 4 (a sum or mean over an array) is not supported yet',
    );
  });

  it('names pair when no call does (rosen / rosen_der, f / grad_f), never over an explicit call', () => {
    const named = pair(
      `def loss(w):\n    return (w[0] - 1)**2 + w[0]*w[1]\n\ndef loss_der(w):\n    return [2*(w[0] - 1) + w[1], w[0]]\n`,
      'python',
      'loss',
    );
    assert.strictEqual(named.pairing, 'name loss_der');
    assert.ok(named.ok);
    const explicit = checkPairs(
      `def loss(w):\n    return w[0]**2\n\ndef loss_der(w):\n    return [3*w[0]]\n\ndef g(w):\n    return [2*w[0]]\n\nminimize(loss, [1.0], jac=g)\n`,
      'python',
    );
    assert.deepStrictEqual(
      explicit.pairs.map((p) => [p.objective.name, p.gradient.name, p.ok]),
      [['loss', 'g', true]],
    );
    // scalar parameters: every one is a coordinate
    const scalars = pair(`def f(x, y):\n    return x**2 * y\n\ndef grad_f(x, y):\n    return (2*x*y, x**2)\n`, 'python', 'f');
    assert.deepStrictEqual(scalars.variables, ['x', 'y']);
    assert.ok(scalars.ok, JSON.stringify(scalars));
  });

  it('one partial by name (df_dy of f(x, y), dg_dw of g(w)), the other parameters as data in the message', () => {
    const src = `import numpy as np\n\ndef f(x, y):\n    return x**2*y + np.sin(x*y)\n\ndef df_dy(x, y):\n    return x**2 + np.cos(x*y)\n\ndef g(w):\n    return 1 / (1 + np.exp(-4*w)) + 0.1*w**2\n\ndef dg_dw(w):\n    s = 1 / (1 + np.exp(-4*w))\n    return 4*s*(1 - s) + 0.2*w\n`;
    const r = checkPairs(src, 'python');
    assert.deepStrictEqual(
      r.pairs.map((p) => [p.objective.name, p.gradient.name, p.pairing, p.ok]),
      [
        ['f', 'df_dy', 'name df_dy', false],
        ['g', 'dg_dw', 'name dg_dw', true],
      ],
    );
    const c = r.pairs[0].components[0];
    assert.deepStrictEqual([c.variable, c.line], ['y', 7]);
    const pt = r.pairs[0].points[c.point!] as Record<string, number>;
    // written x² + cos(xy); the derivative x² + x·cos(xy)
    assert.ok(close(c.handwritten, pt.x ** 2 + Math.cos(pt.x * pt.y)) && close(c.expected, pt.x ** 2 + pt.x * Math.cos(pt.x * pt.y)));
    assert.match(c.message!, /^∂f\/∂y written here is .*, the derivative is .* at y = [-\d.]+, x = [-\d.]+$/);
  });

  it('a name defined in several scopes: self.func is the method, a bare func the closest definition before the call', () => {
    const src = `class TestOptimize:
    def func(self, x):
        return x[0]**2 + x[1]**2

    def grad(self, x):
        return [2*x[0], 2*x[1]]

    def test_cg(self):
        optimize.minimize(self.func, [1.0, 1.0], method='CG', jac=self.grad)

    def test_infinite(self):
        func = lambda x: -np.exp(-x)
        fprime = lambda x: -func(x)
        optimize.minimize(func, [0.5], jac=fprime)
`;
    const r = checkPairs(src, 'python');
    assert.deepStrictEqual(
      r.pairs.map((p) => [p.objective.line, p.gradient.line, p.ok]),
      [
        [2, 5, true],
        [12, 13, true],
      ],
    );
    // d/dx (−e^(−x)) = e^(−x) at x0 = 0.5
    assert.ok(close(r.pairs[1].components[0].handwritten, Math.exp(-0.5)));
  });

  it('long loops and loops of calls end with a message, not a hang', () => {
    const src = `def h(x):\n    s = 0.0\n    for i in range(4000):\n        s += x[0] * i\n    return s\n\ndef f(x):\n    t = 0.0\n    for k in range(4000):\n        t += h(x)\n    return t\n\ndef grad_f(x):\n    return [1.0]\n`;
    const p = pair(src, 'python', 'f');
    assert.strictEqual(p.error, 'in h, called at line 10: too many statements to follow (a long loop?)');
    const once = pair(
      `def f(x):\n    t = 0.0\n    for k in range(100000):\n        t += x[0]\n    return t\n\ndef grad_f(x):\n    return [100000.0]\n`,
      'python',
      'f',
    );
    assert.match(once.error ?? '', /^loop at line 3 runs more than 5000 times: too long to follow$/);
  });

  it('pairs given by hand (--pair, Pair Gradient…)', () => {
    const src = `def energy(q):\n    return 0.5 * q[0]**2 + q[0] * q[1]\n\ndef force(q):\n    return [q[0] + q[1], q[0]]\n`;
    assert.strictEqual(checkPairs(src, 'python').pairs.length, 0);
    const p = pair(src, 'python', 'energy', { pairs: [{ objective: 'energy', gradient: 'force' }] });
    assert.strictEqual(p.pairing, 'by hand');
    assert.ok(p.ok);
    const r = checkPairs(src, 'python', { pairs: [{ objective: 'energy', gradient: 'nothere' }] });
    assert.deepStrictEqual(r.notes, [{ line: 1, message: 'pair energy:nothere: nothere is not a function defined in this file' }]);
  });

  it('a component the gradient never writes is flagged with its name', () => {
    const src = `function f(x, grad) {\n  if (grad) {\n    grad[0] = 2 * x[0];\n  }\n  return x[0] * x[0] + x[1];\n}\nfmin.gradientDescent(f, [1, 1]);\n`;
    const p = pair(src, 'javascript', 'f');
    assert.deepStrictEqual(
      p.components.map((c) => [c.variable, c.ok]),
      [
        ['x[0]', true],
        ['x[1]', false],
      ],
    );
    assert.strictEqual(p.components[1].message, '∂f/∂x[1] is not written by f');
  });

  it('R return(c(...)) with par[1]; Julia implicit return of a vector; MATLAB g(1) = … in a separate function', () => {
    const r = pair(
      `f <- function(par) {\n  par[1]^2 + 2 * par[2]\n}\ngr <- function(par) {\n  return(c(2 * par[1], 2))\n}\noptim(c(1, 1), f, gr)\n`,
      'r',
      'f',
    );
    assert.ok(r.ok && close(r.components[0].handwritten, 2) && close(r.components[1].handwritten, 2), JSON.stringify(r));
    const jl = pair(
      `rosen(x) = (1 - x[1])^2 + 100 * (x[2] - x[1]^2)^2\nrosen_grad(x) = [-2 * (1 - x[1]) - 400 * x[1] * (x[2] - x[1]^2), 200 * (x[2] - x[1]^2)]\n`,
      'julia',
      'rosen',
    );
    assert.strictEqual(jl.pairing, 'name rosen_grad');
    assert.ok(jl.ok, JSON.stringify(jl));
    const m = pair(
      `function f = myobj(x)\n  f = x(1)^2 * x(2);\nend\nfunction g = myobj_grad(x)\n  g = zeros(2, 1);\n  g(1) = 2 * x(1) * x(2);\n  g(2) = x(1);\nend\n`,
      'matlab',
      'myobj',
    );
    assert.deepStrictEqual(m.variables, ['x(1)', 'x(2)']);
    assert.deepStrictEqual(
      m.components.map((c) => [c.ok, c.line]),
      [
        [true, 6],
        [false, 7],
      ],
    );
  });
});
