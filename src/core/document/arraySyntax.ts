// How each language states an array's shape in code, as data: constructors, literals, annotations,
// the comment marker for shape comments. arrayShapes.ts reads a window of text with these tables.
import type { Lang } from '../types';

/** How a constructor call gives its dimensions. */
export type DimsFrom =
  /** the dimensions are the call's positional arguments: `torch.randn(B, T, C)`, `zeros(n, d)` */
  | 'args'
  /** the first argument is a tuple/list of dimensions, or one number: `np.zeros((n, d))`, `np.zeros(n)` */
  | 'tuple'
  /** the `size=`/`shape=` keyword, else the first argument as a tuple: `rng.normal(0, 1, size=(n, d))` */
  | 'size'
  /** one argument n gives an n×n matrix: `np.eye(n)`, MATLAB `zeros(n)`, R `diag(n)` */
  | 'square'
  /** R `matrix(v, n, d)` / `matrix(v, nrow = n, ncol = d)`: rows and columns after the data */
  | 'rmatrix'
  /** a vector whose length is the argument at `lengthArg`: `numeric(n)` (0), `rep(0, n)` (1), `linspace(a, b, n)` (2) */
  | 'length';

export interface Ctor {
  /** the callee as written (a regular expression source, anchored at the call). */
  callee: string;
  dims: DimsFrom;
  /** MATLAB `zeros(n)` is n×n while `zeros(n, d)` is n×d */
  oneArgSquare?: boolean;
  /** leading arguments that are no dimensions (`zeros(Float64, n, d)`: a type) */
  skipTypes?: boolean;
  /** leading positional arguments that are data, not dimensions (Julia `fill(v, n, d)`) */
  skipArgs?: number;
  /** for `length`: which positional argument is the length */
  lengthArg?: number;
}

export interface ArraySyntax {
  /** line comment marker(s) for shape comments */
  comment: string;
  /** a line that starts a function: the evidence for array names stops at the next one below the cursor */
  header?: RegExp;
  /** besides array operations, what marks a statement as array code for detection (reductions, Julia's broadcasting dots) */
  evidence?: RegExp;
  /** operands of array operations (capture groups): these names are arrays (`X @ W`, `X.T`, `y'`, `t(X)`) */
  operands?: RegExp[];
  /**
   * Julia/MATLAB: a capitalised name multiplied by a name (global; captures the capital). In code
   * whose lines show array signals (dotted operators, transposes) it is a matrix product, so the
   * capital and the assigned name are arrays (`h = X * theta;` above `sum((h-y).^2)`).
   */
  matrixProduct?: { product: RegExp; signal: RegExp };
  /** a reduction's opening (global): the one name its argument uses is an array (`np.mean(np.square(err))`) */
  reduction?: RegExp;
  ctors: Ctor[];
  /** array literal callee (`np.array`), or '' when bare brackets are arrays (Julia, MATLAB) */
  literal?: { callee: string; rowsBy?: 'nested' | 'semicolon' };
  /** R `c(1, 2, 3)` */
  vectorLiteral?: string;
  /** jaxtyping `Float[Array, "n d"]` and the like in annotations */
  jaxtyping?: boolean;
  /** numpydoc "X : ndarray of shape (n, d)" in docstrings */
  numpydoc?: boolean;
  /** `assert X.shape == (n, d)` */
  shapeAssert?: boolean;
}

const PY_NS = '(?:np|numpy|jnp|jax\\.numpy|torch|tf|onp)';

