// Honesty: an array operation that cannot be read or differentiated is an error naming the
// operation and its column; shape mismatches name both shapes; array code is never read as scalars.
import * as assert from 'assert';
import { analyzeArray, compileArray, usesArrayOps } from '../../../src/core/array';
import { InputError, type Lang } from '../../../src/core/types';

function fails(text: string, lang: Lang, message: RegExp, column: number, shapes?: Record<string, (number | string)[]>): void {
  assert.throws(
    () => analyzeArray(text, lang, { shapes }),
    (e: unknown) => {
      assert.ok(e instanceof InputError, `${text}: ${String(e)}`);
      assert.match(e.message, message, text);
      assert.strictEqual(e.column, column, `${text}: ${e.message}`);
      return true;
    },
  );
}

describe('array engine: errors name the operation, the shapes and the column', () => {
  it('shape mismatches', () => {
    fails('X @ w', 'python', /^matrix product: shapes \(5, 3\) and \(4,\) do not match \(3 ≠ 4\) at column 3$/, 3, { X: [5, 3], w: [4] });
    fails('np.sum(X + Y)', 'python', /^addition \(\+\): shapes \(5, 3\) and \(5, 4\) do not broadcast at column 10$/, 10, {
      X: [5, 3],
      Y: [5, 4],
    });
    fails('np.trace(X)', 'python', /^np\.trace: trace needs a square matrix, got shape \(n, d\) at column 1$/, 1, { X: ['n', 'd'] });
    fails('np.sum(X, axis=2)', 'python', /axis 2 is out of range for 2 dimensions at column 1/, 1, { X: [5, 3] });
    fails('sum(X * w)', 'julia', /^product \(\*\): shapes \(4, 3\) and \(2,\) do not match/, 7, { X: [4, 3], w: [2] });
  });

  it('operations with no derivative here or not read: which one, where', () => {
    fails('np.sum(np.sort(x))', 'python', /^unknown function 'np\.sort' at column 8$/, 8);
    fails('np.linalg.slogdet(X)[0] + np.sum(X @ w)', 'python', /the sign from np\.linalg\.slogdet has no derivative/, 21);
    fails(
      'sum(A / B)',
      'matlab',
      /dividing by a matrix \(n, n\) \(right division\) is not supported; write \.\/ for elementwise division/,
      7,
      { A: ['n', 'n'], B: ['n', 'n'] },
    );
    fails('sum(A ^ 2)', 'julia', /the matrix power of \(n, n\) is not supported; write \.\^/, 7, { A: ['n', 'n'] });
    fails('np.sum(X @ w > 0)', 'python', /comparison '>' is not supported in array expressions at column 14/, 14);
    fails('np.linalg.norm(x, 1)', 'python', /only the 2-norm/, 1);
    fails('np.arange(n) @ w', 'python', /np\.arange is only supported as the row index of x\[arange\(n\), y\]/, 1);
  });

  it('array code is recognised per language (the scalar reader does not answer alone)', () => {
    const yes: [Lang, string][] = [
      ['python', 'X @ w'],
      ['python', 'np.dot(X, w)'],
      ['python', 'X.T.dot(r)'],
      ['python', 'x.sum(axis=0)'],
      ['python', 'x[1:] - x[:-1]'],
      ['python', 'np.linalg.det(S)'],
      ['python', 'probs[np.arange(n), y]'],
      ['julia', "X' * r"],
      ['julia', 'sum(x; dims=1)'],
      ['matlab', "X' * r"],
      ['matlab', 'sum(X, 1)'],
      ['r', 't(X) %*% r'],
      ['r', 'crossprod(X, r)'],
      ['r', 'colSums(X)'],
    ];
    for (const [lang, text] of yes) assert.ok(usesArrayOps(text, lang), `${lang}: ${text}`);
    const no: [Lang, string][] = [
      ['python', 'np.exp(-x**2) * y'],
      ['python', 'np.sum(x**2)'],
      ['python', 'x[0] * w[1]'],
      ['python', 'a if x > 0 else b  # X @ w in a comment'],
      ['julia', 'exp.(x) .* y'],
      ['matlab', 'x.^2 + y.*z'],
      ['r', 'exp(x) * y'],
      ['javascript', 'Math.exp(x)'],
    ];
    for (const [lang, text] of no) assert.ok(!usesArrayOps(text, lang), `${lang}: ${text}`);
  });

  it('values whose shapes disagree with the expression, and missing values, are reported', () => {
    assert.throws(
      () =>
        analyzeArray('np.sum(X)', 'python', {
          shapes: { X: [2, 3] },
          at: {
            X: [
              [1, 2],
              [3, 4],
            ],
          },
        }),
      /X has shape \(2, 2\) but the expression needs \(2, 3\)/,
    );
    assert.throws(
      () =>
        analyzeArray('np.sum(X @ w)', 'python', {
          at: {
            X: [
              [1, 2],
              [3, 4],
            ],
          },
        }),
      /no value for w in the point/,
    );
    assert.throws(() => compileArray('np.sum(X @ w)', 'python').value({ X: [[1, 2], [3]], w: [1, 2] }), /ragged/);
  });
});
