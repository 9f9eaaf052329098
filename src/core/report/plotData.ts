// Sampled data for the tangent plots: along each variable (the others fixed at the point) f, ∂f/∂v
// and ∂²f/∂v², and for two variables f and its gradient on a grid. The host samples and the
// webview only draws, so the webview needs no engine and the slider never waits for the host.
import type { Note, Point } from '../types';
import type { PlotData, Slice, Surface } from './types';

/**
 * Evaluates at a point given as values in `variables` order; returns
 * [f, ∂f/∂v₁ … ∂f/∂vₙ, ∂²f/∂v₁² … ∂²f/∂vₙ²] (the engine's compiled tape, or anything equivalent).
 */
export type Evaluator = (values: number[]) => number[];

export interface PlotInput {
  source: string;
  expression: string;
  latex: string;
  variables: string[];
  point: Point;
  /** LaTeX of ∂f/∂v and ∂²f/∂v², by variable. */
  dfLatex: Record<string, string>;
  d2fLatex: Record<string, string>;
  evaluate: Evaluator;
  notes?: Note[];
  /** Samples per slice (odd, so the point is a sample). */
  samples?: number;
  /** Grid size per axis for the surface. */
  grid?: number;
}

const finite = (v: number): number | null => (Number.isFinite(v) ? v : null);

/** The interval shown around a coordinate: ±max(1, |x|) so both small and large values look sensible. */
export function sliceRange(x: number): [number, number] {
  const w = Math.max(1, Math.abs(x));
  return [x - w, x + w];
}

function linspace(a: number, b: number, n: number): number[] {
  return Array.from({ length: n }, (_, i) => a + ((b - a) * i) / (n - 1));
}

export function buildSlice(input: PlotInput, k: number): Slice {
  const { variables, point, evaluate } = input;
  const n = input.samples ?? 241;
  const v = variables[k];
  const [a, b] = sliceRange(point[v]);
  const xs = linspace(a, b, n);
  const index = (n - 1) / 2;
  xs[index] = point[v]; // exact, not a rounded midpoint
  const base = variables.map((u) => point[u]);
  const nv = variables.length;
  const f: (number | null)[] = [];
  const df: (number | null)[] = [];
  const d2f: (number | null)[] = [];
  for (const x of xs) {
    base[k] = x;
    const r = evaluate(base);
    f.push(finite(r[0]));
    df.push(finite(r[1 + k]));
    d2f.push(finite(r[1 + nv + k]));
  }
  return { variable: v, xs, f, df, d2f, index, dfLatex: input.dfLatex[v] ?? '', d2fLatex: input.d2fLatex[v] ?? '' };
}

export function buildSurface(input: PlotInput): Surface {
  const { variables, point, evaluate } = input;
  const n = input.grid ?? 41;
  const [x, y] = variables;
  const xs = linspace(...sliceRange(point[x]), n);
  const ys = linspace(...sliceRange(point[y]), n);
  const mid = (n - 1) / 2;
  xs[mid] = point[x];
  ys[mid] = point[y];
  const z: (number | null)[][] = [];
  const gx: (number | null)[][] = [];
  const gy: (number | null)[][] = [];
  for (const yy of ys) {
    const zr: (number | null)[] = [];
    const gxr: (number | null)[] = [];
    const gyr: (number | null)[] = [];
    for (const xx of xs) {
      const r = evaluate([xx, yy]);
      zr.push(finite(r[0]));
      gxr.push(finite(r[1]));
      gyr.push(finite(r[2]));
    }
    z.push(zr);
    gx.push(gxr);
    gy.push(gyr);
  }
  return { x, y, xs, ys, z, gx, gy, i: mid, j: mid };
}

/** Slices along every variable (up to `maxSlices`), plus the surface when there are exactly two. */
export function buildPlotData(input: PlotInput, maxSlices = 12): PlotData {
  const slices = input.variables.slice(0, maxSlices).map((_, k) => buildSlice(input, k));
  return {
    source: input.source,
    expression: input.expression,
    latex: input.latex,
    variables: input.variables,
    point: input.point,
    slices,
    surface: input.variables.length === 2 ? buildSurface(input) : undefined,
    notes: input.notes ?? [],
  };
}
