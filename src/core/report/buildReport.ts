// The Check Gradient report: the symbolic gradient (analyze, with the code's dataflow) against
// careful finite differences (numeric/checkGradient), the error-vs-step series of one variable,
// and any hand-written derivatives found in the document, evaluated from their text.
import { analyze, type HelperFunction } from '../analyze';
import { compile, gradient, notesAt, print, printLatex, type Expr } from '../expr';
import { checkGradient, errorVsStep } from '../numeric';
import type { Lang, Point } from '../types';
import { findHandwritten } from './handwritten';
import { errorFloor, truncationSlope } from './slopes';
import type { ComponentCheck, ErrorVsStep, GradientReport, HandwrittenCheck } from './types';
import { has, names, namesOf } from '../names';
import { buildArrayReport, isArraySource } from './arrayReport';

/** The expression and its dataflow context, as the hover and findMathAt hand it over. */
export interface ReportSource {
  source: string;
  lang: Lang;
  where?: Record<string, string>;
  functions?: Record<string, HelperFunction>;
  /** The name the expression is assigned to or returned from (`f`, `loss`): names `grad_f`, `dloss_dw`. */
  target?: string;
  /** Array code: the shapes the code states (symbolic dimensions allowed). */
  shapes?: Record<string, (number | string)[]>;
}

/** The expression after dataflow: what is differentiated, and by which variables. */
export interface Differentiable {
  expr: Expr;
  variables: string[];
  partials: Expr[];
  latex: string;
  partialsLatex: Record<string, string>;
}

const finite = (v: number | undefined): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** Analyzes the source; with dataflow, the expression with its earlier assignments substituted. */
export function differentiable(src: ReportSource): Differentiable {
  const a = analyze(src.source, { lang: src.lang, where: src.where, functions: src.functions });
  const expr = a.totalExpr ?? a.expr;
  const variables = a.totalVariables ?? a.variables;
  const partials = a.total ? variables.map((v) => a.total![v]) : variables.map((v) => a.partials[v]);
  const partialsLatex: Record<string, string> = names();
  variables.forEach((v, k) => {
    partialsLatex[v] = printLatex(partials[k], variables);
  });
  return { expr, variables, partials, latex: printLatex(expr, variables), partialsLatex };
}

export interface ReportOptions {
  rtol: number;
  atol: number;
  /** The whole document, to look for hand-written derivatives (omit for typed expressions). */
  documentText?: string;
  /** Names of hand-written derivatives the user chose, besides the usual spellings. */
  handwrittenNames?: string[];
  location?: { uri: string; line: number };
}

export function buildReport(src: ReportSource, point: Point, opts: ReportOptions): GradientReport {
  // array code is checked with arrays (the scalar engine would read it one element at a time)
  if (isArraySource(src.source, src.lang, src.shapes))
    return buildArrayReport(src, { rtol: opts.rtol, atol: opts.atol, location: opts.location });
  const d = differentiable(src);
  const { variables } = d;
  const tape = compile([d.expr, ...d.partials], variables);
  const at = (p: Point) => tape(variables.map((v) => p[v]));
  const f = (p: Point) => at(p)[0];
  const values = at(point);
  const analytic: Record<string, number> = names();
  variables.forEach((v, k) => {
    analytic[v] = values[1 + k];
  });
  const check = checkGradient(f, point, analytic, { rtol: opts.rtol, atol: opts.atol, variables });
  const components: ComponentCheck[] = check.components.map((c) => ({
    variable: c.variable,
    analytic: finite(c.analytic),
    numericCentral: finite(c.numericCentral),
    numeric: finite(c.numeric),
    absError: finite(c.absError),
    relError: finite(c.relError),
    ok: c.ok,
    ...(c.note ? { note: c.note } : {}),
  }));
  const handwritten = opts.documentText ? checkHandwritten(src, opts.documentText, variables, point, analytic, opts) : [];
  // The plot shows the variable most worth looking at: the first failing one, else the first.
  const shown = components.find((c) => !c.ok)?.variable ?? variables[0];
  return {
    source: src.source,
    expression: print(d.expr, { variables }),
    latex: d.latex,
    variables,
    point,
    value: finite(values[0]),
    partialsLatex: d.partialsLatex,
    rtol: opts.rtol,
    atol: opts.atol,
    method: check.method,
    components,
    ok: check.ok && handwritten.every((h) => h.ok),
    notes: notesAt(d.expr, point),
    handwritten,
    errorVsStep: shown === undefined ? null : stepSeries(f, point, shown, analytic[shown]),
    ...(opts.location ? { location: opts.location } : {}),
  };
}

