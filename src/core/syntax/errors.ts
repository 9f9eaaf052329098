// Turning an offset in the parsed text into the "at column N" every front-end error carries.
import { InputError } from '../types';

/** 1-based line and column of a 0-based offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  const end = Math.min(Math.max(offset, 0), text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) { line++; start = i + 1; }
  }
  return { line, column: end - start + 1 };
}

export function where(text: string, offset: number): string {
  const { line, column } = lineColumn(text, offset);
  return line > 1 ? `at line ${line}, column ${column}` : `at column ${column}`;
}

/** An InputError whose message ends with its position, e.g. "unexpected '*' at column 4". */
export function inputError(message: string, text: string, offset: number): InputError {
  const { line, column } = lineColumn(text, offset);
  return new InputError(`${message} ${where(text, offset)}`, column, line);
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
