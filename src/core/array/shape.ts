// Shape rules on symbolic shapes: broadcasting and the matrix product. A mismatch is a ShapeError
// (the front-end adds the operation's column).
import { showShape } from './node';
import type { Dim, Shape } from './types';

export class ShapeError extends Error {}

/** NumPy broadcasting of shapes whose dims may be symbols ('n' meets 'n' or 1, never 'd' or 5). */
export function broadcast(what: string, ...shapes: Shape[]): Shape {
  const n = Math.max(0, ...shapes.map((s) => s.length));
  const out: Dim[] = [];
  for (let i = 0; i < n; i++) {
    let d: Dim = 1;
    for (const s of shapes) {
      const x = s[s.length - n + i] ?? 1;
      if (x === 1 || x === d) continue;
      if (d === 1) d = x;
      else throw new ShapeError(`${what}: shapes ${shapes.map(showShape).join(' and ')} do not broadcast`);
    }
    out.push(d);
  }
  return out;
}

/** Shape of a @ b (vectors as in NumPy: a 1-D left operand is a row, a 1-D right operand a column). */
export function matmulShape(a: Shape, b: Shape, what = 'matrix product'): Shape {
  if (a.length === 0 || b.length === 0 || a.length > 2 || b.length > 2)
    throw new ShapeError(`${what} needs vectors or matrices, got shapes ${showShape(a)} and ${showShape(b)}`);
  const k1 = a[a.length - 1];
  const k2 = b[0];
  if (k1 !== k2) throw new ShapeError(`${what}: shapes ${showShape(a)} and ${showShape(b)} do not match (${k1} ≠ ${k2})`);
  return [...(a.length === 2 ? [a[0]] : []), ...(b.length === 2 ? [b[1]] : [])];
}

/** Normalised axis list of a reduction over a rank-r array (negative axes count from the end). */
export function axesOf(axes: number[] | null, rank: number, what: string): number[] {
  if (axes === null) return [...Array(rank).keys()];
  return axes.map((a) => {
    const x = a < 0 ? a + rank : a;
    if (x < 0 || x >= rank) throw new ShapeError(`${what}: axis ${a} is out of range for ${rank} dimension${rank === 1 ? '' : 's'}`);
    return x;
  });
}

export function reducedShape(s: Shape, axes: number[] | null, keepdims: boolean, what: string): Shape {
  const ax = axesOf(axes, s.length, what);
  return keepdims ? s.map((d, i) => (ax.includes(i) ? 1 : d)) : s.filter((_, i) => !ax.includes(i));
}
