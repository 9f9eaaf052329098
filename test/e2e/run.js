// `npm run test:e2e`: the extension, packaged as users get it, in a real VS Code (code-server)
// driven through Chromium like a user. Steps: provision code-server, package the .vsix, install
// it into a fresh extensions dir, start code-server on a copy of examples/, open Chromium, run
// test/e2e/specs/*.spec.js in name order with mocha, save screenshots, always shut down.
//
// Options: --skip-package (reuse dist/derivative-inspector.vsix), --grep <regexp>,
// --spec <file-substring>. Env: E2E_THEME (default "Default Dark Modern"), E2E_TIMEOUT_MIN.
'use strict';
const cp = require('child_process');
const fs = require('fs');
const path = require('path');
const { provision, CHROMIUM, ROOT } = require('./provision');
const { codeServerCli, writeUserSettings, startCodeServer } = require('./lib/server');
const { Workbench, setWorkbench, SCREENSHOTS } = require('./lib');

const argv = process.argv.slice(2);
const opt = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const VSIX = path.join(ROOT, 'dist', 'derivative-inspector.vsix');
const RESULTS = path.join(ROOT, 'test-results');
const RUN_DIR = path.join(ROOT, '.vscode-test', 'run');
const THEME = process.env.E2E_THEME || 'Default Dark Modern';
const TIMEOUT_MIN = Number(process.env.E2E_TIMEOUT_MIN || 20);

const cleanups = [];
async function cleanup() {
  while (cleanups.length) {
    try {
      await cleanups.pop()();
    } catch {
      /* keep shutting down the rest */
    }
  }
}
function fail(message) {
  console.error(`[e2e] FAILED: ${message}`);
  return cleanup().then(() => process.exit(1));
}
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => fail(`interrupted (${sig})`));

function step(msg) {
  console.log(`[e2e] ${msg}`);
}

/** The tail of the extension host's log, to explain a failure that happened inside the extension. */
function extensionHostLogTail(userDataDir, lines = 40) {
  const found = [];
  const walk = (d) => {
    for (const e of fs.existsSync(d) ? fs.readdirSync(d, { withFileTypes: true }) : []) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/exthost.*\.log$/i.test(e.name)) found.push(p);
    }
  };
  walk(path.join(userDataDir, 'logs'));
  return found.map((f) => `--- ${path.relative(ROOT, f)}\n` + fs.readFileSync(f, 'utf8').split('\n').slice(-lines).join('\n')).join('\n');
}

async function main() {
  const watchdog = setTimeout(() => fail(`the whole run exceeded ${TIMEOUT_MIN} min`), TIMEOUT_MIN * 60_000);
  watchdog.unref();

  step('checking prerequisites / code-server');
  const entry = provision({ log: console.log }); // its messages carry their own [e2e] prefix

  if (!argv.includes('--skip-package') || !fs.existsSync(VSIX)) {
    step('npm run package');
    const r = cp.spawnSync('npm', ['run', 'package'], { cwd: ROOT, stdio: 'inherit' });
    if (r.status !== 0) throw new Error('npm run package failed');
  }
  step(`.vsix: ${path.relative(ROOT, VSIX)} (${Math.round(fs.statSync(VSIX).size / 1024)} KiB)`);

  // A fresh profile per run: extensions dir, user data, and a copy of the examples as workspace.
  fs.rmSync(RUN_DIR, { recursive: true, force: true });
  const extensionsDir = path.join(RUN_DIR, 'extensions');
  const userDataDir = path.join(RUN_DIR, 'user-data');
  const workspace = path.join(RUN_DIR, 'workspace');
  fs.mkdirSync(extensionsDir, { recursive: true });
  fs.cpSync(path.join(ROOT, 'examples'), workspace, { recursive: true });
  fs.rmSync(SCREENSHOTS, { recursive: true, force: true });
  fs.mkdirSync(SCREENSHOTS, { recursive: true });

  step('installing the .vsix into a fresh extensions dir');
  codeServerCli(entry, ['--extensions-dir', extensionsDir, '--user-data-dir', userDataDir, '--install-extension', VSIX]);
  const installed = fs.readdirSync(extensionsDir).filter((d) => d.startsWith('derivative-inspector.'));
  if (!installed.length) throw new Error(`the .vsix did not install: ${extensionsDir} holds ${fs.readdirSync(extensionsDir)}`);
  writeUserSettings(userDataDir, { 'workbench.colorTheme': THEME });

  step('starting code-server');
  const server = await startCodeServer({
    entry,
    extensionsDir,
    userDataDir,
    workspace,
    logFile: path.join(RESULTS, 'code-server.log'),
  });
  cleanups.push(async () => server.stop());
  step(`code-server at ${server.url} (theme ${THEME})`);

  const { chromium } = require('playwright-core');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  cleanups.push(() => browser.close());
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const consoleLog = fs.createWriteStream(path.join(RESULTS, 'browser-console.log'));
  cleanups.push(() => new Promise((r) => consoleLog.end(r)));
  page.on('console', (m) => consoleLog.write(`[${m.type()}] ${m.text()}\n`));
  page.on('pageerror', (e) => consoleLog.write(`[pageerror] ${e.message}\n`));

  await page.goto(`${server.url}?folder=${encodeURIComponent(workspace)}`);
  const wb = new Workbench(page, { workspace, url: server.url });
  await wb.ready();
  setWorkbench(wb);
  step('workbench ready; running specs');

  const { Mocha } = require('mocha');
  const mocha = new Mocha({ timeout: 90_000, reporter: 'spec', grep: opt('--grep') });
  mocha.suite.afterEach(async function () {
    if (this.currentTest && this.currentTest.state === 'failed') {
      const file = await wb.screenshot(`FAILED-${this.currentTest.fullTitle()}`).catch(() => '');
      if (file) console.log(`      screenshot: ${path.relative(ROOT, file)}`);
      await wb.hideHover().catch(() => {});
      await wb.closeQuickInput().catch(() => {});
    }
  });
  const specDir = path.join(__dirname, 'specs');
  const specFilter = opt('--spec');
  const specs = fs
    .readdirSync(specDir)
    .filter((f) => f.endsWith('.spec.js') && (!specFilter || f.includes(specFilter)))
    .sort();
  if (!specs.length) throw new Error(`no spec files in ${specDir}${specFilter ? ` matching ${specFilter}` : ''}`);
  for (const f of specs) mocha.addFile(path.join(specDir, f));
  await mocha.loadFilesAsync();
  const failures = await new Promise((resolve) => mocha.run(resolve));
  if (failures) {
    console.error(extensionHostLogTail(userDataDir));
    console.error(`[e2e] logs: test-results/code-server.log, test-results/browser-console.log; screenshots: test-results/screenshots/`);
  }
  await cleanup();
  clearTimeout(watchdog);
  return failures;
}

main().then(
  (failures) => {
    if (failures) {
      console.error(`[e2e] ${failures} test(s) failed`);
      process.exit(1);
    }
    step('all specs passed');
    process.exit(0);
  },
  (err) => fail(err && err.stack ? err.stack : String(err)),
);
