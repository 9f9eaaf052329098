// PLACEHOLDER until the panel work lands (owned by the panel helper): registers nothing yet.
import * as vscode from 'vscode';

export function registerPanels(_context: vscode.ExtensionContext): void {
  // replaced by Check Gradient, Show Plot and the side-bar view
}
