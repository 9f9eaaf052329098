// Linear and log scales and "nice" ticks for the SVG plots.

export interface Scale {
  (v: number): number;
  domain: [number, number];
  ticks(count: number): number[];
}

export function linear(d0: number, d1: number, r0: number, r1: number): Scale {
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  const f = ((v: number) => r0 + (v - d0) * k) as Scale;
  f.domain = [d0, d1];
  f.ticks = (count) => niceTicks(d0, d1, count);
  return f;
}

export function log10(d0: number, d1: number, r0: number, r1: number): Scale {
  const l0 = Math.log10(d0);
  const l1 = Math.log10(d1);
  const k = l1 === l0 ? 0 : (r1 - r0) / (l1 - l0);
  const f = ((v: number) => r0 + (Math.log10(v) - l0) * k) as Scale;
  f.domain = [d0, d1];
  f.ticks = (count) => {
    const lo = Math.ceil(l0);
    const hi = Math.floor(l1);
    const stride = Math.max(1, Math.ceil((hi - lo + 1) / count));
    const out: number[] = [];
    for (let e = lo; e <= hi; e += stride) out.push(10 ** e);
    return out;
  };
  return f;
}

export function niceTicks(a: number, b: number, count: number): number[] {
  if (!(b > a)) return [a];
  const raw = (b - a) / Math.max(1, count);
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? raw;
  const out: number[] = [];
  for (let v = Math.ceil(a / step) * step; v <= b + step * 1e-9; v += step) out.push(Math.abs(v) < step * 1e-9 ? 0 : v);
  return out;
}

/** A y-range that ignores the few samples that blow up (poles), with some padding. */
export function robustRange(values: Iterable<number | null>, lo = 0.02, hi = 0.98): [number, number] {
  const v = [...values].filter((x): x is number => x !== null && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return [-1, 1];
  let a = v[Math.floor(lo * (v.length - 1))];
  let b = v[Math.ceil(hi * (v.length - 1))];
  if (v[0] >= a - (b - a) * 0.5) a = v[0];
  if (v[v.length - 1] <= b + (b - a) * 0.5) b = v[v.length - 1];
  if (b - a < 1e-12 * Math.max(1, Math.abs(a))) {
    const pad = Math.max(1, Math.abs(a) * 0.1);
    return [a - pad, b + pad];
  }
  const pad = (b - a) * 0.08;
  return [a - pad, b + pad];
}
