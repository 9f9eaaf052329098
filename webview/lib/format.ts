// Number formatting for tables and axes: enough digits to compare an analytic value with a
// numeric one, exponents for the tiny errors.

/** A value for the table: 10 significant digits, exponent form when very large or small. */
export function formatValue(v: number | null | undefined): string {
  if (v === null || v === undefined) return 'not finite';
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a >= 1e-4 && a < 1e7) return String(Number(v.toPrecision(10)));
  return v.toExponential(6);
}

/** An error: 3 significant digits in exponent form. */
export function formatError(v: number | null | undefined): string {
  if (v === null || v === undefined) return '—';
  if (v === 0) return '0';
  return v.toExponential(2);
}

/** An axis tick: short. */
export function formatTick(v: number): string {
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a >= 1e-3 && a < 1e5) return String(Number(v.toPrecision(4)));
  return v.toExponential(0);
}
