// Warnings on wrong hand-written gradient components, each on its own line with the engine's
// sentence ("∂rosen/∂x[1] written here is 488, the derivative is -88 at x0 = [-1.2, 1]"); an
// information note where a pair could not be checked or a call could not be read. Updated when a check lands, cleared when the
// file closes or the setting `derivativeInspector.diagnostics.enabled` turns off.
import * as vscode from 'vscode';
import { pairDiagnostics } from '../../core/report/pairs';
import { getSettings } from '../config';
import { GradientChecks, type FileCheck } from './checks';

export const DIAGNOSTIC_SOURCE = 'Derivative Inspector';

/** The range of a line's text without its indentation (what the squiggle underlines). */
function lineRange(document: vscode.TextDocument, line: number): vscode.Range {
  const l = document.lineAt(Math.min(Math.max(0, line), document.lineCount - 1));
  return new vscode.Range(l.lineNumber, l.firstNonWhitespaceCharacterIndex, l.lineNumber, l.range.end.character);
}

export function diagnosticsOf(document: vscode.TextDocument, check: FileCheck): vscode.Diagnostic[] {
  if (check.error) {
    const d = new vscode.Diagnostic(
      lineRange(document, 0),
      `Derivative Inspector could not check the gradients of this file: ${check.error}`,
      vscode.DiagnosticSeverity.Information,
    );
    d.source = DIAGNOSTIC_SOURCE;
    return [d];
  }
  return pairDiagnostics(check.result ?? { pairs: [], notes: [] }).map((p) => {
    const severity = p.severity === 'warning' ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Information;
    const d = new vscode.Diagnostic(lineRange(document, p.line), p.message, severity);
    d.source = DIAGNOSTIC_SOURCE;
    if (p.objectiveLine !== undefined && p.objectiveLine >= 0 && p.objectiveLine < document.lineCount) {
      d.relatedInformation = [
        new vscode.DiagnosticRelatedInformation(
          new vscode.Location(document.uri, lineRange(document, p.objectiveLine)),
          'the objective it is the gradient of',
        ),
      ];
    }
    return d;
  });
}

export function registerDiagnostics(context: vscode.ExtensionContext, checks: GradientChecks): void {
  const collection = vscode.languages.createDiagnosticCollection('derivativeInspector');
  const enabled = (d: vscode.TextDocument) => getSettings(d).diagnostics.enabled;
  const refresh = (document: vscode.TextDocument) => {
    if (!enabled(document)) {
      collection.delete(document.uri);
      return;
    }
    const check = checks.latest(document);
    // A result for older text would put warnings on the wrong lines: wait for the current one.
    if (check) collection.set(document.uri, diagnosticsOf(document, check));
  };
  context.subscriptions.push(
    collection,
    checks.onDidCheck(refresh),
    vscode.workspace.onDidCloseTextDocument((d) => collection.delete(d.uri)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('derivativeInspector')) return;
      for (const d of vscode.workspace.textDocuments) {
        if (!enabled(d) || !GradientChecks.langOf(d)) collection.delete(d.uri);
      }
    }),
  );
}
