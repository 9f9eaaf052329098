// What each language's array spellings mean, as data: function names → canonical array ops, the
// module prefixes they live under, and how operators read. Everything else is an elementwise scalar
// function looked up in the scalar tables (syntax/langs.ts), or an error naming it.
import type { Lang } from '../types';

/** A canonical array operation a call stands for. */
export type ArrayFn =
  | 'matmul'
  | 'dot'
  | 'sum'
  | 'mean'
  | 'amax'
  | 'logsumexp'
  | 'softmax'
  | 'log_softmax'
  | 'norm'
  | 'outer'
  | 'trace'
  | 'det'
  | 'logdet'
  | 'slogdet'
  | 'inv'
  | 'solve'
  | 'reshape'
  | 'flatten'
  | 'zeros_like'
  | 'ones_like'
  | 'transpose'
  | 'count'
  | 'rows'
  | 'cols'
  | 'crossprod'
  | 'tcrossprod'
  | 'colSums'
  | 'rowSums'
  | 'colMeans'
  | 'rowMeans'
  | 'arange'
  | 'identity';

export interface ArraySpec {
  /** Module prefixes of array functions ('' = a bare name). */
  modules: string[];
  functions: Record<string, ArrayFn>;
  /** Methods on an array value: x.sum(axis=0), X.dot(W). */
  methods: Record<string, ArrayFn>;
  /** `*` is the matrix product between arrays (Julia, MATLAB, mathjs); else elementwise (NumPy, R). */
  starIsMatmul: boolean;
  /** Axis numbers in calls count from 1 (Julia dims=, MATLAB sum(X, 1)). */
  oneBasedAxes: boolean;
  /** Indices count from 1. */
  oneBasedIndex: boolean;
  /** Reductions keep the reduced axis (Julia's dims=, MATLAB's dim argument). */
  keepsDims: boolean;
  /** The keyword naming an axis: axis (NumPy/JAX), dim (torch), dims (Julia). */
  axisKeywords: string[];
  /** MATLAB: `x(1)` on a variable is indexing. */
  parenIndex: boolean;
  /**
   * The one-element-per-row pick spelled as an index call: Julia x[CartesianIndex.(1:n, y)], R
   * x[cbind(seq_len(n), y)], MATLAB x(sub2ind(size(x), (1:n)', y)); `labels` is the argument holding y.
   */
  gatherCall?: { name: string; labels: number };
  /** The call an element assignment `x(i) = v` is followed as (the dataflow writes it, the parser reads it). */
  setIndexCall?: string;
}

const PY_MODULES = [
  '',
  'np',
  'numpy',
  'torch',
  'jnp',
  'jax.numpy',
  'F',
  'torch.nn.functional',
  'nn.functional',
  'scipy.special',
  'special',
  'jax.nn',
  'jax.scipy.special',
  'np.linalg',
  'numpy.linalg',
  'torch.linalg',
  'jnp.linalg',
  'jax.numpy.linalg',
  'la',
  'linalg',
  'LA',
  'scipy.linalg',
];

const PYTHON: ArraySpec = {
  modules: PY_MODULES,
  functions: {
    dot: 'dot',
    matmul: 'matmul',
    mm: 'matmul',
    mv: 'matmul',
    inner: 'dot',
    vdot: 'dot',
    sum: 'sum',
    mean: 'mean',
    max: 'amax',
    amax: 'amax',
    logsumexp: 'logsumexp',
    softmax: 'softmax',
    log_softmax: 'log_softmax',
    norm: 'norm',
    outer: 'outer',
    trace: 'trace',
    det: 'det',
    slogdet: 'slogdet',
    logdet: 'logdet',
    inv: 'inv',
    solve: 'solve',
    reshape: 'reshape',
    zeros_like: 'zeros_like',
    ones_like: 'ones_like',
    transpose: 'transpose',
    len: 'rows',
    arange: 'arange',
    range: 'arange',
  },
  methods: {
    dot: 'dot',
    matmul: 'matmul',
    mm: 'matmul',
    mv: 'matmul',
    sum: 'sum',
    mean: 'mean',
    max: 'amax',
    amax: 'amax',
    logsumexp: 'logsumexp',
    softmax: 'softmax',
    log_softmax: 'log_softmax',
    norm: 'norm',
    trace: 'trace',
    reshape: 'reshape',
    view: 'reshape',
    flatten: 'flatten',
    ravel: 'flatten',
    transpose: 'transpose',
    t: 'transpose',
    numel: 'count',
    item: 'identity',
  },
  starIsMatmul: false,
  oneBasedAxes: false,
  oneBasedIndex: false,
  keepsDims: false,
  axisKeywords: ['axis', 'dim'],
  parenIndex: false,
};

const JULIA: ArraySpec = {
  modules: ['', 'LinearAlgebra', 'Statistics', 'NNlib', 'Flux', 'LogExpFunctions', 'StatsFuns'],
  functions: {
    sum: 'sum',
    mean: 'mean',
    maximum: 'amax',
    logsumexp: 'logsumexp',
    softmax: 'softmax',
    logsoftmax: 'log_softmax',
    norm: 'norm',
    dot: 'dot',
    tr: 'trace',
    det: 'det',
    logdet: 'logdet',
    logabsdet: 'slogdet',
    inv: 'inv',
    transpose: 'transpose',
    adjoint: 'transpose',
    zero: 'zeros_like',
    zeros: 'zeros_like',
    ones: 'ones_like',
    vec: 'flatten',
    length: 'count',
    size: 'rows',
  },
  methods: {},
  starIsMatmul: true,
  oneBasedAxes: true,
  oneBasedIndex: true,
  keepsDims: true,
  axisKeywords: ['dims'],
  parenIndex: false,
  gatherCall: { name: 'CartesianIndex', labels: 1 },
};

