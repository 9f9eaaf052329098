// Check Gradient: one report panel beside the editor, reused for each check; the tolerances the
// user edits in the page recompute the verdicts; links reveal the lines of wrong hand-written code.
import * as vscode from 'vscode';
import { buildReport, differentiable } from '../../core/report/buildReport';
import { buildPairsReport, findPair } from '../../core/report/pairs';
import type { PairsReport } from '../../core/report/types';
import type { GradientChecks } from '../gradients/checks';
import type { PairsResult } from '../gradients/protocol';
import type { Point } from '../../core/types';
import { getSettings } from '../config';
import { onPageMessage, revealLine, send, setPage } from './page';
import { parseToWebview, type ToWebview } from './protocol';
import { askPoint } from './pointInput';
import { resolveTarget, Target, targetAt } from './target';

export const REPORT_VIEW_TYPE = 'derivativeInspector.report';

interface Current { target: Target; point: Point; rtol: number; atol: number }
/** The pairs report on show: its file, the pair it was opened for, the tolerances. */
interface CurrentPairs { uri: string; objective?: string; gradient?: string; rtol: number; atol: number }
type Report = Extract<ToWebview, { type: 'report' }>['report'];

export class ReportPanel {
  private panel: vscode.WebviewPanel | undefined;
  private current: Current | undefined;
  /** The last message, re-sent when the page (re)loads instead of recomputing. */
  private message: ToWebview | undefined;
  /** The report a panel restored after a reload showed: its target is found again on first need. */
  private restored: Report | undefined;
  private pairs: CurrentPairs | undefined;

  constructor(private readonly context: vscode.ExtensionContext, private readonly checks?: GradientChecks) {}

  /**
   * Check Paired Gradients (and the CodeLens above a gradient, `{uri, objective, gradient}`): the
   * report of a file's objective/gradient pairs, the named pair first.
   */
  async checkPairs(arg?: unknown): Promise<void> {
    const a = arg && typeof arg === 'object' ? (arg as Record<string, unknown>) : {};
    const uri = typeof a.uri === 'string' ? a.uri : vscode.window.activeTextEditor?.document.uri.toString();
    if (!uri) throw new Error('open a file with an objective and its hand-written gradient first');
    const { rtol, atol } = getSettings(vscode.Uri.parse(uri)).gradientCheck;
    this.current = undefined;
    this.restored = undefined;
    this.pairs = {
      uri, rtol, atol,
      ...(typeof a.objective === 'string' ? { objective: a.objective } : {}),
      ...(typeof a.gradient === 'string' ? { gradient: a.gradient } : {}),
    };
    this.show();
    await this.updatePairs();
  }

  /**
   * The pairs of a document checked with these tolerances, as the report shows them (undefined for
   * files without functions). A failure to check is said in the report, never thrown.
   */
  private async pairsReport(doc: vscode.TextDocument, tol: { rtol: number; atol: number }, focus?: { objective?: string; gradient?: string }): Promise<PairsReport | undefined> {
    if (!this.checks) return undefined;
    let result: PairsResult | undefined;
    try {
      const settings = getSettings(doc).gradientCheck;
      // With the settings' tolerances the check of the editor (diagnostics, CodeLens) serves.
      const check = tol.rtol === settings.rtol && tol.atol === settings.atol
        ? await this.checks.current(doc) : { result: await this.checks.withTolerances(doc, tol), error: undefined };
      if (check?.error) throw new Error(check.error);
      result = check?.result;
    } catch (e) {
      result = { pairs: [], notes: [{ line: 1, message: `the paired gradients of this file could not be checked: ${(e as Error).message}` }] };
    }
    if (!result) return undefined;
    const k = focus ? findPair(result.pairs, focus.objective, focus.gradient) : undefined;
    return buildPairsReport(doc.uri.toString(), doc.uri.path.split('/').pop() ?? doc.uri.toString(), result, { ...tol, focus: k });
  }

