// What differs between the code languages: operators, comments, module prefixes, the names of the
// math functions and constants. The parser (parser.ts) is shared and reads these tables.
import type { Lang } from '../types';
import type { MathNode } from '../mathjs';
import { bin, call, num, sym } from './nodes';
import type { TokenizeOptions } from './tokens';
import { namesIn } from '../expr/functions';
import { EULER } from '../expr/constants';
import { JULIA_ACTIVATIONS, PYTHON_ACTIVATIONS } from './activations';
import { MATLAB_DISTRIBUTIONS, PYTHON_DISTRIBUTIONS, R_DISTRIBUTIONS } from './distributions';
import { PYTHON_LOSSES } from './losses';

/** Functions that are not a plain rename; calls.ts builds their node. */
export type Special =
  | '@pow'
  | '@square'
  | '@cube'
  | '@exp2'
  | '@exp10'
  | '@nthroot'
  | '@nthRoot'
  | '@logBaseFirst'
  | '@atan'
  | '@clamp'
  | '@abs2'
  | '@logRBase'
  | '@identity'
  | '@fma'
  | '@where'
  | '@trigamma'
  | '@psi'
  | '@psigamma'
  | '@sum'
  | '@mean'
  | '@count'
  | '@iszero';

export interface LangSpec {
  lang: Lang;
  label: string;
  tokens: TokenizeOptions;
  /** Tokens that mean "power". */
  power: string[];
  /** MATLAB's power is left-associative (2^3^2 = 64); everyone else's is right-associative. */
  powerLeftAssoc: boolean;
  /** Python, JavaScript, C: '^' is bitwise XOR. */
  caretIsXor: boolean;
  /** 'all': mathjs-style `2x`, `x y`; 'coefficient': Julia's numeric literal coefficients `2x`. */
  implicit: 'none' | 'all' | 'coefficient';
  /** JavaScript: `-x ** 2` is a SyntaxError. */
  unaryBeforePowerIsError: boolean;
  /** Python/R keyword arguments `f(x, min=0)`. */
  keywordArgs: boolean;
  /** Python tensors: `x.exp()`, `x.pow(2)`. */
  methods: boolean;
  /** C-style casts `(double)x`. */
  casts: boolean;
  /** Prefixes under which the function names live ('' = bare name). */
  modules: string[];
  /** alias → canonical name (or a special). Lookups are by the last segment of a dotted name. */
  functions: Record<string, string>;
  /** Full (dotted) constant names → node. */
  constants: Record<string, () => MathNode>;
  /**
   * Conditional expressions: `c ? a : b` (C family, Julia, mathjs), `a if c else b` (Python),
   * `if (c) a else b` (R), or none (MATLAB). Their condition is one comparison.
   */
  conditional: 'ternary' | 'python' | 'r' | 'none';
  /**
   * `max(x)`, `min(x)` with one argument reduce an array (Python, MATLAB, R, NumPy) or do not
   * exist (C): refused with the reason. In mathjs and JavaScript's Math.max they are the value x.
   */
  maxOfOneReduces: boolean;
  /** Reserved words: never a variable, reported as "unexpected keyword". */
  keywords: ReadonlySet<string>;
}

const words = (s: string): ReadonlySet<string> => new Set(s.split(' '));

const PI = (): MathNode => sym('pi');
const E = (): MathNode => sym(EULER);
const over = (a: () => MathNode, b: number) => (): MathNode => bin('/', a(), num(b));
const logOf = (b: number) => (): MathNode => call('log', [num(b)]);
const sqrtOf = (b: number) => (): MathNode => call('sqrt', [num(b)]);
const inv = (f: () => MathNode) => (): MathNode => bin('/', num(1), f());

