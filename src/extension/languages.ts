// Which VS Code language ids the extension serves, as one table, and the context keys the menus read
// from it. No 'vscode' import, so the unit tests can compare this table with package.json.
import type { Lang } from '../core/types';
import { vectorLang } from '../core/gradients/langs';

/** VS Code language id → engine language. Dialects share a front-end (octave → matlab, tex → latex). */
export const LANGUAGE_MAP: Readonly<Record<string, Lang>> = {
  python: 'python',
  javascript: 'javascript',
  javascriptreact: 'javascript',
  typescript: 'typescript',
  typescriptreact: 'typescript',
  c: 'c',
  cpp: 'cpp',
  julia: 'julia',
  matlab: 'matlab',
  octave: 'matlab',
  r: 'r',
  latex: 'latex',
  tex: 'latex',
  markdown: 'markdown',
};

/** Every VS Code language id the extension supports (the default of `enabledLanguages`). */
export const SUPPORTED_LANGUAGE_IDS: readonly string[] = Object.keys(LANGUAGE_MAP);

/**
 * VS Code opens MATLAB `.m` files as Objective-C when no MATLAB extension is installed; such a file
 * is served as `matlab` (config.ts `languageOf` also checks the text does not look like Objective-C).
 */
export const MATLAB_AS = { languageId: 'objective-c', extension: '.m', as: 'matlab' } as const;

/** Every language id the extension activates on: the map's ids and Objective-C (for `.m` files). */
export const ACTIVATION_LANGUAGE_IDS: readonly string[] = [...SUPPORTED_LANGUAGE_IDS, MATLAB_AS.languageId];

/** Context keys the `when` clauses of package.json read (set by contextKeys.ts). */
export const CONTEXT_KEYS = {
  /** Language ids where Check Gradient and Show Plot apply (enabled ones only). */
  languages: 'derivativeInspector.languages',
  /** Language ids where Check Paired Gradients and Pair Gradient… apply (enabled, with vector rules). */
  pairLanguages: 'derivativeInspector.pairLanguages',
  /**
   * The language id of the focused notebook cell, else empty. In a notebook the command palette reads
   * the notebook editor's context, where the cell's `editorLangId` is not set.
   */
  cellLanguage: 'derivativeInspector.cellLanguage',
} as const;

/**
 * The values of the context keys for the `enabledLanguages` setting: the enabled ids the map knows,
 * plus `objective-c` when `matlab` is enabled (the `when` clauses add `resourceExtname == .m`).
 */
export function contextLanguages(enabled: readonly string[]): { languages: string[]; pairLanguages: string[] } {
  const ids = SUPPORTED_LANGUAGE_IDS.filter((id) => enabled.includes(id));
  const withObjC = (list: string[]) => (list.includes(MATLAB_AS.as) ? [...list, MATLAB_AS.languageId] : list);
  return {
    languages: withObjC(ids),
    pairLanguages: withObjC(ids.filter((id) => vectorLang(LANGUAGE_MAP[id]) !== undefined)),
  };
}

/** The `when` clause of a menu item for one of the context keys. */
export function whenClause(key: string): string {
  return `editorLangId in ${key} && (editorLangId != ${MATLAB_AS.languageId} || resourceExtname == ${MATLAB_AS.extension}) || ${CONTEXT_KEYS.cellLanguage} in ${key}`;
}
