import { analyzeArray } from './src/core/array';
const cases: [string, any][] = [
  ['sum((X * w - y).^2) / n + lam * sum(w.^2)', 'julia'],
  ["sum(tanh.(X * W1 .+ b1'))", 'julia'],
  ['mean(log.(1 .+ exp.(-y .* (X * w))))', 'julia'],
  ['tr(A * X * B)', 'julia'],
  ['logdet(S) + x\' * S * x', 'julia'],
  ['sum((X * w - y).^2) / n + lam * sum(w.^2)', 'matlab'],
  ['sum(sum(X.^2, 1))', 'matlab'],
  ['log(det(S)) + trace(inv(S) * C)', 'matlab'],
  ['sum((X %*% w - y)^2) / n + lam * sum(w^2)', 'r'],
  ['sum(colSums(X^2)) + sum(crossprod(X, y))', 'r'],
  ['sum(exp(X %*% w))', 'r'],
  ['np.sum(np.tanh(X @ W1 + b1) @ W2)', 'python'],
];
for (const [t, l] of cases) {
  for (const p of ['julia', 'matlab', 'r', 'math', 'latex', 'python'] as const) {
    try { const a = analyzeArray(t, l, { print: p }); console.log(l, '→', p, t, JSON.stringify(a.partials), JSON.stringify(a.shapes)); } catch (e) { console.log(l, '→', p, t, 'ERR', (e as Error).message); }
  }
}
