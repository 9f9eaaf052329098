// The gamma family for likelihoods (Poisson, Gamma, Beta, negative binomial): log|Γ|, Γ, and the
// polygamma functions ψ⁽ⁿ⁾ = dⁿ⁺¹ log Γ / dxⁿ⁺¹ that their derivatives need (digamma is n = 0).

/** Lanczos coefficients, g = 7, n = 9: about 15 correct digits for x ≥ 1/2. */
const G = 7;
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
  -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
const HALF_LOG_2PI = 0.9189385332046728;

function lgammaRight(x: number): number {
  const y = x - 1;
  let a = LANCZOS[0];
  const t = y + G + 0.5;
  for (let i = 1; i < LANCZOS.length; i++) a += LANCZOS[i] / (y + i);
  return HALF_LOG_2PI + (y + 0.5) * Math.log(t) - t + Math.log(a);
}

/** 0, −1, −2, …: where Γ and the polygamma functions have poles. */
export const isPole = (x: number) => x <= 0 && Number.isInteger(x);

/** sin(πx) with x reduced modulo 2 first (exactly), so large |x| keeps its digits. */
function sinpi(x: number): number {
  return Math.sin(Math.PI * (x - 2 * Math.round(x / 2)));
}

/** log|Γ(x)|; +∞ at the poles 0, −1, −2, … */
export function lgamma(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (isPole(x)) return Infinity;
  if (x === Infinity) return Infinity;
  // reflection: Γ(x)Γ(1 − x) = π / sin(πx)
  if (x < 0.5) return Math.log(Math.PI / Math.abs(sinpi(x))) - lgammaRight(1 - x);
  return lgammaRight(x);
}

/** Γ(x); NaN at the poles (the sign of the infinity depends on the side). */
export function gamma(x: number): number {
  if (Number.isNaN(x) || isPole(x)) return NaN;
  if (Number.isInteger(x) && x <= 171) {
    let f = 1;
    for (let k = 2; k < x; k++) f *= k;
    return f; // exact factorials
  }
  if (x < 0.5) return Math.PI / (sinpi(x) * gamma(1 - x));
  return Math.exp(lgammaRight(x));
}

/** Bernoulli numbers B2, B4, …, B16 for the asymptotic series. */
const B2K = [1 / 6, -1 / 30, 1 / 42, -1 / 30, 5 / 66, -691 / 2730, 7 / 6, -3617 / 510];

function factorial(n: number): number {
  let f = 1;
  for (let k = 2; k <= n; k++) f *= k;
  return f;
}

/**
 * ψ⁽ⁿ⁾(x) for an integer n ≥ 0: shifted up with ψ⁽ⁿ⁾(x) = ψ⁽ⁿ⁾(x + 1) − (−1)ⁿ n! / xⁿ⁺¹ until the
 * asymptotic series is accurate, then summed. NaN at the poles and for other n.
 */
export function polygamma(n: number, x: number): number {
  if (!Number.isInteger(n) || n < 0 || n > 20 || Number.isNaN(x) || isPole(x)) return NaN;
  if (x === Infinity) return n === 0 ? Infinity : 0;
  const start = Math.max(10, 2 * n + 6);
  if (start - x > 1e4) {
    // far left: the shift would take too long; ψ(x) = ψ(1 − x) − π cot(πx), higher orders not offered
    return n === 0 ? polygamma(0, 1 - x) - Math.PI / Math.tan(Math.PI * (x - Math.round(x))) : NaN;
  }
  const sign = n % 2 === 0 ? 1 : -1; // (−1)ⁿ
  const nf = factorial(n);
  let acc = 0;
  let y = x;
  while (y < start) {
    acc -= (sign * nf) / Math.pow(y, n + 1);
    y += 1;
  }
  let series: number;
  if (n === 0) {
    series = Math.log(y) - 1 / (2 * y);
    let p = y * y;
    for (let k = 1; k <= B2K.length; k++, p *= y * y) series -= B2K[k - 1] / (2 * k * p);
  } else {
    // (−1)ⁿ⁺¹ [ (n−1)!/yⁿ + n!/(2yⁿ⁺¹) + Σ B₂ₖ (2k+n−1)!/((2k)! y²ᵏ⁺ⁿ) ]
    let s = factorial(n - 1) / Math.pow(y, n) + nf / (2 * Math.pow(y, n + 1));
    for (let k = 1; k <= B2K.length; k++) s += (B2K[k - 1] * factorial(2 * k + n - 1)) / (factorial(2 * k) * Math.pow(y, 2 * k + n));
    series = -sign * s;
  }
  return acc + series;
}

export const digamma = (x: number): number => polygamma(0, x);
