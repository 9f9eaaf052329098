// The optimizer and checker calls that state which function is the gradient of which, per
// language, as data: the callee's names, the roles of its function-valued positional arguments in
// order, which of the other positional arguments is x0, the keyword names of each role, and how a
// combined objective hands back its gradient.
import type { Lang } from '../types';

export type Role = 'objective' | 'gradient' | 'hessian' | 'other';

/** How an objective that also computes its gradient hands it back. */
export type Combined =
  /** written into an output parameter: `f(x, grad)` with `grad[0] = …` (NLopt, fmin.js, liblbfgs) */
  | { kind: 'out'; xParam: number; outParam: number; lengthParam?: number; residualParam?: number }
  /** returned with the value: `return f, g` (SciPy `jac=True`) */
  | { kind: 'tuple' }
  /** MATLAB `[f, g] = fun(x)` with SpecifyObjectiveGradient */
  | { kind: 'outputs' }
  /** R `attr(value, "gradient") <- …` (nlm) */
  | { kind: 'attr' };

export interface CallPattern {
  langs: Lang[];
  /** The callee's name (the last part of a dotted name: `scipy.optimize.minimize` → `minimize`). */
  names: string[];
  /** Roles of the function-valued positional arguments, in order. */
  fns: Role[];
  /** Fixed positions instead (C APIs whose other arguments are handles: `nlopt_set_min_objective(opt, f, data)`). */
  at?: { objective: number; gradient?: number; x0?: number };
  /** Index of x0 among the positional arguments that are not functions (undefined: none). */
  x0?: number;
  /** Index among the non-function positional arguments from which the objective's extra arguments start. */
  restArgs?: number;
  kw: { objective?: string[]; gradient?: string[]; x0?: string[]; args?: string[] };
  /** The objective hands back its gradient itself (no gradient function in the call). */
  combined?: Combined;
  /** A keyword whose value `True` makes the objective combined (`jac=True`). */
  combinedFlag?: { kw: string; value: string; combined: Combined };
  /** R: keyword arguments not in `kw` nor `control` are passed to the objective by name (`...`). */
  namedDots?: boolean;
  /** The objective's parameter that is x (default 0). */
  xParam?: number;
}

const PY: Lang[] = ['python'];
const JS: Lang[] = ['javascript', 'typescript'];
const C: Lang[] = ['c', 'cpp'];

