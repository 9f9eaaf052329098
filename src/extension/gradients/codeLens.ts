// The verdict above each paired gradient: "✓ matches rosen at 3 points" or "✗ component 2 (x[1])
// is wrong"; clicking opens the Check Gradient report on that pair. Setting
// `derivativeInspector.codeLens.enabled`.
import * as vscode from 'vscode';
import { pairLensTitle } from '../../core/report/pairs';
import { COMMANDS } from '../commands';
import { getSettings } from '../config';
import type { GradientChecks } from './checks';

export class PairCodeLensProvider implements vscode.CodeLensProvider {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;

  constructor(private readonly checks: GradientChecks) {}

  refresh(): void {
    this.changed.fire();
  }

  async provideCodeLenses(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.CodeLens[]> {
    if (!getSettings(document).codeLens.enabled) return [];
    // The result for this very text: lenses from older text would sit above the wrong lines.
    const check = this.checks.latest(document) ?? (await this.checks.current(document));
    if (!check?.result || token.isCancellationRequested || check.key !== this.checks.latest(document)?.key) return [];
    return check.result.pairs.map((pair) => {
      const line = Math.min(Math.max(0, pair.gradient.line - 1), document.lineCount - 1);
      return new vscode.CodeLens(document.lineAt(line).range, {
        title: pairLensTitle(pair),
        tooltip: `${pair.gradient.name} is the gradient of ${pair.objective.name} (paired by ${pair.pairing}): open the Check Gradient report`,
        command: COMMANDS.checkPairs,
        arguments: [{ uri: document.uri.toString(), objective: pair.objective.name, gradient: pair.gradient.name }],
      });
    });
  }

  dispose(): void {
    this.changed.dispose();
  }
}
