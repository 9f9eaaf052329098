// Chromium with a stand-in for acquireVsCodeApi: records what the page posts and the state it
// saves, and every CSP violation and console error, so tests can assert on them.
'use strict';
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');
const { serve, ROOT } = require('./server');

/** Where the page tests put their screenshots. */
const SHOTS = path.join(ROOT, 'test-results', 'webview');

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ARGS });
}

/** Opens a page on `url`; `state` (optional) is what vscode.getState() returns, as after a reload. */
async function openPage(browser, url, { state, theme = 'dark' } = {}) {
  const page = await browser.newPage({ viewport: { width: 900, height: 800 } });
  const log = { console: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') log.console.push(m.text());
  });
  page.on('pageerror', (e) => log.console.push(String(e)));
  page.on('response', (r) => {
    if (r.status() >= 400) log.console.push(`HTTP ${r.status()} ${r.url()}`);
  });
  await page.addInitScript(
    ({ state, theme }) => {
      window.__posted = [];
      window.__state = state;
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        window.__violations.push(`${e.violatedDirective}: ${e.blockedURI || e.sample || ''}`);
      });
      window.acquireVsCodeApi = () => ({
        postMessage: (m) => window.__posted.push(JSON.parse(JSON.stringify(m))),
        getState: () => window.__state,
        setState: (s) => {
          window.__state = JSON.parse(JSON.stringify(s));
        },
      });
      // What VS Code does: a theme class on <body> and --vscode-* variables (set through the CSSOM,
      // as the webview host does, so the CSP allows them).
      const themes = {
        dark: {
          cls: 'vscode-dark',
          vars: {
            foreground: '#cccccc',
            'editor-foreground': '#d4d4d4',
            'editor-background': '#1f1f1f',
            descriptionForeground: '#9d9d9d',
            'charts-blue': '#3794ff',
            'charts-red': '#f14c4c',
            'charts-green': '#89d185',
            'charts-orange': '#d18616',
            'charts-purple': '#b180d7',
            'panel-border': '#2b2b2b',
            'editorWidget-border': '#454545',
            'textLink-foreground': '#4daafc',
            'font-family': 'system-ui, sans-serif',
            'font-size': '13px',
            'editor-font-family': 'monospace',
            focusBorder: '#0078d4',
            errorForeground: '#f85149',
            'input-background': '#313131',
            'input-foreground': '#cccccc',
            'button-background': '#0078d4',
            'testing-iconPassed': '#73c991',
            'testing-iconFailed': '#f14c4c',
            'textCodeBlock-background': '#2b2b2b',
            'inputValidation-errorBackground': '#5a1d1d',
          },
        },
        light: {
          cls: 'vscode-light',
          vars: {
            foreground: '#3b3b3b',
            'editor-foreground': '#3b3b3b',
            'editor-background': '#ffffff',
            descriptionForeground: '#616161',
            'charts-blue': '#1a85ff',
            'charts-red': '#e51400',
            'charts-green': '#388a34',
            'charts-orange': '#d18616',
            'charts-purple': '#652d90',
            'panel-border': '#e5e5e5',
            'editorWidget-border': '#c8c8c8',
            'textLink-foreground': '#005fb8',
            'font-family': 'system-ui, sans-serif',
            'font-size': '13px',
            'editor-font-family': 'monospace',
            focusBorder: '#005fb8',
            errorForeground: '#f85149',
            'input-background': '#ffffff',
            'input-foreground': '#3b3b3b',
            'button-background': '#005fb8',
            'testing-iconPassed': '#388a34',
            'testing-iconFailed': '#e51400',
            'textCodeBlock-background': '#f3f3f3',
            'inputValidation-errorBackground': '#f2dede',
          },
        },
      };
      window.__applyTheme = (name) => {
        const t = themes[name];
        document.documentElement.style.setProperty('color-scheme', name === 'dark' ? 'dark' : 'light');
        for (const [k, v] of Object.entries(t.vars)) document.documentElement.style.setProperty(`--vscode-${k}`, v);
        document.body.className = t.cls;
      };
      document.addEventListener('DOMContentLoaded', () => window.__applyTheme(theme));
    },
    { state, theme },
  );
  await page.goto(url);
  await page.waitForFunction(() => window.__posted.some((m) => m.type === 'ready'));
  return { page, log };
}

/** Sends a host → webview message the way VS Code delivers it (a window message event). */
function send(page, message) {
  return page.evaluate((m) => window.postMessage(m, '*'), message);
}

/**
 * Registers a suite's hooks: one server and one Chromium for its tests. `open(view, opts)` opens a
 * page; after each test, no page it opened may have left a CSP violation or a console error (other
 * than those matching `ignore`), and the pages are closed.
 */
function pageSuite({ ignore } = {}) {
  let server;
  let browser;
  const opened = [];
  before(async () => {
    server = await serve();
    browser = await launch();
    fs.mkdirSync(SHOTS, { recursive: true });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
  afterEach(async () => {
    for (const { page, log } of opened.splice(0)) {
      assert.deepStrictEqual(await page.evaluate(() => window.__violations), [], 'CSP violations');
      assert.deepStrictEqual(
        log.console.filter((c) => !ignore?.test(c)),
        [],
        'console errors',
      );
      await page.close();
    }
  });
  return {
    async open(view, opts) {
      const p = await openPage(browser, server.url(view), opts);
      opened.push(p);
      return p;
    },
  };
}

module.exports = { launch, openPage, send, pageSuite, SHOTS };
