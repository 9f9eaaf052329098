// Starting and stopping code-server for a test run or for `npm start`.
'use strict';
const cp = require('child_process');
const fs = require('fs');
const http = require('http');
const net = require('net');
const path = require('path');

/** A free TCP port on 127.0.0.1, chosen by the OS. */
function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function httpStatus(url) {
  return new Promise((resolve) => {
    const req = http.get(url, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    req.on('error', () => resolve(0));
    req.setTimeout(2000, () => {
      req.destroy();
      resolve(0);
    });
  });
}

/** Runs code-server's CLI once (e.g. --install-extension) and returns its output; throws on failure. */
function codeServerCli(entry, args) {
  const r = cp.spawnSync(process.execPath, [entry, ...args], { encoding: 'utf8', timeout: 120_000 });
  const out = `${r.stdout || ''}${r.stderr || ''}`;
  if (r.status !== 0) throw new Error(`code-server ${args.join(' ')} failed (exit ${r.status}):\n${out}`);
  return out;
}

/** Writes User/settings.json into a user-data dir (merged over the defaults the tests rely on). */
function writeUserSettings(userDataDir, extra = {}) {
  const dir = path.join(userDataDir, 'User');
  fs.mkdirSync(dir, { recursive: true });
  const settings = {
    'workbench.startupEditor': 'none',
    'security.workspace.trust.enabled': false,
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'extensions.ignoreRecommendations': true,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'chat.commandCenter.enabled': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'git.enabled': false,
    'editor.minimap.enabled': false,
    ...extra,
  };
  fs.writeFileSync(path.join(dir, 'settings.json'), JSON.stringify(settings, null, 2));
  return settings;
}

/**
 * Starts code-server on 127.0.0.1 and resolves once it answers HTTP.
 * Returns { url, port, proc, stop() }; stop() kills its whole process group.
 */
async function startCodeServer({ entry, port, extensionsDir, userDataDir, workspace, logFile, timeoutMs = 60_000 }) {
  port = port || (await freePort());
  const args = [
    entry,
    '--auth',
    'none',
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--extensions-dir',
    extensionsDir,
    '--user-data-dir',
    userDataDir,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    workspace,
  ];
  const out = logFile ? fs.openSync(logFile, 'a') : 'inherit';
  const proc = cp.spawn(process.execPath, args, { stdio: ['ignore', out, out], detached: true });
  let exited = null;
  proc.on('exit', (code, signal) => {
    exited = { code, signal };
  });
  const stop = () => {
    if (exited) return;
    try {
      process.kill(-proc.pid, 'SIGTERM'); // the group: code-server forks its extension host
    } catch {
      /* already gone */
    }
  };
  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`code-server exited early (${JSON.stringify(exited)}); see ${logFile || 'its output'}`);
    if ((await httpStatus(url + 'healthz')) === 200) return { url, port, proc, stop };
    await new Promise((r) => setTimeout(r, 250));
  }
  stop();
  throw new Error(`code-server did not answer on ${url} within ${timeoutMs / 1000} s; see ${logFile || 'its output'}`);
}

module.exports = { freePort, codeServerCli, writeUserSettings, startCodeServer };