  private async updatePairs(): Promise<void> {
    const c = this.pairs;
    if (!this.panel || !c) return;
    try {
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(c.uri));
      const report = await this.pairsReport(doc, { rtol: c.rtol, atol: c.atol }, c);
      if (!report) throw new Error(`${doc.languageId} files have no objective/gradient pairs to check`);
      if (this.pairs !== c) return; // another report was asked for meanwhile
      this.panel.title = `Check Gradient: ${report.ok ? '✓' : '✗'} ${report.file}`;
      this.message = { type: 'pairs', report };
    } catch (e) {
      this.message = { type: 'error', message: (e as Error).message };
    }
    send(this.panel.webview, this.message);
  }

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
    this.pairs = undefined;
    await this.update();
  }

  /**
   * Restores a panel VS Code kept across a reload: the page redraws itself from its saved state,
   * which also tells which expression it was about, so edited tolerances can recompute it.
   */
  adopt(panel: vscode.WebviewPanel, state?: unknown): void {
    this.panel = panel;
    this.current = undefined;
    const last = state && typeof state === 'object' ? parseToWebview((state as { last?: unknown }).last) : undefined;
    this.restored = last?.ok && last.message.type === 'report' ? last.message.report : undefined;
    if (last?.ok && last.message.type === 'pairs') {
      const r = last.message.report;
      const focus = r.focus !== undefined ? r.pairs[r.focus] : undefined;
      this.pairs = { uri: r.uri, rtol: r.rtol, atol: r.atol, ...(focus ? { objective: focus.objective.name, gradient: focus.gradient.name } : {}) };
    }
    this.wire(panel);
  }

  /** The check a restored report showed, found again in its document (undefined when it moved away). */
  private async reopen(r: Report): Promise<Current | undefined> {
    if (!r.location) return undefined;
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(r.location.uri)).then((d) => d, () => undefined);
    if (!doc) return undefined;
    // Where the statement was, or nearby if the file was edited meanwhile (the nearest occurrence wins).
    const text = doc.getText();
    const at = doc.offsetAt(new vscode.Position(Math.min(r.location.line, doc.lineCount - 1), 0));
    const from = doc.offsetAt(new vscode.Position(Math.max(0, r.location.line - 20), 0));
    const to = doc.offsetAt(new vscode.Position(Math.min(doc.lineCount - 1, r.location.line + 20), 0));
    const offsets: number[] = [];
    for (let i = text.indexOf(r.source, from); i >= 0 && i <= to; i = text.indexOf(r.source, i + 1)) offsets.push(i);
    for (const offset of offsets.sort((a, b) => Math.abs(a - at) - Math.abs(b - at))) {
      const target = targetAt(doc, offset);
      if (target && target.src.source === r.source) return { target, point: r.point, rtol: r.rtol, atol: r.atol };
    }
    return undefined;
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
      else if (m.type === 'setTolerances' && this.pairs) {
        this.pairs = { ...this.pairs, rtol: m.rtol, atol: m.atol };
        await this.updatePairs();
      } else if (m.type === 'setTolerances') {
        if (!this.current && this.restored) this.current = await this.reopen(this.restored);
        if (!this.current) {
          void vscode.window.showWarningMessage('Derivative Inspector: this report was restored from before a reload and its expression is no longer in its file; run Check Gradient again.');
          return;
        }
        this.current = { ...this.current, rtol: m.rtol, atol: m.atol };
        await this.update();
      }
    });
    panel.onDidDispose(() => { sub.dispose(); if (this.panel === panel) this.panel = undefined; }, null, this.context.subscriptions);
  }

  private async update(): Promise<void> {
    const c = this.current;
    if (!this.panel || !c) return;
    try {
      const doc = c.target.document;
      const report = buildReport(c.target.src, c.point, {
        rtol: c.rtol, atol: c.atol, documentText: doc?.getText(),
        location: doc ? { uri: doc.uri.toString(), line: c.target.line } : undefined,
      });
      // The file's objective/gradient pairs, when it has any (or something to say about them).
      const pairs = doc ? await this.pairsReport(doc, { rtol: c.rtol, atol: c.atol }) : undefined;
      if (this.current !== c) return; // another check was asked for meanwhile
      if (pairs && (pairs.pairs.length || pairs.notes.length)) report.pairs = pairs;
      this.panel.title = `Check Gradient: ${report.ok ? '✓' : '✗'} ${c.target.src.target ?? c.target.src.source.slice(0, 24)}`;
      this.message = { type: 'report', report };
    } catch (e) {
      this.message = { type: 'error', message: (e as Error).message };
    }
    send(this.panel.webview, this.message);
  }
}