const PYTHON: ArraySyntax = {
  comment: '#',
  header: /^\s*(?:async\s+)?def\s|^\s*class\s/,
  operands: [
    /([A-Za-z_]\w*)\s*@(?!=)/g,
    /@\s*([A-Za-z_]\w*)(?![\w\u00C0-\uFFFF]|\s*[.(])/g,
    /(?<![\w.])([A-Za-z_]\w*)\.(?:T|mT|dot|transpose|reshape)\b/g,
    /\.dot\(\s*([A-Za-z_]\w*)\s*\)/g,
    /\b(?:np|jnp|torch|numpy)\.(?:dot|matmul|mm|outer|inner)\(\s*([A-Za-z_]\w*)\s*,\s*([A-Za-z_]\w*)\s*\)/g,
    /(?<![\w.])([A-Za-z_]\w*)\s*\[[^\]]*:/g,
    /(?<![\w.])([A-Za-z_]\w*)\.(?:sum|mean|prod)\(\s*\)/g,
  ],
  reduction: /\b(?:np|numpy|jnp|torch)\.(?:sum|mean|prod|linalg\.norm)\s*\(/g,
  evidence:
    /\b(?:np|numpy|jnp|torch|tf)\.(?:sum|mean|prod|std|var|linalg\.norm|amax|amin|max|min|logsumexp)\s*\(|\.(?:sum|mean|prod|std|var)\s*\(/,
  ctors: [
    { callee: `${PY_NS}\\.(?:zeros|ones|empty)`, dims: 'tuple' },
    { callee: `${PY_NS}\\.full`, dims: 'tuple' },
    { callee: `${PY_NS}\\.(?:eye|identity)`, dims: 'square' },
    { callee: `${PY_NS}\\.arange`, dims: 'length', lengthArg: 0 },
    { callee: `${PY_NS}\\.linspace`, dims: 'length', lengthArg: 2 },
    // torch takes the dimensions as arguments, or as one tuple
    { callee: 'torch\\.(?:randn|rand|zeros|ones|empty)', dims: 'args' },
    { callee: `${PY_NS}\\.random\\.(?:randn|rand)`, dims: 'args' },
    {
      callee: `(?:${PY_NS}\\.random|rng|random_state|rs|np\\.random\\.default_rng\\([^()]*\\))\\.(?:normal|uniform|standard_normal|random|random_sample|randint|binomial|poisson|exponential)`,
      dims: 'size',
    },
    { callee: 'jax\\.random\\.(?:normal|uniform)', dims: 'size' },
  ],
  literal: { callee: `${PY_NS}\\.(?:array|asarray|tensor)|torch\\.tensor`, rowsBy: 'nested' },
  jaxtyping: true,
  numpydoc: true,
  shapeAssert: true,
};

const JULIA: ArraySyntax = {
  comment: '#',
  header: /^\s*function\s/,
  evidence: /\b(?:sum|mean|prod|maximum|minimum|norm)\s*\(|\s\.[-+*/^]|\w\.\(/,
  operands: [/(?<![\w.])([A-Za-z_][\w\u00C0-\uFFFF]*)'/g],
  matrixProduct: { product: /(?<![\w.])([A-Z]\w*)\s*\*(?!\*)\s*[A-Za-z_(]/g, signal: /\.[-+*/^]|[\w)\]]'/ },
  reduction: /\b(?:sum|mean|prod)\s*\(/g,
  ctors: [
    { callee: '(?:zeros|ones|rand|randn)', dims: 'args', skipTypes: true },
    { callee: 'fill', dims: 'args', skipArgs: 1 },
    { callee: '(?:Matrix|Vector|Array)(?:\\{[^{}]*\\})?(?=\\(\\s*undef\\b)', dims: 'args', skipArgs: 1 },
  ],
  literal: { callee: '', rowsBy: 'semicolon' },
  shapeAssert: false,
};

const MATLAB: ArraySyntax = {
  comment: '%',
  header: /^\s*function\s/,
  evidence: /\b(?:sum|mean|prod|max|min|norm)\s*\(/,
  operands: [/(?<![\w.])([A-Za-z_]\w*)'/g],
  matrixProduct: { product: /(?<![\w.])([A-Z]\w*)\s*\*(?!\*)\s*[A-Za-z_(]/g, signal: /\.[-+*/^]|[\w)\]]'/ },
  reduction: /\b(?:sum|mean|prod)\s*\(/g,
  ctors: [
    { callee: '(?:zeros|ones|rand|randn|eye|nan|NaN|inf|Inf)', dims: 'args', oneArgSquare: true },
    { callee: 'linspace', dims: 'length', lengthArg: 2 },
  ],
  literal: { callee: '', rowsBy: 'semicolon' },
};

const R: ArraySyntax = {
  comment: '#',
  header: /(?:<-|=)\s*function\s*\(/,
  operands: [
    /([A-Za-z_.][\w.]*)\s*%\*%/g,
    /%\*%\s*([A-Za-z_.][\w.]*)(?![\w.]|\s*\()/g,
    /\b(?:t|crossprod|tcrossprod|colSums|rowSums|colMeans|rowMeans)\(\s*([A-Za-z_.][\w.]*)\s*[,)]/g,
  ],
  reduction: /\b(?:sum|mean|prod)\s*\(/g,
  evidence: /\b(?:sum|mean|prod|colSums|rowSums|colMeans|rowMeans)\s*\(/,
  ctors: [
    { callee: 'matrix', dims: 'rmatrix' },
    { callee: 'rep', dims: 'length', lengthArg: 1 },
    { callee: '(?:numeric|double|rnorm|runif|rexp)', dims: 'length', lengthArg: 0 },
    { callee: 'diag', dims: 'square' },
  ],
  vectorLiteral: 'c',
};

/** Names that are namespaces or words, never arrays, in the lines array evidence reads. */
export const NOT_ARRAYS = new Set(
  'np numpy torch jnp jax F nn math tf scipy sp onp self return def if else elif for in while end function and or not True False None nothing true false NULL TRUE FALSE lambda'.split(
    ' ',
  ),
);

/** The table per language; languages without array shapes in code have none. */
export const ARRAY_SYNTAX: Partial<Record<Lang, ArraySyntax>> = {
  python: PYTHON,
  julia: JULIA,
  matlab: MATLAB,
  r: R,
  javascript: { comment: '//', ctors: [] },
  typescript: { comment: '//', ctors: [] },
  c: { comment: '//', ctors: [] },
  cpp: { comment: '//', ctors: [] },
};
