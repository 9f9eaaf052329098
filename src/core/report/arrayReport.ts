// Check Gradient on array code: random arrays of consistent shapes (seeded; symbolic dimensions get
// small sizes), the array engine's gradient against finite differences per element (random
// directions for large arrays), one row per array variable with its largest relative error and the
// worst element's index, and the error-vs-step plot along a random direction.
import { compileArray, usesArrayOps, type NDArray, type Shape } from '../array';
import { checkArrayGradient, concreteShapes, randomArrays, seeded, type ArrayGradientCheck } from '../numeric/arrayCheck';
import type { Lang, Note } from '../types';
import { stepSeries } from './buildReport';
import type { ComponentCheck, GradientReport } from './types';
import { names } from '../names';

export const ARRAY_SEED = 20261130;

/** Is this source array code (so Check Gradient must use the array engine)? */
export function isArraySource(source: string, lang: Lang, shapes?: Record<string, Shape>): boolean {
  // a name the code gives an array shape makes the expression array code (only the names it uses)
  const used = new Set(source.match(/[\p{L}_][\p{L}\p{N}_]*/gu) ?? []);
  if (shapes && Object.entries(shapes).some(([k, s]) => used.has(k) && s.length > 0)) return true;
  try {
    return usesArrayOps(source, lang);
  } catch {
    return false;
  }
}

export interface ArrayReportSource {
  source: string;
  lang: Lang;
  shapes?: Record<string, Shape>;
  target?: string;
}

/** The Check Gradient report of an array expression; throws the engine's InputError when it cannot read it. */
export function buildArrayReport(
  src: ArrayReportSource,
  opts: { rtol: number; atol: number; seed?: number; at?: Record<string, NDArray>; location?: { uri: string; line: number } },
): GradientReport {
  const seed = opts.seed ?? ARRAY_SEED;
  const c = compileArray(src.source, src.lang, src.shapes);
  const sizes = concreteShapes(c.shapes);
  const at = opts.at ?? randomArrays(sizes, seed);
  const value = c.value(at);
  if (typeof value !== 'number')
    throw new Error(
      `Check Gradient compares the gradient of a scalar; this expression is an array of shape (${sizes ? showDims(value) : ''})`,
    );
  const check = checkArrayGradient({ value: c.value, gradient: c.gradient }, at, {
    rtol: opts.rtol,
    atol: opts.atol,
    seed,
    variables: c.variables,
  });
  const components = check.variables.map<ComponentCheck>((v) => ({
    variable: v.variable,
    analytic: v.analytic,
    numericCentral: v.numeric,
    numeric: v.numeric,
    absError: v.maxAbsError,
    relError: v.maxRelError,
    ok: v.ok,
    note: rowNote(v),
  }));
  const notes: Note[] = [
    {
      kind: 'info',
      message: `random arrays (seed ${seed}): ${Object.entries(sizes)
        .map(([k, s]) => `${k} ${s.length ? s.join('×') : 'scalar'}`)
        .join(', ')}${symbolic(c.shapes)}; each row gives the largest relative error over the variable's elements`,
    },
  ];
  return {
    source: src.source,
    expression: src.source,
    latex: latexOf(src.source),
    variables: c.variables,
    point: names(Object.entries(at).filter((e): e is [string, number] => typeof e[1] === 'number')),
    value: Number.isFinite(value) ? value : null,
    partialsLatex: names(),
    rtol: opts.rtol,
    atol: opts.atol,
    method: check.method,
    components,
    ok: check.ok,
    notes,
    handwritten: [],
    errorVsStep: directionSeries(c, at, check, seed),
    arrays: { seed, shapes: sizes, variables: check.variables },
    ...(opts.location ? { location: opts.location } : {}),
  };
}

function showDims(v: NDArray): string {
  const out: number[] = [];
  for (let c: NDArray = v; Array.isArray(c); c = c[0]) out.push(c.length);
  return out.join('×');
}

function symbolic(shapes: Record<string, Shape>): string {
  const syms = [...new Set(Object.values(shapes).flatMap((s) => s.filter((d): d is string => typeof d === 'string')))];
  return syms.length ? ` (symbolic ${syms.join(', ')} drawn small)` : '';
}

function rowNote(v: ArrayGradientCheck['variables'][number]): string {
  const shape = v.shape.length ? `shape ${v.shape.join('×')}` : 'scalar';
  if (!v.shape.length) return v.note ?? shape;
  const where = v.worstIndex ? `; worst element [${v.worstIndex.join(', ')}]` : '';
  return `${shape}, ${v.method}${where}${v.note ? `; ${v.note}` : ''}`;
}

/** The source shown as LaTeX text (the report's KaTeX line), escaped. */
function latexOf(source: string): string {
  return `\\texttt{${source.replace(/[\\{}$&#^_%~]/g, (c) => (c === '\\' ? '\\textbackslash{}' : c === '~' ? '\\textasciitilde{}' : c === '^' ? '\\textasciicircum{}' : `\\${c}`))}}`;
}

/** Error of forward and central differences along a random unit direction u of all the arrays. */
function directionSeries(
  c: { value(at: Record<string, NDArray>): NDArray },
  at: Record<string, NDArray>,
  check: ArrayGradientCheck,
  seed: number,
): GradientReport['errorVsStep'] {
  void check;
  const rnd = seeded(seed + 104729);
  const dirs = names(Object.entries(at).map(([k, x]) => [k, mapNested(x, () => rnd() * 2 - 1)] as const));
  const norm = Math.sqrt(Object.values(dirs).reduce<number>((s, d) => s + sumSq(d), 0)) || 1;
  const moved = (t: number) => names(Object.entries(at).map(([k, x]) => [k, zipNested(x, dirs[k], (a, d) => a + (t * d) / norm)] as const));
  const f = (p: Record<string, number>) => {
    const y = c.value(moved(p.t));
    return typeof y === 'number' ? y : NaN;
  };
  // the reference: the directional derivative from the engine's gradient
  const grads = (c as unknown as { gradient(at: Record<string, NDArray>): Record<string, NDArray> }).gradient(at);
  const ref = Object.entries(grads).reduce((s, [k, g]) => s + dotNested(g, dirs[k] ?? 0) / norm, 0);
  const series = stepSeries(f, { t: 0 }, 't', ref);
  return series ? { ...series, variable: 'u (a random direction)' } : null;
}

function mapNested(x: NDArray, f: (v: number) => number): NDArray {
  return Array.isArray(x) ? x.map((y) => mapNested(y, f)) : f(x);
}
function zipNested(x: NDArray, y: NDArray, f: (a: number, b: number) => number): NDArray {
  return Array.isArray(x) ? x.map((v, i) => zipNested(v, (y as NDArray[])[i], f)) : f(x, y as number);
}
function sumSq(x: NDArray): number {
  return Array.isArray(x) ? x.reduce<number>((s, y) => s + sumSq(y), 0) : x * x;
}
function dotNested(x: NDArray, y: NDArray): number {
  return Array.isArray(x) ? x.reduce<number>((s, v, i) => s + dotNested(v, (y as NDArray[])[i]), 0) : x * (y as number);
}
