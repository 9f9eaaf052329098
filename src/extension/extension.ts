// Entry point: wires the feature modules together. The features live in hover.ts (hover provider)
// and panel/ (Check Gradient, Show Plot, the side-bar view); this file only registers them.
import * as vscode from 'vscode';
import { registerHover } from './hover';
import { registerPanels } from './panel';
import { registerSharedCommands } from './commands';

export function activate(context: vscode.ExtensionContext): void {
  registerSharedCommands(context);
  // Each feature registers independently: one failing must not take the others down.
  for (const [name, register] of [['hover', registerHover], ['panels', registerPanels]] as const) {
    try {
      register(context);
    } catch (err) {
      console.error(`[derivative-inspector] could not register ${name}:`, err);
      void vscode.window.showErrorMessage(`Derivative Inspector: the ${name} failed to start: ${String(err)}`);
    }
  }
}

export function deactivate(): void {
  // Everything registered above is disposed through context.subscriptions.
}
