// Slopes of error-vs-step curves on log-log axes: in the truncation regime the error of forward
// differences falls like h (slope 1) and central like h² (slope 2); at small h round-off (≈ ε/h)
// takes over, so the fit uses only steps well above the one where the error is smallest.

/** Least-squares slope of log10(err) against log10(h) over the truncation regime, or null. */
export function truncationSlope(h: readonly number[], err: readonly (number | null)[]): number | null {
  const pts = h.map((x, i) => [x, err[i]] as const).filter((p): p is readonly [number, number] => p[1] !== null && p[1] > 0 && p[0] > 0);
  if (pts.length < 3) return null;
  let best = pts[0];
  for (const p of pts) if (p[1] < best[1]) best = p;
  // Well right of the minimum (×30 in h, ×100 in error) so that round-off does not bend the line.
  const regime = pts.filter(([x, e]) => x >= best[0] * 30 && e >= best[1] * 100);
  if (regime.length < 3) return null;
  return slope(
    regime.map(([x]) => Math.log10(x)),
    regime.map(([, e]) => Math.log10(e)),
  );
}

function slope(xs: number[], ys: number[]): number {
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i] - mx) * (ys[i] - my);
    sxx += (xs[i] - mx) ** 2;
  }
  return sxy / sxx;
}

/** The round-off floor: the smallest positive error reached (by the central scheme). */
export function errorFloor(err: readonly (number | null)[]): number | null {
  const v = err.filter((e): e is number => e !== null && e > 0);
  return v.length ? Math.min(...v) : null;
}

/** Steps from 1e-1 down to 1e-13, a few per decade, scaled by the size of the coordinate. */
export function stepGrid(x: number, perDecade = 3, from = -1, to = -13): number[] {
  const scale = Math.max(1, Math.abs(x));
  const out: number[] = [];
  for (let k = from * perDecade; k >= to * perDecade; k--) out.push(scale * 10 ** (k / perDecade));
  return out;
}
