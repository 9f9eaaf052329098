// `npm start`: build, then open VS Code in the browser (code-server on 127.0.0.1) on examples/
// with the extension loaded from this checkout, and print the URL. Runs until Ctrl+C.
// Env: PORT (default 8080). The extension is linked, not installed, so `npm run watch` in another
// terminal plus "Developer: Reload Window" in the browser picks up changes.
'use strict';
const cp = require('child_process');
const fs = require('fs');
const path = require('path');
const { provision, ROOT } = require('./provision');
const { writeUserSettings, startCodeServer } = require('./lib/server');

async function main() {
  const entry = provision({ log: console.log });
  const build = cp.spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('npm run build failed');

  const pkg = require(path.join(ROOT, 'package.json'));
  const dev = path.join(ROOT, '.vscode-test', 'dev');
  const extensionsDir = path.join(dev, 'extensions');
  const userDataDir = path.join(dev, 'user-data');
  fs.mkdirSync(extensionsDir, { recursive: true });
  // code-server loads every folder named publisher.name-version in its extensions dir: a link to
  // this checkout loads the freshly built dist/ without packaging.
  for (const d of fs.readdirSync(extensionsDir)) {
    if (d.startsWith(`${pkg.publisher}.${pkg.name}-`)) fs.rmSync(path.join(extensionsDir, d), { recursive: true, force: true });
  }
  fs.symlinkSync(ROOT, path.join(extensionsDir, `${pkg.publisher}.${pkg.name}-${pkg.version}`), 'dir');
  fs.rmSync(path.join(extensionsDir, 'extensions.json'), { force: true });
  if (!fs.existsSync(path.join(userDataDir, 'User', 'settings.json'))) writeUserSettings(userDataDir);

  const port = Number(process.env.PORT || 8080);
  const server = await startCodeServer({ entry, port, extensionsDir, userDataDir, workspace: path.join(ROOT, 'examples') });
  console.log(`\nDerivative Inspector is running in VS Code at ${server.url}?folder=${encodeURIComponent(path.join(ROOT, 'examples'))}`);
  console.log('Open it in a browser, open a file in examples/ and rest the mouse on an expression. Ctrl+C stops.\n');
  const stop = () => {
    server.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  server.proc.on('exit', (code) => {
    console.log(`code-server exited (${code})`);
    process.exit(code ? 1 : 0);
  });
}

main().catch((err) => {
  console.error(`[start] ${err && err.message ? err.message : err}`);
  process.exit(1);
});
