// Check Gradient: one report panel beside the editor, reused for each check; the tolerances the
// user edits in the page recompute the verdicts; links reveal the lines of wrong hand-written code.
import * as vscode from 'vscode';
import { buildReport, differentiable } from '../../core/report/buildReport';
import type { Point } from '../../core/types';
import { getSettings } from '../config';
import { onPageMessage, revealLine, send, setPage } from './page';
import type { ToWebview } from './protocol';
import { askPoint } from './pointInput';
import { resolveTarget, Target } from './target';

export const REPORT_VIEW_TYPE = 'derivativeInspector.report';

interface Current { target: Target; point: Point; rtol: number; atol: number }

export class ReportPanel {
  private panel: vscode.WebviewPanel | undefined;
  private current: Current | undefined;
  /** The last message, re-sent when the page (re)loads instead of recomputing. */
  private message: ToWebview | undefined;

  constructor(private readonly context: vscode.ExtensionContext) {}

  /** The command: resolve the expression, ask for the point, show the report. */
  async checkGradient(arg?: unknown): Promise<void> {
    const target = await resolveTarget(arg);
    const { variables } = differentiable(target.src);
    // The page loads while the user confirms the point, so the report shows as soon as they press Enter.
    const created = !this.panel;
    this.show();
    const point = await askPoint(this.context, target, variables);
    if (!point) {
      if (created) this.panel?.dispose();
      return;
    }
    const { rtol, atol } = getSettings(target.document).gradientCheck;
    this.current = { target, point, rtol, atol };
    this.update();
  }

  /** Restores a panel VS Code kept across a reload: the page redraws itself from its saved state. */
  adopt(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    this.wire(panel);
  }

  private show(): void {
    if (this.panel) {
      this.panel.reveal(vscode.ViewColumn.Beside, true);
      return;
    }
    const panel = vscode.window.createWebviewPanel(REPORT_VIEW_TYPE, 'Check Gradient', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { retainContextWhenHidden: true });
    this.panel = panel;
    this.wire(panel);
  }

  private wire(panel: vscode.WebviewPanel): void {
    setPage(panel.webview, this.context.extensionUri, 'report', 'Check Gradient');
    const sub = onPageMessage(panel.webview, async (m) => {
      if (m.type === 'ready') { if (this.message) send(panel.webview, this.message); }
      else if (m.type === 'reveal') await revealLine(m.uri, m.line);
      else if (m.type === 'setTolerances' && this.current) {
        this.current = { ...this.current, rtol: m.rtol, atol: m.atol };
        this.update();
      }
    });
    panel.onDidDispose(() => { sub.dispose(); if (this.panel === panel) this.panel = undefined; }, null, this.context.subscriptions);
  }

  private update(): void {
    const c = this.current;
    if (!this.panel || !c) return;
    try {
      const doc = c.target.document;
      const report = buildReport(c.target.src, c.point, {
        rtol: c.rtol, atol: c.atol, documentText: doc?.getText(),
        location: doc ? { uri: doc.uri.toString(), line: c.target.line } : undefined,
      });
      this.panel.title = `Check Gradient: ${report.ok ? '✓' : '✗'} ${c.target.src.target ?? c.target.src.source.slice(0, 24)}`;
      this.message = { type: 'report', report };
    } catch (e) {
      this.message = { type: 'error', message: (e as Error).message };
    }
    send(this.panel.webview, this.message);
  }
}
