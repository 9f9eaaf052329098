// Constants a file brings in by name: Python's `from math import e, pi as PI`, Julia's
// `using Base.MathConstants` (which exports `e`). A bare `e` in code is the user's name unless the
// file says it is the constant, so such an import binds it as a `#define` would in C. Which qualified
// names are constants is the language's own table (syntax/langs.ts).
import type { Lang } from '../types';
import { has, names } from '../names';
import { SPECS } from '../syntax/langs';

const PY_FROM_IMPORT = /^[ \t]*from[ \t]+([\w.]+)[ \t]+import[ \t]+\(?([^#\n)]+)/gm;
const JULIA_USING = /^[ \t]*using[ \t]+(?:Base\.)?MathConstants\b(?:[ \t]*:[ \t]*([^#\n]+))?/gm;

/** Local name → the qualified constant it is, for the imports in `text` (later imports win). */
export function importedConstants(text: string, lang: Lang): Record<string, string> {
  const out: Record<string, string> = names();
  if (lang === 'python') {
    const table = SPECS.python.constants;
    for (const m of text.matchAll(PY_FROM_IMPORT)) {
      for (const item of m[2].split(',')) {
        const [name, local = name] = item.trim().split(/\s+as\s+/);
        if (name && has(table, `${m[1]}.${name}`)) out[local.trim()] = `${m[1]}.${name}`;
      }
    }
  } else if (lang === 'julia') {
    for (const m of text.matchAll(JULIA_USING)) {
      const listed = m[1]?.split(',').map((s) => s.trim());
      if (!listed || listed.includes('e')) out.e = 'MathConstants.e';
    }
  }
  return out;
}
