// The report's objective/gradient pairs in Chromium under the extension's strict CSP: what a user
// reads per pair and component, the focus of a CodeLens, links that ask the host to reveal lines.
'use strict';
const assert = require('assert');
const path = require('path');
const { send, pageSuite, SHOTS } = require('./page');
const URI = 'file:///work/examples/python/rosen_check.py';

/** rosen/rosen_der at x0 = [-1.2, 1] (values from SymPy), x[1] written with a sign error; booth_grad correct; one pair unreadable. */
function pairsReport(focus) {
  return {
    uri: URI,
    file: 'rosen_check.py',
    rtol: 1e-6,
    atol: 0,
    ok: false,
    ...(focus !== undefined ? { focus } : {}),
    notes: [{ line: 40, message: 'fmin(h, x0): h is not defined in this file' }],
    pairs: [
      {
        objective: { name: 'booth', line: 24 },
        gradient: { name: 'booth_grad', line: 29 },
        pairing: 'check_grad(booth, booth_grad, [0.5, 0.5]) at line 38',
        variables: ['p[0]', 'p[1]'],
        points: [{ p: [0.5, 0.5] }, { p: [1.5, -2] }, { p: [3, 0.25] }],
        ok: true,
        components: [
          { variable: 'p[0]', line: 31, handwritten: -19, expected: -19, relError: 0, ok: true, point: 0 },
          { variable: 'p[1]', line: 32, handwritten: -17, expected: -17, relError: 0, ok: true, point: 0 },
        ],
      },
      {
        objective: { name: 'rosen', line: 12 },
        gradient: { name: 'rosen_der', line: 17 },
        pairing: 'minimize(rosen, x0, jac=rosen_der) at line 37',
        variables: ['x[0]', 'x[1]'],
        points: [{ x: [-1.2, 1] }, { x: [0.3, -0.7] }],
        ok: false,
        components: [
          { variable: 'x[0]', line: 19, handwritten: -215.6, expected: -215.6, relError: 0, ok: true, point: 0 },
          {
            variable: 'x[1]',
            line: 20,
            handwritten: 488,
            expected: -88,
            relError: 6.545454545,
            ok: false,
            point: 0,
            message: '∂rosen/∂x[1] written here is 488, the derivative is -88 at x0 = [-1.2, 1]',
          },
        ],
      },
      {
        objective: { name: 'loss', line: 50 },
        gradient: { name: 'loss_der', line: 55 },
        pairing: 'name loss_der',
        variables: [],
        points: [],
        ok: false,
        components: [],
        error: 'loss (line 51) sums over x[1:] - x[:-1], which is not read yet',
      },
    ],
  };
}

describe('webview: paired gradients in the report', function () {
  this.timeout(60_000);
  const { open } = pageSuite();

  it('lists each pair with its verdict, values per component, the pairing, and the pair a CodeLens asked for first', async () => {
    const { page } = await open('report');
    await send(page, { type: 'pairs', report: pairsReport(1) });
    await page.waitForSelector('[data-role=pairs] .pair');
    assert.match(
      await page.textContent('[data-role=overall]'),
      /FAIL.*3 paired gradients in rosen_check\.py: 1 with a wrong component, 1 not fully checked/,
    );
    const order = await page.$$eval('.pair', (ps) => ps.map((p) => `${p.dataset.gradient}${p.classList.contains('focused') ? '*' : ''}`));
    assert.deepStrictEqual(order, ['rosen_der*', 'booth_grad', 'loss_der']);
    const row = await page.$$eval('.pair.focused tr[data-variable="x[1]"] > *', (cs) => cs.map((c) => c.textContent.trim()));
    assert.deepStrictEqual(row.slice(0, 6), ['2: ∂rosen/∂x[1]', '488', '-88', '✗ FAIL', 'line 20', '6.55e+0']);
    assert.strictEqual(row[6], 'x = [-1.2, 1]');
    assert.match(await page.textContent('.pair.focused .pairing'), /paired by minimize\(rosen, x0, jac=rosen_der\) at line 37/);
    assert.match(await page.textContent('.pair.focused .pair-points'), /checked at 2 points: x = \[-1\.2, 1\]; x = \[0\.3, -0\.7\]/);
    assert.match(
      await page.textContent('.pair[data-gradient=booth_grad] h3'),
      /✓ pass booth_grad line 29 is the gradient of booth line 24/,
    );
    const unread = await page.textContent('.pair[data-gradient=loss_der]');
    assert.match(unread, /⚠ not checked/);
    assert.match(unread, /sums over x\[1:\] - x\[:-1\], which is not read yet/);
    assert.doesNotMatch(unread, /pass/);
    assert.match(await page.textContent('[data-role=pair-notes]'), /line 40: fmin\(h, x0\): h is not defined/);
    await page.screenshot({ path: path.join(SHOTS, 'pairs-dark.png'), fullPage: true });
    // Links name 1-based lines and ask the host for 0-based ones; tolerances go back to the host.
    await page.click('.pair.focused tr[data-variable="x[1]"] a.line-link');
    assert.deepStrictEqual(await page.evaluate(() => window.__posted.at(-1)), { type: 'reveal', uri: URI, line: 19 });
    await page.click('[data-role=pair-notes] a.line-link');
    assert.deepStrictEqual(await page.evaluate(() => window.__posted.at(-1)), { type: 'reveal', uri: URI, line: 39 });
    await page.fill('#tol-rtol', '10');
    await page.dispatchEvent('#tol-rtol', 'change');
    assert.deepStrictEqual(await page.evaluate(() => window.__posted.at(-1)), { type: 'setTolerances', rtol: 10, atol: 0 });
  });

  it("a report on an expression lists the file's pairs below it; a file without pairs says how to pair by hand", async () => {
    const { page } = await open('report');
    const report = {
      source: 'x**2',
      expression: 'x ^ 2',
      latex: 'x^{2}',
      variables: ['x'],
      point: { x: 3 },
      value: 9,
      partialsLatex: { x: '2 x' },
      rtol: 1e-6,
      atol: 0,
      method: 'richardson',
      ok: true,
      notes: [],
      handwritten: [],
      errorVsStep: null,
      components: [{ variable: 'x', analytic: 6, numericCentral: 6, numeric: 6, absError: 0, relError: 0, ok: true }],
      location: { uri: URI, line: 3 },
      pairs: pairsReport(),
    };
    await send(page, { type: 'report', report });
    await page.waitForSelector('table.components tbody tr');
    assert.strictEqual(await page.$$eval('[data-role=pairs] .pair', (ps) => ps.length), 3);
    assert.match(await page.textContent('[data-role=pairs-summary]'), /1 with a wrong component/);
    await send(page, { type: 'pairs', report: { ...pairsReport(), pairs: [], notes: [], ok: true } });
    await page.waitForFunction(() => /No objective\/gradient pairs found in rosen_check\.py/.test(document.body.innerText));
    assert.match(await page.textContent('[data-role=pairs]'), /Pair Gradient…/);
  });
});
