// Shapes of the variables from how the expression uses them, where the caller gave none: `X @ w`
// makes X a matrix and w a vector sharing its inner dimension, `X @ w - y` makes y a vector of the
// rows, a reduction with an axis makes its operand a matrix. Names follow the usual convention
// (capitals are matrices, lower case vectors); dimensions nothing fixes get symbols (n, d, k…).
// What nothing makes an array stays a scalar, and the notes say so.
import type { Ast } from './parse';
import type { Dim, Shape } from './types';

const DIM_NAMES = ['n', 'd', 'k', 'm', 'p', 'q', 'r', 's', 't', 'u', 'v'];

const upper = (name: string) => /^[A-Z]/.test(name);

export interface Inferred {
  shapes: Record<string, Shape>;
  /** variables that are integer labels (x[arange(n), y]) or only sizes: not differentiated */
  labels: Set<string>;
  /** variables read as scalars because nothing made them arrays */
  defaulted: string[];
}

/** Variables in order of appearance (sizes inside arange(…) are not values of the expression). */
export function variablesOf(ast: Ast, out: string[] = []): string[] {
  const walk = (a: Ast): void => {
    switch (a.k) {
      case 'var':
        if (!out.includes(a.name)) out.push(a.name);
        return;
      case 'num':
        return;
      case 'bin':
        walk(a.a);
        walk(a.b);
        return;
      case 'neg':
      case 'T':
      case 'index':
      case 'dim':
        walk(a.a);
        return;
      case 'gather':
        walk(a.a);
        walk(a.labels);
        return;
      case 'setindex':
        walk(a.a);
        walk(a.value);
        return;
      case 'scalar':
        a.args.forEach(walk);
        return;
      case 'fn':
        if (a.fn !== 'arange') a.args.forEach(walk);
        return;
    }
  };
  walk(ast);
  return out;
}

/**
 * `columnVectors`: Julia, MATLAB and R, where a vector next to a matrix is a column (it lines up with
 * the rows), unless it is transposed (x' is a row).
 */
