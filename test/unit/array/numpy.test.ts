// Real array lines (losses, layers, likelihoods, matrix-calculus identities) checked against NumPy:
// our gradient values against NumPy's central differences of the user's own expression, and the
// printed NumPy gradient, evaluated by NumPy, against the same differences.
import * as assert from 'assert';
import { analyzeArray, type NDArray, type Shape } from '../../../src/core/array';
import { generate, point, shapesFor } from './gen';
import { assertClose, flat } from './helpers';
import { numpyValues, type NumpyCase } from './numpy';
import { rng } from './gen';

const r = rng(7);
const u = () => Math.round((r() * 2 - 1) * 1000) / 1000;
const mat = (a: number, b: number) => Array.from({ length: a }, () => Array.from({ length: b }, u));
const vec = (a: number) => Array.from({ length: a }, u);
const spd = (d: number) => mat(d, d).map((row, i) => row.map((x, j) => (i === j ? 3 + x : 0.3 * x)));
const probs = (n: number, k: number) => mat(n, k).map((row) => row.map((x) => 0.2 + Math.abs(x)));

interface Case {
  expr: string;
  at: Record<string, NDArray>;
  ints?: string[];
  shapes?: Record<string, Shape>;
}

const X = mat(5, 3);
const CASES: Case[] = [
  { expr: 'np.sum((X @ w - y)**2) / n + lam * np.sum(w**2)', at: { X, w: vec(3), y: vec(5), n: 5, lam: 0.1 } },
  {
    expr: '-np.mean(y * np.log(scipy.special.expit(X @ w)) + (1 - y) * np.log(1 - scipy.special.expit(X @ w)))',
    at: { X, w: vec(3), y: [1, 0, 1, 1, 0] },
  },
  { expr: '-np.mean(np.log(probs[np.arange(n), y]))', at: { probs: probs(4, 3), n: 4, y: [0, 2, 1, 2] }, ints: ['y', 'n'] },
  {
    expr: '-np.sum(scipy.special.log_softmax(X @ W, axis=1)[np.arange(X.shape[0]), y])',
    at: { X, W: mat(3, 4), y: [0, 3, 1, 2, 2] },
    ints: ['y'],
  },
  {
    expr: 'np.mean((np.tanh(X @ W1 + b1) @ W2 + b2 - Y) ** 2)',
    at: { X, W1: mat(3, 4), b1: vec(4), W2: mat(4, 2), b2: vec(2), Y: mat(5, 2) },
  },
  { expr: 'x @ A @ x', at: { x: vec(3), A: mat(3, 3) } },
  { expr: 'np.trace(A @ X @ B)', at: { A: mat(2, 5), X, B: mat(3, 2) } },
  { expr: 'np.linalg.slogdet(S)[1]', at: { S: spd(3) } },
  { expr: 'np.log(np.linalg.det(S))', at: { S: spd(3) } },
  { expr: 'np.sum(np.linalg.inv(S) * C)', at: { S: spd(3), C: mat(3, 3) } },
  { expr: 'b @ np.linalg.solve(S, b)', at: { S: spd(3), b: vec(3) } },
  { expr: 'np.linalg.norm(X @ w - y)', at: { X, w: vec(3), y: vec(5) } },
  { expr: 'scipy.special.logsumexp(X @ w)', at: { X, w: vec(3) } },
  { expr: 'np.sum(np.max(X, axis=1))', at: { X } },
  { expr: 'np.sum(x[1:] * x[:-1])', at: { x: vec(6) } },
  { expr: 'np.sum(X[:, 1] ** 2) + X[0, 2]', at: { X } },
  { expr: 'np.sum(np.outer(a, b) * C)', at: { a: vec(3), b: vec(4), C: mat(3, 4) } },
  { expr: 'np.mean(np.maximum(X @ w, 0) ** 2)', at: { X, w: vec(3) } },
  { expr: 'np.sum(X.reshape(15) ** 3)', at: { X } },
  { expr: '0.5 * np.sum((x - mu) ** 2) / sigma ** 2 + n * np.log(sigma)', at: { x: vec(6), mu: 0.3, sigma: 1.7, n: 6 } },
  { expr: 'np.sum(scipy.special.softmax(z) * c)', at: { z: vec(4), c: vec(4) } },
  { expr: 'X.dot(w).dot(X.dot(w)) + np.dot(w, w)', at: { X, w: vec(3) } },
  { expr: 'np.sum(np.mean(X, axis=0, keepdims=True) * X)', at: { X } },
  { expr: 'np.sum(scipy.special.logsumexp(X, axis=0) ** 2)', at: { X } },
  { expr: 'np.sum(np.matmul(X.T, X) * np.linalg.inv(S))', at: { X, S: spd(3) } },
];

describe('array engine against NumPy (python3)', function () {
  this.timeout(120_000);

  it('real array lines: values and printed NumPy gradients agree with NumPy’s finite differences', () => {
    const analyses = CASES.map((c) => analyzeArray(c.expr, 'python', { at: c.at, shapes: c.shapes }));
    const np = numpyValues(
      CASES.map(
        (c, i) => ({ expr: c.expr, at: c.at, ints: c.ints, wrt: analyses[i].variables, grads: analyses[i].partials }) satisfies NumpyCase,
      ),
    );
    CASES.forEach((c, i) => {
      const a = analyses[i];
      assert.ok(
        Math.abs((a.value as number) - np[i].value) <= 1e-9 * Math.max(1, Math.abs(np[i].value)),
        `value of ${c.expr}: ${a.value} vs ${np[i].value}`,
      );
      for (const v of a.variables) {
        assertClose(flat(a.values![v]), flat(np[i].fd[v]), `our ∂/∂${v} of ${c.expr}`, 1e-6, 1e-7);
        assertClose(flat(np[i].printed[v]), flat(np[i].fd[v]), `printed ∂/∂${v} = ${a.partials[v]} of ${c.expr}`, 1e-6, 1e-7);
      }
    });
  });

  it('random expressions: the printed NumPy gradient, run by NumPy, matches NumPy’s differences', () => {
    const cases: { expr: string; at: Record<string, NDArray>; shapes: Record<string, Shape> }[] = [];
    for (let seed = 1; cases.length < 40; seed++) {
      const [n, d, k] = [1 + (seed % 4), 1 + ((seed >> 2) % 3), 1 + ((seed >> 4) % 3)];
      cases.push({ expr: generate(seed * 7919), at: point(seed, n, d, k) as Record<string, NDArray>, shapes: shapesFor(n, d, k) });
    }
    const analyses = cases.map((c) => analyzeArray(c.expr, 'python', { shapes: c.shapes }));
    const np = numpyValues(
      cases.map((c, i) => ({
        expr: c.expr,
        at: c.at,
        wrt: analyses[i].variables,
        grads: analyses[i].partials,
      })),
    );
    let compared = 0;
    cases.forEach((c, i) => {
      if (!Number.isFinite(np[i].value)) return;
      for (const v of analyses[i].variables) {
        assertClose(flat(np[i].printed[v]), flat(np[i].fd[v]), `printed ∂/∂${v} = ${analyses[i].partials[v]} of ${c.expr}`, 1e-5, 1e-6);
        compared++;
      }
    });
    assert.ok(compared > 60, `only ${compared} gradients compared`);
  });
});
