// Matrix-calculus identities, with the expected gradients computed here by plain loops (never by
// the engine): xᵀAx, tr(AXB), log det X, logsumexp, softmax, log_softmax, cross-entropy with a gather.
import * as assert from 'assert';
import { analyzeArray } from '../../../src/core/array';
import { assertClose, flat, matmul, transpose } from './helpers';

const A = [
  [2, -1, 0.5],
  [0.3, 1.5, -2],
  [1, 0.2, 3],
];
const x = [0.7, -1.2, 2];
const S = [
  [4, 1, -0.5],
  [0.5, 3, 0.2],
  [-1, 0.4, 5],
];

/** Gauss–Jordan inverse (an independent check of the engine's LU). */
function inverse(m: number[][]): number[][] {
  const n = m.length;
  const a = m.map((row, i) => [...row, ...row.map((_, j) => (i === j ? 1 : 0))]);
  for (let c = 0; c < n; c++) {
    const p = a.reduce((best, row, r) => (r >= c && Math.abs(row[c]) > Math.abs(a[best][c]) ? r : best), c);
    [a[c], a[p]] = [a[p], a[c]];
    const d = a[c][c];
    a[c] = a[c].map((v) => v / d);
    for (let r = 0; r < n; r++) if (r !== c) a[r] = a[r].map((v, j) => v - a[r][c] * a[c][j]);
  }
  return a.map((row) => row.slice(n));
}

const softmax = (z: number[]) => {
  const m = Math.max(...z);
  const e = z.map((v) => Math.exp(v - m));
  const s = e.reduce((p, q) => p + q, 0);
  return e.map((v) => v / s);
};

describe('array engine: matrix-calculus identities', () => {
  it('∂/∂x xᵀAx = (A + Aᵀ)x, and ∂/∂A = x xᵀ', () => {
    const a = analyzeArray('x @ A @ x', 'python', { at: { x, A } });
    const expected = x.map((_, i) => x.reduce((s, xj, j) => s + (A[i][j] + A[j][i]) * xj, 0));
    assertClose(flat(a.values!.x), expected, '∂/∂x');
    assertClose(flat(a.values!.A), flat(x.map((xi) => x.map((xj) => xi * xj))), '∂/∂A');
  });

  it('∂/∂X tr(AXB) = AᵀBᵀ, printed A.T @ B.T', () => {
    const Aw = [
      [1, 2, 0],
      [-1, 0.5, 3],
    ];
    const X = [
      [0.2, 1],
      [1.5, -0.3],
      [2, 0.7],
    ];
    const Bm = [
      [1, -2],
      [0.5, 0.25],
    ];
    const a = analyzeArray('np.trace(A @ X @ B)', 'python', { at: { A: Aw, X, B: Bm } });
    assert.strictEqual(a.partials.X, 'A.T @ B.T');
    assertClose(flat(a.values!.X), flat(matmul(transpose(Aw), transpose(Bm))), '∂/∂X tr(AXB)');
  });

  it('∂/∂X log det X = X⁻ᵀ (slogdet, log(det), Julia logdet), ∂/∂X det X = det(X) X⁻ᵀ', () => {
    const expected = flat(transpose(inverse(S)));
    for (const [lang, text] of [
      ['python', 'np.linalg.slogdet(S)[1]'],
      ['python', 'np.log(np.linalg.det(S))'],
      ['julia', 'logdet(S)'],
      ['matlab', 'log(det(S))'],
    ] as const) {
      const a = analyzeArray(text, lang, { at: { S } });
      assertClose(flat(a.values!.S), expected, `${lang}: ${text}`, 1e-10, 1e-12);
    }
    assert.strictEqual(analyzeArray('np.linalg.slogdet(S)[1]', 'python').partials.S, 'np.linalg.inv(S).T');
    const d = analyzeArray('np.linalg.det(S)', 'python', { at: { S } });
    const det = d.value as number;
    assertClose(
      flat(d.values!.S),
      expected.map((v) => det * v),
      '∂ det',
      1e-10,
      1e-12,
    );
  });

  it('∂ logsumexp = softmax; ∂/∂z cᵀ log_softmax(z) = c − softmax(z) Σc; ∂/∂z cᵀ softmax(z) = s ⊙ (c − sᵀc)', () => {
    const z = [0.5, -1, 2, 0.1];
    const c = [1, 0.5, -2, 3];
    const s = softmax(z);
    assertClose(flat(analyzeArray('scipy.special.logsumexp(z)', 'python', { at: { z } }).values!.z), s, 'logsumexp');
    const sumC = c.reduce((p, q) => p + q, 0);
    const ls = analyzeArray('np.sum(c * scipy.special.log_softmax(z))', 'python', { at: { z, c } });
    assertClose(
      flat(ls.values!.z),
      c.map((ci, i) => ci - s[i] * sumC),
      'log_softmax',
    );
    const sc = s.reduce((p, si, i) => p + si * c[i], 0);
    const sm = analyzeArray('np.sum(c * scipy.special.softmax(z))', 'python', { at: { z, c } });
    assertClose(
      flat(sm.values!.z),
      s.map((si, i) => si * (c[i] - sc)),
      'softmax',
    );
    assert.strictEqual(analyzeArray('np.sum(scipy.special.logsumexp(Z, axis=1))', 'python').partials.Z, 'scipy.special.softmax(Z, axis=1)');
  });

  it('cross-entropy with a gather: ∂/∂Z of −Σ log_softmax(Z)[i, yᵢ] is softmax(Z) − onehot(y)', () => {
    const Z = [
      [1, 0.5, -1],
      [0.2, 2, 0.3],
      [-0.5, 0, 1.5],
      [1, 1, 1],
    ];
    const y = [2, 1, 0, 1];
    const a = analyzeArray('-np.sum(scipy.special.log_softmax(Z, axis=1)[np.arange(Z.shape[0]), y])', 'python', { at: { Z, y } });
    assert.deepStrictEqual(a.variables, ['Z']);
    const expected = Z.map((row, i) => softmax(row).map((p, j) => p - (j === y[i] ? 1 : 0)));
    assertClose(flat(a.values!.Z), flat(expected), 'cross-entropy');
    // labels counted from 1 in Julia: the same loss
    const j = analyzeArray('-sum(logsoftmax(Z; dims=2)[CartesianIndex.(1:size(Z, 1), y)])', 'julia', { at: { Z, y: y.map((v) => v + 1) } });
    assertClose(flat(j.values!.Z), flat(expected), 'Julia cross-entropy');
  });
});
