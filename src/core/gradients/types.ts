// The contract of gradient pairing (issue #10): what `check-file --json` prints, what the extension's
// diagnostics, CodeLens and the Check Gradient report read. Plain JSON (non-finite numbers as null).
// Lines are 1-based here, as the CLI contract says; the extension converts to VS Code's 0-based.
import type { Lang } from '../types';

/** A value of an objective's parameter: a scalar or a (nested) array, as in `--at "x=[-1.2,1.0],a=2"`. */
export type ParamValue = number | ParamValue[];
export type ParamPoint = Record<string, ParamValue>;

/** A function of the file as the pairing saw it (for the Pair Gradient… quick pick, too). */
export interface FunctionSite {
  name: string;
  /** 1-based line of its definition. */
  line: number;
}

export interface ComponentResult {
  /** As the objective's source spells it: `x[0]` (Python, C, JS), `x[1]` (Julia, R), `x(1)` (MATLAB), `a`. */
  variable: string;
  /** 1-based line of the hand-written component (the element write, the list entry). */
  line: number;
  /** The hand-written value at the worst point (null when not finite or not computable). */
  handwritten: number | null;
  /** The objective's derivative at the same point. */
  expected: number | null;
  relError: number | null;
  ok: boolean;
  /** Index into the pair's `points` of the point these values are from (the worst one). */
  point?: number;
  /** A sentence for a diagnostic: "∂rosen/∂x[1] written here is 180, the derivative is 200 at x0 = [-1.2, 1]". */
  message?: string;
}

export interface PairResult {
  objective: FunctionSite;
  gradient: FunctionSite;
  /** How the pair was found, in words: "minimize(rosen, x0, jac=rosen_der) at line 12", "name rosen_der", "by hand". */
  pairing: string;
  /** The coordinates compared, spelled as the objective's source spells them. */
  variables: string[];
  /** The points checked (the call's x0 first when there is one). */
  points: ParamPoint[];
  ok: boolean;
  components: ComponentResult[];
  /** Why a pair could not be (fully) checked: what and where. */
  error?: string;
  /** What the verdict assumed, e.g. "the length of x is not known from the text: checked with 4 components". */
  note?: string;
}

export interface FileNote {
  /** 1-based line. */
  line: number;
  message: string;
}

export interface FileResult {
  file: string;
  lang: Lang;
  pairs: PairResult[];
  notes: FileNote[];
}

export interface CheckFileResult {
  files: FileResult[];
  ok: boolean;
}

export interface CheckPairsOptions {
  /** Pairs named by the user (`--pair OBJECTIVE:GRADIENT`, or the Pair Gradient… command). */
  pairs?: { objective: string; gradient: string }[];
  /** Values for the objective's parameters; without it, the call's x0 and deterministic random points. */
  at?: ParamPoint;
  rtol?: number;
  atol?: number;
}
