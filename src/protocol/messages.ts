// The typed message protocol between the extension host and the panel's webview pages, with the
// validator both sides run on every message they receive (malformed messages are rejected, never
// half-applied). No 'vscode' import: webview/ bundles this file.
import type { GradientReport, PairsReport, PlotData } from '../core/report/types';
import { array, bool, Check, int, literal, num, numOrNull, object, optional, record, str, tagged } from './schema';

/** Which page a webview shows (set on <body data-view> by the host). */
export type ViewKind = 'report' | 'plot' | 'sidebar';

/** What the side bar shows for the expression under the cursor. */
export interface SidebarState {
  /** Why there is nothing to show (no math under the cursor, a parse error with its column...). */
  message?: string;
  source?: string;
  latex?: string;
  partials?: { variable: string; latex: string; value: number | null }[];
  value?: number | null;
  /** 0-based line of the expression in the document. */
  line?: number;
  plot?: PlotData;
}

export type ToWebview =
  | { type: 'report'; report: GradientReport }
  /** The objective/gradient pairs of a file (Check Paired Gradients, a CodeLens). */
  | { type: 'pairs'; report: PairsReport }
  | { type: 'plot'; plot: PlotData }
  | { type: 'sidebar'; state: SidebarState }
  | { type: 'error'; message: string };

export type FromWebview =
  | { type: 'ready' }
  /** Reveal a line of the document the report came from (links to wrong hand-written components). */
  | { type: 'reveal'; uri: string; line: number }
  /** The user changed the tolerances in the report: recompute the verdicts. */
  | { type: 'setTolerances'; rtol: number; atol: number }
  /** The side bar's "Open plot" button. */
  | { type: 'openPlot' };

function nonNegative(check: Check): Check {
  return (v, p) => check(v, p) ?? ((v as number) < 0 ? `${p} should be ≥ 0` : undefined);
}

const note = object({ kind: literal('kink', 'domain', 'nonfinite', 'info'), message: str });
const nums = array(numOrNull);
const point = record(num);

const componentCheck = object({
  variable: str,
  analytic: numOrNull,
  numericCentral: numOrNull,
  numeric: numOrNull,
  absError: numOrNull,
  relError: numOrNull,
  ok: bool,
  note: optional(str),
});

const handwrittenCheck = object({
  name: str,
  line: int,
  ok: bool,
  error: optional(str),
  components: array(
    object({
      variable: str,
      value: numOrNull,
      expected: numOrNull,
      absError: numOrNull,
      relError: numOrNull,
      ok: bool,
      line: int,
      text: str,
    }),
  ),
});

const errorVsStep = object({
  variable: str,
  h: array(num),
  forward: nums,
  central: nums,
  chosenH: num,
  slopeForward: numOrNull,
  slopeCentral: numOrNull,
  floor: numOrNull,
  roundOff: numOrNull,
});

/** A parameter's value: a number or a (nested) array of them. */
const paramValue: Check = (v, p) => (Array.isArray(v) ? array(paramValue, 100_000)(v, p) : num(v, p));
const site = object({ name: str, line: int });

const pairResult = object({
  objective: site,
  gradient: site,
  pairing: str,
  variables: array(str),
  points: array(record(paramValue)),
  ok: bool,
  error: optional(str),
  components: array(
    object({
      variable: str,
      line: int,
      handwritten: numOrNull,
      expected: numOrNull,
      relError: numOrNull,
      ok: bool,
      point: optional(int),
      message: optional(str),
    }),
  ),
});

const pairsReport: Check = object({
  uri: str,
  file: str,
  pairs: array(pairResult),
  notes: array(object({ line: int, message: str })),
  rtol: num,
  atol: num,
  ok: bool,
  focus: optional(int),
});

const report: Check = object({
  source: str,
  expression: str,
  latex: str,
  variables: array(str),
  point,
  value: numOrNull,
  partialsLatex: record(str),
  rtol: num,
  atol: num,
  method: str,
  components: array(componentCheck),
  ok: bool,
  notes: array(note),
  handwritten: array(handwrittenCheck),
  errorVsStep: (v, p) => (v === null ? undefined : errorVsStep(v, p)),
  location: optional(object({ uri: str, line: int })),
  pairs: optional(pairsReport),
});

const slice = object({
  variable: str,
  xs: array(num),
  f: nums,
  df: nums,
  d2f: nums,
  index: int,
  dfLatex: str,
  d2fLatex: str,
});

const surface = object({
  x: str,
  y: str,
  xs: array(num),
  ys: array(num),
  z: array(nums),
  gx: array(nums),
  gy: array(nums),
  i: int,
  j: int,
});

const plot: Check = object({
  source: str,
  expression: str,
  latex: str,
  variables: array(str),
  point,
  slices: array(slice),
  surface: optional(surface),
  notes: array(note),
});

const sidebarState = object({
  message: optional(str),
  source: optional(str),
  latex: optional(str),
  value: optional(numOrNull),
  partials: optional(array(object({ variable: str, latex: str, value: numOrNull }))),
  line: optional(int),
  plot: optional(plot),
});

const toWebview = tagged({
  report: object({ report }),
  pairs: object({ report: pairsReport }),
  plot: object({ plot }),
  sidebar: object({ state: sidebarState }),
  error: object({ message: str }),
});

const fromWebview = tagged({
  ready: object({}),
  reveal: object({ uri: str, line: nonNegative(int) }),
  setTolerances: object({ rtol: nonNegative(num), atol: nonNegative(num) }),
  openPlot: object({}),
});

/** The result of validating a message: the typed message, or why it was rejected. */
export type Parsed<T> = { ok: true; message: T } | { ok: false; error: string };

function parse<T>(check: Check, value: unknown): Parsed<T> {
  const error = check(value, 'message');
  return error ? { ok: false, error } : { ok: true, message: value as T };
}

/** Validates a message the webview received from the host. */
export function parseToWebview(value: unknown): Parsed<ToWebview> {
  return parse<ToWebview>(toWebview, value);
}

/** Validates a message the host received from a webview. */
export function parseFromWebview(value: unknown): Parsed<FromWebview> {
  return parse<FromWebview>(fromWebview, value);
}
