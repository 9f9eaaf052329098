// What a hover shows, independent of how it was computed: markdown.ts renders it.
import type { Lang, Point } from '../types';

export interface DerivativeLine {
  /** `∂loss/∂y_hat` or `dloss/dw1`. */
  label: string;
  /** The variable differentiated against. */
  variable: string;
  /** The derivative printed in the hover's language. */
  text: string;
  /** Its value at the hover's point, when finite. */
  value?: number;
}

export interface HoverModel {
  /** Language the derivatives are printed in (the source language; `math` for comments; `latex`). */
  printLang: Lang;
  kind: 'code' | 'comment' | 'latex';
  /** What the user wrote, and where (1-based line). */
  source: string;
  line: number;
  /** Name the expression is assigned to (`loss`), or `f`. */
  target: string;
  /** The parsed expression printed back, so the user sees what was understood. */
  parsed: string;
  variables: string[];
  partials: DerivativeLine[];
  /** Subexpressions the partials share, named once (`s1 = erf(…)`), when they are long. */
  partialDefinitions?: string[];
  /** Total derivatives with respect to the root inputs, through the followed assignments. */
  totals?: {
    /** Shared definitions, named with the user's intermediates (`h = tanh(w1 * x)`). */
    definitions: string[];
    lines: DerivativeLine[];
    variables: string[];
    /** The assignments followed, as written (`h = np.tanh(w1 * x)`). */
    followed?: string[];
  };
  /** Tuple outputs: rows are outputs, columns the variables. */
  jacobian?: { outputs: string[]; variables: string[]; cells: string[][] };
  /** The point values are given at. */
  point: Point;
  /** Numbers assigned in scope, used as constants (not variables). */
  constants?: Point;
  notes: string[];
  /** SVG plot (already a data: URI). */
  plot?: string;
  /** Shown instead of derivatives when they could not be computed (budget, error). */
  problem?: string;
  /** Array code: every variable's shape (and where the code states it); an array line's backward pass. */
  array?: ArrayPart;
}

/** What array code adds: shapes, and for an array-valued line the backward pass (`dW1 = …`). */
export interface ArrayPart {
  shapes: { name: string; shape: string; from?: string }[];
  /** The same shapes as data, by variable (what Check Gradient draws its arrays with). */
  shapeOf: Record<string, (number | string)[]>;
  outputShape: string;
  /** every operation acts per element (the engine's `elementwise`) */
  elementwise?: boolean;
  backward?: { upstream: string; lines: DerivativeLine[] };
}

/** The command links a hover may carry; the extension passes their encoded arguments. */
export interface HoverLinks {
  checkGradient?: string;
  openPlot?: string;
  /** Copy link for the whole derivative text (built by the renderer, `copyDerivative` URI prefix given). */
  copyDerivativeCommand?: string;
}
