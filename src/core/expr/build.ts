// Constructors with cheap local rewrites (no global search): constant folding, 0/1 identities,
// like terms in sums (c·x + d·x → (c+d)·x) and products (x·x → x^2), x^1, x^0, double negation.
// Sums and products are n-ary, flattened and ordered by node id, so commuted forms are one node.
import { InputError } from '../types';
import { byHash, intern, Node, pin } from './node';
import { FUNCTIONS, isVocabulary } from './functions';
import { isEuler } from './constants';

export function num(v: number): Node {
  return intern('num', [], v === 0 ? 0 : v, '');
}

export function sym(name: string): Node {
  return intern('sym', [], 0, name);
}

export const ZERO = pin(num(0));
export const ONE = pin(num(1));
export const MINUS_ONE = pin(num(-1));

/** Off while printing lowers sigmoid & co. back into exp/log, which must not be recognised again. */
let recognise = true;

export function withoutRecognition<T>(f: () => T): T {
  const saved = recognise;
  recognise = false;
  try {
    return f();
  } finally {
    recognise = saved;
  }
}

const isFn = (n: Node, name: string) => n.kind === 'fn' && n.name === name;
const isNum = (n: Node, v?: number) => n.kind === 'num' && (v === undefined || n.value === v);

/** Splits a term into numeric coefficient and the rest: 3·x·y → [3, x·y]. */
export function splitCoef(t: Node): [number, Node] {
  if (t.kind === 'num') return [t.value, ONE];
  if (t.kind === 'mul' && t.args[0].kind === 'num') {
    const rest = t.args.length === 2 ? t.args[1] : intern('mul', t.args.slice(1), 0, '');
    return [t.args[0].value, rest];
  }
  return [1, t];
}

export function add(...terms: Node[]): Node {
  if (terms.length === 1) return terms[0];
  if (terms.some((t) => t.kind === 'if' || (t.kind === 'add' && t.args.some((a) => a.kind === 'if')))) {
    const merged = mergeConditionals(terms);
    if (merged) return merged;
  }
  let constant = 0;
  // Terms in first-seen order with their coefficients; an index by id only once there are many.
  const rests: Node[] = [];
  const coefs: number[] = [];
  let index: Map<number, number> | undefined;
  const push = (coef: number, rest: Node) => {
    const slot = index ? (index.get(rest.id) ?? -1) : rests.indexOf(rest);
    if (slot >= 0) coefs[slot] += coef;
    else {
      rests.push(rest);
      coefs.push(coef);
      if (index) index.set(rest.id, rests.length - 1);
      else if (rests.length > 8) index = new Map(rests.map((x, i) => [x.id, i]));
    }
  };
  const visit = (t: Node, scale: number) => {
    if (t.kind === 'num') constant += scale * t.value;
    else if (t.kind === 'add') for (const a of t.args) visit(a, scale);
    else {
      const [c, rest] = splitCoef(t);
      // c·(a + b) is spread into the sum so that like terms meet (and y − (a + b) reads y − a − b).
      if (rest.kind === 'add') for (const a of rest.args) visit(a, scale * c);
      else push(scale * c, rest);
    }
  };
  for (const t of terms) visit(t, 1);
  const out: Node[] = [];
  for (let i = 0; i < rests.length; i++) {
    const coef = coefs[i];
    if (coef === 0) continue;
    out.push(coef === 1 ? rests[i] : mul(num(coef), rests[i]));
  }
  if (out.length === 0) return num(constant);
  out.sort((a, b) => byHash(splitCoef(a)[1], splitCoef(b)[1]));
  if (constant !== 0) out.push(num(constant));
  if (out.length === 1) return out[0];
  return intern('add', out, 0, '');
}

/**
 * (c ? a : b) + (c ? p : q) → (c ? a + p : b + q): the adjoint contributions of a conditional's two
 * branches meet as one conditional. Undefined when no two terms share a condition.
 */
