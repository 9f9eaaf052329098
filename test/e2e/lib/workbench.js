// What a spec does in the VS Code workbench, the way a user does it: quick open, go to line,
// hovering with the mouse, the command palette, webviews, themes, screenshots.
'use strict';
const fs = require('fs');
const path = require('path');

const SCREENSHOTS = path.resolve(__dirname, '..', '..', '..', 'test-results', 'screenshots');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** 1-based line and column of the `occurrence`-th (0-based) match of `needle` in `text`, plus `offset` chars. */
function locateInText(text, needle, { occurrence = 0, offset = 0 } = {}) {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" occurs ${i} time(s), wanted occurrence ${occurrence}`);
  }
  const before = text.slice(0, at + offset);
  const line = before.split('\n').length;
  const column = at + offset - before.lastIndexOf('\n');
  return { line, column };
}

class Workbench {
  /** @param {import('playwright-core').Page} page  @param {{ workspace: string, url: string }} env */
  constructor(page, env) {
    this.page = page;
    this.workspace = env.workspace;
    this.url = env.url;
  }

  /** Waits for the workbench and the Explorer to be ready. */
  async ready(timeout = 60_000) {
    await this.page.waitForSelector('.monaco-workbench', { timeout });
    await this.page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout });
  }

  /** Absolute path of a workspace file (the workspace is a fresh copy of examples/). */
  file(rel) {
    return path.join(this.workspace, rel);
  }

  /** Line/column of text in a workspace file, for cursor and hover positions. */
  locate(rel, needle, opts) {
    return locateInText(fs.readFileSync(this.file(rel), 'utf8'), needle, opts);
  }

  async quickInput(keys, text) {
    await this.page.keyboard.press(keys);
    const input = this.page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible', timeout: 10_000 });
    if (text !== undefined) await input.fill(text);
    return input;
  }

  async closeQuickInput() {
    if (await this.page.locator('.quick-input-widget').isVisible()) await this.page.keyboard.press('Escape');
  }

  /** The rows (labels) currently in the quick input list. */
  async quickInputRows() {
    return this.page
      .locator('.quick-input-widget .quick-input-list .monaco-list-row')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('aria-label') || r.textContent || ''));
  }

  /** Opens a workspace file with Quick Open (Ctrl+P) and waits for its editor tab. */
  async openFile(rel) {
    await this.quickInput('Control+P', rel);
    const base = path.basename(rel);
    const row = this.page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: base }).first();
    await row.waitFor({ timeout: 15_000 });
    // Click the row that names the file: Enter takes the highlighted row, which under load can still
    // be a result of the previous keystrokes (another file).
    await row.click();
    await this.page.locator('.tabs-container .tab.active', { hasText: base }).waitFor({ timeout: 15_000 });
    await this.page.locator('.editor-group-container.active .monaco-editor .view-lines').waitFor({ timeout: 15_000 });
  }

  /** Opens a file by clicking it in the Explorer (folders on the way are expanded). */
  async openFromExplorer(rel) {
    const parts = rel.split('/');
    // Another view (the Derivative Inspector side bar, say) may have replaced the Explorer.
    if (!(await this.page.locator('.explorer-folders-view').isVisible())) {
      await this.page.keyboard.press('Control+Shift+E');
      await this.page.locator('.explorer-folders-view').waitFor({ timeout: 10_000 });
    }
    for (let i = 0; i < parts.length; i++) {
      const row = this.page.locator(`.explorer-folders-view .monaco-list-row[aria-label^="${parts[i]}"]`).first();
      // folders earlier specs expanded can push a top-level folder out of the rendered (virtual)
      // list: collapsed, every top-level folder shows again
      if (i === 0 && !(await row.isVisible())) await this.runCommand('Collapse Folders in Explorer');
      await row.waitFor({ timeout: 10_000 });
      const expanded = await row.getAttribute('aria-expanded');
      if (i < parts.length - 1 && expanded === 'true') continue;
      await row.click();
    }
    await this.page.locator('.tabs-container .tab.active', { hasText: parts[parts.length - 1] }).waitFor({ timeout: 15_000 });
  }

  /** The visible text of the active editor (Monaco renders spaces as U+00A0; they come back as spaces). */
  async editorText() {
    const t = await this.page.locator('.editor-group-container.active .monaco-editor .view-lines').innerText();
    return t.replace(/\u00a0/g, ' ');
  }

  /** Moves the cursor of the active editor to a 1-based line and column (Ctrl+G). */
  async goTo(line, column = 1) {
    // Right after a file opens, Ctrl+G can reach the workbench before the editor takes it: the
    // cursor then stays at 1:1. So the status bar's "Ln, Col" is checked, and Ctrl+G tried again.
    let last = '';
    for (let attempt = 0; attempt < 3; attempt++) {
      await this.quickInput('Control+G', `:${line}:${column}`);
      await this.page.keyboard.press('Enter');
      const reached = await this.page
        .waitForFunction(
          ([l, c]) => {
            const s = document.querySelector('.statusbar-item[id$="status.editor.selection"]');
            return !!s && s.textContent.includes(`Ln ${l}, Col ${c}`);
          },
          [line, column],
          { timeout: 5000 },
        )
        .then(
          () => true,
          () => false,
        );
      if (reached) return;
      last = await this.page
        .locator('.statusbar-item[id$="status.editor.selection"]')
        .innerText()
        .catch(() => '(no cursor position in the status bar)');
      await this.closeQuickInput().catch(() => {});
    }
    throw new Error(`goTo ${line}:${column}: the cursor is at ${last}`);
  }

  /** Screen position of the active editor's cursor (left edge, vertical middle). */
  async cursorPoint() {
    return this.page.evaluate(() => {
      const c =
        document.querySelector('.editor-group-container.active .monaco-editor.focused .cursors-layer .cursor') ||
        document.querySelector('.editor-group-container.active .monaco-editor .cursors-layer .cursor');
      if (!c) return null;
      const r = c.getBoundingClientRect();
      return { x: r.left, y: r.top + r.height / 2 };
    });
  }

  /** The visible editor hover (`.monaco-hover`), or null. */
  hoverLocator() {
    return this.page.locator('.monaco-editor .monaco-hover:visible, .monaco-editor-hover .monaco-hover:visible').first();
  }

  /**
   * Hovers the mouse over the character at line/column of the active editor, like a user, and
   * returns the hover's text once it contains `expect` (string or RegExp; any text when omitted).
   * Throws with what the hover showed (or that none appeared) after `timeout`.
   */
  /**
   * Opens `rel` from the Explorer, as a user would, and hovers `needle` (+`opts.offset`) in it: the
   * hover's text once it matches `expect`.
   */
  async hoverIn(rel, needle, expect, opts = {}) {
    await this.openFromExplorer(rel);
    await this.page.locator('.editor-group-container.active .monaco-editor .view-lines').waitFor({ timeout: 15_000 });
    const { line, column } = this.locate(rel, needle, opts);
    return this.hoverAt(line, column, { expect, timeout: 30_000 });
  }

  async hoverAt(line, column, { expect, timeout = 15_000 } = {}) {
    await this.goTo(line, column);
    const p = await this.cursorPoint();
    if (!p) throw new Error('no editor cursor found: is a file open?');
    const deadline = Date.now() + timeout;
    let last = '';
    while (Date.now() < deadline) {
      await this.page.mouse.move(5, 5);
      await this.page.mouse.move(p.x + 4, p.y, { steps: 4 });
      const hover = this.hoverLocator();
      try {
        await hover.waitFor({ state: 'visible', timeout: 4000 });
        // the content fills in asynchronously (providers resolve after the widget appears)
        const until = Date.now() + 3000;
        do {
          last = (await hover.innerText()).trim();
          if (!/Loading\.\.\.$/.test(last) && matches(last, expect)) return last;
          await sleep(200);
        } while (Date.now() < until);
      } catch {
        /* no hover yet: move again */
      }
    }
    throw new Error(`hover at ${line}:${column} did not show ${expect ?? 'anything'}; it showed: ${JSON.stringify(last)}`);
  }

  /** hoverAt on the `occurrence`-th match of `needle` in a file (opens it), `offset` chars into the match. */
  async hoverText(rel, needle, opts = {}) {
    await this.openFile(rel);
    const { line, column } = this.locate(rel, needle, opts);
    return this.hoverAt(line, column, opts);
  }

  /** The editor hover as HTML (to check images, links, math markup). */
  async hoverHtml() {
    return this.hoverLocator().innerHTML();
  }

  async hideHover() {
    await this.page.keyboard.press('Escape');
    await this.page.mouse.move(5, 5);
  }

  /** Command palette rows matching `filter` (titles as shown, e.g. "Derivative Inspector: Check Gradient"). */
  async paletteEntries(filter) {
    await this.quickInput('Control+Shift+P', `>${filter}`);
    await sleep(500);
    const rows = await this.quickInputRows();
    await this.closeQuickInput();
    return rows;
  }

  /** Runs a command by its palette title (Ctrl+Shift+P, type, Enter). */
  async runCommand(title) {
    await this.quickInput('Control+Shift+P', `>${title}`);
    const row = this.page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: title }).first();
    await row.waitFor({ timeout: 10_000 });
    await row.click();
  }

  /** Notification toasts' texts (error messages from commands show up here). */
  async notifications() {
    return this.page.locator('.notification-toast .notification-list-item-message').allInnerTexts();
  }

  /** The inner frames of every webview (panels and views) currently in the page. */
  webviewFrames() {
    return this.page.frames().filter((f) => /\/fake\.html|vscode-webview:|webview\/pre\/fake/.test(f.url()) || f.name() === 'active-frame');
  }

  /**
   * Waits for a webview whose document text satisfies `expect` (string or RegExp) and returns its
   * frame; read more of its DOM with `frame.evaluate(...)` or `frame.locator(...)`.
   */
  async waitForWebview(expect, { timeout = 30_000 } = {}) {
    const deadline = Date.now() + timeout;
    let seen = [];
    while (Date.now() < deadline) {
      seen = [];
      for (const f of this.webviewFrames()) {
        const text = await f.evaluate(() => (document.body ? document.body.innerText : '')).catch(() => '');
        seen.push(text.slice(0, 200));
        if (matches(text, expect)) return f;
      }
      await sleep(300);
    }
    throw new Error(`no webview showed ${expect}; webviews seen: ${JSON.stringify(seen)}`);
  }

  /**
   * The webview frame whose page shows `selector` (and, when given, text matching `text`); read more
   * of it with `frame.evaluate(...)`.
   */
  async frameWith(selector, { text, timeout = 30_000 } = {}) {
    const deadline = Date.now() + timeout;
    while (Date.now() < deadline) {
      for (const f of this.webviewFrames()) {
        const ok = await f
          .evaluate(
            ([s, t]) => !!document.querySelector(s) && (!t || new RegExp(t).test(document.body.innerText)),
            [selector, text ? text.source : null],
          )
          .catch(() => false);
        if (ok) return f;
      }
      await sleep(100);
    }
    throw new Error(`no webview shows ${selector}${text ? ` with ${text}` : ''}`);
  }

  /** Runs Check Gradient from the palette and returns its point input (failing with what the notifications said). */
  async checkGradientInput() {
    await this.runCommand('Derivative Inspector: Check Gradient');
    await this.page
      .waitForFunction(
        () => {
          const i = document.querySelector('.quick-input-widget .quick-input-box input');
          return !!i && i.getClientRects().length > 0 && /=/.test(i.value);
        },
        null,
        { timeout: 10_000 },
      )
      .catch(async () => {
        throw new Error(`no point input after Check Gradient; notifications: ${JSON.stringify(await this.notifications())}`);
      });
    return this.page.locator('.quick-input-widget .quick-input-box input').first();
  }

  /** Switches the color theme through "Preferences: Color Theme", e.g. "Light Modern". */
  async setTheme(label) {
    await this.quickInput('Control+Shift+P', '>Preferences: Color Theme');
    const cmd = this.page
      .locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: 'Preferences: Color Theme' })
      .first();
    await cmd.waitFor({ timeout: 10_000 });
    await this.page.keyboard.press('Enter');
    const input = this.page.locator('.quick-input-widget .quick-input-box input');
    await sleep(300);
    await input.fill(label);
    const row = this.page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: label }).first();
    await row.waitFor({ timeout: 10_000 });
    await this.page.keyboard.press('Enter');
    await sleep(500);
  }

  /** Closes all editors (a clean start for the next test). */
  async closeAllEditors() {
    await this.hideHover();
    await this.closeQuickInput();
    await this.runCommand('View: Close All Editors');
    await sleep(300);
  }

  /** Saves a PNG under test-results/screenshots/ and returns its path. `clip` may be a locator. */
  async screenshot(name, { locator, fullPage = false } = {}) {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    const file = path.join(SCREENSHOTS, `${name.replace(/[^\w.-]+/g, '_')}.png`);
    if (locator) await locator.screenshot({ path: file });
    else await this.page.screenshot({ path: file, fullPage });
    return file;
  }
}

function matches(text, expect) {
  if (expect === undefined) return text.length > 0;
  return expect instanceof RegExp ? expect.test(text) : text.includes(expect);
}

module.exports = { Workbench, locateInText, SCREENSHOTS, sleep };