export const CALL_PATTERNS: CallPattern[] = [
  // SciPy
  {
    langs: PY,
    names: ['minimize'],
    fns: ['objective'],
    x0: 0,
    kw: { objective: ['fun'], gradient: ['jac'], x0: ['x0'], args: ['args'] },
    combinedFlag: { kw: 'jac', value: 'True', combined: { kind: 'tuple' } },
  },
  {
    langs: PY,
    names: ['check_grad'],
    fns: ['objective', 'gradient'],
    x0: 0,
    restArgs: 1,
    kw: { objective: ['func'], gradient: ['grad'], x0: ['x0'] },
  },
  {
    langs: PY,
    names: ['fmin_bfgs', 'fmin_cg', 'fmin_l_bfgs_b', 'fmin_tnc', 'fmin_ncg'],
    fns: ['objective', 'gradient'],
    x0: 0,
    kw: { objective: ['f', 'func'], gradient: ['fprime'], x0: ['x0'], args: ['args'] },
  },
  {
    langs: PY,
    names: ['line_search', 'line_search_wolfe1', 'line_search_wolfe2'],
    fns: ['objective', 'gradient'],
    x0: 0,
    kw: { objective: ['f'], gradient: ['myfprime', 'fprime'], x0: ['xk'], args: ['args'] },
  },
  {
    langs: PY,
    names: ['newton'],
    fns: ['objective', 'gradient'],
    x0: 0,
    kw: { objective: ['func'], gradient: ['fprime'], x0: ['x0'], args: ['args'] },
  },
  {
    langs: PY,
    names: ['set_min_objective', 'set_max_objective'],
    fns: ['objective'],
    kw: {},
    combined: { kind: 'out', xParam: 0, outParam: 1 },
  },
  {
    langs: PY,
    names: ['add_inequality_constraint', 'add_equality_constraint'],
    fns: ['objective'],
    kw: {},
    combined: { kind: 'out', xParam: 0, outParam: 1 },
  },
  // R
  {
    langs: ['r'],
    names: ['optim', 'optimx', 'ucminf', 'optimr', 'Rcgmin', 'Rvmmin'],
    fns: ['objective', 'gradient'],
    x0: 0,
    kw: { objective: ['fn'], gradient: ['gr'], x0: ['par'] },
    namedDots: true,
  },
  {
    langs: ['r'],
    names: ['nlminb'],
    fns: ['objective', 'gradient'],
    x0: 0,
    kw: { objective: ['objective'], gradient: ['gradient'], x0: ['start'] },
    namedDots: true,
  },
  // without eval_grad_f, eval_f returns list("objective" = …, "gradient" = …)
  {
    langs: ['r'],
    names: ['nloptr'],
    fns: ['objective', 'gradient'],
    x0: 0,
    kw: { objective: ['eval_f'], gradient: ['eval_grad_f'], x0: ['x0'] },
    namedDots: true,
    combined: { kind: 'tuple' },
  },
  {
    langs: ['r'],
    names: ['nlm'],
    fns: ['objective'],
    x0: 0,
    kw: { objective: ['f'], x0: ['p'] },
    combined: { kind: 'attr' },
    namedDots: true,
  },
  {
    langs: ['r'],
    names: ['lbfgs', 'lbfgsb3c'],
    fns: ['objective', 'gradient'],
    x0: 0,
    kw: { objective: ['call_eval', 'fn'], gradient: ['call_grad', 'gr'], x0: ['vars', 'par'] },
  },
  // Julia
  { langs: ['julia'], names: ['optimize'], fns: ['objective', 'gradient', 'hessian'], x0: 0, kw: {} },
  { langs: ['julia'], names: ['OnceDifferentiable', 'TwiceDifferentiable'], fns: ['objective', 'gradient', 'hessian'], x0: 0, kw: {} },
  {
    langs: ['julia'],
    names: ['min_objective!', 'max_objective!', 'inequality_constraint!', 'equality_constraint!'],
    fns: [],
    at: { objective: 1 },
    kw: {},
    combined: { kind: 'out', xParam: 0, outParam: 1 },
  },
  // MATLAB / Octave
  {
    langs: ['matlab'],
    names: ['fminunc', 'fmincon', 'fminsearch', 'lsqnonlin'],
    fns: ['objective'],
    x0: 0,
    kw: {},
    combined: { kind: 'outputs' },
  },
  // C / C++
  {
    langs: C,
    names: ['nlopt_set_min_objective', 'nlopt_set_max_objective', 'nlopt_add_inequality_constraint', 'nlopt_add_equality_constraint'],
    fns: [],
    at: { objective: 1 },
    kw: {},
    combined: { kind: 'out', xParam: 1, outParam: 2, lengthParam: 0 },
  },
  {
    langs: ['cpp'],
    names: ['set_min_objective', 'set_max_objective', 'add_inequality_constraint', 'add_equality_constraint'],
    fns: [],
    at: { objective: 0 },
    kw: {},
    combined: { kind: 'out', xParam: 0, outParam: 1 },
  },
  // Ceres C API: int f(void *user_data, double **parameters, double *residuals, double **jacobians), one residual
  {
    langs: C,
    names: ['ceres_problem_add_residual_block'],
    fns: [],
    at: { objective: 1 },
    kw: {},
    combined: { kind: 'out', xParam: 1, outParam: 3, residualParam: 2 },
  },
  {
    langs: C,
    names: ['lbfgs'],
    fns: [],
    at: { objective: 3, x0: 1 },
    kw: {},
    combined: { kind: 'out', xParam: 1, outParam: 2, lengthParam: 3 },
  },
  { langs: ['cpp'], names: ['find_min', 'find_max'], fns: [], at: { objective: 2, gradient: 3, x0: 4 }, kw: {} },
  {
    langs: ['cpp'],
    names: ['find_min_box_constrained', 'find_max_box_constrained'],
    fns: [],
    at: { objective: 2, gradient: 3, x0: 4 },
    kw: {},
  },
  // JavaScript
  {
    langs: JS,
    names: ['conjugateGradient', 'gradientDescent', 'gradientDescentLineSearch'],
    fns: ['objective'],
    x0: 0,
    kw: {},
    combined: { kind: 'out', xParam: 0, outParam: 1 },
  },
  { langs: JS, names: ['uncmin'], fns: ['objective', 'gradient'], x0: 0, kw: {} },
  { langs: JS, names: ['minimize_GradientDescent', 'minimize_L_BFGS', 'minimize_BFGS'], fns: ['objective', 'gradient'], x0: 0, kw: {} },
];

/** Struct fields that pair functions (GSL multimin `F.f = my_f; F.df = my_df;`), and Julia NLopt's `opt.min_objective = f`. */
export interface FieldPattern {
  langs: Lang[];
  objective: string;
  gradient?: string;
  combined?: Combined;
  what: string;
}

export const FIELD_PATTERNS: FieldPattern[] = [
  { langs: C, objective: 'f', gradient: 'df', what: 'GSL multimin' },
  { langs: ['julia'], objective: 'min_objective', combined: { kind: 'out', xParam: 0, outParam: 1 }, what: 'NLopt' },
  { langs: ['julia'], objective: 'max_objective', combined: { kind: 'out', xParam: 0, outParam: 1 }, what: 'NLopt' },
];

/** Keyword arguments of R optimizers that are options, not data for the objective. */
export const R_OPTIONS = new Set([
  'method',
  'lower',
  'upper',
  'control',
  'hessian',
  'scale',
  'itnmax',
  'opts',
  'eval_g_ineq',
  'eval_jac_g_ineq',
  'eval_g_eq',
  'eval_jac_g_eq',
  'lb',
  'ub',
  'print.level',
  'typsize',
  'fscale',
  'ndigit',
  'gradtol',
  'stepmax',
  'steptol',
  'iterlim',
  'check.analyticals',
  'invisible',
]);

/** R lists that hold an objective and its gradient as entries (`list(fn = function…, gr = function…)`). */
export const LIST_PAIRS: [string, string][] = [
  ['fn', 'gr'],
  ['fn', 'grad'],
  ['f', 'grad'],
  ['f', 'gr'],
  ['f', 'fprime'],
  ['f', 'gradient'],
  ['objective', 'gradient'],
  ['eval_f', 'eval_grad_f'],
];

/** C++ classes that hold an objective and its gradient as methods (ensmallen's differentiable functions). */
export const CLASS_PAIRS: [string, string][] = [['Evaluate', 'Gradient']];

/** C++ base classes whose Evaluate(parameters, cost, gradient) computes both (Ceres FirstOrderFunction). */
export const CLASS_COMBINED: { base: string; method: string; combined: Combined }[] = [
  { base: 'FirstOrderFunction', method: 'Evaluate', combined: { kind: 'out', xParam: 0, residualParam: 1, outParam: 2 } },
];
