// The side-bar view: follows the cursor (debounced, so typing never waits for it), showing the
// expression under the cursor, its derivatives and a live tangent plot; "Open plot" opens the panel.
import * as vscode from 'vscode';
import { buildPlot } from '../../core/report/buildPlot';
import { differentiable } from '../../core/report/buildReport';
import { getSettings } from '../config';
import { onPageMessage, ownListeners, send, setPage } from './page';
import type { SidebarState } from '../../protocol/messages';
import { defaultPoint } from './pointInput';
import { targetAt, Target } from './target';

export const SIDEBAR_VIEW_ID = 'derivativeInspector.sidebar';
const DEBOUNCE_MS = 200;

export class SidebarProvider implements vscode.WebviewViewProvider {
  private view: vscode.WebviewView | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private target: Target | undefined;
  private state: SidebarState = { message: 'Put the cursor on a formula to see its derivatives.' };
  private lastKey = '';

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly openPlot: (t: Target) => Promise<void>,
  ) {
    context.subscriptions.push(
      vscode.window.onDidChangeTextEditorSelection((e) => this.schedule(e.textEditor)),
      vscode.window.onDidChangeActiveTextEditor((e) => {
        if (e) this.schedule(e);
      }),
      { dispose: () => clearTimeout(this.timer) },
    );
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    setPage(view.webview, this.context.extensionUri, 'sidebar', 'Derivative Inspector');
    const messages = onPageMessage(view.webview, async (m) => {
      if (m.type === 'ready') {
        this.lastKey = '';
        if (vscode.window.activeTextEditor) this.update(vscode.window.activeTextEditor);
        else send(view.webview, { type: 'sidebar', state: this.state });
      } else if (m.type === 'openPlot' && this.target) await this.openPlot(this.target);
    });
    const visibility = view.onDidChangeVisibility(() => {
      if (view.visible && vscode.window.activeTextEditor) this.schedule(vscode.window.activeTextEditor);
    });
    ownListeners(view, vscode.Disposable.from(messages, visibility), () => {
      if (this.view === view) this.view = undefined;
    });
  }

  private schedule(editor: vscode.TextEditor): void {
    if (!this.view?.visible || !getSettings(editor.document).panel.followCursor) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.update(editor), DEBOUNCE_MS);
  }

  private update(editor: vscode.TextEditor): void {
    if (!this.view || editor.document.isClosed) return;
    const doc = editor.document;
    const offset = doc.offsetAt(editor.selection.active);
    let state: SidebarState;
    try {
      const t = targetAt(doc, offset);
      if (!t) {
        // Keep showing the last formula while the cursor is elsewhere (reading a plot, typing).
        if (this.target) return;
        state = { message: 'Put the cursor on a formula to see its derivatives.' };
      } else {
        const key = `${doc.uri}|${doc.version}|${t.src.source}|${JSON.stringify(t.src.where)}`;
        if (key === this.lastKey) return;
        this.lastKey = key;
        this.target = t;
        state = this.stateFor(t);
      }
    } catch (e) {
      state = { message: (e as Error).message };
    }
    this.state = state;
    send(this.view.webview, { type: 'sidebar', state });
  }

  private stateFor(t: Target): SidebarState {
    const d = differentiable(t.src);
    const point = defaultPoint(this.context, t, d.variables);
    const plot = buildPlot(t.src, point);
    const values = plot.slices.map((s) => s.df[s.index]);
    return {
      source: t.src.source,
      latex: d.latex,
      line: t.line,
      value: plot.slices[0]?.f[plot.slices[0].index] ?? null,
      partials: d.variables.map((v, k) => ({ variable: v, latex: d.partialsLatex[v], value: values[k] ?? null })),
      plot,
    };
  }
}