/** Error of forward and central differences against the symbolic value over h, with fitted slopes. */
export function stepSeries(f: (p: Point) => number, point: Point, variable: string, reference: number): ErrorVsStep | null {
  if (!Number.isFinite(reference)) return null;
  const s = errorVsStep(f, point, variable, undefined, reference);
  const forward = s.forward.map((e) => finite(e));
  const central = s.central.map((e) => finite(e));
  return {
    variable,
    h: s.h,
    forward,
    central,
    chosenH: s.chosenH,
    slopeForward: truncationSlope(s.h, forward),
    slopeCentral: truncationSlope(s.h, central),
    floor: errorFloor(central),
    roundOff: roundOffScale(f(point)),
  };
}

/** ε·|f|: each evaluation of f is off by about that much, so a difference quotient by about ε·|f|/h. */
function roundOffScale(f0: number): number | null {
  return Number.isFinite(f0) && f0 !== 0 ? Number.EPSILON * Math.abs(f0) : null;
}

/** Hand-written components agree when they match the symbolic value up to the user's tolerances. */
function agrees(value: number, expected: number, rtol: number, atol: number): boolean {
  // Two exact formulas differ only by rounding: a few ulps on top of the user's tolerances.
  return Math.abs(value - expected) <= atol + Math.max(rtol, 1e-12) * Math.max(Math.abs(value), Math.abs(expected));
}

function checkHandwritten(
  src: ReportSource,
  text: string,
  variables: string[],
  point: Point,
  analytic: Record<string, number>,
  opts: ReportOptions,
): HandwrittenCheck[] {
  const target = src.target ?? 'f';
  const found = findHandwritten(text, target, variables, opts.handwrittenNames ?? []);
  return found.map((h) => {
    const where: Record<string, string> = names(h.locals.map((l) => [l.name, l.text] as const));
    // A function's parameters may name the variables differently (def grad(a, b) for f(x, y)).
    const at: Point = namesOf(point);
    h.params?.forEach((p, k) => {
      if (!has(at, p) && variables[k] !== undefined) at[p] = point[variables[k]];
    });
    let error: string | undefined;
    const components = h.components.map((c) => {
      const expected = finite(analytic[c.variable]);
      let value: number | null = null;
      try {
        value = finite(analyze(c.text, { lang: src.lang, where, functions: src.functions, at }).value);
      } catch (e) {
        error ??= `${h.name}: could not evaluate '${c.text}' (line ${c.line + 1}): ${(e as Error).message}`;
      }
      const ok = value !== null && expected !== null && agrees(value, expected, opts.rtol, opts.atol);
      const absError = value !== null && expected !== null ? Math.abs(value - expected) : null;
      const relError = absError !== null && expected !== null && expected !== 0 ? absError / Math.abs(expected) : null;
      return { variable: c.variable, value, expected, absError, relError, ok, line: c.line, text: c.text };
    });
    return { name: h.name, line: h.line, components, ok: components.every((c) => c.ok), ...(error ? { error } : {}) };
  });
}

/** Second derivatives along each variable, for the Taylor parabola of the plots. */
export function secondPartials(d: Differentiable): Expr[] {
  return d.variables.map((v, k) => gradient(d.partials[k], [v])[0]);
}
