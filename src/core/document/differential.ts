// Differentials written after a formula: `p(x) dx = \frac{x}{\sigma^2} e^{-x^2/(2\sigma^2)} dx`
// states a density (a measure), and the scalar formula is p(x) = x/σ² e^{…}; reading `dx` as the
// product d·x would give a confident ∂/∂d. The differential is notation when the SAME `dv` ends
// both sides. A marked differential (`\mathrm{d}x`, `\,dx`) on the right only (`dP = p(x)\,dx`) is
// a differential form, not a scalar formula. A bare `dx` on one side only stays a product, as does
// `d x` when the text defines `d` (the caller checks that): there `d` is the user's variable.

/** `\mathrm{d}x`, `\operatorname{d}x`, `{\rm d}x`, `\text{d}x`, `\,dx`, ` dx`, `\,\mathrm{d}\theta` at the end. */
const TRAILING =
  /((?:\s|~|\\[,;:!> ]|\\q?quad\b)*)(\\(?:mathrm|operatorname|text|textrm|mathit)\s*\{\s*d\s*\}|\{\s*\\rm\s+d\s*\}|(?<![A-Za-z\\])d)\s*(\\[A-Za-z]+|[A-Za-z](?![A-Za-z]))\s*$/;

export interface Trailing {
  /** The text before the differential. */
  body: string;
  /** The variable (`x`, `\theta`). */
  v: string;
  /** Upright d or a thin space before it: unmistakably a differential. */
  marked: boolean;
}

export function trailingDifferential(text: string): Trailing | undefined {
  const m = TRAILING.exec(text);
  if (!m || !text.slice(0, m.index).trim()) return undefined;
  return { body: text.slice(0, m.index), v: m[3], marked: m[2] !== 'd' || /\\[,;:!> ]/.test(m[1]) };
}

export type DifferentialReading =
  | { kind: 'none' }
  /** Both sides end with `dv`: drop it from both. */
  | { kind: 'density'; lhs: string; rhs: string; v: string }
  /** A marked differential on the right only: not a scalar formula. */
  | { kind: 'form'; v: string };

/** How the relation `lhs = rhs` carries a differential, if it does. */
export function readDifferential(lhs: string | undefined, rhs: string): DifferentialReading {
  const r = trailingDifferential(rhs);
  if (!r) return { kind: 'none' };
  const l = lhs === undefined ? undefined : trailingDifferential(lhs);
  if (l && l.v === r.v) return { kind: 'density', lhs: l.body.trim(), rhs: r.body.trim(), v: r.v };
  if (r.marked && !l) return { kind: 'form', v: r.v };
  return { kind: 'none' };
}

/** The note the hover shows when the differentials were dropped. */
export function densityNote(v: string, name: string | undefined): string {
  const d = `d${v.replace(/^\\/, '')}`;
  return `\`${d}\` ends both sides: the differential of a density or measure, not a product with a variable \`d\`; read as ${name ?? 'the left side'} = the right side without \`${d}\`.`;
}
