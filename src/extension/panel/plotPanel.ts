// Show Plot / Open Plot: the tangent plot of an expression in one panel beside the editor.
import * as vscode from 'vscode';
import { buildPlot } from '../../core/report/buildPlot';
import { differentiable } from '../../core/report/buildReport';
import type { PlotData } from '../../core/report/types';
import { onPageMessage, ownListeners, send, setPage } from './page';
import { defaultPoint } from './pointInput';
import { resolveTarget, Target } from './target';

export const PLOT_VIEW_TYPE = 'derivativeInspector.plot';

/** Plot data at the prefilled point (remembered, code constants, hover point, 0.5). */
export function plotFor(context: vscode.ExtensionContext, target: Target): PlotData {
  const { variables } = differentiable(target.src);
  return buildPlot(target.src, defaultPoint(context, target, variables));
}

export class PlotPanel {
  private panel: vscode.WebviewPanel | undefined;
  private plot: PlotData | undefined;

  constructor(private readonly context: vscode.ExtensionContext) {}

  async open(arg?: unknown): Promise<void> {
    await this.showTarget(await resolveTarget(arg));
  }

  async showTarget(target: Target): Promise<void> {
    this.plot = plotFor(this.context, target);
    if (this.panel) this.panel.reveal(vscode.ViewColumn.Beside, true);
    else {
      const panel = vscode.window.createWebviewPanel(
        PLOT_VIEW_TYPE,
        'Tangent Plot',
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        { retainContextWhenHidden: true },
      );
      this.adopt(panel);
    }
    this.panel!.title = `Plot: ${target.src.target ?? target.src.source.slice(0, 24)}`;
    send(this.panel!.webview, { type: 'plot', plot: this.plot });
  }

  adopt(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    setPage(panel.webview, this.context.extensionUri, 'plot', 'Tangent Plot');
    const messages = onPageMessage(panel.webview, (m) => {
      if (m.type === 'ready' && this.plot && this.panel) send(this.panel.webview, { type: 'plot', plot: this.plot });
    });
    ownListeners(panel, messages, () => {
      if (this.panel === panel) this.panel = undefined;
    });
  }
}
