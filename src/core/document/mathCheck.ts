// "Is this text math?": the syntax front-end parses it (every call resolves to the canonical
// vocabulary or a helper function), after a cheap screen that rejects bare names and numbers.
import { parseStatement } from '../syntax';
import type { Lang } from '../types';

/** Has an operator or a call, and a name that is not only a callee: worth a derivative. */
export function looksLikeMath(text: string): boolean {
  if (!/[-+*/^]|[\p{L}_][\p{L}\p{N}_.]*\s*\(|\\begin\{d?cases\}/u.test(text)) return false;
  return /(?:^|[^\p{L}\p{N}_.])[\p{L}_][\p{L}\p{N}_]*(?!\s*[(.\p{L}\p{N}_])/u.test(text) || /\\[a-zA-Z]+|[a-zA-Z]/.test(text);
}

export function defaultIsMath(text: string, lang: Lang, functions: string[], relaxed = false): boolean {
  if (!relaxed && !looksLikeMath(text)) return false;
  try {
    parseStatement(text, lang, { functions });
    return true;
  } catch {
    return false;
  }
}
