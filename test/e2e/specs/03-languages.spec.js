// The setting derivativeInspector.enabledLanguages decides where the menus show: the context keys
// the extension sets from its language table hide Check Gradient, Show Plot and the pairing
// commands for a language removed from the setting, and bring them back when it returns.
'use strict';
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { workbench, sleep } = require('../lib');

const OURS = ['Check Gradient', 'Show Plot', 'Check Paired Gradients', 'Pair Gradient…'];

/** The palette's Derivative Inspector rows once `test` accepts them (the context key follows the setting asynchronously). */
async function paletteUntil(wb, test, what) {
  const deadline = Date.now() + 20_000;
  let rows = [];
  while (Date.now() < deadline) {
    rows = await wb.paletteEntries('Derivative Inspector');
    if (test(rows)) return rows;
    await sleep(500);
  }
  throw new Error(`${what}; palette rows: ${JSON.stringify(rows)}`);
}

const has = (rows, title) => rows.some((r) => r.includes(`Derivative Inspector: ${title}`));

describe('enabledLanguages hides the menus', function () {
  let settingsFile;
  after(async () => {
    if (settingsFile) fs.rmSync(settingsFile, { force: true });
    await workbench().closeAllEditors();
  });

  it('a Python file shows no Check Gradient while python is not enabled, and shows it again after', async function () {
    const wb = workbench();
    await wb.openFile('python/handwritten_grad.py');
    await paletteUntil(wb, (rows) => OURS.every((t) => has(rows, t)), 'every command should be listed for Python');
    settingsFile = path.join(wb.workspace, '.vscode', 'settings.json');
    fs.mkdirSync(path.dirname(settingsFile), { recursive: true });
    fs.writeFileSync(settingsFile, JSON.stringify({ 'derivativeInspector.enabledLanguages': ['julia', 'r'] }, null, 2));
    const off = await paletteUntil(wb, (rows) => !OURS.some((t) => has(rows, t)), 'Python is off but its commands are listed');
    await wb.quickInput('Control+Shift+P', '>Derivative Inspector');
    await sleep(500);
    await wb.screenshot('palette-python-disabled');
    await wb.closeQuickInput();
    // Commands that act on no particular file stay.
    assert.ok(has(off, 'Copy Derivative'), `Copy Derivative should stay: ${JSON.stringify(off)}`);
    fs.rmSync(settingsFile);
    await paletteUntil(wb, (rows) => OURS.every((t) => has(rows, t)), 'Python is back on but its commands are missing');
  });
});