const NUMPY_NAMES: Record<string, string> = {
  ...namesIn('python'),
  fabs: 'abs',
  absolute: 'abs',
  arcsin: 'asin',
  arccos: 'acos',
  arctan: 'atan',
  arctan2: 'atan2',
  arcsinh: 'asinh',
  arccosh: 'acosh',
  arctanh: 'atanh',
  maximum: 'max',
  minimum: 'min',
  fmax: 'max',
  fmin: 'min',
  expit: 'sigmoid',
  logaddexp: 'logsumexp',
  power: '@pow',
  pow: '@pow',
  float_power: '@pow',
  square: '@square',
  exp2: '@exp2',
  clamp: '@clamp',
  clip: '@clamp',
  float: '@identity',
  float64: '@identity',
  float32: '@identity',
  asarray: '@identity',
  real: '@identity', // np.real(scipy.special.lambertw(x)): W₀ is real on its domain
  array: '@identity',
  tensor: '@identity',
  where: '@where',
  sum: '@sum',
  mean: '@mean',
  nansum: '@sum',
  nanmean: '@mean',
  len: '@count',
  lgamma: 'lgamma',
  gammaln: 'lgamma',
  loggamma: 'lgamma',
  gamma: 'gamma',
  digamma: 'digamma',
  psi: 'digamma',
  polygamma: 'polygamma',
  ...PYTHON_ACTIVATIONS,
  ...PYTHON_DISTRIBUTIONS,
  ...PYTHON_LOSSES,
};

const PY_MODULES = [
  '',
  'math',
  'np',
  'numpy',
  'jnp',
  'jax.numpy',
  'torch',
  'F',
  'nn.functional',
  'torch.nn.functional',
  'torch.special',
  'scipy.special',
  'special',
  'sp.special',
  'jax.nn',
  'jax.scipy.special',
  'tf',
  'tf.math',
  'tf.nn',
];

const C_NAMES: Record<string, string> = {
  ...namesIn('c'),
  fabs: 'abs',
  fmax: 'max',
  fmin: 'min',
  pow: '@pow',
  exp2: '@exp2',
  double: '@identity',
  float: '@identity',
  clamp: '@clamp',
  fma: '@fma',
  lgamma: 'lgamma',
  tgamma: 'gamma',
};

const C_CONSTANTS: Record<string, () => MathNode> = {
  M_PI: PI,
  M_E: E,
  M_PI_2: over(PI, 2),
  M_PI_4: over(PI, 4),
  M_1_PI: inv(PI),
  M_2_PI: () => bin('/', num(2), sym('pi')),
  M_2_SQRTPI: () => bin('/', num(2), call('sqrt', [sym('pi')])),
  M_SQRT2: sqrtOf(2),
  M_SQRT1_2: inv(sqrtOf(2)),
  M_LN2: logOf(2),
  M_LN10: logOf(10),
  M_LOG2E: inv(logOf(2)),
  M_LOG10E: inv(logOf(10)),
  'std.numbers.pi': PI,
  'std.numbers.e': E,
  'numbers.pi': PI,
  'numbers.e': E,
  pi: PI,
};

const tok = (label: string, t: Partial<TokenizeOptions>): TokenizeOptions => ({
  lineComments: [],
  blockComments: false,
  dotOperators: false,
  arrows: false,
  cSuffixes: false,
  label,
  ...t,
});

const base = {
  powerLeftAssoc: false,
  caretIsXor: false,
  implicit: 'none' as const,
  unaryBeforePowerIsError: false,
  keywordArgs: false,
  methods: false,
  casts: false,
  maxOfOneReduces: true,
  keywords: words('and or not mod to in'),
  conditional: 'ternary' as LangSpec['conditional'],
};

const MATH: LangSpec = {
  ...base,
  lang: 'math',
  label: 'math',
  tokens: tok('math', { dollarInNames: true }),
  power: ['^'],
  implicit: 'all',
  modules: [''],
  maxOfOneReduces: false,
  functions: {
    ...namesIn('math'),
    ln: 'log',
    pow: '@pow',
    square: '@square',
    cube: '@cube',
    nthRoot: '@nthRoot',
    lgamma: 'lgamma',
    // Γ as written in comments and papers (GSL: `Gamma(a + b)/(Gamma(a) Gamma(b))`); lower-case
    // gamma stays a name (a discount factor, a step size)
    Gamma: 'gamma',
    Γ: 'gamma',
    digamma: 'digamma',
    polygamma: 'polygamma',
  },
  constants: { pi: PI, e: E, π: PI },
};