export function inferShapes(
  asts: Ast[],
  given: Record<string, Shape>,
  defined: Record<string, Ast> = {},
  columnVectors = false,
  /** names known to be arrays without a shape (LaTeX bold): a vector, or a matrix when a capital */
  arrays: ReadonlySet<string> = new Set(),
): Inferred {
  const known = new Map<string, Shape>(Object.entries(given));
  const labels = new Set<string>();
  const used = new Set<string>(Object.values(given).flatMap((s) => s.filter((d): d is string => typeof d === 'string')));
  const fresh = (): string => {
    let name = DIM_NAMES.find((n) => !used.has(n));
    for (let i = 1; !name; i++) if (!used.has(`d${i}`)) name = `d${i}`;
    used.add(name);
    made.add(name);
    return name;
  };
  let changed: boolean;
  /** symbols this inference made up: two of them that must agree become one */
  const made = new Set<string>();
  const unify = (x: Dim | undefined, y: Dim | undefined): void => {
    if (x === undefined || y === undefined || x === y || x === 1 || y === 1) return;
    const [from, to] =
      typeof y === 'string' && made.has(y) ? [y, x] : typeof x === 'string' && made.has(x) ? [x, y] : [undefined, undefined];
    if (from === undefined) return;
    for (const [k, s] of known)
      known.set(
        k,
        s.map((d) => (d === from ? to! : d)),
      );
    changed = true;
  };
  /** Gives a bare variable (or its transpose) a shape, once. */
  const assign = (a: Ast, s: () => Shape | undefined): void => {
    if (a.k === 'neg') return assign(a.a, s);
    const v = a.k === 'var' ? a : a.k === 'T' && a.a.k === 'var' ? a.a : undefined;
    if (!v || known.has(v.name) || defined[v.name]) return;
    const shape = s();
    if (!shape) return;
    known.set(v.name, a.k === 'T' ? [...shape].reverse() : shape);
    changed = true;
  };
  const like = (a: Ast, other: Shape) => () =>
    other.length === 0
      ? undefined
      : upper(varName(a))
        ? other
        : [other[columnVectors && other.length === 2 && a.k !== 'T' ? 0 : other.length - 1]];
  const vec = (a: Ast) => () => (upper(varName(a)) ? [fresh(), fresh()] : [fresh()]);
  /** Assigns every unknown name reached through elementwise operations. */
  const deep = (a: Ast, s: (v: Ast) => () => Shape | undefined): void => {
    switch (a.k) {
      case 'var':
        return assign(a, s(a));
      case 'neg':
        return deep(a.a, s);
      case 'bin':
        if (a.op === '+' || a.op === '-' || a.op === '*' || a.op === '/') deep(a.b, s);
        if (['+', '-', '*', '/', '^'].includes(a.op)) deep(a.a, s);
        return;
      case 'scalar':
        return a.args.forEach((x) => deep(x, s));
    }
  };
  const bcast = (xs: (Shape | undefined)[]): Shape | undefined => {
    if (xs.some((x) => !x)) return undefined;
    const n = Math.max(0, ...xs.map((x) => x!.length));
    const out: Dim[] = [];
    for (let i = 0; i < n; i++) {
      let d: Dim = 1;
      for (const x of xs) {
        const e = x![x!.length - n + i] ?? 1;
        if (e !== 1) d = e;
      }
      out.push(d);
    }
    return out;
  };
  const shapeOf = (a: Ast, arr: boolean): Shape | undefined => {
    switch (a.k) {
      case 'num':
        return [];
      case 'var':
        if (defined[a.name]) return shapeOf(defined[a.name], arr);
        return known.get(a.name);
      case 'neg':
        return shapeOf(a.a, arr);
      case 'T': {
        const s = shapeOf(a.a, true);
        // X' makes X a matrix; a lower-case x' is left to its use (x' * A: a vector)
        if (!s && upper(varName(a.a))) assign(a.a, () => [fresh(), fresh()]);
        return s && [...s].reverse();
      }
      case 'dim':
        if (!shapeOf(a.a, true)) assign(a.a, vec(a.a));
        return [];
      case 'scalar': {
        const ss = a.args.map((x) => shapeOf(x, arr));
        const known_ = ss.filter((x): x is Shape => !!x);
        for (const x of known_)
          for (const y of known_) for (let i = 1; i <= Math.min(x.length, y.length); i++) unify(x[x.length - i], y[y.length - i]);
        const k = bcast(known_);
        if (arr && k && k.length) a.args.forEach((x, i) => !ss[i] && assign(x, like(x, k)));
        return bcast(ss);
      }
      case 'bin': {
        // a matrix product's operands are arrays, but a factor of an elementwise product there is not
        // made one: in `lam * w @ w` the coefficient lam stays a scalar (w already makes the array)
        const matmul = a.op === '@' || a.op === 'solve';
        const sa = shapeOf(a.a, arr || (matmul && !scaled(a.a)));
        const sb = shapeOf(a.b, arr || (matmul && !scaled(a.b)));
        switch (a.op) {
          case '+':
          case '-':
            if (sa && sb) for (let i = 1; i <= Math.min(sa.length, sb.length); i++) unify(sa[sa.length - i], sb[sb.length - i]);
            if (sa && !sb) assign(a.b, like(a.b, sa));
            if (sb && !sa) assign(a.a, like(a.a, sb));
            return bcast([sa, sb]);
          case '*':
          case '/':
          case '^':
          case 'mdiv':
          case 'mpow':
            if (sa && sb) for (let i = 1; i <= Math.min(sa.length, sb.length); i++) unify(sa[sa.length - i], sb[sb.length - i]);
            // inside a reduction, y * log(p) makes y an array; a divisor (/ n) or an exponent stays a scalar
            if (arr && sa && !sb && a.op === '*') assign(a.b, like(a.b, sa));
            if (arr && sb && !sa) assign(a.a, like(a.a, sb));
            return bcast([sa, sb]);
          case 'star':
            if (sa && sb && sa.length && sb.length) unify(sa[sa.length - 1], sb[0]);
            if (sa && sb) return sa.length && sb.length ? mm(sa, sb) : bcast([sa, sb]);
            if (!sa && upper(varName(a.a))) assign(a.a, () => (sb && sb.length ? [fresh(), sb[0]] : [fresh(), fresh()]));
            // x' * A: x is a vector of A's rows; x' * A with x known: A has x's length as rows
            if (!sa && a.a.k === 'T' && sb && sb.length === 2) assign(a.a.a, () => [sb[0]]);
            // y' * log(h): an inner product, y as long as h
            if (!sa && a.a.k === 'T' && sb && sb.length === 1) assign(a.a.a, () => [sb[0]]);
            if (sa && sa.length === 1 && !sb && upper(varName(a.b))) assign(a.b, () => [sa[0], fresh()]);
            if (sa && sa.length === 2 && !sb) assign(a.b, () => (upper(varName(a.b)) ? [sa[1], fresh()] : [sa[1]]));
            return undefined;
          case '@':
            if (sa && sb && sa.length && sb.length) unify(sa[sa.length - 1], sb[0]);
            if (sa && sb) return mm(sa, sb);
            if (!sa) assign(a.a, () => (upper(varName(a.a)) ? [fresh(), sb?.[0] ?? fresh()] : [sb?.[0] ?? fresh()]));
            else if (!sb) assign(a.b, () => (upper(varName(a.b)) ? [sa[sa.length - 1], fresh()] : [sa[sa.length - 1]]));
            return undefined;
          case 'solve':
            if (!sa)
              assign(a.a, () => {
                const d = sb?.[0] ?? fresh();
                return [d, d];
              });
            if (sa && !sb) assign(a.b, () => (upper(varName(a.b)) ? [sa[0], fresh()] : [sa[0]]));
            return sb;
        }
        return undefined;
      }
      case 'index': {
        const s = shapeOf(a.a, true);
        if (!s) {
          const rank = Math.max(a.index.length, upper(varName(a.a)) ? 2 : 1);
          assign(a.a, () => Array.from({ length: rank }, fresh));
          return undefined;
        }
        return s; // exact shape comes from the builder
      }
      case 'setindex': {
        // x(i) = v: x is an array of at least as many axes as indices, and keeps its shape
        shapeOf(a.value, true);
        const s = shapeOf(a.a, true);
        if (!s) assign(a.a, () => Array.from({ length: Math.max(a.index.length, upper(varName(a.a)) ? 2 : 1) }, fresh));
        return s;
      }
      case 'gather': {
        const s = shapeOf(a.a, true);
        if (!s) assign(a.a, () => [fresh(), fresh()]);
        if (a.labels.k === 'var') labels.add(a.labels.name);
        const l = shapeOf(a.labels, true);
        if (s && !l) assign(a.labels, () => [s[0]]);
        return s && [s[0]];
      }
      case 'fn': {
        if (a.fn === 'arange') return undefined;
        const ss = a.args.map((x) => shapeOf(x, true));
        const x = a.args[0];
        switch (a.fn) {
          case 'trace':
          case 'det':
          case 'logdet':
          case 'slogdet':
          case 'inv':
            if (ss[0]?.length === 2) unify(ss[0][0], ss[0][1]);
            if (!ss[0])
              assign(x, () => {
                const d = fresh();
                return [d, d];
              });
            return a.fn === 'inv' ? ss[0] : [];
          case 'outer':
            a.args.forEach((y, i) => !ss[i] && assign(y, () => [fresh()]));
            return ss[0] && ss[1] ? [ss[0][0], ss[1][0]] : undefined;
          case 'solve':
            if (!ss[0])
              assign(x, () => {
                const d = ss[1]?.[0] ?? fresh();
                return [d, d];
              });
            if (ss[0] && !ss[1]) assign(a.args[1], () => (upper(varName(a.args[1])) ? [ss[0]![0], fresh()] : [ss[0]![0]]));
            return ss[1];
          default:
            // a reduction's operand is an array: every unknown name in its elementwise terms too
            if (!ss[0]) deep(x, a.axes && a.axes.length ? () => () => [fresh(), fresh()] : vec);
            return undefined;
        }
      }
    }
  };
  const hinted = [...arrays];
  for (let round = 0; round < 100; round++) {
    changed = false;
    for (const ast of asts) shapeOf(ast, false);
    if (changed) continue;
    // nothing more from the uses: the next array name without a shape gets one, then the uses again
    const next = hinted.find((v) => !known.has(v) && !defined[v]);
    if (!next) break;
    known.set(next, upper(next) ? [fresh(), fresh()] : [fresh()]);
  }
  const defaulted: string[] = [];
  for (const ast of asts)
    for (const v of variablesOf(ast)) {
      if (!known.has(v) && !defined[v]) {
        known.set(v, []);
        defaulted.push(v);
      }
    }
  return { shapes: Object.fromEntries(known), labels, defaulted };
}

/** An elementwise product or quotient: its factors need not be arrays for it to be one. */
const scaled = (a: Ast): boolean => a.k === 'bin' && (a.op === '*' || a.op === '/');

function varName(a: Ast): string {
  if (a.k === 'neg') return varName(a.a); // -X * theta: X is the matrix
  return a.k === 'var' ? a.name : a.k === 'T' && a.a.k === 'var' ? a.a.name : '';
}

function mm(a: Shape, b: Shape): Shape | undefined {
  if (!a.length || !b.length) return undefined;
  return [...(a.length === 2 ? [a[0]] : []), ...(b.length === 2 ? [b[1]] : [])];
}