const MATLAB: ArraySpec = {
  modules: [''],
  functions: {
    sum: 'sum',
    mean: 'mean',
    max: 'amax',
    norm: 'norm',
    dot: 'dot',
    trace: 'trace',
    det: 'det',
    inv: 'inv',
    transpose: 'transpose',
    numel: 'count',
    length: 'count',
    size: 'rows',
    zeros: 'zeros_like',
    ones: 'ones_like',
  },
  methods: {},
  starIsMatmul: true,
  oneBasedAxes: true,
  oneBasedIndex: true,
  keepsDims: true,
  axisKeywords: [],
  parenIndex: true,
  gatherCall: { name: 'sub2ind', labels: 2 },
  // no MATLAB name starts with `_`: never the user's own function
  setIndexCall: '__setindex',
};

const R: ArraySpec = {
  modules: ['', 'base'],
  functions: {
    sum: 'sum',
    mean: 'mean',
    max: 'amax',
    t: 'transpose',
    crossprod: 'crossprod',
    tcrossprod: 'tcrossprod',
    colSums: 'colSums',
    rowSums: 'rowSums',
    colMeans: 'colMeans',
    rowMeans: 'rowMeans',
    outer: 'outer',
    det: 'det',
    solve: 'solve',
    length: 'count',
    nrow: 'rows',
    ncol: 'cols',
    drop: 'identity',
  },
  methods: {},
  starIsMatmul: false,
  oneBasedAxes: true,
  oneBasedIndex: true,
  keepsDims: false,
  axisKeywords: [],
  parenIndex: false,
  gatherCall: { name: 'cbind', labels: 1 },
};

const MATH: ArraySpec = {
  modules: [''],
  functions: {
    sum: 'sum',
    mean: 'mean',
    max: 'amax',
    norm: 'norm',
    dot: 'dot',
    trace: 'trace',
    det: 'det',
    inv: 'inv',
    transpose: 'transpose',
    size: 'rows',
  },
  methods: {},
  starIsMatmul: true,
  oneBasedAxes: false,
  oneBasedIndex: true,
  keepsDims: false,
  axisKeywords: [],
  parenIndex: false,
};

export const ARRAY_SPECS: Partial<Record<Lang, ArraySpec>> = {
  python: PYTHON,
  julia: JULIA,
  matlab: MATLAB,
  r: R,
  math: MATH,
};

/**
 * Julia/MATLAB: a dotted operator (`.^`, `.*`, `./`) is an array signal where a scalar reading would
 * be wrong for arrays: inside a reduction (`sum((h - y).^2)` sums elements), or beside a capitalised
 * name multiplied by a name (`X*w .- y`: capitals are matrices, so `*` is a matrix product).
 * A dotted operator alone (`1 ./ (1 .+ exp.(-z))`) is per element, which the scalar reading gives exactly.
 */
const DOTTED = String.raw`\.[-+*/^]`;
export const CAPITAL_PRODUCT = String.raw`(?<![\w.])[A-Z]\w*\s*\*(?!\*)\s*[A-Za-z_(]|[\w)]\s*\*\s*[A-Z]\w*\b(?!\s*\()`;
const DOTTED_ARRAY = String.raw`\b(?:sum|mean)\s*\([^;\n]*${DOTTED}|^(?=[^\n]*${DOTTED})[^\n]*(?:${CAPITAL_PRODUCT})|^(?=[^\n]*(?:${CAPITAL_PRODUCT}))[^\n]*${DOTTED}`;

/**
 * Spellings that only array code uses, per language: seeing one means the scalar reader must not
 * answer alone (usesArrayOps).
 */
export const ARRAY_MARKERS: Partial<Record<Lang, RegExp>> = {
  python:
    /@|\.T\b|\.mT\b|\b(?:dot|matmul|mm|mv|bmm|outer|trace|det|slogdet|logdet|inv|pinv|solve|lstsq|norm|reshape|softmax|log_softmax|zeros_like|ones_like|transpose|einsum|tensordot|kron|matrix_power|cholesky|svd|eigh?|cross)\s*\(|\b(?:axis|dim|keepdims?)\s*=|\[[^\]]*:[^\]]*\]|\[\s*(?:np\.|torch\.|jnp\.)?arange\(/,
  julia: new RegExp(
    `${/[\w)\]]'|\bdims\s*=|\b(?:tr|det|logdet|logabsdet|inv|dot|norm|softmax|logsoftmax|maximum)\s*\(|\\/.source}|${DOTTED_ARRAY}`,
    'm',
  ),
  matlab: new RegExp(
    `${/[\w)\]]'|\b(?:trace|det|inv|norm)\s*\(|(?<![\w])__setindex\(|\b(?:sum|mean)\s*\([^()]*,\s*[12]\s*\)|\\/.source}|${DOTTED_ARRAY}`,
    'm',
  ),
  latex:
    /\^\s*\{?\s*\\top|\\odot|\\oslash|\\operatorname\{(?:tr|Tr)\}|\\mathrm\{(?:tr|Tr)\}|\\log\s*\\det|\\det\b|\^\s*\{\s*\(\s*[A-Za-z0-9]+\s*\)\s*\}|\\mathbf\{[A-Za-z]\w*\}\s*\^\s*\{?\s*T\b|\\vec\{[^}]*\}\s*\^\s*\{?\s*T\b|\\boldsymbol\{[^}]*\}\s*\^\s*\{?\s*T\b|\\[lr]Vert|\\\|/,
  r: /%\*%|%o%|\bt\s*\(|\b(?:crossprod|tcrossprod|colSums|rowSums|colMeans|rowMeans|solve|det|outer)\s*\(/,
};
