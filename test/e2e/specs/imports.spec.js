// A function imported from another file of the workspace (issue #12): the hover in loss.js reads
// softplus from ./activations.js (text only, through vscode.workspace.fs) and differentiates through
// it; an unsaved edit of activations.js is what the next hover reads. Values by hand.
'use strict';
const assert = require('assert');
const { workbench, sleep } = require('../lib');

const LOSS = 'javascript/imports/loss.js';
const ACT = 'javascript/imports/activations.js';
const sigmoid = (u) => 1 / (1 + Math.exp(-u));

const hoverSoftplus = (expect) => workbench().hoverIn(LOSS, '0.5 * softplus(z)', expect, { offset: 8 });

/** The number after `= ` at the end of the line for `label`, as the hover prints it (`// = 0.450125`). */
function lineValue(text, label) {
  const m = new RegExp(`${label.replace(/[/∂]/g, (c) => `\\${c}`)} = .*// = (-?[\\d.]+)`).exec(text);
  assert.ok(m, `a value for ${label} in: ${text}`);
  return Number(m[1]);
}

describe('hover: a function imported from another file of the workspace', function () {
  afterEach(async () => workbench().hideHover());
  after(async () => workbench().closeAllEditors());

  it('softplus from ./activations.js: partials and totals through it, and the file named', async function () {
    const wb = workbench();
    const text = await hoverSoftplus(/dloss\/dw/);
    await wb.screenshot('hover-javascript-imported-softplus', { locator: wb.hoverLocator() });
    await wb.screenshot('hover-javascript-imported-softplus-editor');
    // loss = 0.5 log(1 + e^(2z)) / 2 with z = w x + b at w = 0.5, x = 2, b = 0.1 (the defaults):
    // ∂loss/∂z = 0.5 sigmoid(2z), dloss/dw = x ∂loss/∂z
    const z = 0.5 * 2 + 0.1;
    assert.ok(Math.abs(lineValue(text, '∂loss/∂z') - 0.5 * sigmoid(2 * z)) < 1e-6, text);
    assert.ok(Math.abs(lineValue(text, 'dloss/dw') - 2 * 0.5 * sigmoid(2 * z)) < 1e-6, text);
    assert.match(text, /`?softplus`? is read from activations\.js/);
    assert.doesNotMatch(text, /cannot differentiate/);
  });

  it('an unsaved edit of activations.js (BETA = 3) is what the next hover reads; undoing it restores the value', async function () {
    const wb = workbench();
    await wb.hideHover();
    await wb.openFromExplorer(ACT);
    const beta = wb.locate(ACT, '2;');
    await wb.goTo(beta.line, beta.column);
    await wb.page.keyboard.press('Delete');
    await wb.page.keyboard.type('3');
    await sleep(300);
    try {
      const z = 1.1;
      const want = 0.5 * sigmoid(3 * z);
      const text = await hoverSoftplus(new RegExp(`∂loss/∂z = .*// = ${want.toFixed(4).replace('.', '\\.')}`));
      assert.ok(Math.abs(lineValue(text, '∂loss/∂z') - want) < 1e-6, text);
    } finally {
      await wb.hideHover();
      await wb.openFromExplorer(ACT);
      // the typed 3, then the deleted 2
      await wb.page.keyboard.press('Control+Z');
      await wb.page.keyboard.press('Control+Z');
      await sleep(300);
    }
    const text = await hoverSoftplus(/∂loss\/∂z = .*\/\/ = 0\.4501/);
    assert.ok(Math.abs(lineValue(text, '∂loss/∂z') - 0.5 * sigmoid(2.2)) < 1e-6, text);
  });
});
