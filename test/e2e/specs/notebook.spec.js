// A Jupyter notebook in VS Code's notebook editor (the built-in ipynb serializer; no Jupyter
// extension, no kernel): the hover in a cell follows the code cells above it, at the values the
// notebook assigns, and never the cell below. Screenshots in test-results/screenshots.
'use strict';
const assert = require('assert');
const { workbench, sleep } = require('../lib');

const NOTEBOOK = 'notebooks/tanh_unit.ipynb';

/** Waits for the notebook editor to show its cells' code (Monaco editors inside the cell list). */
async function openNotebook() {
  const wb = workbench();
  await wb.openFromExplorer(NOTEBOOK);
  await wb.page.locator('.notebookOverlay .cell-list-container .monaco-editor .view-line').first().waitFor({ timeout: 30_000 });
}

/**
 * Screen point of the `offset`-th character of the cell line whose text is `lineText`: where a user
 * puts the mouse. The line is scrolled into view first.
 */
async function pointOf(lineText, offset) {
  const page = workbench().page;
  const line = page.locator('.notebookOverlay .cell-list-container .monaco-editor .view-line', { hasText: lineText }).first();
  await line.waitFor({ timeout: 15_000 });
  await line.scrollIntoViewIfNeeded();
  await sleep(300);
  const p = await line.evaluate((el, k) => {
    // Monaco renders spaces as U+00A0 in spans: walk the text nodes to the k-th character
    const walker = document.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (k < n.textContent.length) {
        const r = document.createRange();
        r.setStart(n, k);
        r.setEnd(n, k + 1);
        const b = r.getBoundingClientRect();
        return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
      }
      k -= n.textContent.length;
    }
    return null;
  }, offset);
  if (!p) throw new Error(`no character ${offset} in the cell line "${lineText}"`);
  return p;
}

/** Hovers the mouse over a character of a cell, like a user, until the hover shows `expect`. */
async function hoverCell(lineText, offset, expect, timeout = 30_000) {
  const wb = workbench();
  const deadline = Date.now() + timeout;
  let last = '';
  while (Date.now() < deadline) {
    const p = await pointOf(lineText, offset);
    await wb.page.mouse.move(5, 5);
    await wb.page.mouse.move(p.x, p.y, { steps: 4 });
    const hover = wb.page.locator('.monaco-hover:visible').first();
    try {
      await hover.waitFor({ state: 'visible', timeout: 4000 });
      const until = Date.now() + 3000;
      do {
        last = (await hover.innerText()).trim();
        if (!/Loading\.\.\.$/.test(last) && expect.test(last)) return { text: last, hover };
        await sleep(200);
      } while (Date.now() < until);
    } catch {
      /* no hover yet: move again */
    }
  }
  throw new Error(`the hover over "${lineText}" did not show ${expect}; it showed: ${JSON.stringify(last)}`);
}

/** Replaces a cell's line by typing, as a user does. */
async function retype(line, replacement) {
  const page = workbench().page;
  const p = await pointOf(line, 0);
  await page.mouse.click(p.x, p.y);
  await page.keyboard.press('End');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.type(replacement);
  await sleep(300);
}

/** The number after `# =` on the line of `label` in the hover text. */
function numberAfter(text, label) {
  const m = new RegExp(`^${label.replace(/[/]/g, '\\/')} = .*# = (-?[\\d.e+-]+)`, 'm').exec(text);
  assert.ok(m, `a value for ${label} in:\n${text}`);
  return Number(m[1]);
}

