import { analyzeArray, usesArrayOps } from './src/core/array';
for (const t of ['\\mathbf{W}^{(1)}\\mathbf{W}^{(2)}', '\\vec{\\theta}^T\\phi', '\\mathbf{x}^\\top A \\mathbf{x}', '\\operatorname{tr}(A X B)', '\\log\\det X', '\\log\\det\\left(\\Sigma\\right) + \\mathbf{x}^\\top \\Sigma^{-1} \\mathbf{x}', '\\frac{1}{2}\\|X\\mathbf{w} - \\mathbf{y}\\|^2 + \\frac{\\lambda}{2}\\|\\mathbf{w}\\|^2', 'h = \\tanh(W x + b)', '\\sum(\\mathbf{a} \\odot \\mathbf{b})', 'X^\\top X w', '\\det(X) + \\mathbf{x}^\\top \\mathbf{y}', '\\|X w - y\\|_2^2']) {
  try { const a = analyzeArray(t, 'latex', {}); console.log(t, '→', JSON.stringify(a.shapes), JSON.stringify(a.partials), JSON.stringify(a.backward ?? ''), a.notes.join('; ')); } catch (e) { console.log(t, 'ERR', (e as Error).message); }
}
