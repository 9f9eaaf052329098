// Numeric implementations behind the function records (functions/), used by evaluation and folding.
// Stable forms where the naive formula overflows or cancels.

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

/** sin(πx)/(πx), sinc(0) = 1: the normalized sinc of NumPy, Julia and MATLAB. */
export function sinc(x: number): number {
  if (x === 0) return 1;
  const y = Math.PI * x;
  // below 1e-4 the series 1 − y²/6 is exact to double precision and avoids 0/0 near 0
  return Math.abs(y) < 1e-4 ? 1 - (y * y) / 6 : Math.sin(y) / y;
}

/**
 * The principal branch W₀ of Lambert's W (w·e^w = x, w ≥ −1) for x ≥ −1/e: a starting value from
 * the branch-point series or log(x) − log(log(x)), then Halley's iteration to full precision.
 */
export function lambertw(x: number): number {
  if (Number.isNaN(x) || x < -1 / Math.E) return NaN;
  if (x === Infinity) return Infinity;
  if (x === 0) return 0;
  let w: number;
  if (x < 1) {
    const p = Math.sqrt(2 * (Math.E * x + 1));
    w = -1 + p - (p * p) / 3 + (11 / 72) * p * p * p;
  } else {
    const l = Math.log(x);
    w = x < 3 ? 0.5 * l + 0.3 : l - Math.log(l);
  }
  if (w <= -1) return -1; // at the branch point itself
  for (let i = 0; i < 50; i++) {
    const e = Math.exp(w);
    const f = w * e - x;
    const wp1 = w + 1;
    const step = f / (e * wp1 - ((w + 2) * f) / (2 * wp1));
    if (!Number.isFinite(step)) break;
    w -= step;
    if (Math.abs(step) <= 1e-15 * (1 + Math.abs(w))) break;
  }
  return w;
}

// The tables derived from the function records, under the names other modules import from here.
// Last in the file: the records (functions/) import the implementations above, so these must be
// defined before functions/ loads when this module is the first one loaded.
export { ARITY, FN_EVAL, isVocabulary } from './functions';
