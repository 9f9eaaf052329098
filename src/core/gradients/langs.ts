// How each language writes vectors, as data: the first index, whether `v(k)` indexes, element
// getters and setters, array literals and allocations, how a function returns without `return`.
import type { Lang } from '../types';

export interface VectorLang {
  /** Index of the first component: `x[0]` (Python, C, JS) or `x[1]` / `x(1)` (Julia, R, MATLAB). */
  base: 0 | 1;
  /** How the source spells a component (for messages and the JSON `variable`). */
  spell: '[]' | '()';
  /** `v(k)` on a vector parameter or local array reads component k (MATLAB, Eigen, dlib). */
  parenIndex: boolean;
  /** Calls that read a component: name → [vector argument, index argument]. */
  getters: Record<string, [number, number]>;
  /** Calls that write a component: name → [vector, index, value]. */
  setters: Record<string, [number, number, number]>;
  /** Calls that build a vector from their elements (`c(a, b)`, `vec(a, b)`). */
  elementCalls: string[];
  /** Calls whose first argument is a list literal of the elements (`np.array([a, b], float)`). */
  listCalls: string[];
  /** Allocations filled with zeros (`np.zeros(n)`, `zeros(2, 1)`, `rep(0, n)`), or left undefined. */
  zeros: string[];
  empty: string[];
  /** The last expression of a function body is its value (Julia, R). */
  implicitReturn: boolean;
  /** Bracket literals: `[a, b]` (and `{a, b}` in C/C++ initializers); `;` separates rows in MATLAB/Julia. */
  literalOpens: string[];
  /** Generic numbers: `one(T)` is 1, `convert(T, v)` is its argument 1 (Julia). */
  conversions?: Record<string, { value: number } | { arg: number }>;
}

const PY_LIST = [
  'np.array',
  'numpy.array',
  'array',
  'np.asarray',
  'numpy.asarray',
  'asarray',
  'jnp.array',
  'jnp.asarray',
  'torch.tensor',
  'np.hstack',
  'np.concatenate',
  'tuple',
  'list',
  'np.float64',
];
const PY_ZEROS = [
  'np.zeros',
  'numpy.zeros',
  'zeros',
  'np.zeros_like',
  'numpy.zeros_like',
  'zeros_like',
  'jnp.zeros',
  'jnp.zeros_like',
  'torch.zeros',
  'torch.zeros_like',
];
const PY_EMPTY = [
  'np.empty',
  'numpy.empty',
  'empty',
  'np.empty_like',
  'numpy.empty_like',
  'empty_like',
  'np.copy',
  'np.ones',
  'np.ones_like',
];

const C_LIKE: VectorLang = {
  base: 0,
  spell: '[]',
  parenIndex: false,
  getters: { gsl_vector_get: [0, 1] },
  setters: { gsl_vector_set: [0, 1, 2] },
  elementCalls: [],
  listCalls: [],
  zeros: ['calloc'],
  empty: ['malloc'],
  implicitReturn: false,
  literalOpens: ['{'],
};

export const VECTOR_LANGS: Partial<Record<Lang, VectorLang>> = {
  python: {
    base: 0,
    spell: '[]',
    parenIndex: false,
    getters: {},
    setters: {},
    elementCalls: [],
    listCalls: PY_LIST,
    zeros: PY_ZEROS,
    empty: PY_EMPTY,
    implicitReturn: false,
    literalOpens: ['[', '('],
  },
  javascript: {
    base: 0,
    spell: '[]',
    parenIndex: false,
    getters: {},
    setters: {},
    elementCalls: ['Array.of'],
    listCalls: ['Float64Array.from', 'Array.from', 'new Float64Array', 'new Float32Array'],
    zeros: ['new Float64Array', 'new Float32Array', 'numeric.rep'],
    empty: ['new Array', 'Array'],
    implicitReturn: false,
    literalOpens: ['['],
  },
  typescript: {
    base: 0,
    spell: '[]',
    parenIndex: false,
    getters: {},
    setters: {},
    elementCalls: ['Array.of'],
    listCalls: ['Float64Array.from', 'Array.from', 'new Float64Array', 'new Float32Array'],
    zeros: ['new Float64Array', 'new Float32Array', 'numeric.rep'],
    empty: ['new Array', 'Array'],
    implicitReturn: false,
    literalOpens: ['['],
  },
  c: C_LIKE,
  cpp: {
    ...C_LIKE,
    parenIndex: true,
    elementCalls: ['Eigen::Vector2d', 'Vector2d', 'Eigen::Vector3d', 'Vector3d'],
    zeros: ['calloc', 'Eigen::VectorXd::Zero', 'VectorXd::Zero', 'zeros_matrix'],
  },
  julia: {
    base: 1,
    spell: '[]',
    parenIndex: false,
    getters: {},
    setters: {},
    elementCalls: ['vcat'],
    listCalls: ['collect'],
    zeros: ['zeros', 'zero', 'fill'],
    empty: ['similar', 'Vector{Float64}', 'Array{Float64}', 'copy'],
    implicitReturn: true,
    literalOpens: ['['],
    conversions: { one: { value: 1 }, zero: { value: 0 }, oneunit: { value: 1 }, convert: { arg: 1 } },
  },
  matlab: {
    base: 1,
    spell: '()',
    parenIndex: true,
    getters: {},
    setters: {},
    elementCalls: [],
    listCalls: [],
    zeros: ['zeros'],
    empty: ['ones', 'nan'],
    implicitReturn: false,
    literalOpens: ['['],
  },
  r: {
    base: 1,
    spell: '[]',
    parenIndex: false,
    getters: {},
    setters: {},
    elementCalls: ['c', 'cbind', 'rbind', 'as.numeric', 'as.vector'],
    listCalls: [],
    zeros: ['numeric', 'double', 'rep'],
    empty: ['vector'],
    implicitReturn: true,
    literalOpens: [],
  },
};

export function vectorLang(lang: Lang): VectorLang | undefined {
  return VECTOR_LANGS[lang];
}

/** `x[0]` / `x(1)` / `x[1]`: a component spelled as the language spells it. */
export function spellComponent(vl: VectorLang, name: string, index: number): string {
  return vl.spell === '()' ? `${name}(${index})` : `${name}[${index}]`;
}
