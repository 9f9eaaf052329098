// Hand-written gradients in the editor (issue #10): the worker that runs the pairing engine, the
// checks of open files, their diagnostics and CodeLens, and Pair Gradient…. The report panel gets
// the returned checks to list a file's pairs.
import * as path from 'path';
import * as vscode from 'vscode';
import { COMMANDS, registerCommand } from '../commands';
import { DOCUMENT_SELECTOR, getSettings } from '../config';
import { GradientChecks } from './checks';
import { GradientWorker } from './client';
import { PairCodeLensProvider } from './codeLens';
import { registerDiagnostics } from './diagnostics';
import { pairGradient } from './pairCommand';
import { PairStore } from './pairStore';

export { GradientChecks } from './checks';

export function registerGradients(context: vscode.ExtensionContext): GradientChecks {
  const worker = new GradientWorker(path.join(context.extensionPath, 'dist', 'gradientsWorker.js'));
  const store = new PairStore(context.workspaceState);
  const wanted = (d: vscode.TextDocument) => {
    const s = getSettings(d);
    return s.diagnostics.enabled || s.codeLens.enabled;
  };
  const checks = new GradientChecks(worker, store, wanted);
  const lenses = new PairCodeLensProvider(checks);
  registerDiagnostics(context, checks);
  registerCommand(context, COMMANDS.pairGradient, () => pairGradient(worker, store));
  context.subscriptions.push(
    { dispose: () => worker.dispose() },
    store,
    checks,
    lenses,
    vscode.languages.registerCodeLensProvider(DOCUMENT_SELECTOR, lenses),
    checks.onDidCheck(() => lenses.refresh()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('derivativeInspector')) return;
      lenses.refresh();
      checks.recheckAll();
    }),
  );
  // Files already open when the extension starts.
  checks.recheckAll();
  return checks;
}
