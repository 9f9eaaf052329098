// Small numeric helpers for the array tests (independent of the engine's own kernels).
import type { NDArray } from '../../../src/core/array';

export const flat = (v: NDArray): number[] => (Array.isArray(v) ? v.flatMap(flat) : [v]);

/** Rebuilds a nested value of the shape of `like` from flat data. */
export function like(v: NDArray, data: number[]): NDArray {
  let k = 0;
  const go = (x: NDArray): NDArray => (Array.isArray(x) ? x.map(go) : data[k++]);
  return go(v);
}

/** Central differences of f with respect to every element of at[name]. */
export function numericGradient(f: (at: Record<string, NDArray>) => number, at: Record<string, NDArray>, name: string, h = 1e-5): number[] {
  const x = flat(at[name]);
  return x.map((xi, i) => {
    const shifted = (t: number) =>
      f({
        ...at,
        [name]: like(
          at[name],
          x.map((v, j) => (j === i ? v + t : v)),
        ),
      });
    return (shifted(h) - shifted(-h)) / (2 * h);
  });
}

/** |a − b| within rtol·scale + atol, element by element; the message names the worst element. */
export function assertClose(actual: number[], expected: number[], what: string, rtol = 1e-6, atol = 1e-8): void {
  if (actual.length !== expected.length) throw new Error(`${what}: ${actual.length} elements, expected ${expected.length}`);
  const scale = Math.max(1, ...expected.map(Math.abs));
  actual.forEach((a, i) => {
    const e = expected[i];
    if (!(Math.abs(a - e) <= rtol * scale + atol))
      throw new Error(`${what}: element ${i} is ${a}, expected ${e} (all: ${JSON.stringify(actual)} vs ${JSON.stringify(expected)})`);
  });
}

export const matmul = (a: number[][], b: number[][]): number[][] =>
  a.map((row) => b[0].map((_, j) => row.reduce((s, x, k) => s + x * b[k][j], 0)));
export const transpose = (a: number[][]): number[][] => a[0].map((_, j) => a.map((row) => row[j]));
