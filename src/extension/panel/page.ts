// Sets up a webview (panel or side-bar view) for one of our pages: local resources limited to
// dist/webview and media, the CSP'd HTML shell, and validated messages from the page.
import * as vscode from 'vscode';
import { makeNonce, pageHtml } from './html';
import { FromWebview, parseFromWebview, ToWebview, ViewKind } from '../../protocol/messages';
import { revealable } from './reveal';

export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
  return {
    enableScripts: true,
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist', 'webview'), vscode.Uri.joinPath(extensionUri, 'media')],
  };
}

export function setPage(webview: vscode.Webview, extensionUri: vscode.Uri, view: ViewKind, title: string): void {
  webview.options = webviewOptions(extensionUri);
  const asset = (name: string) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview', name)).toString();
  webview.html = pageHtml({
    view,
    title,
    cspSource: webview.cspSource,
    nonce: makeNonce(),
    scriptUri: asset('panel.main.js'),
    styleUri: asset('panel.main.css'),
    plotlyUri: asset('plotly.min.js'),
  });
}

/** Listens for messages from the page; malformed ones are logged and dropped. */
export function onPageMessage(webview: vscode.Webview, handler: (m: FromWebview) => unknown): vscode.Disposable {
  return webview.onDidReceiveMessage(async (raw: unknown) => {
    const parsed = parseFromWebview(raw);
    if (!parsed.ok) {
      console.warn(`[derivative-inspector] rejected a webview message: ${parsed.error}`);
      return;
    }
    try {
      await handler(parsed.message);
    } catch (err) {
      console.error('[derivative-inspector] webview message failed:', err);
      void vscode.window.showErrorMessage(`Derivative Inspector: ${err instanceof Error ? err.message : String(err)}`);
    }
  });
}

/**
 * Ties a panel's or view's listeners to its own lifetime: when it closes they are disposed (with the
 * close listener itself) and `closed` runs. Nothing is added to the extension's subscriptions, which
 * would otherwise grow by one entry per panel ever opened.
 */
export function ownListeners(owner: { onDidDispose: vscode.Event<void> }, listeners: vscode.Disposable, closed: () => void): void {
  const onClose = owner.onDidDispose(() => {
    listeners.dispose();
    onClose.dispose();
    closed();
  });
}

/** Posts a message; a page that is gone simply does not receive it. */
export function send(webview: vscode.Webview, message: ToWebview): void {
  void webview.postMessage(message).then(undefined, () => undefined);
}

/**
 * Opens a line of the report's own document `doc` in its editor (links to wrong hand-written
 * components), when the page's request passes `revealable`; anything else is logged and dropped.
 */
export async function revealLine(doc: vscode.TextDocument | undefined, uri: string, line: number): Promise<void> {
  const ok = revealable(doc && { uri: doc.uri.toString(), lineCount: doc.lineCount }, uri, line);
  if ('refused' in ok || !doc) {
    console.warn(`[derivative-inspector] refused a reveal from the page: ${'refused' in ok ? ok.refused : ''}`);
    return;
  }
  const editor = await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One, preserveFocus: false });
  const range = doc.lineAt(ok.line).range;
  editor.selection = new vscode.Selection(range.start, range.start);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
