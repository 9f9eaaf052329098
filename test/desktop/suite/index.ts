// Runs inside the desktop extension host: opens an example and asks VS Code for the hover, as the
// editor does when the mouse rests on `x**2 + 3*x`.
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';

export async function run(): Promise<void> {
  const root = path.resolve(__dirname, '../../../..');
  const uri = vscode.Uri.file(path.join(root, 'examples', 'python', 'train_step.py'));
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(doc);
  const line = doc
    .getText()
    .split('\n')
    .findIndex((l) => l.includes('y = x**2 + 3*x'));
  assert.ok(line >= 0, 'the example holds y = x**2 + 3*x');
  const position = new vscode.Position(line, doc.lineAt(line).text.indexOf('x**2'));
  let text = '';
  for (let i = 0; i < 50 && !/2 \* x \+ 3/.test(text); i++) {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
    text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    if (!/2 \* x \+ 3/.test(text)) await new Promise((r) => setTimeout(r, 200));
  }
  assert.match(text, /∂y\/∂x = 2 \* x \+ 3/, `hover text: ${text}`);
  const commands = await vscode.commands.getCommands(true);
  for (const c of ['derivativeInspector.checkGradient', 'derivativeInspector.showPlot', 'derivativeInspector.openPlot']) {
    assert.ok(commands.includes(c), `${c} is registered`);
  }
  console.log('desktop suite: 2 checks passed');
}
