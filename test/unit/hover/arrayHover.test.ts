// The hover on array code (issue #11): shapes from the code, the backward pass of an array line in
// NumPy, gradients of a scalar line, a precise refusal (what, line, column), never a scalar reading
// of array code, and scalar code as before.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { hoverAt } from '../../../src/core/hover';
import type { Lang } from '../../../src/core/types';

function hover(text: string, lang: Lang, needle: string, offset = 2) {
  const h = hoverAt(text, lang, text.indexOf(needle) + offset, { plot: false });
  assert.ok(h, `a hover at ${needle}`);
  return h;
}

const MLP = fs.readFileSync(path.join(process.cwd(), 'examples', 'python', 'mlp_numpy.py'), 'utf8');

describe('hover: array code', () => {
  it('a layer: shapes from the docstring with their lines, and the backward pass with dh', () => {
    const h = hover(MLP, 'python', 'np.tanh(X @ W1');
    assert.match(
      h.markdown,
      /\*\*Shapes\*\*: `X` \(n, d\) _\(the docstring, line 10\)_ · `W1` \(d, h\) _\(the docstring, line 11\)_ · `b1` \(h,\) _\(the docstring, line 12\)_ · output \(n, h\)/,
    );
    assert.match(h.markdown, /\*\*Backward pass\*\* with the upstream gradient `dh`/);
    assert.match(h.markdown, /^dW1 = X\.T @ \(dh \* \(1 - h \*\* 2\)\)$/m);
    assert.match(h.markdown, /^db1 = \(dh \* \(1 - h \*\* 2\)\)\.sum\(axis=0\)$/m);
    assert.doesNotMatch(h.markdown, /Open Plot/);
  });

  it('the loss: gradients by each array, lam a scalar, totals through h and scores', () => {
    const h = hover(MLP, 'python', 'np.sum((scores');
    assert.match(h.markdown, /^∂loss\/∂W1 = 2 \* lam \* W1$/m);
    assert.match(h.markdown, /`lam` scalar/);
    assert.match(h.markdown, /\*\*Total derivatives\*\* with respect to the inputs/);
    assert.deepStrictEqual(h.model.array?.shapeOf.scores, ['n', 'k']);
  });

  it('an operation the engine cannot read is refused with its line and column, never read as scalars', () => {
    const src = 'import torch.nn.functional as f\n\ndef attention(scores):\n    attn = f.softmax(scores, dim=-1)\n    return attn\n';
    const h = hover(src, 'python', 'f.softmax');
    assert.match(h.model.problem!, /`f\.softmax\(…\)`: `f` is not a module this version knows/);
    assert.match(h.model.problem!, /\(line 4, column 12 in the file\)\. Nothing is read as scalars here\.$/);
    assert.deepStrictEqual(h.model.partials, []);
  });

  it('an array statement the front-end cannot parse is found whole (never silent)', () => {
    const src = 'import numpy as np\nscores = X @ W\nloss = -np.log(probs[np.arange(n), y]).mean() + np.einsum("ij,ij->", W, W)\n';
    const h = hover(src, 'python', 'np.einsum', 3);
    assert.match(h.found.text, /^-np\.log\(probs/);
    assert.ok(h.model.problem || h.model.array, h.markdown);
  });

  it('a call with a string argument (np.einsum) is refused by its name and column, not as a stray string', () => {
    const src = 'import numpy as np\n\ndef f(X, w):\n    e = np.einsum("ij,j->i", X, w)\n    return e\n';
    const h = hover(src, 'python', 'np.einsum', 3);
    assert.match(h.model.problem!, /unsupported: `np\.einsum` \(a call with a string argument\)/);
    assert.match(h.model.problem!, /\(line 4, column 9 in the file\)/);
  });

  it('a coefficient beside a matrix product stays a scalar, and its repeated uses are collected', () => {
    const src = [
      'def ridge(X, y, w, lam):',
      '    """',
      '    X : ndarray of shape (n, d)',
      '    w : ndarray of shape (d,)',
      '    """',
      '    r = X @ w - y',
      '    loss = r @ r / X.shape[0] + lam * w @ w',
      '    return loss',
      '',
    ].join('\n');
    const h = hover(src, 'python', 'lam * w @ w');
    assert.match(h.markdown, /`lam` scalar/);
    assert.match(h.markdown, /^∂loss\/∂lam = w @ w$/m);
    assert.match(h.markdown, /^∂loss\/∂w = 2 \* lam \* w$/m);
    assert.match(h.markdown, /^dloss\/dw = 2 \* X\.T @ r \/ X\.shape\[0\] \+ 2 \* lam \* w$/m);
  });

  it('scalar code keeps the scalar hover', () => {
    const h = hover('def f(x, y):\n    return x ** 2 * y + np.sin(x * y)\n', 'python', 'x ** 2');
    assert.strictEqual(h.model.array, undefined);
    assert.match(h.markdown, /Partial derivatives/);
  });

  it('an array computed element by element gets the derivatives of one element; a matrix product keeps the array answer', () => {
    const spring = 'k = 40;\nt = linspace(0, 2, 201);\nx = 0.1 .* cos(3 .* t);\nE = 0.5*k*x.^2;\n';
    const h = hover(spring, 'matlab', '0.5*k*x');
    // E = k x² / 2 per element: ∂E/∂x = k x, dE/dt = k x · (-0.3 sin 3t)
    assert.match(h.markdown, /∂E\/∂x = k \.?\* x/);
    assert.match(h.markdown, /read element by element \(.*x \(201,\)/);
    assert.strictEqual(h.model.array, undefined);
    const cost = 'X = rand(5, 3);\ntheta = rand(3, 1);\nh = X * theta;\nJ = sum((h - y).^2) / (2*m);\n';
    const p = hover(cost, 'matlab', 'X * theta', 0);
    assert.ok(p.model.array, 'X * theta with X a matrix is a matrix product: the array answer');
  });

  it('MATLAB: `h = X * theta` above `sum((h-y).^2)` is a matrix product, and the cost an array answer (issue #11 follow-up)', () => {
    const src = 'function J = computeCost(X, y, theta)\nm = length(y);\nh = X * theta;\nJ = 1 / (2*m) * sum((h-y).^2);\nend\n';
    const h = hover(src, 'matlab', 'X * theta', 0);
    assert.deepStrictEqual(h.model.array?.shapeOf, { X: ['n', 'd'], theta: ['d'] });
    assert.match(h.markdown, /^dtheta = X' \* dh$/m);
    assert.match(h.markdown, /^dX = dh \* theta'$/m);
    const j = hover(src, 'matlab', 'sum((h');
    assert.ok(j.model.array, 'the cost is answered in array form');
    assert.match(j.markdown, /^dJ\/dtheta = 2 \* X' \* \(h - y\) \/ \(2 \* m\)$/m);
    assert.doesNotMatch(j.markdown, /one element at a time/);
  });

  it('an elementwise line whose target is reduced below is array code: its operands are vectors, said in a note', () => {
    const src =
      'from jax import numpy as jnp\n\n\ndef mean_squared_error(targets, predictions):\n    per_sample_losses = jnp.square(targets - predictions)\n    return jnp.mean(per_sample_losses)\n';
    const h = hover(src, 'python', 'jnp.square');
    assert.deepStrictEqual(h.model.array?.shapeOf, { targets: ['n'], predictions: ['n'] });
    assert.match(h.markdown, /^dtargets = 2 \* dper_sample_losses \* \(targets - predictions\)$/m);
    assert.match(h.markdown, /`targets`, `predictions` are used as arrays in the code around and taken as vectors/);
  });

  it('MATLAB/Julia dotted operators alone stay per element (the scalar reading is exact there)', () => {
    const src = 'y = 1 ./ (1 + exp(-z));\n';
    const h = hover(src, 'matlab', 'exp');
    assert.strictEqual(h.model.array, undefined);
    assert.match(h.markdown, /∂y\/∂z = /);
  });
});
