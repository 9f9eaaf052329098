// Analysis of detected math with its dataflow context, shared by the hover and `inspect`: picks the
// point (given values, else numbers assigned in the code, else DEFAULT_VALUE) and decides which
// assigned numbers are constants.
import { COUNT_NAME } from '../syntax';
import { analyze, type Analysis, type HelperFunction } from '../analyze';
import type { MathAt } from '../document';
import { BudgetError, InputError, type Point } from '../types';
import { has, names } from '../names';

/** Root inputs take these values (in name order) unless a point is given: inside every domain we know,
 * and distinct, so that `hypot(x2 - x1, y2 - y1)` is not evaluated at its kink. */
export const DEFAULT_VALUES = [0.5, 0.8, 1.1, 1.4, 0.3, 0.6, 0.9, 1.2];
export const DEFAULT_VALUE = DEFAULT_VALUES[0];
/** `len_xs`, `length(xs)`: a number of elements starts at 10. */
export const DEFAULT_COUNT = 10;

export interface FoundAnalysis {
  analysis: Analysis;
  point: Point;
  /** The definitions analyzed with (constants included). */
  where: Record<string, string>;
  /** Names treated as constants (not variables). */
  constants: Record<string, number>;
  /** Values of the point that are numbers assigned in the code (not defaults). */
  fromCode: string[];
  /** Said when only the nearest `maxFollowed` definitions were followed (what was cut, and why). */
  cut?: string;
}

