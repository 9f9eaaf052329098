// Serves the built webview page exactly as the extension does (same HTML shell and CSP, from
// out/src/extension/panel/html.js) with dist/webview as the only resource root.
'use strict';
const fs = require('fs');
const http = require('http');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..');
const DIST = path.join(ROOT, 'dist', 'webview');
const HTML_JS = path.join(ROOT, 'out', 'src', 'extension', 'panel', 'html.js');

const TYPES = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.map': 'application/json',
};

function checkBuilt() {
  for (const f of [path.join(DIST, 'panel.main.js'), path.join(DIST, 'plotly.min.js'), HTML_JS]) {
    if (!fs.existsSync(f)) throw new Error(`${path.relative(ROOT, f)} is missing: run "npm run build && npm run compile-tests" first`);
  }
}

/** Starts the server; resolves to { origin, url(view), close() }. */
async function serve() {
  checkBuilt();
  const { pageHtml, makeNonce } = require(HTML_JS);
  let origin = '';
  const server = http.createServer((req, res) => {
    const u = new URL(req.url, origin);
    const page = /^\/page\/(report|plot|sidebar)$/.exec(u.pathname);
    if (page) {
      const html = pageHtml({
        view: page[1],
        cspSource: origin,
        nonce: makeNonce(),
        title: 'test',
        scriptUri: `${origin}/dist/panel.main.js`,
        styleUri: `${origin}/dist/panel.main.css`,
        plotlyUri: `${origin}/dist/plotly.min.js`,
      });
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end(html);
    }
    if (u.pathname === '/favicon.ico') {
      res.writeHead(204); // webviews have none; keep the browser's request out of the error log
      return res.end();
    }
    const file = path.join(DIST, decodeURIComponent(u.pathname.replace(/^\/dist\//, '')));
    if (!u.pathname.startsWith('/dist/') || !file.startsWith(DIST) || !fs.existsSync(file)) {
      res.writeHead(404);
      return res.end();
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, url: (view) => `${origin}/page/${view}`, close: () => new Promise((r) => server.close(r)) };
}

module.exports = { serve, ROOT };
