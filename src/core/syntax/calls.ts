// Turning a call in the source (`np.maximum(a, b)`, `std::pow(x, 2)`, `log(2, x)` in Julia) into a
// canonical node, or an error with the column of the function name.
import type { MathNode } from '../mathjs';
import { ACTIVATIONS } from './activations';
import type { Composite } from './composite';
import { DISTRIBUTIONS, PYTHON_STATS_MODULES } from './distributions';
import { LOSSES } from './losses';
import { inputError } from './errors';
import type { LangSpec } from './langs';
import { bin, call, compare, conditional, isComparison, isConst, num, realRoot, sym } from './nodes';
import { CANONICAL, isCanonical } from './vocabulary';
import { has } from '../names';

/** `len_xs`, `length_xs`, `numel_xs`: the counts `@count` names (a count starts at 10 elements, not 0.5). */
export const COUNT_NAME = /^(?:len|length|numel)_[\p{L}_][\p{L}\p{N}_]*$/u;

/** Equality tests written as calls (Julia `iszero(x)` is `x == 0`): the parser reads them as `==`. */
export const EQUALITY_TESTS = new WeakMap<MathNode, { a: MathNode; b: MathNode }>();

/** Nodes that stand for a reduction `np.mean(e)` read per element (the node is `e` itself). */
export const REDUCED = new WeakMap<MathNode, string>();

export interface KeywordArg {
  name: string;
  value: MathNode;
  start: number;
}

export interface CallSite {
  /** Dotted name as written, with '::' read as '.' (`np.exp`, `std.pow`). */
  name: string;
  start: number;
  args: MathNode[];
  kwargs: KeywordArg[];
  /** Receiver of a method call `x.exp()`, already prepended to args. */
  method?: boolean;
}

/** The language's own spelling `k` (never an inherited member such as `constructor`), if it has one. */
export function ownFunction(spec: LangSpec, k: string): string | undefined {
  return has(spec.functions, k) ? spec.functions[k] : undefined;
}

/** The canonical name (or special) a dotted function name stands for in a language, if any. */
export function lookupFunction(spec: LangSpec, name: string): string | undefined {
  const dot = name.lastIndexOf('.');
  const prefix = dot < 0 ? '' : name.slice(0, dot);
  const last = name.slice(dot + 1);
  const own = (k: string) => ownFunction(spec, k);
  if (spec.lang === 'r' && own(name)) return own(name); // R names may contain dots: as.numeric
  if (spec.lang === 'python' && prefix) {
    // scipy.stats.norm.cdf: a distribution's method, under its own module paths
    const dot2 = prefix.lastIndexOf('.');
    const method = own(name.slice(dot2 + 1));
    if (method && PYTHON_STATS_MODULES.includes(dot2 < 0 ? '' : prefix.slice(0, dot2))) return method;
  }
  if (!spec.modules.includes(prefix)) return undefined;
  const hit = own(last);
  if (hit) return hit;
  // C's float/long double variants: expf, powl, fabsf…
  if (spec.tokens.cSuffixes && /[fl]$/.test(last)) return own(last.slice(0, -1));
  return undefined;
}

/** Index names that count as loop counters (not data): `y(i)` is an element, `f(x)` stays a call. */
const INDEX = /^(?:[ijklmn]|ii|jj|kk|idx|iter|it|row|col)$/;
/** MATLAB functions that build or inspect arrays: `zeros(m, 1)` is no element. */
const ARRAY_BUILDERS = new Set([
  'zeros',
  'ones',
  'eye',
  'rand',
  'randn',
  'randi',
  'size',
  'length',
  'numel',
  'repmat',
  'reshape',
  'linspace',
  'cell',
  'struct',
  'find',
  'nan',
  'NaN',
  'inf',
  'Inf',
  'true',
  'false',
  'diag',
  'magic',
  'colon',
]);

/** `y_i`, `theta_i_1` for `y(i)`, `theta(i,1)`; undefined when an argument is not an index. */
function elementName(name: string, args: MathNode[]): string | undefined {
  if (ARRAY_BUILDERS.has(name)) return undefined;
  const parts: string[] = [];
  for (const a of args) {
    const n = a as unknown as { type: string; name?: string; value?: number };
    if (n.type === 'SymbolNode' && n.name && INDEX.test(n.name)) parts.push(n.name);
    else if (n.type === 'ConstantNode' && Number.isInteger(n.value) && (n.value as number) >= 0) parts.push(String(n.value));
    else return undefined;
  }
  return parts.length ? `${name}_${parts.join('_')}` : undefined;
}

