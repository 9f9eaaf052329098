// Typed access to the `derivativeInspector.*` settings, and which documents they enable (the
// language table itself is languages.ts). Defaults here mirror the ones declared in package.json, so a
// missing or mistyped value in settings.json falls back to what the settings UI documents.
import * as vscode from 'vscode';
import type { Lang } from '../core/types';
import { DEFAULT_ATOL, DEFAULT_RTOL } from '../core/numeric/gradcheck';
import { looksLikeObjectiveC } from '../core/document/objectiveC';
import { LANGUAGE_MAP, MATLAB_AS, SUPPORTED_LANGUAGE_IDS } from './languages';

export { LANGUAGE_MAP, SUPPORTED_LANGUAGE_IDS };

export const SECTION = 'derivativeInspector';

/**
 * Document selector for providers: every supported language, any scheme that holds text, and `.m`
 * files VS Code opened as Objective-C (what it does with MATLAB files when no MATLAB extension is installed).
 */
export const DOCUMENT_SELECTOR: vscode.DocumentFilter[] = [
  ...SUPPORTED_LANGUAGE_IDS.map((language) => ({ language })),
  { language: MATLAB_AS.languageId, pattern: `**/*${MATLAB_AS.extension}` },
];

export interface HoverSettings {
  enabled: boolean;
  /** Show derivatives of math written in comments (`# E = x^2 * y`). */
  comments: boolean;
  /** Hovers on expressions with more variables than this show a summary instead of every partial. */
  maxVariables: number;
  /** Include the small tangent-line plot in the hover. */
  plot: boolean;
  /** Show total derivatives through earlier assignments (dataflow), not only partials. */
  showTotals: boolean;
}

export interface GradientCheckSettings {
  /** Relative tolerance when comparing a hand-written gradient with finite differences. */
  rtol: number;
  /** Absolute tolerance, for components near zero. */
  atol: number;
}

export interface Settings {
  enabledLanguages: string[];
  hover: HoverSettings;
  gradientCheck: GradientCheckSettings;
  panel: { followCursor: boolean };
  /** Warnings on wrong hand-written gradient components (issue #10). */
  diagnostics: { enabled: boolean };
  /** The verdict above each paired gradient. */
  codeLens: { enabled: boolean };
}

export const DEFAULTS: Settings = {
  enabledLanguages: [...SUPPORTED_LANGUAGE_IDS],
  hover: { enabled: true, comments: true, maxVariables: 6, plot: true, showTotals: true },
  gradientCheck: { rtol: DEFAULT_RTOL, atol: DEFAULT_ATOL },
  panel: { followCursor: true },
  diagnostics: { enabled: true },
  codeLens: { enabled: true },
};

function bool(cfg: vscode.WorkspaceConfiguration, key: string, fallback: boolean): boolean {
  const v = cfg.get<unknown>(key);
  return typeof v === 'boolean' ? v : fallback;
}

/** A finite number within [min, max], else the fallback (a typo in settings.json must not break hovers). */
function num(cfg: vscode.WorkspaceConfiguration, key: string, fallback: number, min: number, max: number): number {
  const v = cfg.get<unknown>(key);
  return typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max ? v : fallback;
}

/** The current settings, for a document's scope when given (settings may differ per folder/language). */
export function getSettings(scope?: vscode.ConfigurationScope): Settings {
  const cfg = vscode.workspace.getConfiguration(SECTION, scope);
  const langs = cfg.get<unknown>('enabledLanguages');
  return {
    enabledLanguages: Array.isArray(langs) ? langs.filter((l): l is string => typeof l === 'string') : DEFAULTS.enabledLanguages,
    hover: {
      enabled: bool(cfg, 'hover.enabled', DEFAULTS.hover.enabled),
      comments: bool(cfg, 'hover.comments', DEFAULTS.hover.comments),
      maxVariables: Math.round(num(cfg, 'hover.maxVariables', DEFAULTS.hover.maxVariables, 1, 64)),
      plot: bool(cfg, 'hover.plot', DEFAULTS.hover.plot),
      showTotals: bool(cfg, 'hover.showTotals', DEFAULTS.hover.showTotals),
    },
    gradientCheck: {
      rtol: num(cfg, 'gradientCheck.rtol', DEFAULTS.gradientCheck.rtol, 0, 1),
      atol: num(cfg, 'gradientCheck.atol', DEFAULTS.gradientCheck.atol, 0, Number.MAX_VALUE),
    },
    panel: { followCursor: bool(cfg, 'panel.followCursor', DEFAULTS.panel.followCursor) },
    diagnostics: { enabled: bool(cfg, 'diagnostics.enabled', DEFAULTS.diagnostics.enabled) },
    codeLens: { enabled: bool(cfg, 'codeLens.enabled', DEFAULTS.codeLens.enabled) },
  };
}

/** The engine language for a document, or undefined when unsupported or disabled in settings. */
export function languageOf(document: vscode.TextDocument): Lang | undefined {
  const id = matlabAsObjectiveC(document) ? MATLAB_AS.as : document.languageId;
  const lang = LANGUAGE_MAP[id];
  if (!lang) return undefined;
  return getSettings(document).enabledLanguages.includes(id) ? lang : undefined;
}

/** A MATLAB `.m` file that VS Code, lacking a MATLAB extension, opened as Objective-C. */
function matlabAsObjectiveC(document: vscode.TextDocument): boolean {
  return (
    document.languageId === MATLAB_AS.languageId &&
    document.uri.path.toLowerCase().endsWith(MATLAB_AS.extension) &&
    !looksLikeObjectiveC(document.getText())
  );
}

/** Calls `listener` whenever a `derivativeInspector.*` setting changes; disposed with the extension. */
export function onSettingsChanged(context: vscode.ExtensionContext, listener: () => void): void {
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(SECTION)) listener();
    }),
  );
}
