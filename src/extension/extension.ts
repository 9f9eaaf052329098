// Entry point: wires the feature modules together. The features live in hover.ts (hover provider)
// panel/ (Check Gradient, Show Plot, the side-bar view) and gradients/ (paired hand-written gradients:
// diagnostics, CodeLens, Pair Gradient…); this file only registers them.
import * as vscode from 'vscode';
import { registerHover } from './hover';
import { registerPanels } from './panel';
import { registerSharedCommands } from './commands';
import { registerContextKeys } from './contextKeys';
import { registerGradients, type GradientChecks } from './gradients';

export function activate(context: vscode.ExtensionContext): void {
  registerSharedCommands(context);
  registerContextKeys(context);
  // Each feature registers independently: one failing must not take the others down.
  let checks: GradientChecks | undefined;
  const features: [string, (c: vscode.ExtensionContext) => void][] = [
    ['hover', registerHover],
    [
      'gradient checks',
      (c) => {
        checks = registerGradients(c);
      },
    ],
    ['panels', (c) => registerPanels(c, checks)],
  ];
  for (const [name, register] of features) {
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
