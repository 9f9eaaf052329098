// Array code in the editor (issue #11): the hover on a NumPy layer gives the shapes from the
// docstring and the backward pass in NumPy; on the loss, the gradients by each array; Check
// Gradient on the loss checks every array at seeded random arrays, one row per variable with its
// worst element. Screenshots in test-results/screenshots.
'use strict';
const assert = require('assert');
const { workbench, sleep } = require('../lib');

const FILE = 'python/mlp_numpy.py';

/** The webview frame whose page shows `selector`. */
async function frameWith(wb, selector, timeout = 30_000) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    for (const f of wb.webviewFrames()) {
      const ok = await f.evaluate((s) => !!document.querySelector(s), selector).catch(() => false);
      if (ok) return f;
    }
    await sleep(100);
  }
  throw new Error(`no webview shows ${selector}`);
}

const hover = (needle, expect, offset) => workbench().hoverIn(FILE, needle, expect, { offset });

describe('arrays: hover and Check Gradient on NumPy code', function () {
  afterEach(async () => workbench().hideHover());
  after(async () => workbench().closeAllEditors());

  it('a layer: shapes from the docstring and the backward pass with the upstream gradient dh', async function () {
    const wb = workbench();
    const text = await hover('np.tanh(X @ W1 + b1)', /dW1 = /, 3);
    await wb.screenshot('hover-array-backward', { locator: wb.hoverLocator() });
    assert.match(text, /Shapes: X \(n, d\) \(the docstring, line 10\) · W1 \(d, h\) .* output \(n, h\)/);
    assert.match(text, /Backward pass with the upstream gradient dh/);
    assert.match(text, /dW1 = X\.T @ \(dh \* \(1 - h \*\* 2\)\)/);
    assert.match(text, /db1 = \(dh \* \(1 - h \*\* 2\)\)\.sum\(axis=0\)/);
    assert.doesNotMatch(text, /Open Plot/, 'no scalar plot for array code');
  });

  it('the loss: gradients by each array in NumPy, totals through h and scores', async function () {
    const wb = workbench();
    const text = await hover('np.sum((scores - Y) ** 2)', /∂loss\/∂W1/, 3);
    await wb.screenshot('hover-array-gradient', { locator: wb.hoverLocator() });
    assert.match(text, /scores \(n, k\) \(a shape comment, line 19\)/);
    assert.match(text, /∂loss\/∂W1 = 2 \* lam \* W1/);
    assert.match(text, /Total derivatives with respect to the inputs/);
    // through the code's own names, as a hand-written backward pass reads
    assert.match(text, /dloss\/dW2 = 2 \* h\.T @ \(scores - Y\) \/ X\.shape\[0\]/);
    assert.match(text, /dloss\/db1 = 2 \* \(\(scores - Y\) @ W2\.T \* \(1 - h \*\* 2\)\)\.sum\(axis=0\)/);
  });

  it('Check Gradient on the loss: every array at seeded random arrays, worst element per variable', async function () {
    const wb = workbench();
    await wb.closeAllEditors();
    await wb.openFromExplorer(FILE);
    const { line, column } = wb.locate(FILE, 'np.sum((scores - Y) ** 2)', { offset: 3 });
    await wb.goTo(line, column);
    await wb.runCommand('Derivative Inspector: Check Gradient');
    const frame = await frameWith(wb, 'table[data-role=components] tr[data-variable=W1]');
    const overall = await frame.textContent('[data-role=overall]');
    assert.match(overall, /pass/);
    const rows = await frame.$$eval('table[data-role=components] tr[data-variable]', (trs) =>
      trs.map((t) => t.getAttribute('data-variable')),
    );
    assert.deepStrictEqual(rows.sort(), ['W1', 'X', 'Y', 'lam', 'scores'].sort());
    const w1 = await frame.$eval('tr[data-variable=W1]', (t) => t.innerText);
    assert.match(w1, /shape \d+×\d+, per element; worst element \[\d, \d\]/);
    assert.match(await frame.textContent('body'), /random arrays \(seed \d+\)/);
    await wb.screenshot('report-array');
    await frame.$eval('svg.error-plot', (e) => e.scrollIntoView({ block: 'end' }));
    await sleep(300);
    await wb.screenshot('report-array-error-plot');
  });
});
