// `npm run test:desktop`: the extension in a desktop VS Code downloaded by @vscode/test-electron
// (cached in .vscode-test/). For machines that can download VS Code; CI here uses code-server
// (npm run test:e2e) instead, since its download is not reachable.
import * as path from 'path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '../../..');
  try {
    await runTests({
      extensionDevelopmentPath: root,
      extensionTestsPath: path.resolve(__dirname, 'suite', 'index'),
      launchArgs: [path.join(root, 'examples'), '--disable-extensions', '--disable-workspace-trust'],
    });
  } catch (err) {
    console.error('desktop tests failed:', err);
    process.exit(1);
  }
}

void main();