const NAME = /^[\p{L}_$][\p{L}\p{N}_$]*$/u; // `$` only reaches here from languages whose names hold it (JavaScript)
const PLAIN_NUMBER = /^\s*-?\s*(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;

/**
 * Numbers assigned in scope are constants (`g = 9.81`), unless that leaves nothing to differentiate
 * (a script of `x, y = 1.5, 0.75; w1 = 0.8; …`): then they are the inputs, at their assigned values.
 */
export function analyzeFound(found: MathAt, at?: Point, limits: { maxFollowed?: number } = {}): FoundAnalysis {
  const { functions } = found.context;
  const lang = found.lang;
  const followed = Object.entries(found.context.where).filter(([k]) => NAME.test(k));
  // definitions come nearest first: a bound keeps the closest ones, earlier names become inputs
  const max = limits.maxFollowed ?? Infinity;
  const cut =
    followed.length > max
      ? `totals follow the ${max} nearest of ${followed.length} assignments; ${followed
          .slice(max, max + 2)
          .map(([k]) => (has(found.context.renamed, k) ? found.context.renamed[k] : k))
          .join(
            ', ',
          )}${followed.length > max + 2 ? ' and the others' : ''} are taken as inputs (a hover stays within its budget; the command line's inspect follows them all)`
      : undefined;
  let where: Record<string, string> = names(followed.slice(0, max));
  let constants: Record<string, number> = names(Object.entries(found.context.constants).filter(([k]) => has(where, k)));
  const growth = Math.max(inlineGrowth(found.parseText, functions), ...Object.values(where).map((w) => inlineGrowth(w, functions)));
  if (growth > MAX_INLINE_GROWTH)
    throw new BudgetError('expression too large: inlining its helper functions would repeat an argument more than 50000 times');
  let probe = analyze(found.parseText, { lang, where, functions });
  let roots = (probe.totalVariables ?? probe.variables).filter((v) => !has(constants, v));
  // a name the budget cut off whose value the code fixes (a long chain of numbers) is no input of its
  // own: it takes that value, and it alone does not keep the assigned numbers from being the inputs
  const known = found.context.constants;
  const cutKnown = (v: string) => !has(where, v) && has(known, v);
  const assigned: Point = names();
  // the numbers become the inputs; definitions folded from them (`z = w*x + b`) are definitions again
  // (not those declared constant: `const c2 = c1 * 1.525` is a number, with nothing to differentiate)
  const fixed = new Set(found.context.fixed ?? []);
  const plain = names(Object.entries(constants).filter(([k]) => PLAIN_NUMBER.test(where[k]) && !fixed.has(k)));
  if (roots.every(cutKnown) && Object.keys(plain).length) {
    Object.assign(assigned, plain);
    where = names(Object.entries(where).filter(([k]) => !has(plain, k)));
    // a declared constant stays one unless its value reads an input (`const z = w * x + 1` under `let w = 0.5`)
    const reads = (k: string, seen: Set<string>): boolean =>
      (where[k] ?? '').match(/[A-Za-z_$][\w$]*/g)?.some((n) => has(plain, n) || (has(where, n) && !seen.has(n) && reads(n, seen.add(n)))) ??
      false;
    constants = names(Object.entries(constants).filter(([k]) => fixed.has(k) && !reads(k, new Set([k]))));
    probe = analyze(found.parseText, { lang, where, functions });
    roots = (probe.totalVariables ?? probe.variables).filter((v) => !has(constants, v));
  }
  const point: Point = names();
  const fromCode: string[] = [];
  let k = 0;
  const valueOf = (v: string) => {
    if (at && has(at, v)) return at[v];
    if (has(assigned, v)) {
      fromCode.push(v);
      return assigned[v];
    }
    if (cutKnown(v)) {
      fromCode.push(v);
      return known[v];
    }
    const defaults = found.context.defaults;
    if (defaults && has(defaults, v)) {
      fromCode.push(v);
      return defaults[v];
    }
    if (COUNT_NAME.test(v)) return DEFAULT_COUNT;
    return DEFAULT_VALUES[k++ % DEFAULT_VALUES.length];
  };
  for (const v of roots) point[v] = valueOf(v);
  for (const v of probe.variables) if (!has(where, v) && !has(point, v)) point[v] = valueOf(v);
  if (at) for (const [k, v] of Object.entries(at)) if (!has(where, k) || has(constants, k)) point[k] = v;
  let analysis: Analysis;
  try {
    analysis = analyze(found.parseText, { lang, where, functions, at: point });
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    analysis = probe; // no values (a definition needs something that cannot be evaluated)
  }
  return { analysis, point, where, constants, fromCode, ...(cut ? { cut } : {}) };
}

/** Expanded size beyond which inlining helper calls is refused (the hover says "too large"). */
export const MAX_INLINE_GROWTH = 50_000;

/**
 * How many copies of its innermost argument inlining helper calls would make: each helper that uses
 * a parameter k times multiplies what is passed to it by k (`g(g(g(x)))` with `g(u) = u*u + u`
 * grows as 2³). Inlining works on trees, so this must stay small before the analysis runs.
 */
export function inlineGrowth(text: string, functions: Record<string, HelperFunction>, seen: string[] = []): number {
  if (!Object.keys(functions).length) return 1;
  // a name's methods (one per arity): the largest growth of any of them
  const factor = (f: string): number => {
    if (seen.includes(f) || seen.length > 16) return 1; // recursion is reported by the analysis
    return Math.max(
      ...[functions[f], ...(functions[f].methods ?? [])].map(({ params, body }) => {
        const uses = Math.max(
          1,
          ...params.map(
            (p) => (body.match(new RegExp(`(?<![\\p{L}\\p{N}_.])${p.replace(/[$]/g, '\\$')}(?![\\p{L}\\p{N}_])`, 'gu')) ?? []).length,
          ),
        );
        return uses * inlineGrowth(body, functions, [...seen, f]);
      }),
    );
  };
  const factors = new Map<string, number>();
  let max = 1;
  const stack: number[] = [];
  let product = 1;
  const re = /([\p{L}_][\p{L}\p{N}_]*)\s*\(|\(|\)/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === ')') {
      product /= stack.pop() ?? 1;
      continue;
    }
    let k = 1;
    if (m[1] && has(functions, m[1])) {
      if (!factors.has(m[1])) factors.set(m[1], factor(m[1]));
      k = factors.get(m[1])!;
    }
    stack.push(k);
    product *= k;
    if (product > max) max = product;
    if (max > MAX_INLINE_GROWTH) return max;
  }
  return max;
}
