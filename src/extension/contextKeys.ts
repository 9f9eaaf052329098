// Sets the context keys package.json's `when` clauses read (languages.ts CONTEXT_KEYS), from the
// language table and the `enabledLanguages` setting of the active editor's scope, so removing a
// language from the setting also hides its menu items.
import * as vscode from 'vscode';
import { getSettings, onSettingsChanged } from './config';
import { CONTEXT_KEYS, contextLanguages } from './languages';
import { NOTEBOOK_CELL_SCHEME } from './notebook';

export function registerContextKeys(context: vscode.ExtensionContext): void {
  let last = '';
  const update = () => {
    const keys = contextLanguages(getSettings(vscode.window.activeTextEditor?.document).enabledLanguages);
    const json = JSON.stringify(keys);
    if (json === last) return; // the editor changed but not the setting's value
    last = json;
    void vscode.commands.executeCommand('setContext', CONTEXT_KEYS.languages, keys.languages);
    void vscode.commands.executeCommand('setContext', CONTEXT_KEYS.pairLanguages, keys.pairLanguages);
  };
  // a notebook cell's language, for the command palette of a notebook (languages.ts CONTEXT_KEYS)
  let lastCell: string | undefined;
  const updateCell = () => {
    const doc = vscode.window.activeTextEditor?.document;
    const cell = doc?.uri.scheme === NOTEBOOK_CELL_SCHEME ? doc.languageId : '';
    if (cell === lastCell) return;
    lastCell = cell;
    void vscode.commands.executeCommand('setContext', CONTEXT_KEYS.cellLanguage, cell);
  };
  update();
  updateCell();
  onSettingsChanged(context, update);
  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(() => {
      update();
      updateCell();
    }),
  );
}
