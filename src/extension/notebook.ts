// Notebook cells (.ipynb in VS Code's notebook editor): a cell is a text document of its own
// (scheme `vscode-notebook-cell`); the cells above it in its notebook are what a top-to-bottom run
// executed before it, so the reader takes them as the text above the cell (core/document/notebook.ts).
// Only the cells' text is read: no kernel, no outputs (they may be stale or from another run, and
// are not needed for the values the code assigns), so untrusted workspaces work the same.
import * as vscode from 'vscode';
import { cellsBefore, joinCells, type CellAbove } from '../core/document';
import { has } from '../core/names';
import type { Lang } from '../core/types';
import { LANGUAGE_MAP } from './languages';

export const NOTEBOOK_CELL_SCHEME = 'vscode-notebook-cell';

export interface CellContext {
  /** Changes whenever a cell above (or the cell's place) changes: a cache key. */
  key: string;
  /** The notebook's own URI: files its cells import are beside it. */
  notebook: vscode.Uri;
  /** The cells above, read when asked (only those above: never the cell's own or those below). */
  cells(): CellAbove[];
}

/** The cells above a notebook cell's document, or undefined for a document that is no notebook cell. */
export function cellContext(document: vscode.TextDocument): CellContext | undefined {
  if (document.uri.scheme !== NOTEBOOK_CELL_SCHEME) return undefined;
  const uri = document.uri.toString();
  for (const notebook of vscode.workspace.notebookDocuments) {
    const all = notebook.getCells();
    const index = all.findIndex((c) => c.document === document || c.document.uri.toString() === uri);
    if (index < 0) continue;
    const above = all.slice(0, index);
    return {
      notebook: notebook.uri,
      key: `${notebook.uri.toString()}#${index}:${above.map((c) => `${c.kind}.${c.document.languageId}.${c.document.version}`).join(',')}`,
      cells: () =>
        cellsBefore(
          above.map((c) => ({
            text: c.document.getText(),
            // a Markdown cell is skipped for code whatever its language id; a code cell's language as the engine names it
            lang:
              c.kind === vscode.NotebookCellKind.Markup
                ? 'markdown'
                : has(LANGUAGE_MAP, c.document.languageId)
                  ? LANGUAGE_MAP[c.document.languageId]
                  : c.document.languageId,
          })),
          index,
        ),
    };
  }
  return undefined;
}

/**
 * The text above `offset` as a run would have it: the cells above joined to the cell's text (a
 * plain document's own text otherwise), for what reads numbers assigned in the code.
 */
export function textWithCellsAbove(document: vscode.TextDocument, lang: Lang, offset: number): { text: string; offset: number } {
  const text = document.getText();
  const cells = cellContext(document)?.cells();
  return cells?.length ? joinCells(text, lang, offset, cells) : { text, offset };
}
