// The array engine's public types (shapes, nested values, the analysis answer).

/** A dimension: a number, or a symbolic size such as 'n' where nothing fixes a number. */
export type Dim = number | string;
/** A shape: [] is a scalar, [d] a vector, [m, n] a matrix. */
export type Shape = Dim[];
/** A value as nested lists, as in JSON. */
export type NDArray = number | NDArray[];

export interface ArrayAnalysis {
  variables: string[];
  /** Every variable's shape, inferred or given. */
  shapes: Record<string, Shape>;
  outputShape: Shape;
  /** Gradients of a scalar-valued output, printed in the `print` language. */
  partials: Record<string, string>;
  /** Array-valued output: `dX = …` with the upstream gradient `d<lhs>` (or `dout`). */
  backward?: { name: string; text: string }[];
  /** Gradient values at `at`, if given. */
  values?: Record<string, NDArray>;
  /** The expression's value at `at`, if given. */
  value?: NDArray;
  /** Totals through `where` assignments: gradients of the expression after substitution. */
  total?: Record<string, string>;
  /**
   * The totals as a reader writes them: through the code's own intermediate names where a total passes
   * through them (`(scores - Y) @ W2.T * (1 - h ** 2)`), for the hover and text output; `total` stays
   * in the inputs alone, so a script can evaluate it.
   */
  totalNamed?: Record<string, string>;
  totalValues?: Record<string, NDArray>;
  /**
   * Every operation applies per element (no product, reduction, index or transpose; broadcasting
   * only of scalars), so each element's derivatives are the scalar reading's.
   */
  elementwise?: boolean;
  notes: string[];
  /**
   * The same gradients (or backward forms) with each repeated subexpression named once, for reading:
   * `definitions` first (z1 = …), then `partials` / `backward` texts that use them.
   */
  shared?: { definitions: { name: string; text: string }[]; partials: Record<string, string> };
}

export interface ArrayOptions {
  shapes?: Record<string, Shape>;
  at?: Record<string, NDArray>;
  wrt?: string[];
  where?: { name: string; text: string }[];
  print?: import('../types').Lang;
  lhs?: string;
}