const PYTHON: LangSpec = {
  ...base,
  lang: 'python',
  label: 'Python',
  tokens: tok('Python', { lineComments: ['#'] }),
  power: ['**'],
  caretIsXor: true,
  keywordArgs: true,
  methods: true,
  modules: PY_MODULES,
  conditional: 'python',
  keywords: words('if else elif for while in is not and or lambda def class yield await async None True False import from with try'),
  functions: { ...NUMPY_NAMES, logsumexp: 'logsumexp' },
  constants: Object.fromEntries([
    ...['math', 'np', 'numpy', 'torch', 'jnp'].flatMap((m) => [
      [`${m}.pi`, PI],
      [`${m}.e`, E],
      [`${m}.tau`, () => bin('*', num(2), PI())],
    ]),
    ['pi', PI],
  ]),
};

const JAVASCRIPT: LangSpec = {
  ...base,
  lang: 'javascript',
  label: 'JavaScript',
  tokens: tok('JavaScript', { lineComments: ['//'], blockComments: true, incDec: true, dollarInNames: true }),
  power: ['**'],
  caretIsXor: true,
  unaryBeforePowerIsError: true,
  maxOfOneReduces: false,
  modules: ['', 'Math'],
  keywords: words(
    'if else for while in instanceof typeof new function class yield await async null undefined true false import try catch throw switch case break continue do void delete',
  ),
  functions: { ...namesIn('javascript'), pow: '@pow', Number: '@identity' },
  constants: {
    'Math.PI': PI,
    'Math.E': E,
    'Math.LN2': logOf(2),
    'Math.LN10': logOf(10),
    'Math.LOG2E': inv(logOf(2)),
    'Math.LOG10E': inv(logOf(10)),
    'Math.SQRT2': sqrtOf(2),
    'Math.SQRT1_2': inv(sqrtOf(2)),
    // 2^-52 and the largest double, exactly: a clamp `x < Number.EPSILON ? Number.EPSILON : x` is no input
    'Number.EPSILON': () => num(2 ** -52),
    'Number.MAX_VALUE': () => num(Number.MAX_VALUE),
    pi: PI,
  },
};

const C: LangSpec = {
  ...base,
  lang: 'c',
  label: 'C',
  tokens: tok('C', { lineComments: ['//'], blockComments: true, cSuffixes: true, incDec: true }),
  power: [],
  caretIsXor: true,
  casts: true,
  modules: ['', 'std'],
  functions: C_NAMES,
  constants: C_CONSTANTS,
  keywords: words('if else for while sizeof struct new delete do switch case break continue true false NULL nullptr'),
};

/** IrrationalConstants.jl (re-exported by StatsFuns, LogExpFunctions): `invsqrt2π`, `log2π`, … */
const twoPi = () => bin('*', num(2), sym('pi'));
const IRRATIONAL_CONSTANTS: Record<string, () => MathNode> = {
  twoπ: twoPi,
  fourπ: () => bin('*', num(4), sym('pi')),
  halfπ: over(PI, 2),
  quartπ: over(PI, 4),
  invπ: inv(PI),
  twoinvπ: () => bin('/', num(2), sym('pi')),
  inv2π: inv(twoPi),
  sqrt2: sqrtOf(2),
  sqrt3: sqrtOf(3),
  sqrtπ: () => call('sqrt', [sym('pi')]),
  sqrt2π: () => call('sqrt', [twoPi()]),
  invsqrt2: inv(sqrtOf(2)),
  invsqrtπ: inv(() => call('sqrt', [sym('pi')])),
  invsqrt2π: inv(() => call('sqrt', [twoPi()])),
  loghalf: () => call('log', [num(0.5)]),
  logtwo: logOf(2),
  logten: logOf(10),
  logπ: () => call('log', [sym('pi')]),
  log2π: () => call('log', [twoPi()]),
  log4π: () => call('log', [bin('*', num(4), sym('pi'))]),
};

