// Numeric implementations of the canonical vocabulary, used by evaluation and constant folding.
// Stable forms where the naive formula overflows or cancels.
import { digamma, gamma, lgamma, polygamma } from './gamma';
import { has } from '../names';

/** W. J. Cody's rational Chebyshev approximation (as in mathjs' erf), here also giving erfc directly. */
const THRESH = 0.46875;
const SQRPI = 0.5641895835477563;
const P = [
  [3.1611237438705655, 113.86415415105016, 377.485237685302, 3209.3775891384694, 0.18577770618460315],
  [
    0.5641884969886701, 8.883149794388377, 66.11919063714163, 298.6351381974001, 881.952221241769, 1712.0476126340707, 2051.0783778260716,
    1230.3393547979972, 2.1531153547440383e-8,
  ],
  [0.30532663496123236, 0.36034489994980445, 0.12578172611122926, 0.016083785148742275, 6.587491615298378e-4, 0.016315387137302097],
];
const Q = [
  [23.601290952344122, 244.02463793444417, 1282.6165260773723, 2844.236833439171],
  [
    15.744926110709835, 117.6939508913125, 537.1811018620099, 1621.3895745666903, 3290.7992357334597, 4362.619090143247, 3439.3676741437216,
    1230.3393548037495,
  ],
  [2.568520192289822, 1.8729528499234604, 0.5279051029514285, 0.06051834131244132, 0.0023352049762686918],
];

function erf1(y: number): number {
  const ysq = y * y;
  let xnum = P[0][4] * ysq;
  let xden = ysq;
  for (let i = 0; i < 3; i++) {
    xnum = (xnum + P[0][i]) * ysq;
    xden = (xden + Q[0][i]) * ysq;
  }
  return (y * (xnum + P[0][3])) / (xden + Q[0][3]);
}

/** erfc(y) for y > THRESH. */
function erfcTail(y: number): number {
  let result: number;
  if (y <= 4) {
    let xnum = P[1][8] * y;
    let xden = y;
    for (let i = 0; i < 7; i++) {
      xnum = (xnum + P[1][i]) * y;
      xden = (xden + Q[1][i]) * y;
    }
    result = (xnum + P[1][7]) / (xden + Q[1][7]);
  } else {
    if (y > 27) return 0;
    const ysq = 1 / (y * y);
    let xnum = P[2][5] * ysq;
    let xden = ysq;
    for (let i = 0; i < 4; i++) {
      xnum = (xnum + P[2][i]) * ysq;
      xden = (xden + Q[2][i]) * ysq;
    }
    result = (SQRPI - (ysq * (xnum + P[2][4])) / (xden + Q[2][4])) / y;
  }
  const ysq = Math.trunc(y * 16) / 16;
  const del = (y - ysq) * (y + ysq);
  return Math.exp(-ysq * ysq) * Math.exp(-del) * result;
}

export function erf(x: number): number {
  const y = Math.abs(x);
  if (Number.isNaN(x)) return NaN;
  if (y <= THRESH) return Math.sign(x) * erf1(y);
  return Math.sign(x) * (1 - erfcTail(y));
}

export function erfc(x: number): number {
  if (Number.isNaN(x)) return NaN;
  const y = Math.abs(x);
  if (y <= THRESH) return 1 - Math.sign(x) * erf1(y);
  const t = erfcTail(y);
  return x > 0 ? t : 2 - t;
}

export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const z = Math.exp(x);
  return z / (1 + z);
}

export function softplus(x: number): number {
  return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
}

export function logsumexp(...xs: number[]): number {
  let m = -Infinity;
  for (const v of xs) if (v > m || Number.isNaN(v)) m = v;
  if (!Number.isFinite(m)) return m;
  let s = 0;
  for (const v of xs) s += Math.exp(v - m);
  return m + Math.log(s);
}

/** Sign with sign(0) = 0 (and -0 → 0), the convention used for abs'(0). */
export function sign(x: number): number {
  return x > 0 ? 1 : x < 0 ? -1 : x === 0 ? 0 : NaN;
}

export const FN_EVAL: Record<string, (...a: number[]) => number> = {
  exp: Math.exp,
  log: (x, b) => (b === undefined ? Math.log(x) : Math.log(x) / Math.log(b)),
  log2: Math.log2,
  log10: Math.log10,
  log1p: Math.log1p,
  expm1: Math.expm1,
  sqrt: Math.sqrt,
  cbrt: Math.cbrt,
  abs: Math.abs,
  sign,
  sin: Math.sin,
  cos: Math.cos,
  tan: Math.tan,
  sec: (x) => 1 / Math.cos(x),
  csc: (x) => 1 / Math.sin(x),
  cot: (x) => 1 / Math.tan(x),
  asin: Math.asin,
  acos: Math.acos,
  atan: Math.atan,
  atan2: Math.atan2,
  sinh: Math.sinh,
  cosh: Math.cosh,
  tanh: Math.tanh,
  asinh: Math.asinh,
  acosh: Math.acosh,
  atanh: Math.atanh,
  erf,
  erfc,
  sigmoid,
  softplus,
  relu: (x) => (x > 0 ? x : Number.isNaN(x) ? NaN : 0),
  max: (...xs) => Math.max(...xs),
  min: (...xs) => Math.min(...xs),
  hypot: (...xs) => Math.hypot(...xs),
  logsumexp,
  // Φ, the standard normal cdf, through erfc so the left tail keeps its digits
  normcdf: (x) => 0.5 * erfc(-x / Math.SQRT2),
  lgamma,
  gamma,
  digamma,
  polygamma,
};

/** Arity of each function of the canonical vocabulary: [min, max]. */
export const ARITY: Record<string, [number, number]> = {
  log: [1, 2],
  atan2: [2, 2],
  max: [2, 2],
  min: [2, 2],
  hypot: [1, Infinity],
  logsumexp: [1, Infinity],
  polygamma: [2, 2],
};
for (const name of Object.keys(FN_EVAL)) if (!ARITY[name]) ARITY[name] = [1, 1];

export function isVocabulary(name: string): boolean {
  return has(FN_EVAL, name);
}
