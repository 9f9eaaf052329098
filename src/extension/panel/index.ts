// The panel features: Check Gradient (report panel), Show Plot / Open Plot (tangent plot panel),
// the side-bar view following the cursor, and the serializers that bring panels back after a reload.
import * as vscode from 'vscode';
import { COMMANDS, registerCommand } from '../commands';
import type { GradientChecks } from '../gradients/checks';
import { PLOT_VIEW_TYPE, PlotPanel } from './plotPanel';
import { REPORT_VIEW_TYPE, ReportPanel } from './reportPanel';
import { SIDEBAR_VIEW_ID, SidebarProvider } from './sidebar';

export function registerPanels(context: vscode.ExtensionContext, checks?: GradientChecks): void {
  const report = new ReportPanel(context, checks);
  const plot = new PlotPanel(context);
  const sidebar = new SidebarProvider(context, (t) => plot.showTarget(t));
  registerCommand(context, COMMANDS.checkGradient, (arg?: unknown) => report.checkGradient(arg));
  registerCommand(context, COMMANDS.checkPairs, (arg?: unknown) => report.checkPairs(arg));
  registerCommand(context, COMMANDS.showPlot, (arg?: unknown) => plot.open(arg));
  registerCommand(context, COMMANDS.openPlot, (arg?: unknown) => plot.open(arg));
  context.subscriptions.push(
    vscode.window.registerWebviewViewProvider(SIDEBAR_VIEW_ID, sidebar),
    vscode.window.registerWebviewPanelSerializer(REPORT_VIEW_TYPE, { deserializeWebviewPanel: async (p, state) => report.adopt(p, state) }),
    vscode.window.registerWebviewPanelSerializer(PLOT_VIEW_TYPE, { deserializeWebviewPanel: async (p) => plot.adopt(p) }),
  );
}
