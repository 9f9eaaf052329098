// Turning an offset in the parsed text into the "at column N" every front-end error carries.
import { InputError } from '../types';

/**
 * Characters (code points) in text[from, to), as an editor counts columns: 𝑥 is one character
 * although JavaScript strings hold it as two UTF-16 units.
 */
export function codePoints(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const low = c >= 0xdc00 && c <= 0xdfff;
    if (!(low && i > from && isHigh(text.charCodeAt(i - 1)))) n++;
  }
  return n;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;

/**
 * The whole character at a UTF-16 offset (both halves of a surrogate pair), for messages; half a
 * pair on its own (invalid text) is named by its code, U+D835, rather than copied into the message.
 */
export function charAt(text: string, offset: number): string {
  const cp = text.codePointAt(offset);
  return cp === undefined ? '' : printable(String.fromCodePoint(cp));
}

/** `s` with every lone surrogate (half a character, invalid text) written as its code, U+D835. */
export function printable(s: string): string {
  return s.replace(/[\ud800-\udfff]/gu, (c) => `U+${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** The UTF-16 offset of 1-based character `column` in the line starting at `lineStart` (inverse of codePoints). */
export function offsetOfColumn(text: string, lineStart: number, column: number): number {
  let i = lineStart;
  for (let k = 1; k < column && i < text.length; k++) i += isHigh(text.charCodeAt(i)) && i + 1 < text.length ? 2 : 1;
  return i;
}

/** 1-based line and column (in characters, as an editor shows them) of a 0-based UTF-16 offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  const end = Math.min(Math.max(offset, 0), text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: codePoints(text, start, end) + 1 };
}

export function where(text: string, offset: number): string {
  const { line, column } = lineColumn(text, offset);
  return line > 1 ? `at line ${line}, column ${column}` : `at column ${column}`;
}

/** An InputError whose message ends with its position, e.g. "unexpected '*' at column 4". */
export function inputError(message: string, text: string, offset: number): InputError {
  const { line, column } = lineColumn(text, offset);
  return new InputError(`${printable(message)} ${where(text, offset)}`, column, line);
}

/** Longest text the front-ends accept: far above any real formula, low enough to stay fast. */
export const MAX_INPUT = 200_000;
/** Deepest nesting the recursive parsers follow before giving up with a clear message. */
export const MAX_DEPTH = 1000;

export function checkSize(text: string): void {
  if (text.length > MAX_INPUT) {
    throw new InputError(`input too long (${text.length} characters; the limit is ${MAX_INPUT})`);
  }
}

export function tooDeep(text: string, offset: number): InputError {
  return inputError('expression too deeply nested', text, offset);
}