const COMPOSITES: Record<string, Composite> = { ...ACTIVATIONS, ...DISTRIBUTIONS, ...LOSSES };

export function resolveCall(spec: LangSpec, site: CallSite, text: string, userFunctions: ReadonlySet<string>): MathNode {
  const { name, start, args, kwargs } = site;
  // a function defined in the file shadows a library name (a helper `gamma(t)` is not Γ)
  if (!site.method && userFunctions.has(name)) {
    if (kwargs.length) throw inputError(`keyword argument '${kwargs[0].name}' is not supported`, text, kwargs[0].start);
    return call(name, args);
  }
  const target = site.method ? ownFunction(spec, name) : lookupFunction(spec, name);
  if (target === undefined) {
    if (!site.method && userFunctions.has(name)) {
      if (kwargs.length) throw inputError(`keyword argument '${kwargs[0].name}' is not supported`, text, kwargs[0].start);
      return call(name, args);
    }
    // MATLAB `y(i)`, `theta(i,1)`: an element of an array, indexed by loop counters or numbers, is one name
    const element = spec.lang === 'matlab' && !site.method && !kwargs.length && !name.includes('.') ? elementName(name, args) : undefined;
    if (element) return sym(element);
    const shown = site.method ? `.${name}()` : name;
    throw inputError(`unknown function '${shown}'`, text, start);
  }
  const fail = (msg: string) => inputError(msg, text, start);
  const arity = (lo: number, hi: number) => {
    if (args.length < lo || args.length > hi) {
      const want = lo === hi ? `${lo}` : hi === Infinity ? `at least ${lo}` : `${lo} or ${hi}`;
      throw fail(`'${name}' takes ${want} argument${want === '1' || want === 'at least 1' ? '' : 's'} but got ${args.length}`);
    }
  };
  const kw = (allowed: string[]) => {
    for (const k of kwargs) {
      if (!allowed.includes(k.name)) throw inputError(`keyword argument '${k.name}' is not supported`, text, k.start);
    }
    return (n: string) => kwargs.find((k) => k.name === n)?.value;
  };
  switch (target) {
    case '@identity':
      kw(['dtype']);
      arity(1, 1);
      return args[0]; // float(x), np.float64(x), Number(x): a number is a number
    case '@second':
      kw([]);
      arity(2, 2);
      return args[1]; // Julia oftype(x, y): y in x's type, the value of y
    case '@iszero': {
      // a condition (`if iszero(σ)`, `ifelse(iszero(x), a, b)`): the placeholder of `x == 0`
      kw([]);
      arity(1, 1);
      const test = compare('<', args[0], num(0));
      EQUALITY_TESTS.set(test, { a: args[0], b: num(0) });
      return test;
    }
    case '@one':
      kw([]);
      arity(1, 1);
      return num(1); // Julia one(x), zero(x): the number in x's type
    case '@zero':
      kw([]);
      arity(1, 1);
      return num(0);
    case '@pow':
      kw([]);
      arity(2, 2);
      return bin('^', args[0], args[1]);
    case '@square':
      kw([]);
      arity(1, 1);
      return bin('^', args[0], num(2));
    case '@abs2':
      kw([]);
      arity(1, 1);
      return bin('^', args[0], num(2));
    case '@cube':
      kw([]);
      arity(1, 1);
      return bin('^', args[0], num(3));
    case '@exp2':
      kw([]);
      arity(1, 1);
      return bin('^', num(2), args[0]);
    case '@exp10':
      kw([]);
      arity(1, 1);
      return bin('^', num(10), args[0]);
    case '@where': {
      // np.where(c, a, b), torch.where, ifelse(c, a, b); x.where(c, y) is torch.where(c, x, y)
      kw([]);
      arity(3, 3);
      const [c, a, b] = site.method ? [args[1], args[0], args[2]] : args;
      if (!isComparison(c)) throw fail(`the condition of '${name}' must be a comparison (<, >, <=, >=)`);
      return conditional(c, a, b);
    }
    case '@sum':
    case '@mean': {
      // np.sum(e), torch.mean(e, dim=0), x.mean(): on scalars the identity (as NumPy's are); the
      // parser says what that means for arrays
      kw(['axis', 'dim', 'keepdims', 'keepdim', 'dtype']);
      arity(1, spec.lang === 'python' || spec.lang === 'matlab' ? 2 : 1);
      REDUCED.set(args[0], site.method ? `.${name}()` : name);
      return args[0];
    }
    case '@count': {
      // len(xs), length(xs), numel(xs): the number of elements, a name of its own
      kw([]);
      arity(1, 1);
      const [x] = args;
      if (x.type !== 'SymbolNode') throw fail(`'${name}' of an expression is not supported; name the array`);
      return sym(`${name.split('.').pop()}_${(x as unknown as { name: string }).name}`);
    }
    case '@trigamma':
      kw([]);
      arity(1, 1);
      return call('polygamma', [num(1), args[0]]);
    case '@psi': // MATLAB: psi(x) is digamma, psi(k, x) the k-th polygamma
      kw([]);
      arity(1, 2);
      return args.length === 1 ? call('digamma', args) : call('polygamma', args);
    case '@psigamma': {
      // R: psigamma(x, deriv = 0)
      const get = kw(['deriv']);
      arity(1, 2);
      const n = get('deriv') ?? args[1];
      return n ? call('polygamma', [n, args[0]]) : call('digamma', [args[0]]);
    }
    case '@fma':
      kw([]);
      arity(3, 3);
      return bin('+', bin('*', args[0], args[1]), args[2]); // C/C++ fused multiply-add
    case '@nthroot':
      kw([]);
      arity(2, 2);
      return realRoot(args[0], args[1]);
    case '@nthRoot': // mathjs: nthRoot(a, root = 2)
      kw([]);
      arity(1, 2);
      return realRoot(args[0], args[1] ?? num(2));
    case '@logBaseFirst': // Julia: log(b, x) is the base-b logarithm of x
      kw([]);
      arity(1, 2);
      return args.length === 1 ? call('log', args) : call('log', [args[1], args[0]]);
    case '@atan': // Julia: atan(y, x) is the two-argument arctangent
      kw([]);
      arity(1, 2);
      return call(args.length === 1 ? 'atan' : 'atan2', args);
    case '@logRBase': {
      // R: log(x, base = b)
      const get = kw(['base']);
      arity(1, 2);
      const b = get('base') ?? args[1];
      if (get('base') && args.length === 2) throw fail("'log' got the base twice");
      return b ? call('log', [args[0], b]) : call('log', [args[0]]);
    }
    case '@clamp': {
      // torch.clamp(x, min=a, max=b) / np.clip(x, a, b)
      const get = kw(['min', 'max', 'a_min', 'a_max']);
      arity(1, 3);
      const lo = get('min') ?? get('a_min') ?? args[1];
      const hi = get('max') ?? get('a_max') ?? args[2];
      if (!lo && !hi) throw fail(`'${name}' needs a lower or an upper bound`);
      let out = args[0];
      if (lo) out = isConst(lo, 0) ? call('relu', [out]) : call('max', [out, lo]);
      if (hi) out = call('min', [out, hi]);
      return out;
    }
  }
  const act = has(COMPOSITES, target) ? COMPOSITES[target] : undefined;
  if (act) {
    const get = kw(act.keywords);
    arity(act.minArgs ?? 1, act.maxArgs);
    return act.build(args[0], (i, names, fallback) => args[i] ?? names.map(get).find(Boolean) ?? num(fallback), name);
  }
  if (kwargs.length) throw inputError(`keyword argument '${kwargs[0].name}' is not supported`, text, kwargs[0].start);
  if (!isCanonical(target)) throw fail(`unknown function '${name}'`);
  const [lo, hi] = CANONICAL[target];
  arity(lo, hi);
  if ((target === 'max' || target === 'min') && args.length === 1 && spec.maxOfOneReduces) {
    throw fail(
      `'${name}' of one argument reduces an array (its derivative picks one element): not supported; ${target}(a, b) compares two values`,
    );
  }
  return call(target, args);
}
