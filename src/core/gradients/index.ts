// Gradient pairing (issue #10): find the hand-written gradients of a file, each paired with its
// objective the way the code states it, and check them component by component.
//   checkPairs(text, 'python') → { pairs: [{ objective, gradient, pairing, variables, points, ok, components }], notes }
//   listFunctions(text, 'julia') → [{ name: 'rosenbrock', line: 3 }, …]
import type { Lang } from '../types';
import { vectorLang } from './langs';
import { fileKeyBase, pairKey, type PairCache } from './cache';
import { findPairs } from './pairing';
import { readSource } from './source';
import type { CheckPairsOptions, FileNote, FunctionSite, PairResult } from './types';
import { verifyPair } from './verify';

export type * from './types';
export { PairCache } from './cache';

/**
 * With a `cache` (the extension's worker keeps one), a pair whose text is unchanged since an earlier
 * check is not checked again: its earlier result is returned (see cache.ts for what the key holds).
 */
export function checkPairs(
  text: string,
  lang: Lang,
  opts: CheckPairsOptions = {},
  cache?: PairCache,
): { pairs: PairResult[]; notes: FileNote[] } {
  const notes: FileNote[] = [];
  const vl = vectorLang(lang);
  const src = vl ? readSource(text, lang) : undefined;
  if (!src || !vl) return { pairs: [], notes: vl ? [{ line: 1, message: 'file too large to read for gradient pairs' }] : [] };
  let pairs: PairResult[];
  try {
    const specs = findPairs(src, opts.pairs ?? [], notes);
    const vopts = { at: opts.at, rtol: opts.rtol, atol: opts.atol };
    const base = cache && fileKeyBase(src);
    pairs = specs.map((s) => {
      if (!cache || !base) return verifyPair(src, vl, s, vopts);
      const key = pairKey(src, base, s, vopts);
      const hit = cache.get(key);
      if (hit) return hit;
      const r = verifyPair(src, vl, s, vopts);
      cache.set(key, r);
      return r;
    });
  } catch (e) {
    // never thrown at a caller (a hover, a diagnostic pass, a CI run over many files)
    return { pairs: [], notes: [...notes, { line: 1, message: `gradient pairs could not be read: ${(e as Error).message}` }] };
  }
  notes.sort((a, b) => a.line - b.line);
  return { pairs, notes };
}

export function listFunctions(text: string, lang: Lang): FunctionSite[] {
  const src = vectorLang(lang) ? readSource(text, lang) : undefined;
  if (!src) return [];
  return [...src.fns.values()].map((f) => ({ name: f.name, line: f.line })).sort((a, b) => a.line - b.line);
}
