// Random array expressions in NumPy syntax with consistent shapes, for the property tests: a small
// typed grammar (each production knows the shape it makes), smooth functions only, so central
// differences are a fair reference.
import { seeded } from '../../../src/core/numeric/random';

export type Kind = 'ND' | 'DK' | 'DD' | 'N' | 'D' | 'K' | 'S';

export const SHAPES: Record<string, Kind> = { X: 'ND', W: 'DK', A: 'DD', u: 'N', w: 'D', v: 'K', s: 'S' };

/** Seeded random numbers (the engine's own generator; any deterministic source would do). */
export const rng = seeded;

const ELEMENTWISE = [
  (x: string) => `np.tanh(${x})`,
  (x: string) => `np.sin(${x})`,
  (x: string) => `scipy.special.expit(${x})`,
  (x: string) => `(${x}) ** 2`,
  (x: string) => `np.log(1 + (${x}) ** 2)`,
  (x: string) => `np.sqrt(1 + (${x}) ** 2)`,
  (x: string) => `np.exp(0.5 * np.cos(${x}))`,
];

export function generate(seed: number, depth = 3): string {
  const r = rng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)];
  const bin = (a: string, b: string) => {
    const op = pick(['+', '-', '*', '/']);
    return op === '/' ? `(${a}) / (2 + (${b}) ** 2)` : `(${a}) ${op} (${b})`;
  };
  const g = (k: Kind, d: number): string => {
    const leaf = Object.keys(SHAPES).find((n) => SHAPES[n] === k)!;
    if (d <= 0 || r() < 0.2) return k === 'S' && r() < 0.3 ? String(Math.round(r() * 30) / 10 + 0.5) : leaf;
    const e = (x: Kind) => g(x, d - 1);
    const ew = () => pick(ELEMENTWISE)(e(k));
    switch (k) {
      case 'ND':
        return pick([
          ew,
          () => bin(e('ND'), e('ND')),
          () => bin(e('ND'), e('D')),
          () => bin(e('ND'), e('S')),
          () => `(${e('ND')}) @ (${e('DD')})`,
          () => `np.outer(${e('N')}, ${e('D')})`,
          () => `((${e('ND')}) @ (${e('DK')})) @ W.T`,
        ])();
      case 'DK':
        return pick([
          ew,
          () => bin(e('DK'), e('DK')),
          () => bin(e('DK'), e('K')),
          () => `np.outer(${e('D')}, ${e('K')})`,
          () => `(${e('DD')}) @ (${e('DK')})`,
        ])();
      case 'DD':
        return pick([
          ew,
          () => bin(e('DD'), e('DD')),
          () => `(${e('ND')}).T @ X`,
          () => `(${e('DD')}).T`,
          () => `np.outer(${e('D')}, w)`,
        ])();
      case 'N':
        return pick([
          ew,
          () => bin(e('N'), e('N')),
          () => bin(e('N'), e('S')),
          () => `(${e('ND')}) @ (${e('D')})`,
          () => `(${e('ND')}).sum(axis=1)`,
          () => `np.mean(${e('ND')}, axis=1)`,
          () => `scipy.special.logsumexp(${e('ND')}, axis=1)`,
          () => `(${e('ND')})[:, 0]`,
        ])();
      case 'D':
        return pick([
          ew,
          () => bin(e('D'), e('D')),
          () => bin(e('D'), e('S')),
          () => `(${e('ND')}).T @ (${e('N')})`,
          () => `np.sum(${e('ND')}, axis=0)`,
          () => `(${e('DD')}) @ (${e('D')})`,
          () => `(${e('DK')}) @ (${e('K')})`,
          () => `scipy.special.softmax(${e('D')})`,
          () => `np.linalg.solve(A, ${e('D')})`,
          () => `(${e('ND')})[0]`,
        ])();
      case 'K':
        return pick([ew, () => bin(e('K'), e('K')), () => `(${e('DK')}).T @ (${e('D')})`, () => `np.sum(${e('DK')}, axis=0)`])();
      case 'S':
        return pick([
          ew,
          () => bin(e('S'), e('S')),
          () => `np.sum(${e(pick(['ND', 'N', 'D', 'DK']))})`,
          () => `np.mean(${e(pick(['ND', 'N', 'K']))})`,
          () => `scipy.special.logsumexp(${e(pick(['ND', 'N', 'D']))})`,
          () => `np.linalg.norm(${e(pick(['ND', 'D', 'K']))})`,
          () => `(${e('N')}) @ (${e('N')})`,
          () => `(${e('D')}) @ (${e('DD')}) @ (${e('D')})`,
          () => `np.trace(${e('DD')})`,
          () => `np.linalg.slogdet(A)[1]`,
          () => `np.sum(np.linalg.inv(A) * (${e('DD')}))`,
        ])();
    }
  };
  return g('S', depth);
}

/** Values for the variables: entries in [-1, 1], A well conditioned (3I + noise). */
export function point(seed: number, n: number, d: number, k: number): Record<string, number | number[] | number[][]> {
  const r = rng(seed ^ 0x5bd1e995);
  const u = () => Math.round((r() * 2 - 1) * 1000) / 1000;
  const mat = (a: number, b: number) => Array.from({ length: a }, () => Array.from({ length: b }, u));
  const A = mat(d, d).map((row, i) => row.map((x, j) => (i === j ? 3 + x : 0.3 * x)));
  return { X: mat(n, d), W: mat(d, k), A, u: mat(1, n)[0], w: mat(1, d)[0], v: mat(1, k)[0], s: u() };
}

export const shapesFor = (n: number, d: number, k: number) => ({ X: [n, d], W: [d, k], A: [d, d], u: [n], w: [d], v: [k], s: [] });
