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
  ctors: [
    { callee: '(?:zeros|ones|rand|randn|eye|nan|NaN|inf|Inf)', dims: 'args', oneArgSquare: true },
    { callee: 'linspace', dims: 'length', lengthArg: 2 },
  ],
  literal: { callee: '', rowsBy: 'semicolon' },
};

const R: ArraySyntax = {
  comment: '#',
  ctors: [
    { callee: 'matrix', dims: 'rmatrix' },
    { callee: 'rep', dims: 'length', lengthArg: 1 },
    { callee: '(?:numeric|double|rnorm|runif|rexp)', dims: 'length', lengthArg: 0 },
    { callee: 'diag', dims: 'square' },
  ],
  vectorLiteral: 'c',
};

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