function mergeConditionals(terms: Node[]): Node | undefined {
  const flat = terms.flatMap((t) => (t.kind === 'add' ? t.args : [t]));
  // keyed by the step and its negation: `u > v` and `v >= u` differ on NaN, so they never merge
  const byCond = new Map<string, Node[]>();
  for (const t of flat) {
    if (t.kind !== 'if') continue;
    const key = `${t.args[0].id}${isNegated(t) ? '¬' : ''}`;
    byCond.set(key, [...(byCond.get(key) ?? []), t]);
  }
  const groups = [...byCond.values()].filter((g) => g.length > 1);
  if (!groups.length) return undefined;
  const grouped = new Set(groups.flat());
  const rest = flat.filter((t) => !grouped.has(t));
  const joined = groups.map((g) =>
    ifElse(g[0].args[0], add(...g.map((t) => t.args[1])), add(...g.map((t) => t.args[2])), g[0].name as Shown),
  );
  return add(...rest, ...joined);
}

/** Base and exponent of a factor: x^3 → [x, 3], y → [y, 1]. */
function splitPow(f: Node): [Node, Node] {
  return f.kind === 'pow' ? [f.args[0], f.args[1]] : [f, ONE];
}

const FLATTEN_LIMIT = 16;

/** Kinds that a product with 1 returns unchanged (the general path would rebuild the same node). */
const KEPT_BY_ONE = new Set(['num', 'sym', 'fn', 'add', 'gt']);

export function mul(...factors: Node[]): Node {
  // 1·x, the most common product of the backward sweep, without the general path's bookkeeping
  if (factors.length === 2) {
    const [a, b] = factors;
    if (a === ONE && KEPT_BY_ONE.has(b.kind)) return b;
    if (b === ONE && KEPT_BY_ONE.has(a.kind)) return a;
  }
  // c·(s ? a : b) = (s ? c·a : c·b): a factor that is NaN or infinite in the branch not taken (the
  // derivative of sqrt(x) where x < 0) must not reach the result as 0·NaN
  const k = factors.findIndex((f) => f.kind === 'if');
  if (k >= 0) {
    const others = factors.filter((_, i) => i !== k);
    const [c, a, b] = factors[k].args;
    return ifElse(c, mul(...others, a), mul(...others, b), factors[k].name as Shown);
  }
  let coef = 1;
  // Bases in first-seen order with their exponents; an index by id only once there are many
  // (most products have two or three factors, where a Map costs more than a scan).
  const bases: Node[] = [];
  const exps: Node[][] = [];
  let index: Map<number, number> | undefined;
  const visit = (f: Node) => {
    if (f.kind === 'num') coef *= f.value;
    // A long product stays one factor: copying it into every longer product would make chain-rule
    // products (d sin(sin(…(x)))) quadratic in the depth.
    else if (f.kind === 'mul' && f.args.length <= FLATTEN_LIMIT) for (const a of f.args) visit(a);
    else {
      const [b, e] = splitPow(f);
      const slot = index ? (index.get(b.id) ?? -1) : bases.indexOf(b);
      if (slot >= 0) exps[slot].push(e);
      else {
        bases.push(b);
        exps.push([e]);
        if (index) index.set(b.id, bases.length - 1);
        else if (bases.length > 8) index = new Map(bases.map((x, i) => [x.id, i]));
      }
    }
  };
  for (const f of factors) visit(f);
  if (coef === 0) return ZERO;
  const out: Node[] = [];
  for (let i = 0; i < bases.length; i++) {
    const base = bases[i];
    const e = exps[i];
    const p = e.length === 1 ? (e[0] === ONE ? base : pow(base, e[0])) : pow(base, add(...e));
    if (p.kind === 'num') coef *= p.value;
    else if (p.kind === 'mul' && p !== base) {
      // (x·y)^k distributed by pow: its factors join this product
      for (const a of p.args)
        if (a.kind === 'num') coef *= a.value;
        else out.push(a);
    } else out.push(p);
  }
  if (coef === 0) return ZERO;
  if (out.length === 0) return num(coef);
  out.sort(byHash);
  if (out.length === 1 && coef === 1) return out[0];
  if (coef !== 1) out.unshift(num(coef));
  return intern('mul', out, 0, '');
}

