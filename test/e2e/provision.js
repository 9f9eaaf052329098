// Installs the pinned code-server (a real VS Code 1.100.3 that runs in a browser) once into
// .vscode-test/code-server/, offline apart from the npm registry, and checks the Debian packages
// the e2e tests need. Missing prerequisites fail loudly with the apt-get line that fixes them:
// an e2e suite that silently skips would pass without testing anything.
'use strict';
const cp = require('child_process');
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..');
const PIN_DIR = path.join(__dirname, 'code-server'); // package.json + package-lock.json (committed)
const CACHE = path.join(ROOT, '.vscode-test', 'code-server');
const MARKER = path.join(CACHE, '.provisioned');
const ENTRY = path.join(CACHE, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const CHROMIUM = '/usr/bin/chromium';
// @vscode/ripgrep (a code-server dependency) downloads this file unless it is already in its cache.
const RG_CACHE_DIR = path.join(os.tmpdir(), 'vscode-ripgrep-cache-1.15.11');
const RG_TARBALL = 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';

/** What must exist to build code-server's native modules, with the Debian package providing it. */
const BUILD_PREREQS = [
  { pkg: 'libkrb5-dev', files: ['/usr/include/krb5.h', '/usr/include/gssapi/gssapi.h'] },
  { pkg: 'libsecret-1-dev', files: ['/usr/include/libsecret-1/libsecret/secret.h'] },
  { pkg: 'libx11-dev', files: ['/usr/include/X11/Xlib.h'] },
  { pkg: 'libxkbfile-dev', files: ['/usr/include/X11/extensions/XKBfile.h'] },
  { pkg: 'ripgrep', cmd: 'rg' },
  { pkg: 'g++', cmd: 'g++' },
  { pkg: 'make', cmd: 'make' },
  { pkg: 'python3', cmd: 'python3' },
];
const RUN_PREREQS = [{ pkg: 'chromium', files: [CHROMIUM] }];

function which(cmd) {
  for (const dir of (process.env.PATH || '').split(path.delimiter)) {
    const p = path.join(dir, cmd);
    try {
      fs.accessSync(p, fs.constants.X_OK);
      return p;
    } catch {
      /* not here */
    }
  }
  return undefined;
}

/** Throws with the apt-get command that installs whatever is missing. */
function checkPrereqs(list) {
  const missing = list.filter((p) => (p.cmd ? !which(p.cmd) : !p.files.every((f) => fs.existsSync(f))));
  if (missing.length) {
    const pkgs = missing.map((p) => p.pkg).join(' ');
    throw new Error(
      `e2e prerequisites missing: ${pkgs}\n` +
        `  install them with: apt-get update && apt-get install -y ${pkgs}\n` +
        "  (the e2e tests run the extension in code-server driven by Debian's Chromium; see .ci/run)",
    );
  }
}

/** Fingerprint of the pinned install: a new pin (or a changed lockfile) reinstalls. */
function pinHash() {
  const h = crypto.createHash('sha256');
  for (const f of ['package.json', 'package-lock.json']) h.update(fs.readFileSync(path.join(PIN_DIR, f)));
  h.update(process.version.split('.')[0]); // native modules are built for one Node major
  return h.digest('hex');
}

function isProvisioned() {
  try {
    return fs.readFileSync(MARKER, 'utf8').trim() === pinHash() && fs.existsSync(ENTRY);
  } catch {
    return false;
  }
}

/** Packs Debian's rg into the file @vscode/ripgrep's postinstall looks for before downloading. */
function seedRipgrepCache() {
  const tarball = path.join(RG_CACHE_DIR, RG_TARBALL);
  if (fs.existsSync(tarball)) return;
  fs.mkdirSync(RG_CACHE_DIR, { recursive: true });
  const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-stage-'));
  fs.copyFileSync(which('rg'), path.join(stage, 'rg'));
  fs.chmodSync(path.join(stage, 'rg'), 0o755);
  cp.execFileSync('tar', ['czf', tarball + '.tmp', '-C', stage, 'rg']);
  fs.renameSync(tarball + '.tmp', tarball);
  fs.rmSync(stage, { recursive: true, force: true });
}

function run(cmd, args, opts) {
  const r = cp.spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status}${r.signal ? ', ' + r.signal : ''})`);
}

/** Native modules that show the install scripts really ran (npm 11 skips unapproved ones silently). */
function checkInstall() {
  const vs = path.join(CACHE, 'node_modules', 'code-server', 'lib', 'vscode');
  const needed = [
    ENTRY,
    path.join(vs, 'node_modules', '@vscode', 'spdlog', 'build', 'Release', 'spdlog.node'),
    path.join(vs, 'node_modules', 'node-pty', 'build', 'Release', 'pty.node'),
    path.join(vs, 'node_modules', '@vscode', 'ripgrep', 'bin', 'rg'),
  ];
  const missing = needed.filter((f) => !fs.existsSync(f));
  if (missing.length) {
    throw new Error(
      'code-server installed, but its install scripts did not build everything:\n  ' +
        missing.map((f) => path.relative(ROOT, f)).join('\n  ') +
        '\n  (check allowScripts in test/e2e/code-server/package.json and the npm output above)',
    );
  }
}

/** Ensures code-server is installed; returns the path of its entry script (run it with node). */
function provision({ log = console.log } = {}) {
  checkPrereqs(RUN_PREREQS);
  if (isProvisioned()) return ENTRY;
  checkPrereqs(BUILD_PREREQS);
  log(`[e2e] installing code-server into ${path.relative(ROOT, CACHE)} (once; about a minute)…`);
  seedRipgrepCache();
  fs.rmSync(CACHE, { recursive: true, force: true });
  fs.mkdirSync(CACHE, { recursive: true });
  for (const f of ['package.json', 'package-lock.json']) fs.copyFileSync(path.join(PIN_DIR, f), path.join(CACHE, f));
  const started = Date.now();
  // allowScripts in the pinned package.json lets npm 11 run code-server's and argon2's install
  // scripts; code-server's postinstall then installs VS Code's own modules in lib/vscode.
  // npm_config_yes: one of those scripts runs `npx node-gyp`, which must not stop to ask.
  run('npm', ['ci', '--unsafe-perm', '--no-audit', '--no-fund'], {
    cwd: CACHE,
    env: { ...process.env, npm_config_yes: 'true' },
  });
  checkInstall();
  fs.writeFileSync(MARKER, pinHash() + '\n');
  log(`[e2e] code-server installed in ${Math.round((Date.now() - started) / 1000)} s`);
  return ENTRY;
}

module.exports = { provision, CHROMIUM, CACHE, ROOT };

if (require.main === module) {
  try {
    console.log(provision());
  } catch (err) {
    console.error(`[e2e] ${err.message}`);
    process.exit(1);
  }
}
