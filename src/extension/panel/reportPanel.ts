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
import { onPageMessage, ownListeners, revealLine, send, setPage } from './page';
import { parseToWebview, type ToWebview } from '../../protocol/messages';
import { askPoint } from './pointInput';
import { isArraySource } from '../../core/report/arrayReport';
import { resolveTarget, Target, targetAt } from './target';

export const REPORT_VIEW_TYPE = 'derivativeInspector.report';

interface Current {
  target: Target;
  point: Point;
  rtol: number;
  atol: number;
}

/**
 * Where the last report came from, kept by the host in workspace state (never taken from the page's
 * saved state, which the page could forge): a restored panel reopens and reveals only this document.
 */
interface Saved {
  uri: string;
  line: number;
  source: string;
  point: Point;
  rtol: number;
  atol: number;
}
const SAVED_KEY = 'derivativeInspector.report.source';

function asSaved(v: unknown): Saved | undefined {
  const s = v as Partial<Saved> | undefined;
  const ok =
    !!s &&
    typeof s.uri === 'string' &&
    typeof s.source === 'string' &&
    Number.isSafeInteger(s.line) &&
    typeof s.rtol === 'number' &&
    typeof s.atol === 'number' &&
    !!s.point &&
    typeof s.point === 'object';
  return ok ? (s as Saved) : undefined;
}

/** The pairs report on show: its file, the pair it was opened for, the tolerances. */
interface CurrentPairs {
  uri: string;
  objective?: string;
  gradient?: string;
  rtol: number;
  atol: number;
}
const PAIRS_KEY = 'derivativeInspector.report.pairs';

function asPairs(v: unknown): CurrentPairs | undefined {
  const s = v as Partial<CurrentPairs> | undefined;
  const ok =
    !!s &&
    typeof s.uri === 'string' &&
    typeof s.rtol === 'number' &&
    typeof s.atol === 'number' &&
    (s.objective === undefined || typeof s.objective === 'string') &&
    (s.gradient === undefined || typeof s.gradient === 'string');
  return ok ? (s as CurrentPairs) : undefined;
}