export function neg(a: Node): Node {
  return mul(MINUS_ONE, a);
}

export function sub(a: Node, b: Node): Node {
  return add(a, neg(b));
}

export function div(a: Node, b: Node): Node {
  return mul(a, pow(b, MINUS_ONE));
}

export function pow(b: Node, e: Node): Node {
  if (e.kind === 'num') {
    const k = e.value;
    if (k === 0) return ONE;
    if (k === 1) return b;
    if (b.kind === 'num') {
      const r = Math.pow(b.value, k);
      // Fold when the result stays exact enough to read: integer powers, or an integer result.
      if (Number.isFinite(r) && (Number.isInteger(k) || Number.isInteger(r))) return num(r);
    }
    // 1 / (1 + exp(−z)) is σ(z): recognising it keeps derivatives readable (σ·(1 − σ)).
    if (recognise && k === -1 && b.kind === 'add' && b.args.length === 2 && isNum(b.args[1], 1) && isFn(b.args[0], 'exp')) {
      return fn('sigmoid', [neg(b.args[0].args[0])]);
    }
    if (Number.isInteger(k)) {
      // (x^a)^k = x^(a·k) for integer k; (x·y)^k = x^k·y^k.
      if (b.kind === 'pow') return pow(b.args[0], mul(b.args[1], e));
      if (b.kind === 'mul') return mul(...b.args.map((a) => pow(a, e)));
      if (b.kind === 'fn' && b.name === 'exp') return fn('exp', [mul(b.args[0], e)]);
    }
  }
  if (isNum(b, 1)) return ONE;
  if (isNum(b, 0) && e.kind === 'num' && e.value > 0) return ZERO;
  if (isEuler(b)) return fn('exp', [e]);
  return intern('pow', [b, e], 0, '');
}

/** (a > b ? 1 : 0): the selector behind relu', max', min' and friends. */
export function gt(a: Node, b: Node): Node {
  if (a === b) return ZERO;
  return comparison(a, b);
}

/**
 * The step gt(a, b) of a written condition: folded only for two ordered numbers, since `a >= a`
 * (written as ¬(a > a)) is false, not true, when a is NaN.
 */
export function comparison(a: Node, b: Node): Node {
  if (a.kind === 'num' && b.kind === 'num' && !Number.isNaN(a.value) && !Number.isNaN(b.value)) return num(a.value > b.value ? 1 : 0);
  return intern('gt', [a, b], 0, '');
}

/** Is the conditional written with `>=`/`<=`, i.e. as the negation of its step gt(u, v)? */
export function isNegated(n: Node): boolean {
  return n.name === '>=' || n.name === '<=';
}

/**
 * Does a conditional over gt(u, v) take its first branch, for operand values u and v? As every
 * supported language evaluates the comparison written: a NaN makes both `u > v` and `v >= u` false,
 * so `v >= u ? b : a` (first branch a) takes a on NaN although ¬(u > v) would say b.
 */
export function takesFirst(negated: boolean, u: number, v: number): boolean {
  return negated ? !(u <= v) : u > v;
}

/**
 * How a conditional over the step c = gt(u, v) is shown, as the user wrote it: `u > v ? a : b`,
 * `v < u ? a : b`, `v >= u ? b : a`, `u <= v ? b : a` (the last two are the negations of c).
 */
export type Shown = '>' | '<' | '>=' | '<=';

/**
 * (c ? a : b) for a condition c built by `gt` (or folded to 0/1): evaluation picks one branch, and
 * products and sums move inside it (see mul, add), so the branch not taken never leaks a NaN.
 * `shown` only changes how it prints.
 */
