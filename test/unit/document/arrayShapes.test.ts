// Shapes stated in code (issue #11 item 2): constructors, literals, annotations, shape comments,
// numpydoc, asserts, per language; the latest statement wins and an unreadable reassignment forgets.
import * as assert from 'assert';
import { shapesAt } from '../../../src/core/document/arrayShapes';
import type { Lang } from '../../../src/core/types';

/** Shapes at the end of `src` (the cursor on its last line). */
function shapes(src: string, lang: Lang): Record<string, (number | string)[]> {
  const facts = shapesAt(src, lang, src.length);
  return Object.fromEntries(Object.entries(facts).map(([k, f]) => [k, f.shape]));
}

describe('document: array shapes from the code', () => {
  it('NumPy, torch and JAX constructors', () => {
    const src = [
      'import numpy as np',
      'X = np.zeros((n, d))',
      'w = np.ones(d)',
      'E = np.eye(k)',
      'h = torch.randn(B, T, C)',
      'g = torch.zeros((B, C))',
      'R = np.random.randn(5, 3)',
      'N = rng.normal(0, 1, size=(n, 2))',
      't = np.linspace(0, 1, 50)',
      'a = jnp.full((3, 4), 0.5)',
      'loss = X @ w',
    ].join('\n');
    assert.deepStrictEqual(shapes(src, 'python'), {
      X: ['n', 'd'],
      w: ['d'],
      E: ['k', 'k'],
      h: ['B', 'T', 'C'],
      g: ['B', 'C'],
      R: [5, 3],
      N: ['n', 2],
      t: [50],
      a: [3, 4],
    });
  });

  it('a name the scope assigns a whole number becomes that number; others stay symbolic', () => {
    const src = 'n = 5\nd = 3\nX = np.zeros((n, d))\nw = np.zeros((d, k))\nf = X @ w';
    assert.deepStrictEqual(shapes(src, 'python'), { X: [5, 3], w: [3, 'k'] });
  });

  it('array literals in each language', () => {
    assert.deepStrictEqual(shapes('A = np.array([[1, 2, 3], [4, 5, 6]])\nv = np.array([0.5, -1.0])\n', 'python'), {
      A: [2, 3],
      v: [2],
    });
    assert.deepStrictEqual(shapes('A = [1 2; 3 4; 5 6]\nv = [1.0, 2.0, 3.0]\nr = [1 2 3]\n', 'julia'), { A: [3, 2], v: [3], r: [1, 3] });
    assert.deepStrictEqual(shapes('A = [1 2; 3 4];\nv = [1; 2; 3];\nr = [1, 2, 3];\n', 'matlab'), { A: [2, 2], v: [3, 1], r: [1, 3] });
    assert.deepStrictEqual(shapes('v <- c(1, 2.5, 3)\n', 'r'), { v: [3] });
  });

  it('Julia, MATLAB and R constructors', () => {
    assert.deepStrictEqual(
      shapes('X = zeros(n, d)\nY = randn(Float64, 4, 2)\nF = fill(0.5, n)\nM = Matrix{Float64}(undef, n, k)\n', 'julia'),
      {
        X: ['n', 'd'],
        Y: [4, 2],
        F: ['n'],
        M: ['n', 'k'],
      },
    );
    assert.deepStrictEqual(shapes('X = zeros(n, d);\nS = eye(3);\nQ = rand(4);\n', 'matlab'), { X: ['n', 'd'], S: [3, 3], Q: [4, 4] });
    assert.deepStrictEqual(
      shapes('X <- matrix(0, n, d)\nY <- matrix(rnorm(n * k), nrow = n, ncol = k)\nw <- rep(0, d)\nz <- numeric(m)\n', 'r'),
      {
        X: ['n', 'd'],
        Y: ['n', 'k'],
        w: ['d'],
        z: ['m'],
      },
    );
  });

  it('jaxtyping annotations on parameters and assignments', () => {
    const src =
      'def loss(X: Float[Array, "n d"], w: Float[Array, "d"], b: Float[Array, ""]) -> Float[Array, ""]:\n    h: Float32[Tensor, "n 4"] = f(X)\n    return X @ w';
    assert.deepStrictEqual(shapes(src, 'python'), { X: ['n', 'd'], w: ['d'], b: [], h: ['n', 4] });
    // a variadic dimension is not read
    assert.deepStrictEqual(shapes('def f(x: Float[Array, "*batch d"]):\n    return x', 'python'), {});
  });

  it('shape comments on the line, on the line above, naming the array, and on parameter lines', () => {
    const src = [
      'def forward(',
      '    X,  # (n, d)',
      '    W: np.ndarray,  # [d, h]',
      '):',
      '    # b: (h,)',
      '    # (n, h)',
      '    z = X @ W + b',
      '    a = np.tanh(z)  # shape: n x h',
      '    out = a.sum()',
    ].join('\n');
    assert.deepStrictEqual(shapes(src, 'python'), { X: ['n', 'd'], W: ['d', 'h'], b: ['h'], z: ['n', 'h'], a: ['n', 'h'] });
    assert.deepStrictEqual(shapes('x = A * v % (n, 1)\n', 'matlab'), { x: ['n', 1] });
    assert.deepStrictEqual(shapes('h = W * x  # [B, T, C]\n', 'julia'), { h: ['B', 'T', 'C'] });
  });

  it('a prose comment is no shape', () => {
    assert.deepStrictEqual(shapes('# (see the paper, eq. 3)\nz = X @ W\n', 'python'), {});
    assert.deepStrictEqual(shapes('z = X @ W  # (the logits)\n', 'python'), {});
  });

  it('numpydoc parameters', () => {
    const src = [
      'def fit(X, y, coef):',
      '    """Fit.',
      '',
      '    Parameters',
      '    ----------',
      '    X : ndarray of shape (n_samples, n_features)',
      '    y : array-like, shape (n_samples,)',
      '    coef : ndarray, shape = [n_features]',
      '    alpha : float',
      '    """',
      '    return X @ coef - y',
    ].join('\n');
    assert.deepStrictEqual(shapes(src, 'python'), { X: ['n_samples', 'n_features'], y: ['n_samples'], coef: ['n_features'] });
  });

  it('shape asserts', () => {
    assert.deepStrictEqual(shapes('assert X.shape == (n, 3)\nf = X @ w', 'python'), { X: ['n', 3] });
  });

  it('the latest statement wins; a reassignment it cannot read forgets the shape', () => {
    assert.deepStrictEqual(shapes('X = np.zeros((n, d))\nX = X.T\nf = X @ w', 'python'), {});
    assert.deepStrictEqual(shapes('X = np.zeros((n, d))\nX = np.zeros((d, n))\n', 'python'), { X: ['d', 'n'] });
    // a constructor that is only part of the value gives no shape
    assert.deepStrictEqual(shapes('Z = np.zeros((n, d)) + X\n', 'python'), {});
  });

  it('a comment marker inside a string is no comment; lines are counted from the given cursor line', () => {
    assert.deepStrictEqual(shapes('s = "# (n, d)"\n', 'python'), {});
    const src = 'a = 1\nX = np.zeros((2, 3))\nf = X';
    const facts = shapesAt(src, 'python', src.length, 40);
    assert.deepStrictEqual(facts.X, { shape: [2, 3], line: 39, how: 'constructor' });
  });

  it('never throws on odd text', () => {
    for (const t of ['X = np.zeros((', 'X = np.array([[1, 2], [3]])', 'A = [1 2; 3]', '# (', 'v <- c(', 'x: Float[Array, "']) {
      for (const lang of ['python', 'julia', 'matlab', 'r'] as Lang[]) assert.doesNotThrow(() => shapesAt(t, lang, t.length));
    }
    assert.deepStrictEqual(shapes('X = np.array([[1, 2], [3]])', 'python'), {});
  });
});
