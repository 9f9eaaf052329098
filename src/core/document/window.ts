// The part of a document a hover looks at: the cursor's line, the lines above it (the scope that
// dataflow follows) and a few below (a statement continued on the next lines). Budgets in
// characters and lines keep a hover cheap in a 1 MB file; a line longer than MAX_LINE is never
// parsed (minified code, data) and bounds the window.

import { lineStartOf } from './lines';

export const LIMITS = {
  /** The cursor's line longer than this: no hover (it is data or minified code, not a formula). */
  maxLine: 4000,
  aboveChars: 48_000,
  aboveLines: 500,
  belowChars: 8_000,
  belowLines: 40,
};

export interface Window {
  from: number;
  to: number;
  /** Start of the cursor's line. */
  lineStart: number;
  lineEnd: number;
}

/** The window around `offset`, or null when the cursor's own line is too long to parse. */
export function windowAround(text: string, offset: number): Window | null {
  const lineStart = lineStartOf(text, offset);
  let lineEnd = text.indexOf('\n', offset);
  if (lineEnd < 0) lineEnd = text.length;
  if (lineEnd - lineStart > LIMITS.maxLine) return null;

  let from = lineStart;
  let lines = 0;
  while (from > 0 && lines < LIMITS.aboveLines) {
    const prevStart = lineStartOf(text, from - 1);
    if (from - 1 - prevStart > LIMITS.maxLine) break; // an overlong line bounds the window
    if (lineStart - prevStart > LIMITS.aboveChars) break;
    from = prevStart;
    lines++;
  }
  let to = lineEnd;
  lines = 0;
  while (to < text.length && lines < LIMITS.belowLines) {
    let next = text.indexOf('\n', to + 1);
    if (next < 0) next = text.length;
    if (next - to - 1 > LIMITS.maxLine || next - lineEnd > LIMITS.belowChars) break;
    to = next;
    lines++;
  }
  return { from, to, lineStart, lineEnd };
}
