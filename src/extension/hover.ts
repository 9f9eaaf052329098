// The hover provider: adapts the core hover (src/core/hover, plain strings) to VS Code. Caches per
// (document, version, expression range), honors cancellation, and never throws: a failure is logged
// and the hover is simply absent.
import * as vscode from 'vscode';
import { hoverAt, type HoverResult } from '../core/hover';
import type { FileReader } from '../core/document';
import { COMMANDS, commandUri } from './commands';
import { DOCUMENT_SELECTOR, getSettings, languageOf } from './config';
import { cellContext } from './notebook';
import { ImportedFiles, setSharedImportedFiles } from './importedFiles';

/** Commands a hover link may run (and nothing else: `isTrusted` is limited to these). */
const ENABLED_COMMANDS = [COMMANDS.checkGradient, COMMANDS.openPlot, COMMANDS.copyDerivative];

interface CacheEntry {
  version: number;
  /** In a notebook: the state of the cells above (results depend on them too). */
  cellsKey: string;
  text: string;
  /** Results by range; a miss at an exact offset is remembered too. */
  hits: { start: number; end: number; result: HoverResult; theme: string; settings: string }[];
  misses: Map<number, string>;
}

const MAX_CACHED_DOCS = 16;

export class DerivativeHoverProvider implements vscode.HoverProvider {
  private readonly cache = new Map<string, CacheEntry>();
  /** Files imported functions are read from (beside the document); a change to one clears the cache. */
  readonly files = new ImportedFiles(() => this.clear());

  clear(): void {
    this.cache.clear();
  }

  async provideHover(
    document: vscode.TextDocument,
    position: vscode.Position,
    token: vscode.CancellationToken,
  ): Promise<vscode.Hover | undefined> {
    try {
      const settings = getSettings(document);
      if (!settings.hover.enabled) return undefined;
      const lang = languageOf(document);
      if (!lang) return undefined;
      // a notebook cell reads the code cells above it (document order), never those below
      const notebook = cellContext(document);
      const entry = this.entryFor(document, notebook?.key ?? '');
      const offset = document.offsetAt(position);
      const theme = themeKind();
      const settingsKey = JSON.stringify(settings.hover);
      const hit = entry.hits.find((h) => h.start <= offset && offset <= h.end && h.theme === theme && h.settings === settingsKey);
      let result = hit?.result;
      if (!result) {
        if (entry.misses.get(offset) === settingsKey) return undefined;
        if (token.isCancellationRequested) return undefined;
        const compute = (files: FileReader) =>
          hoverAt(entry.text, lang, offset, {
            files,
            line: position.line + 1,
            theme: theme === 'light' ? 'light' : 'dark',
            maxVariables: settings.hover.maxVariables,
            plot: settings.hover.plot,
            showTotals: settings.hover.showTotals,
            comments: settings.hover.comments,
            cells: notebook?.cells(),
            links: (args) => ({
              // everything needed to redo the analysis: the document and position, and what was found
              checkGradient: commandUri(COMMANDS.checkGradient, {
                uri: document.uri.toString(),
                position: { line: position.line, character: position.character },
                ...args,
              }),
              openPlot: commandUri(COMMANDS.openPlot, {
                uri: document.uri.toString(),
                position: { line: position.line, character: position.character },
                ...args,
              }),
              copyDerivativeCommand: `command:${COMMANDS.copyDerivative}`,
            }),
          });
        // a call into another file: its text is read (workspace.fs) between runs, within a budget
        const { result: found, complete } = await this.files.run(
          notebook?.notebook ?? document.uri,
          compute,
          () => token.isCancellationRequested,
        );
        if (token.isCancellationRequested) return undefined;
        if (!found) {
          if (!complete) return undefined;
          if (entry.misses.size > 2000) entry.misses.clear();
          entry.misses.set(offset, settingsKey);
          return undefined;
        }
        result = found;
        // a file not read in time is tried again by the next hover
        if (complete) {
          if (entry.hits.length > 200) entry.hits.shift();
          entry.hits.push({ start: found.range.start, end: found.range.end, result: found, theme, settings: settingsKey });
        }
      }
      const md = new vscode.MarkdownString(result.markdown);
      md.isTrusted = { enabledCommands: ENABLED_COMMANDS };
      md.supportHtml = false;
      const range = new vscode.Range(document.positionAt(result.range.start), document.positionAt(result.range.end));
      return new vscode.Hover(md, range);
    } catch (err) {
      console.error('[derivative-inspector] hover failed:', err);
      return undefined;
    }
  }

  private entryFor(document: vscode.TextDocument, cellsKey: string): CacheEntry {
    const key = document.uri.toString();
    let entry = this.cache.get(key);
    if (!entry || entry.version !== document.version || entry.cellsKey !== cellsKey) {
      entry = { version: document.version, cellsKey, text: document.getText(), hits: [], misses: new Map() };
      this.cache.delete(key);
      this.cache.set(key, entry);
      if (this.cache.size > MAX_CACHED_DOCS) this.cache.delete(this.cache.keys().next().value as string);
    }
    return entry;
  }
}

function themeKind(): 'light' | 'dark' {
  const k = vscode.window.activeColorTheme.kind;
  return k === vscode.ColorThemeKind.Light || k === vscode.ColorThemeKind.HighContrastLight ? 'light' : 'dark';
}

/**
 * Registers the hover for every supported language. `derivativeInspector.copyDerivative` (the
 * hover's Copy link) is registered with the shared commands (commands.ts).
 */
export function registerHover(context: vscode.ExtensionContext): void {
  const provider = new DerivativeHoverProvider();
  setSharedImportedFiles(provider.files);
  context.subscriptions.push(
    vscode.languages.registerHoverProvider(DOCUMENT_SELECTOR, provider),
    provider.files,
    { dispose: () => setSharedImportedFiles(undefined) },
    vscode.workspace.onDidCloseTextDocument(() => provider.clear()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('derivativeInspector')) provider.clear();
    }),
  );
}
