// Bundles the extension host code, the CLI, the benchmark and the webview code.
// Everything the .vsix needs ends up in dist/, so node_modules stays out of the package.
const esbuild = require('esbuild');
const fs = require('fs');
const path = require('path');

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

/** Node targets: extension host (vscode external), CLI, benchmark. */
const nodeBuilds = [
  { entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  // The gradient pairing engine runs in a worker thread of the extension host (never blocking typing).
  { entryPoints: ['src/extension/gradients/worker.ts'], outfile: 'dist/gradientsWorker.js' },
  { entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: ['test/bench/bench.ts'], outfile: 'dist/bench.js', optional: true },
].map(({ optional, ...b }) => ({
  optional,
  options: {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    sourcemap: !production,
    minify: production,
    logLevel: 'warning',
    ...b,
  },
}));

/** Browser targets: one bundle per webview page (see webview/). */
const webviewEntries = fs.existsSync('webview')
  ? fs
      .readdirSync('webview')
      .filter((f) => /^[a-z-]+\.main\.ts$/.test(f))
      .map((f) => path.join('webview', f))
  : [];
const webBuild = {
  options: {
    entryPoints: webviewEntries,
    outdir: 'dist/webview',
    entryNames: '[name]',
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    sourcemap: !production,
    minify: true,
    logLevel: 'warning',
    loader: { '.woff2': 'file', '.woff': 'file', '.ttf': 'file' },
  },
};

/** Files the webview pages load as they are (the strict Plotly bundle is loaded on demand). */
function copyWebviewAssets() {
  fs.mkdirSync('dist/webview', { recursive: true });
  fs.copyFileSync(require.resolve('plotly.js-strict-dist-min/plotly-strict.min.js'), 'dist/webview/plotly.min.js');
}

async function main() {
  const builds = nodeBuilds.filter((b) => !b.optional || fs.existsSync(b.options.entryPoints[0]));
  if (webviewEntries.length) {
    builds.push(webBuild);
    copyWebviewAssets();
  }
  if (watch) {
    for (const b of builds) (await esbuild.context(b.options)).watch();
    console.log('[watch] build started');
  } else {
    await Promise.all(builds.map((b) => esbuild.build(b.options)));
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
