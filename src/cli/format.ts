// Number formats and the aligned table of the check reports (scalar and array).

/** 12 significant digits, trailing zeros dropped. */
export function g(x: number): string {
  return Number.isFinite(x) ? x.toPrecision(12).replace(/\.?0+(e|$)/, '$1') : String(x);
}

/** An error size: one decimal in exponent notation. */
export function e2(x: number): string {
  return Number.isFinite(x) ? x.toExponential(1) : String(x);
}

/** Rows as an indented, column-aligned table (widths in characters, not UTF-16 units). */
export function textTable(rows: string[][]): string {
  const widths = rows[0].map((_, j) => Math.max(...rows.map((row) => [...row[j]].length)));
  return rows
    .map(
      (row) =>
        '  ' +
        row
          .map((cell, j) => cell + ' '.repeat(widths[j] - [...cell].length))
          .join('  ')
          .trimEnd() +
        '\n',
    )
    .join('');
}