describe('notebook (.ipynb in the notebook editor)', function () {
  afterEach(async () => workbench().hideHover());
  after(async () => workbench().closeAllEditors());

  // the notebook's own values: w, b, x, y = 0.5, 0.1, 2.0, 1.0 (cell 3); z = w x + b (cell 5)
  const h = Math.tanh(0.5 * 2 + 0.1);

  it('hovering z in h = np.tanh(z) shows the totals through z = w*x + b of the cell above, at the notebook values', async function () {
    const wb = workbench();
    await openNotebook();
    const { text, hover } = await hoverCell('h = np.tanh(z)', 'h = np.tanh('.length, /dh\/dw/);
    await wb.screenshot('notebook-hover-z-totals', { locator: hover });
    await wb.screenshot('notebook-hover-z-totals-editor');
    assert.match(text, /Total derivatives with respect to the inputs b, w, x through z = w \* x \+ b/);
    assert.match(text, /Values at b = 0\.1, w = 0\.5, x = 2\b/, "the notebook's values, not defaults (nor w = 3.0 of the cell below)");
    assert.ok(Math.abs(numberAfter(text, 'dh/dw') - (1 - h * h) * 2) < 1e-6, 'dh/dw = (1 − tanh²(wx + b))·x');
    assert.ok(Math.abs(numberAfter(text, 'dh/db') - (1 - h * h)) < 1e-6, 'dh/db = 1 − tanh²(wx + b)');
    assert.ok(Math.abs(numberAfter(text, 'dh/dx') - (1 - h * h) * 0.5) < 1e-6, 'dh/dx = (1 − tanh²(wx + b))·w');
  });

  it('hovering loss follows h and z two cells up', async function () {
    const wb = workbench();
    await openNotebook();
    const { text, hover } = await hoverCell('loss = (h - y) ** 2', 'loss = ('.length, /dloss\/dw/);
    await wb.screenshot('notebook-hover-loss-totals', { locator: hover });
    assert.match(text, /Total derivatives with respect to the inputs b, w, x, y/);
    assert.ok(Math.abs(numberAfter(text, 'dloss/dw') - 2 * (h - 1) * (1 - h * h) * 2) < 1e-6, 'dloss/dw = 2(h − y)(1 − h²)x');
  });

  it('Check Gradient from a cell: the point is the notebook values, the totals run through the cell above', async function () {
    const wb = workbench();
    await openNotebook();
    await wb.hideHover();
    const p = await pointOf('h = np.tanh(z)', 'h = np.tanh('.length);
    await wb.page.mouse.click(p.x, p.y);
    await sleep(300);
    const input = await wb.checkGradientInput();
    assert.strictEqual(await input.inputValue(), 'b = 0.1, w = 0.5, x = 2', "the point prefilled with the notebook's values");
    await wb.page.keyboard.press('Enter');
    const frame = await wb.frameWith('table[data-role=components] tr[data-variable=w]');
    const row = (v) => frame.$$eval(`tr[data-variable=${v}] td`, (tds) => tds.map((t) => t.textContent.trim()));
    const rw = await row('w');
    assert.ok(Math.abs(Number(rw[0]) - (1 - h * h) * 2) < 1e-9, `analytic dh/dw through z = w*x + b: ${rw}`);
    assert.match(rw[2], /pass/);
    await wb.screenshot('notebook-check-gradient');
  });

  it('a hover in a Markdown cell (in edit mode) still reads its LaTeX', async function () {
    const wb = workbench();
    await openNotebook();
    await wb.hideHover();
    // a rendered Markdown cell is drawn in a webview: from the code cell below, Escape (command mode),
    // Up to the Markdown cell and Enter edits it, as with the keyboard
    const p = await pointOf('import numpy as np', 0);
    await wb.page.mouse.click(p.x, p.y);
    for (const key of ['Escape', 'ArrowUp', 'Enter']) {
      await wb.page.keyboard.press(key);
      await sleep(300);
    }
    const { text, hover } = await hoverCell('The loss of one example is', 'The loss of one example is $L = (\\tanh'.length - 2, /∂L\/∂w/);
    await wb.screenshot('notebook-hover-markdown-cell', { locator: hover });
    assert.match(text, /∂L\/∂w = 2 \\cdot x/, 'LaTeX derivatives, as in a Markdown file');
    await wb.page.keyboard.press('Escape');
  });

  it('editing a cell above changes the hover below (no stale values)', async function () {
    const wb = workbench();
    await openNotebook();
    await wb.hideHover();
    await hoverCell('h = np.tanh(z)', 'h = np.tanh('.length, /w = 0\.5/);
    await wb.hideHover();
    await retype('w, b, x, y = 0.5, 0.1, 2.0, 1.0', 'w, b, x, y = 0.7, 0.1, 2.0, 1.0');
    const { text } = await hoverCell('h = np.tanh(z)', 'h = np.tanh('.length, /Values at b = 0\.1, w = 0\.7, x = 2\b/);
    const e = Math.tanh(0.7 * 2 + 0.1);
    assert.ok(Math.abs(numberAfter(text, 'dh/dw') - (1 - e * e) * 2) < 1e-6, 'dh/dw at the edited w');
    await wb.hideHover();
    // put the values back (the workspace may save edits on its own)
    await retype('w, b, x, y = 0.7, 0.1, 2.0, 1.0', 'w, b, x, y = 0.5, 0.1, 2.0, 1.0');
    await hoverCell('h = np.tanh(z)', 'h = np.tanh('.length, /Values at b = 0\.1, w = 0\.5, x = 2\b/);
  });
});
