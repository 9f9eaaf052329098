// The constants of the canonical vocabulary, by the symbol names the DAG gives them. Euler's number
// is `ℯ` (U+212F, Julia's own spelling), never `e`: in code a bare `e` is the user's variable
// (JavaScript spells the constant Math.E, C M_E, Python math.e, R and MATLAB exp(1)), so the
// constant and a variable named e must not share a name. Which spelling means which constant in
// each source language is data (`constants` in syntax/langs.ts); the printers spell them back.
import { names } from '../names';

export const EULER = 'ℯ';
export const PI = 'pi';

export const CONSTANTS: Readonly<Record<string, number>> = names([
  [PI, Math.PI],
  [EULER, Math.E],
]);

export const isEuler = (n: { kind: string; name?: string }): boolean => n.kind === 'sym' && n.name === EULER;
