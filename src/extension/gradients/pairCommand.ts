// Pair Gradient…: the user names a gradient for an objective when the code does not say it (no
// optimizer call, an unusual name). Two quick picks over the file's functions; remembered per file.
// The same pick lists the remembered pairs of the file, to forget one.
import * as vscode from 'vscode';
import type { FunctionSite } from '../../core/gradients/types';
import { GradientChecks } from './checks';
import type { GradientWorker } from './client';
import type { PairStore, UserPair } from './pairStore';

type Item = vscode.QuickPickItem & ({ site: FunctionSite } | { forget: UserPair } | object);

function siteItem(f: FunctionSite): Item {
  return { label: f.name, description: `line ${f.line}`, site: f };
}

async function pick(items: Item[], title: string, placeHolder: string): Promise<Item | undefined> {
  return vscode.window.showQuickPick(items, { title, placeHolder, matchOnDescription: true, ignoreFocusOut: false });
}

export async function pairGradient(worker: GradientWorker, store: PairStore): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) throw new Error('open the file with the objective and its gradient first');
  const document = editor.document;
  const lang = GradientChecks.langOf(document);
  if (!lang)
    throw new Error(
      `Pair Gradient works in code files; ${document.languageId} files are not supported or not enabled (setting derivativeInspector.enabledLanguages)`,
    );
  const functions = await worker.functions(document.getText(), lang);
  const remembered = store.get(document.uri);
  if (functions.length < 2 && !remembered.length) {
    void vscode.window.showInformationMessage(
      `Derivative Inspector: Pair Gradient needs two functions in this file; it found ${functions.length ? `only ${functions[0].name}` : 'none'}.`,
    );
    return;
  }
  const items: Item[] = functions.map(siteItem);
  if (remembered.length) {
    items.push({ label: 'Remembered pairs', kind: vscode.QuickPickItemKind.Separator });
    for (const p of remembered)
      items.push({ label: `$(close) Forget ${p.objective} → ${p.gradient}`, description: 'paired by hand', forget: p });
  }
  const first = await pick(items, 'Pair Gradient (1/2): the objective', 'The function whose gradient is written by hand');
  if (!first) return;
  if ('forget' in first) {
    await store.forget(document.uri, first.forget);
    vscode.window.setStatusBarMessage(`Derivative Inspector: forgot ${first.forget.objective} → ${first.forget.gradient}`, 4000);
    return;
  }
  if (!('site' in first)) return;
  const objective = first.site;
  const second = await pick(
    functions.filter((f) => f.name !== objective.name).map(siteItem),
    `Pair Gradient (2/2): the gradient of ${objective.name}`,
    `The function that computes ∇${objective.name}`,
  );
  if (!second || !('site' in second)) return;
  await store.add(document.uri, { objective: objective.name, gradient: second.site.name });
  vscode.window.setStatusBarMessage(`Derivative Inspector: ${second.site.name} is checked as the gradient of ${objective.name}`, 4000);
}
