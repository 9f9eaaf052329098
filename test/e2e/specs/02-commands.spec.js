// The contributed commands are in the command palette (with their category) for a supported file.
'use strict';
const assert = require('assert');
const { workbench } = require('../lib');

describe('commands in the palette', function () {
  after(async () => workbench().closeAllEditors());

  it('lists Check Gradient, Show Plot, Open Plot and Copy Derivative', async function () {
    const wb = workbench();
    await wb.openFile('python/handwritten_grad.py');
    const rows = await wb.paletteEntries('Derivative Inspector');
    await wb.screenshot('palette');
    for (const title of ['Check Gradient', 'Show Plot', 'Open Plot', 'Copy Derivative']) {
      assert.ok(
        rows.some((r) => r.includes(`Derivative Inspector: ${title}`)),
        `"Derivative Inspector: ${title}" not in the palette; rows: ${JSON.stringify(rows)}`,
      );
    }
  });

  it('Copy Derivative without a hover explains how to use it', async function () {
    const wb = workbench();
    await wb.runCommand('Derivative Inspector: Copy Derivative');
    const toast = wb.page.locator('.notification-toast', { hasText: 'Copy' }).first();
    await toast.waitFor({ timeout: 10_000 });
    assert.match(await toast.innerText(), /hover a formula/i);
    await wb.page.keyboard.press('Escape');
  });
});