export function ifElse(c: Node, a: Node, b: Node, shown: Shown = '>'): Node {
  if (c.kind === 'num') return c.value !== 0 ? a : b;
  if (a === b) return a;
  if (c.kind !== 'gt') throw new InputError('the condition of a conditional must be a comparison');
  return intern('if', [c, a, b], 0, shown);
}

export function fn(name: string, args: Node[]): Node {
  if (!isVocabulary(name)) throw new InputError(`unknown function '${name}'`);
  const record = FUNCTIONS[name];
  const [lo, hi] = record.arity;
  if (record.nestsBinary && args.length > 2) {
    // max(a, b, c) = max(max(a, b), c): binary nodes keep the derivative selectors simple.
    let acc = fn(name, [args[0], args[1]]);
    for (let i = 2; i < args.length; i++) acc = fn(name, [acc, args[i]]);
    return acc;
  }
  if (args.length < lo || args.length > hi) {
    const want = lo === hi ? `${lo}` : hi === Infinity ? `at least ${lo}` : `${lo} or ${hi}`;
    throw new InputError(`${name} takes ${want} argument${lo === 1 && hi === 1 ? '' : 's'}, got ${args.length}`);
  }
  const wrong = record.check?.(args);
  if (wrong) throw new InputError(wrong);
  if (args.every((a) => a.kind === 'num')) {
    const r = record.value(...args.map((a) => a.value));
    // folded only where the number reads exactly, so folding never hides a formula
    if (Number.isFinite(r) && (record.foldsExactly || Number.isInteger(r))) return num(r);
  }
  const [a] = args;
  switch (name) {
    case 'sqrt':
      return pow(a, num(0.5));
    case 'exp':
      if (a.kind === 'fn' && a.name === 'log' && a.args.length === 1) return a.args[0];
      break;
    case 'log':
      if (args.length === 2) {
        if (isEuler(args[1])) return fn('log', [a]);
        if (a === args[1]) return ONE;
      }
      if (args.length === 1 && a.kind === 'fn' && a.name === 'exp') return a.args[0];
      if (args.length === 1 && isEuler(a)) return ONE;
      if (recognise && args.length === 1 && a.kind === 'add') {
        // log(1 + exp(z)) = softplus(z); log(exp(a) + exp(b) + …) = logsumexp(a, b, …)
        if (a.args.length === 2 && isNum(a.args[1], 1) && isFn(a.args[0], 'exp')) return fn('softplus', [a.args[0].args[0]]);
        if (a.args.every((t) => isFn(t, 'exp'))) return fn('logsumexp', a.args.map((t) => t.args[0]).sort(byHash));
      }
      break;
    case 'log1p':
      if (recognise && isFn(a, 'exp')) return fn('softplus', [a.args[0]]);
      break;
    case 'abs':
      if (a.kind === 'fn' && (a.name === 'abs' || a.name === 'exp' || a.name === 'sigmoid' || a.name === 'softplus' || a.name === 'relu')) {
        return a; // already non-negative
      }
      break;
    case 'hypot':
      if (args.length === 1) return fn('abs', [a]);
      break;
    case 'logsumexp':
      if (args.length === 1) return a;
      break;
    case 'max':
    case 'min':
      // max(x) = x, as mathjs, NumPy's reductions and MATLAB read one argument
      if (args.length === 1 || a === args[1]) return a;
      break;
  }
  return intern('fn', args, 0, name);
}

/** Rebuilds a node of the same kind over new arguments (used by substitute and lowering). */
export function rebuild(n: Node, args: Node[]): Node {
  switch (n.kind) {
    case 'num':
    case 'sym':
      return n;
    case 'add':
      return add(...args);
    case 'mul':
      return mul(...args);
    case 'pow':
      return pow(args[0], args[1]);
    case 'gt':
      return gt(args[0], args[1]);
    case 'if':
      return ifElse(args[0], args[1], args[2], n.name as Shown);
    case 'fn':
      return fn(n.name, args);
  }
}
