// The models the panel shows: a Check Gradient report and the sampled data of a tangent plot.
// Plain JSON (numbers, strings, arrays; non-finite values as null) so they cross the webview
// message boundary unchanged and survive `vscode.setState` after a reload.
import type { FileNote, PairResult } from '../gradients/types';
import type { ArrayVariableCheck } from '../numeric/arrayCheck';
import type { Note, Point } from '../types';

/** One variable's row: the symbolic derivative against finite differences at the point. */
export interface ComponentCheck {
  variable: string;
  /** ∂f/∂variable from the symbolic derivative (null when not finite). */
  analytic: number | null;
  /** Central difference with the default step. */
  numericCentral: number | null;
  /** The more accurate scheme (Richardson extrapolation) used for the verdict. */
  numeric: number | null;
  absError: number | null;
  relError: number | null;
  ok: boolean;
  note?: string;
}

/** A derivative written by hand in the code, compared with the symbolic derivative. */
export interface HandwrittenComponent {
  variable: string;
  /** The value the hand-written code computes. */
  value: number | null;
  /** What it should be (the symbolic derivative). */
  expected: number | null;
  absError: number | null;
  relError: number | null;
  ok: boolean;
  /** 0-based line of the code that computes this component, in the document. */
  line: number;
  /** The hand-written text of this component, as it appears in the code. */
  text: string;
}

export interface HandwrittenCheck {
  /** The name in the code: `grad_f`, `df_dx`, `dloss_dw`... */
  name: string;
  /** 0-based line where it is defined. */
  line: number;
  components: HandwrittenComponent[];
  ok: boolean;
  /** Why it could not be checked (it did not parse, it uses unknown names...). */
  error?: string;
}

/** Error of forward and central differences against the symbolic value, over a range of steps h. */
export interface ErrorVsStep {
  variable: string;
  h: number[];
  forward: (number | null)[];
  central: (number | null)[];
  /** The step the check used (marked on the plot). */
  chosenH: number;
  /** Fitted log-log slopes in the truncation regime: ≈ 1 forward, ≈ 2 central (null when too few points). */
  slopeForward: number | null;
  slopeCentral: number | null;
  /** Where round-off takes over: the smallest error reached by central differences. */
  floor: number | null;
  /** ε·|f| at the point: central differences' round-off error is about roundOff / h (a slope of −1). */
  roundOff: number | null;
}

export interface GradientReport {
  /** The expression as written in the code (or typed by the user). */
  source: string;
  /** The expression in the engine's mathjs syntax, after dataflow substitution. */
  expression: string;
  latex: string;
  variables: string[];
  point: Point;
  value: number | null;
  /** LaTeX of each partial derivative, by variable. */
  partialsLatex: Record<string, string>;
  rtol: number;
  atol: number;
  method: string;
  components: ComponentCheck[];
  ok: boolean;
  notes: Note[];
  handwritten: HandwrittenCheck[];
  errorVsStep: ErrorVsStep | null;
  /** Where the expression came from, so that links can reveal lines. */
  location?: { uri: string; line: number };
  /** The objective/gradient pairs of the same file with their verdicts. */
  pairs?: PairsReport;
  /** Array code: the seeded random arrays' shapes and, per variable, the worst element. */
  arrays?: { seed: number; shapes: Record<string, number[]>; variables: ArrayVariableCheck[] };
}

/** The objective/gradient pairs of a file (src/core/gradients), as the report shows them. */
export interface PairsReport {
  /** The document, for links to lines (the pairs' lines are 1-based, as the engine gives them). */
  uri: string;
  /** The file's name, for headings. */
  file: string;
  pairs: PairResult[];
  notes: FileNote[];
  rtol: number;
  atol: number;
  ok: boolean;
  /** The pair the report was opened for (a CodeLens): shown first and marked. */
  focus?: number;
}

/** f, f' and f'' sampled along one variable, others fixed at the point. */
export interface Slice {
  variable: string;
  xs: number[];
  f: (number | null)[];
  df: (number | null)[];
  d2f: (number | null)[];
  /** Index in xs of the point's own value (where the slider starts). */
  index: number;
  /** LaTeX of ∂f/∂v and ∂²f/∂v². */
  dfLatex: string;
  d2fLatex: string;
}

/** f and its gradient on a grid over two variables: `z[j][i] = f(xs[i], ys[j])`. */
export interface Surface {
  x: string;
  y: string;
  xs: number[];
  ys: number[];
  z: (number | null)[][];
  gx: (number | null)[][];
  gy: (number | null)[][];
  /** Grid indices of the point. */
  i: number;
  j: number;
}

export interface PlotData {
  source: string;
  expression: string;
  latex: string;
  variables: string[];
  point: Point;
  slices: Slice[];
  surface?: Surface;
  notes: Note[];
}
