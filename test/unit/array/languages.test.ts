// Array spellings per language: the same loss written natively in NumPy, Julia, MATLAB, R and
// mathjs gives the same gradient values; gradients are printed in each language's own notation,
// and the printed text, read back in that language, evaluates to the same values.
import * as assert from 'assert';
import { analyzeArray, compileArray, usesArrayOps, type NDArray } from '../../../src/core/array';
import { InputError } from '../../../src/core/types';
import type { Lang } from '../../../src/core/types';
import { assertClose, flat } from './helpers';

const X = [
  [1, 2, -1],
  [0.5, -1, 2],
  [3, 0.2, 1],
  [-1, 1, 0.5],
];
const at = { X, w: [0.3, -0.7, 1.1], y: [1, -2, 0.5, 2], n: 4, lam: 0.1 };

describe('array engine: languages', () => {
  it('the ridge loss in NumPy, torch, JAX, Julia, MATLAB, R and mathjs: same values, each in its own notation', () => {
    const spellings: [Lang, string, string][] = [
      ['python', 'np.sum((X @ w - y)**2) / n + lam * np.sum(w**2)', '2 * X.T @ (X @ w - y) / n + 2 * lam * w'],
      ['python', 'torch.sum((X @ w - y)**2) / n + lam * torch.sum(w**2)', '2 * X.T @ (X @ w - y) / n + 2 * lam * w'],
      ['python', 'jnp.sum((jnp.dot(X, w) - y)**2) / n + lam * jnp.sum(w**2)', '2 * X.T @ (X @ w - y) / n + 2 * lam * w'],
      ['python', '((X.dot(w) - y)**2).sum() / n + lam * (w**2).sum()', '2 * X.T @ (X @ w - y) / n + 2 * lam * w'],
      ['julia', 'sum((X * w - y).^2) / n + lam * sum(w.^2)', "2 * X' * (X * w - y) / n + 2 * lam * w"],
      ['matlab', 'sum((X * w - y).^2) / n + lam * sum(w.^2)', "2 * X' * (X * w - y) / n + 2 * lam * w"],
      ['r', 'sum((X %*% w - y)^2) / n + lam * sum(w^2)', '2 * t(X) %*% (X %*% w - y) / n + 2 * lam * w'],
      ['math', 'sum((X * w - y) .^ 2) / n + lam * sum(w .^ 2)', "2 * X' * (X * w - y) / n + 2 * lam * w"],
    ];
    const reference = analyzeArray(spellings[0][1], 'python', { at });
    for (const [lang, text, dw] of spellings) {
      const a = analyzeArray(text, lang, { at });
      assert.strictEqual(a.partials.w, dw, `${lang}: ${text}`);
      assert.deepStrictEqual(a.shapes.X, [4, 3]);
      for (const v of ['X', 'w', 'y', 'n', 'lam'])
        assertClose(flat(a.values![v]), flat(reference.values![v]), `${lang} ∂/∂${v}`, 1e-12, 1e-12);
    }
  });

  it('library spellings: .T, np.matmul, torch.mm, X.dot(W), np.linalg.*, crossprod, colSums, Julia dims=, MATLAB sum(X, 1)', () => {
    const S = [
      [3, 0.2, 0.1],
      [0.2, 2, -0.3],
      [0.1, -0.3, 4],
    ];
    const cases: [Lang, string, string][] = [
      ['python', 'np.sum(np.matmul(X.T, X) * S)', 'np.sum(X.T.dot(X) * S)'],
      ['python', 'torch.sum(torch.mm(X, S) * X)', 'np.sum((X @ S) * X)'],
      ['python', 'np.sum(X.sum(axis=0) * w)', 'np.sum(np.sum(X, axis=0, keepdims=True) * w)'],
      ['julia', "sum(sum(X; dims=1)' .* w)", 'np.sum(X.sum(axis=0) * w)'],
      ['matlab', "sum(sum(X, 1)' .* w)", 'np.sum(X.sum(axis=0) * w)'],
      ['r', 'sum(colSums(X) * w) + sum(crossprod(X, y))', 'np.sum(X.sum(axis=0) * w) + np.sum(X.T @ y)'],
      ['r', 'sum(rowSums(X) * y)', 'np.sum(X.sum(axis=1) * y)'],
      ['julia', "logdet(S) + tr(inv(S) * X' * X)", 'np.linalg.slogdet(S)[1] + np.trace(np.linalg.inv(S) @ X.T @ X)'],
      ['matlab', "log(det(S)) + trace(S \\ (X' * X))", 'np.log(np.linalg.det(S)) + np.trace(np.linalg.solve(S, X.T @ X))'],
    ];
    for (const [lang, text, numpy] of cases) {
      const p = { X, S, w: at.w, y: at.y };
      const a = analyzeArray(text, lang, { at: p });
      const b = analyzeArray(numpy, 'python', { at: p });
      assert.ok(Math.abs((a.value as number) - (b.value as number)) < 1e-9, `${lang}: ${text} = ${a.value}, NumPy ${b.value}`);
      for (const v of a.variables) assertClose(flat(a.values![v]), flat(b.values![v]), `${lang} ${text} ∂/∂${v}`, 1e-9, 1e-12);
    }
  });

  it('printed gradients read back in their own language give the same values', () => {
    const S = [
      [3, 0.2, 0.1],
      [0.2, 2, -0.3],
      [0.1, -0.3, 4],
    ];
    const p: Record<string, NDArray> = { ...at, S, A: S, x: at.w, W1: S };
    const cases: [Lang, string][] = [
      ['python', 'np.sum(np.tanh(X @ W1) ** 2) + np.linalg.slogdet(S)[1] + x @ A @ x'],
      ['python', 'scipy.special.logsumexp(X @ w) + np.linalg.norm(w)'],
      ['julia', 'sum((X * w - y).^2) / n + lam * sum(w.^2)'],
      ['julia', "sum(tanh.(X * W1)) + logdet(S) + x' * A * x + tr(A * S)"],
      ['matlab', 'sum((X * w - y).^2) / n + lam * sum(w.^2)'],
      ['matlab', 'log(det(S)) + trace(inv(S) * A)'],
      ['r', 'sum((X %*% w - y)^2) / n + lam * sum(w^2)'],
      ['r', 'sum(exp(X %*% w)) + det(S)'],
      ['math', 'sum((X * w - y) .^ 2) / n + lam * sum(w .^ 2)'],
    ];
    for (const [lang, text] of cases) {
      const a = analyzeArray(text, lang, { at: p });
      for (const v of a.variables) {
        const back = compileArray(a.partials[v], lang, a.shapes).value(p);
        assertClose(flat(back), flat(a.values![v]), `${lang}: ∂/∂${v} of ${text} printed as ${a.partials[v]}`, 1e-9, 1e-12);
      }
    }
  });

  it('the backward form of a layer, with the upstream gradient named after the output', () => {
    const a = analyzeArray('h = np.tanh(X @ W1 + b1)', 'python', { lhs: 'h' });
    assert.deepStrictEqual(a.backward, [
      { name: 'dX', text: 'dh * (1 - h ** 2) @ W1.T' },
      { name: 'dW1', text: 'X.T @ (dh * (1 - h ** 2))' },
      { name: 'db1', text: '(dh * (1 - h ** 2)).sum(axis=0)' },
    ]);
    assert.deepStrictEqual(a.shapes, { X: ['n', 'd'], W1: ['d', 'k'], b1: ['k'] });
    // the hand-written form: the repeated factor named once
    assert.deepStrictEqual(a.shared, {
      definitions: [{ name: 'z1', text: 'dh * (1 - h ** 2)' }],
      partials: { dX: 'z1 @ W1.T', dW1: 'X.T @ z1', db1: 'z1.sum(axis=0)' },
    });
    assert.deepStrictEqual(a.outputShape, ['n', 'k']);
    const j = analyzeArray("h = tanh.(X * W1 .+ b1')", 'julia', { lhs: 'h' });
    assert.deepStrictEqual(
      j.backward?.map((b) => b.text),
      ["dh .* (1 .- h .^ 2) * W1'", "X' * (dh .* (1 .- h .^ 2))", 'vec(sum(dh .* (1 .- h .^ 2); dims=1))'],
    );
    const unnamed = analyzeArray('np.tanh(X @ W1 + b1)', 'python');
    assert.strictEqual(unnamed.backward?.[1].text, 'X.T @ (dout * (1 - np.tanh(X @ W1 + b1) ** 2))');
  });

  it('LaTeX output: transposes, Hadamard products, fractions', () => {
    const a = analyzeArray('np.sum((X @ w - y)**2) / n + lam * np.sum(w**2)', 'python', { print: 'latex' });
    assert.strictEqual(a.partials.w, '\\frac{2 X^\\top \\left(X w - y\\right)}{n} + 2 \\lambda w');
    const h = analyzeArray('np.sum(np.tanh(X @ W) * Y)', 'python', { print: 'latex' });
    assert.strictEqual(h.partials.W, 'X^\\top \\left(Y \\odot \\left(1 - {\\tanh\\left(X W\\right)}^{\\circ 2}\\right)\\right)');
  });

  it('LaTeX input: bold names, layer indices W^{(1)} (not powers), transposes, \\odot, \\operatorname{tr}, \\log\\det, norms', () => {
    const layers = analyzeArray('\\mathbf{W}^{(1)}\\mathbf{W}^{(2)}', 'latex');
    assert.deepStrictEqual(layers.shapes, { W_1: ['n', 'd'], W_2: ['d', 'k'] });
    assert.deepStrictEqual(layers.backward, [
      { name: 'dW_1', text: '\\mathrm{dout} W_{2}^\\top' },
      { name: 'dW_2', text: 'W_{1}^\\top \\mathrm{dout}' },
    ]);
    const A = [
      [2, -1, 0.5],
      [0.3, 1.5, -2],
      [1, 0.2, 3],
    ];
    const x = [0.7, -1.2, 2];
    const q = analyzeArray('\\mathbf{x}^\\top A \\mathbf{x}', 'latex', { at: { x, A } });
    assert.strictEqual(q.partials.x, 'A x + x^\\top A');
    assertClose(
      flat(q.values!.x),
      x.map((_, i) => x.reduce((s, xj, j) => s + (A[i][j] + A[j][i]) * xj, 0)),
      'x^T A x',
    );
    const ridge = analyzeArray('\\frac{1}{2}\\|X\\mathbf{w} - \\mathbf{y}\\|^2 + \\frac{\\lambda}{2}\\|\\mathbf{w}\\|^2', 'latex');
    assert.strictEqual(ridge.partials.w, 'X^\\top \\left(X w - y\\right) + \\lambda w');
    assert.strictEqual(analyzeArray('\\log\\det X', 'latex').partials.X, '\\left(X^{-1}\\right)^\\top');
    assert.strictEqual(analyzeArray('\\operatorname{tr}(A X B)', 'latex', { print: 'python' }).partials.X, 'A.T @ B.T');
    assert.strictEqual(analyzeArray('\\sum(\\mathbf{a} \\odot \\mathbf{b})', 'latex').partials.a, 'b');
    assert.throws(
      () => analyzeArray('\\mathbf{x}^\\top \\mathbf{y} + \\foo', 'latex'),
      (e: unknown) => e instanceof InputError && e.message === '\\foo is not read in array expressions at column 30' && e.column === 30,
    );
    assert.throws(
      () => analyzeArray('\\mathbf{W}^{(1)} \\mathbf{x} + \\mathbf{b}', 'latex', { shapes: { W_1: [3, 2], x: [2], b: [4] } }),
      (e: unknown) => e instanceof InputError && /addition \(\+\): shapes \(3,\) and \(4,\) do not broadcast at column 29/.test(e.message),
    );
    for (const t of ['X^\\top y', '\\mathbf{W}^{(1)}\\mathbf{W}^{(2)}', 'a \\odot b', '\\log\\det\\Sigma', '\\vec{\\theta}^T x'])
      assert.ok(usesArrayOps(t, 'latex'), t);
    for (const t of ['x^2 + \\frac{a}{b}', 'e^{T}', '\\sigma(w x + b)']) assert.ok(!usesArrayOps(t, 'latex'), t);
  });
});
