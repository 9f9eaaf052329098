// Command registration plumbing shared by the hover and panel code: the command ids (one place,
// matching package.json), a wrapper that turns thrown errors into a readable message instead of a
// silent failure, and `command:` links for hover Markdown.
import * as vscode from 'vscode';

export const COMMANDS = {
  checkGradient: 'derivativeInspector.checkGradient',
  showPlot: 'derivativeInspector.showPlot',
  openPlot: 'derivativeInspector.openPlot',
  copyDerivative: 'derivativeInspector.copyDerivative',
  checkPairs: 'derivativeInspector.checkPairs',
  pairGradient: 'derivativeInspector.pairGradient',
} as const;

export type CommandId = (typeof COMMANDS)[keyof typeof COMMANDS];

/** Shows an error from a command to the user; input errors carry their own position in the message. */
export function reportError(err: unknown): void {
  const message = err instanceof Error ? err.message : String(err);
  void vscode.window.showErrorMessage(`Derivative Inspector: ${message}`);
}

/**
 * Registers a command whose failures reach the user as an error message (and are logged),
 * and disposes it with the extension.
 */
export function registerCommand<A extends unknown[]>(
  context: vscode.ExtensionContext,
  id: CommandId,
  handler: (...args: A) => unknown,
): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(id, async (...args: A) => {
      try {
        return await handler(...args);
      } catch (err) {
        console.error(`[derivative-inspector] ${id} failed:`, err);
        reportError(err);
        return undefined;
      }
    }),
  );
}

/**
 * A `command:` URI for a Markdown link (hovers). The MarkdownString must list the command in
 * `isTrusted: { enabledCommands: [...] }` for the link to run.
 */
export function commandUri(id: CommandId, ...args: unknown[]): string {
  return `command:${id}?${encodeURIComponent(JSON.stringify(args))}`;
}

/** The text to copy from a Copy Derivative invocation: a string, or `{ text }` / `{ derivative }`. */
export function textToCopy(arg: unknown): string | undefined {
  if (typeof arg === 'string') return arg;
  if (arg && typeof arg === 'object') {
    const o = arg as Record<string, unknown>;
    for (const key of ['text', 'derivative']) if (typeof o[key] === 'string') return o[key] as string;
  }
  return undefined;
}

/** Copy Derivative: puts the given derivative text on the clipboard (used by hover links). */
async function copyDerivative(arg?: unknown): Promise<void> {
  const text = textToCopy(arg);
  if (text === undefined || text === '') {
    void vscode.window.showInformationMessage('Derivative Inspector: hover a formula and use its "Copy" link to copy a derivative.');
    return;
  }
  await vscode.env.clipboard.writeText(text);
  vscode.window.setStatusBarMessage(`Copied derivative: ${text.length > 60 ? text.slice(0, 57) + '…' : text}`, 3000);
}

/** Registers the commands that belong to no feature module (Copy Derivative). */
export function registerSharedCommands(context: vscode.ExtensionContext): void {
  registerCommand(context, COMMANDS.copyDerivative, copyDerivative);
}