const JULIA: LangSpec = {
  ...base,
  lang: 'julia',
  label: 'Julia',
  tokens: tok('Julia', { lineComments: ['#'], dotOperators: true }),
  keywords: words('if else elseif for while in end function begin let do true false nothing missing'),
  power: ['^', '.^'],
  implicit: 'coefficient',
  maxOfOneReduces: false, // Base.max(x) = x; maximum(xs) is the reduction
  modules: ['', 'Base', 'Base.Math', 'NNlib', 'Flux', 'LogExpFunctions', 'SpecialFunctions', 'LambertW'],
  functions: {
    ...namesIn('julia'),
    log: '@logBaseFirst',
    atan: '@atan',
    σ: 'sigmoid',
    logistic: 'sigmoid',
    log1pexp: 'softplus',
    logaddexp: 'logsumexp',
    exp2: '@exp2',
    exp10: '@exp10',
    abs2: '@abs2',
    Float64: '@identity',
    float: '@identity',
    clamp: '@clamp',
    ifelse: '@where',
    loggamma: 'lgamma',
    lgamma: 'lgamma',
    gamma: 'gamma',
    digamma: 'digamma',
    trigamma: '@trigamma',
    polygamma: 'polygamma',
    sum: '@sum',
    mean: '@mean',
    length: '@count',
    oftype: '@second',
    muladd: '@fma',
    fma: '@fma',
    one: '@one',
    zero: '@zero',
    iszero: '@iszero',
    tanh_fast: 'tanh',
    sigmoid_fast: 'sigmoid',
    conj: '@identity',
    real: '@identity',
    ...JULIA_ACTIVATIONS,
  },
  constants: { pi: PI, π: PI, ℯ: E, 'MathConstants.e': E, 'Base.MathConstants.e': E, ...IRRATIONAL_CONSTANTS },
};

const MATLAB: LangSpec = {
  ...base,
  lang: 'matlab',
  label: 'MATLAB',
  tokens: tok('MATLAB', { lineComments: ['%'], dotOperators: true }),
  power: ['^', '.^'],
  powerLeftAssoc: true,
  modules: [''],
  conditional: 'none',
  keywords: words('if else elseif for while end function true false'),
  functions: {
    ...namesIn('matlab'),
    power: '@pow',
    realpow: '@pow',
    nthroot: '@nthroot',
    realsqrt: 'sqrt',
    reallog: 'log',
    double: '@identity',
    ...MATLAB_DISTRIBUTIONS,
    gammaln: 'lgamma',
    gamma: 'gamma',
    psi: '@psi',
    sum: '@sum',
    mean: '@mean',
    numel: '@count',
    length: '@count',
  },
  constants: { pi: PI },
};

const R: LangSpec = {
  ...base,
  lang: 'r',
  label: 'R',
  tokens: tok('R', { lineComments: ['#'], arrows: true }),
  power: ['^', '**'],
  keywordArgs: true,
  modules: ['', 'base'],
  conditional: 'r',
  keywords: words('if else for while in function TRUE FALSE NULL NA'),
  functions: {
    ...namesIn('r'),
    log: '@logRBase',
    pmax: 'max',
    pmin: 'min',
    plogis: 'sigmoid',
    'as.numeric': '@identity',
    as_numeric: '@identity',
    ifelse: '@where',
    ...R_DISTRIBUTIONS,
    lgamma: 'lgamma',
    gamma: 'gamma',
    digamma: 'digamma',
    trigamma: '@trigamma',
    psigamma: '@psigamma',
    sum: '@sum',
    mean: '@mean',
    length: '@count',
  },
  constants: { pi: PI },
};

export const SPECS: Record<Exclude<Lang, 'latex' | 'markdown'>, LangSpec> = {
  math: MATH,
  python: PYTHON,
  javascript: JAVASCRIPT,
  typescript: { ...JAVASCRIPT, lang: 'typescript', label: 'TypeScript' },
  c: C,
  cpp: { ...C, lang: 'cpp', label: 'C++' },
  julia: JULIA,
  matlab: MATLAB,
  r: R,
};
