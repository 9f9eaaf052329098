// Analysis of detected math with its dataflow context, shared by the hover and `inspect`: picks the
// point (given values, else numbers assigned in the code, else DEFAULT_VALUE) and decides which
// assigned numbers are constants.
import { analyze, type Analysis } from '../analyze';
import type { MathAt } from '../document';
import { InputError, type Point } from '../types';

/** Root inputs take these values (in name order) unless a point is given: inside every domain we know,
 * and distinct, so that `hypot(x2 - x1, y2 - y1)` is not evaluated at its kink. */
export const DEFAULT_VALUES = [0.5, 0.8, 1.1, 1.4, 0.3, 0.6, 0.9, 1.2];
export const DEFAULT_VALUE = DEFAULT_VALUES[0];

export interface FoundAnalysis {
  analysis: Analysis;
  point: Point;
  /** The definitions analyzed with (constants included). */
  where: Record<string, string>;
  /** Names treated as constants (not variables). */
  constants: Record<string, number>;
  /** Values of the point that are numbers assigned in the code (not defaults). */
  fromCode: string[];
}

const NAME = /^[\p{L}_][\p{L}\p{N}_]*$/u;

/**
 * Numbers assigned in scope are constants (`g = 9.81`), unless that leaves nothing to differentiate
 * (a script of `x, y = 1.5, 0.75; w1 = 0.8; …`): then they are the inputs, at their assigned values.
 */
export function analyzeFound(found: MathAt, at?: Point): FoundAnalysis {
  const { functions } = found.context;
  const lang = found.lang;
  let where: Record<string, string> = {};
  for (const [k, v] of Object.entries(found.context.where)) if (NAME.test(k)) where[k] = v;
  let constants: Record<string, number> = {};
  for (const [k, v] of Object.entries(found.context.constants)) if (k in where) constants[k] = v;
  let probe = analyze(found.parseText, { lang, where, functions });
  let roots = (probe.totalVariables ?? probe.variables).filter((v) => !(v in constants));
  const assigned: Point = {};
  if (!roots.length && Object.keys(constants).length) {
    Object.assign(assigned, constants);
    where = Object.fromEntries(Object.entries(where).filter(([k]) => !(k in constants)));
    constants = {};
    probe = analyze(found.parseText, { lang, where, functions });
    roots = probe.totalVariables ?? probe.variables;
  }
  const point: Point = {};
  const fromCode: string[] = [];
  let k = 0;
  const valueOf = (v: string) => {
    if (at && v in at) return at[v];
    if (v in assigned) { fromCode.push(v); return assigned[v]; }
    return DEFAULT_VALUES[k++ % DEFAULT_VALUES.length];
  };
  for (const v of roots) point[v] = valueOf(v);
  for (const v of probe.variables) if (!(v in where) && !(v in point)) point[v] = valueOf(v);
  if (at) for (const [k, v] of Object.entries(at)) if (!(k in where) || k in constants) point[k] = v;
  let analysis: Analysis;
  try {
    analysis = analyze(found.parseText, { lang, where, functions, at: point });
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    analysis = probe; // no values (a definition needs something that cannot be evaluated)
  }
  return { analysis, point, where, constants, fromCode };
}
