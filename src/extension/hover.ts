// PLACEHOLDER until the hover work lands (owned by the hover helper): registers nothing yet.
import * as vscode from 'vscode';

export function registerHover(_context: vscode.ExtensionContext): void {
  // replaced by the real hover provider
}