export class ReportPanel {
  private panel: vscode.WebviewPanel | undefined;
  private current: Current | undefined;
  /** The last message, re-sent when the page (re)loads instead of recomputing. */
  private message: ToWebview | undefined;
  /** The report a panel restored after a reload showed: its target is found again on first need. */
  private restored: Saved | undefined;
  private pairs: CurrentPairs | undefined;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly checks?: GradientChecks,
  ) {}

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
      uri,
      rtol,
      atol,
      ...(typeof a.objective === 'string' ? { objective: a.objective } : {}),
      ...(typeof a.gradient === 'string' ? { gradient: a.gradient } : {}),
    };
    void this.context.workspaceState.update(PAIRS_KEY, this.pairs);
    this.show();
    await this.updatePairs();
  }

  /**
   * The pairs of a document checked with these tolerances, as the report shows them (undefined for
   * files without functions). A failure to check is said in the report, never thrown.
   */
  private async pairsReport(
    doc: vscode.TextDocument,
    tol: { rtol: number; atol: number },
    focus?: { objective?: string; gradient?: string },
  ): Promise<PairsReport | undefined> {
    if (!this.checks) return undefined;
    let result: PairsResult | undefined;
    try {
      const settings = getSettings(doc).gradientCheck;
      // With the settings' tolerances the check of the editor (diagnostics, CodeLens) serves.
      const check =
        tol.rtol === settings.rtol && tol.atol === settings.atol
          ? await this.checks.current(doc)
          : { result: await this.checks.withTolerances(doc, tol), error: undefined };
      if (check?.error) throw new Error(check.error);
      result = check?.result;
    } catch (e) {
      result = {
        pairs: [],
        notes: [{ line: 1, message: `the paired gradients of this file could not be checked: ${(e as Error).message}` }],
      };
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
    // array code is checked at seeded random arrays of its shapes: no point to ask for
    const arrays = isArraySource(target.src.source, target.src.lang, target.src.shapes);
    const variables = arrays ? [] : differentiable(target.src).variables;
    // The page loads while the user confirms the point, so the report shows as soon as they press Enter.
    const created = !this.panel;
    this.show();
    const point = arrays ? {} : await askPoint(this.context, target, variables);
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
    this.restored = undefined;
    // The page's saved state says only which kind of report it showed; the document and pair come
    // from the host's own record (the page could forge a URI).
    const last = state && typeof state === 'object' ? parseToWebview((state as { last?: unknown }).last) : undefined;
    if (last?.ok && last.message.type === 'pairs') this.pairs = asPairs(this.context.workspaceState.get(PAIRS_KEY));
    else this.restored = asSaved(this.context.workspaceState.get(SAVED_KEY));
    this.wire(panel);
  }

  /** The check a restored report showed, found again in its document (undefined when it moved away). */
  private async reopen(r: Saved): Promise<Current | undefined> {
    const doc = await this.savedDocument(r);
    if (!doc) return undefined;
    // Where the statement was, or nearby if the file was edited meanwhile (the nearest occurrence wins).
    const text = doc.getText();
    const at = doc.offsetAt(new vscode.Position(Math.min(r.line, doc.lineCount - 1), 0));
    const from = doc.offsetAt(new vscode.Position(Math.max(0, r.line - 20), 0));
    const to = doc.offsetAt(new vscode.Position(Math.min(doc.lineCount - 1, r.line + 20), 0));
    const offsets: number[] = [];
    for (let i = text.indexOf(r.source, from); i >= 0 && i <= to; i = text.indexOf(r.source, i + 1)) offsets.push(i);
    for (const offset of offsets.sort((a, b) => Math.abs(a - at) - Math.abs(b - at))) {
      const target = targetAt(doc, offset);
      if (target && target.src.source === r.source) return { target, point: r.point, rtol: r.rtol, atol: r.atol };
    }
    return undefined;
  }

  private savedDocument(r: { uri: string }): Thenable<vscode.TextDocument | undefined> {
    return vscode.workspace.openTextDocument(vscode.Uri.parse(r.uri)).then(
      (d) => d,
      () => undefined,
    );
  }

  /** The document the shown report was made for (the one a page's `reveal` may show). */
  private async reportDocument(): Promise<vscode.TextDocument | undefined> {
    if (this.current) return this.current.target.document;
    if (this.pairs) return this.savedDocument(this.pairs);
    return this.restored ? this.savedDocument(this.restored) : undefined;
  }

  private show(): void {
    if (this.panel) {
      this.panel.reveal(vscode.ViewColumn.Beside, true);
      return;
    }
    const panel = vscode.window.createWebviewPanel(
      REPORT_VIEW_TYPE,
      'Check Gradient',
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { retainContextWhenHidden: true },
    );
    this.panel = panel;
    this.wire(panel);
  }

  private wire(panel: vscode.WebviewPanel): void {
    setPage(panel.webview, this.context.extensionUri, 'report', 'Check Gradient');
    const messages = onPageMessage(panel.webview, async (m) => {
      if (m.type === 'ready') {
        if (this.message) send(panel.webview, this.message);
      } else if (m.type === 'reveal') await revealLine(await this.reportDocument(), m.uri, m.line);
      else if (m.type === 'setTolerances' && this.pairs) {
        this.pairs = { ...this.pairs, rtol: m.rtol, atol: m.atol };
        void this.context.workspaceState.update(PAIRS_KEY, this.pairs);
        await this.updatePairs();
      } else if (m.type === 'setTolerances') {
        if (!this.current && this.restored) this.current = await this.reopen(this.restored);
        if (!this.current) {
          void vscode.window.showWarningMessage(
            'Derivative Inspector: this report was restored from before a reload and its expression is no longer in its file; run Check Gradient again.',
          );
          return;
        }
        this.current = { ...this.current, rtol: m.rtol, atol: m.atol };
        await this.update();
      }
    });
    ownListeners(panel, messages, () => {
      if (this.panel === panel) this.panel = undefined;
    });
  }

  private async update(): Promise<void> {
    const c = this.current;
    if (!this.panel || !c) return;
    try {
      const doc = c.target.document;
      const report = buildReport(c.target.src, c.point, {
        rtol: c.rtol,
        atol: c.atol,
        documentText: doc?.getText(),
        location: doc ? { uri: doc.uri.toString(), line: c.target.line } : undefined,
      });
      // The file's objective/gradient pairs, when it has any (or something to say about them).
      const pairs = doc ? await this.pairsReport(doc, { rtol: c.rtol, atol: c.atol }) : undefined;
      if (this.current !== c) return; // another check was asked for meanwhile
      if (pairs && (pairs.pairs.length || pairs.notes.length)) report.pairs = pairs;
      this.panel.title = `Check Gradient: ${report.ok ? '✓' : '✗'} ${c.target.src.target ?? c.target.src.source.slice(0, 24)}`;
      this.message = { type: 'report', report };
      if (report.location) {
        const saved: Saved = { ...report.location, source: report.source, point: c.point, rtol: c.rtol, atol: c.atol };
        void this.context.workspaceState.update(SAVED_KEY, saved);
      }
    } catch (e) {
      this.message = { type: 'error', message: (e as Error).message };
    }
    send(this.panel.webview, this.message);
  }
}
