// The canonical function vocabulary (see src/core/README.md) with each function's arity: derived
// from the function records in expr/functions, the one place a function is defined.
import { ARITY, isVocabulary } from '../expr/functions';

export const CANONICAL: Readonly<Record<string, readonly [min: number, max: number]>> = ARITY;

export function isCanonical(name: string): boolean {
  return isVocabulary(name);
}
