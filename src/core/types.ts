// Types shared by every part of the engine and its clients (CLI, extension, webview).
// Plain TypeScript: nothing here may import 'vscode'.

/** Source languages the front-ends understand. `math` is mathjs syntax. */
export type Lang = 'math' | 'python' | 'javascript' | 'typescript' | 'c' | 'cpp' | 'julia' | 'matlab' | 'r' | 'latex' | 'markdown';

export const LANGS: readonly Lang[] = [
  'math',
  'python',
  'javascript',
  'typescript',
  'c',
  'cpp',
  'julia',
  'matlab',
  'r',
  'latex',
  'markdown',
];

/** A point: a value for each variable. */
export type Point = Record<string, number>;

/**
 * Bad input: the message says what is wrong and where. `column` is 1-based, relative to the text
 * given to the parser (callers that know the text's place in a file shift it).
 */
export class InputError extends Error {
  constructor(
    message: string,
    readonly column?: number,
    readonly line?: number,
  ) {
    super(message);
    this.name = 'InputError';
  }
}

/** A computation that would exceed its size or time budget ("too large" rather than a hang). */
export class BudgetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BudgetError';
  }
}

/** Something a user should know about a derivative at a point: a kink, a domain limit. */
export interface Note {
  kind: 'kink' | 'domain' | 'nonfinite' | 'info';
  message: string;
}
