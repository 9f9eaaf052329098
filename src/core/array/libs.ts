// The array libraries gradients are printed for, and which one a piece of code uses (as data).
import type { Lang } from '../types';

export type Lib = 'numpy' | 'torch' | 'jax' | 'julia' | 'matlab' | 'r' | 'latex' | 'math';

/** Python: the first library prefix the code uses decides (torch.x, jnp.x, np.x). */
const PYTHON_LIBS: [RegExp, Lib][] = [
  [/\b(?:torch|F)\s*\.|\.mm\s*\(/, 'torch'],
  [/\b(?:jnp|jax)\s*\./, 'jax'],
];

const BY_LANG: Partial<Record<Lang, Lib>> = { julia: 'julia', matlab: 'matlab', r: 'r', latex: 'latex', markdown: 'latex', math: 'math' };

export function libFor(lang: Lang, text: string): Lib {
  if (lang === 'python') return PYTHON_LIBS.find(([re]) => re.test(text))?.[1] ?? 'numpy';
  return BY_LANG[lang] ?? 'numpy';
}

/** Module prefix of a Python library's functions. */
export const NS: Record<'numpy' | 'torch' | 'jax', string> = { numpy: 'np', torch: 'torch', jax: 'jnp' };

/** Languages whose arrays count from 1 (indices are printed and read one higher). */
export const ONE_BASED: ReadonlySet<Lib> = new Set(['julia', 'matlab', 'r']);
