// Hand-written gradients paired by the code's own optimizer calls, in the real VS Code: the warning
// on the wrong component's line (Problems panel and hover), the CodeLens verdicts above the
// gradients, the report a CodeLens opens, and both following an edit.
'use strict';
const assert = require('assert');
const { workbench, sleep } = require('../lib');

const PY = 'python/rosen_check.py';
const R = 'r/rosen_optim.R';
const M = 'matlab/linearRegCostFunction.m';
const JS = 'javascript/fit_line.js';
const THEME = ((t) => (/high contrast/i.test(t) ? 'hc' : /light/i.test(t) ? 'light' : 'dark'))(process.env.E2E_THEME || '');

/** The CodeLens texts of the active editor once one matches `expect`. */
async function lenses(wb, expect, timeout = 20_000) {
  const deadline = Date.now() + timeout;
  let seen = [];
  while (Date.now() < deadline) {
    seen = await wb.page.locator('.editor-group-container.active .monaco-editor .codelens-decoration').allInnerTexts();
    if (seen.some((t) => expect.test(t))) return seen;
    await sleep(200);
  }
  throw new Error(`no CodeLens showed ${expect}; seen: ${JSON.stringify(seen)}`);
}

/** The Problems panel's rows (opened with Ctrl+Shift+M), once one matches `expect` (or none does, with `absent`). */
async function problems(wb, expect, { absent = false, timeout = 20_000 } = {}) {
  const panel = wb.page.locator('.markers-panel');
  if (!(await panel.isVisible())) {
    await wb.page.keyboard.press('Control+Shift+M');
    await panel.waitFor({ timeout: 10_000 });
  }
  const deadline = Date.now() + timeout;
  let rows = [];
  while (Date.now() < deadline) {
    rows = await wb.page
      .locator('.markers-panel .monaco-list-row')
      .evaluateAll((rs) => rs.map((r) => r.innerText.replace(/\s+/g, ' ').trim()));
    if (rows.some((t) => expect.test(t)) !== absent) return rows;
    await sleep(200);
  }
  throw new Error(`the Problems panel ${absent ? 'still shows' : 'does not show'} ${expect}; rows: ${JSON.stringify(rows)}`);
}

/** Quick Open, tried again when it picked a stale row (the Explorer helper matches rows by prefix: "r" would be rosen_check.py). */
async function open(wb, rel) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await wb.openFile(rel);
    } catch (e) {
      if (attempt === 3) throw e;
      await wb.closeQuickInput().catch(() => {});
    }
  }
}

/** The webview frame whose page shows `selector`. */
const frameWith = (wb, selector, timeout) => wb.frameWith(selector, { timeout });

describe('hand-written gradients paired by optimizer calls: diagnostics, CodeLens, report', function () {
  after(async () => {
    const wb = workbench();
    if (await wb.page.locator('.markers-panel').isVisible()) await wb.page.keyboard.press('Control+J'); // hide the panel again
    await wb.closeAllEditors();
  });

  it('warns on the wrong component of rosen_der (minimize(..., jac=rosen_der)) and shows both verdicts as CodeLens', async function () {
    const wb = workbench();
    await wb.closeAllEditors();
    await wb.openFromExplorer(PY);
    const dx1 = wb.locate(PY, 'dx1 = 200.0');
    // rosen at x0 = [-1.2, 1]: ∂/∂x[1] = 200 (x[1] - x[0]²) = -88; rosen_der writes 200 (x[1] + x[0]²) = 488 (SymPy).
    const seen = await lenses(wb, /✗ component 2 \(x\[1\]\) is wrong/);
    assert.ok(
      seen.some((t) => /✓ matches booth at \d+ points?/.test(t)),
      `booth_grad's lens: ${JSON.stringify(seen)}`,
    );
    const rows = await problems(wb, /written here is 488/);
    const row = rows.find((t) => /written here is 488/.test(t));
    assert.match(row, /∂rosen\/∂x\[1\] written here is 488, the derivative is -88 at x0? = \[-1\.2, 1\]/);
    assert.match(row, /Derivative Inspector/);
    assert.match(row, new RegExp(`\\[Ln ${dx1.line}, Col ${dx1.column}\\]`));
    assert.ok(!rows.some((t) => /booth/.test(t)), `no diagnostic for the correct booth_grad: ${JSON.stringify(rows)}`);
    await wb.screenshot(`gradients-diagnostic-codelens-${THEME}`);
    // The same sentence on the squiggle's hover.
    const hover = await wb.hoverAt(dx1.line, dx1.column + 2, { expect: /written here is 488/ });
    assert.match(hover, /∂rosen\/∂x\[1\] written here is 488/);
    await wb.screenshot(`gradients-hover-${THEME}`);
    await wb.hideHover();
  });

  it('the ✗ CodeLens opens the report on the pair: components, values, how it was paired, a link to the line', async function () {
    const wb = workbench();
    await wb.page.locator('.editor-group-container.active .codelens-decoration a', { hasText: '✗ component 2' }).first().click();
    const frame = await frameWith(wb, '.pair.focused[data-gradient=rosen_der] tr.fail');
    const cells = await frame.$$eval('.pair.focused tr[data-variable="x[1]"] > *', (cs) => cs.map((c) => c.textContent.trim()));
    assert.strictEqual(cells[1], '488', `hand-written ∂rosen/∂x[1]: ${cells}`);
    assert.strictEqual(cells[2], '-88', `derivative: ${cells}`);
    assert.match(cells[3], /FAIL/);
    const ok = await frame.$$eval('.pair.focused tr[data-variable="x[0]"] > *', (cs) => cs.map((c) => c.textContent.trim()));
    assert.strictEqual(ok[2], '-215.6');
    assert.match(ok[3], /pass/);
    const pairing = await frame.textContent('.pair.focused .pairing');
    assert.match(pairing, /minimize/);
    const booth = await frame.textContent('.pair[data-gradient=booth_grad] h3');
    assert.match(booth, /pass/);
    assert.match(await frame.textContent('[data-role=overall]'), /FAIL.*1 with a wrong component/);
    const csp = await frame.$eval('meta[http-equiv="Content-Security-Policy"]', (m) => m.content);
    assert.match(csp, /default-src 'none'/);
    assert.doesNotMatch(csp, /unsafe-eval|unsafe-inline/);
    await wb.screenshot(`gradients-report-${THEME}`);
    // The row's line link reveals the component's line in the editor (through the validated reveal message).
    const line = wb.locate(PY, 'dx1 = 200.0').line;
    await frame.click('.pair.focused tr[data-variable="x[1]"] a.line-link');
    await wb.page.waitForFunction(
      (l) =>
        [...document.querySelectorAll('.monaco-editor .line-numbers.active-line-number')].some((e) => e.textContent.trim() === String(l)),
      line,
      { timeout: 10_000 },
    );
  });

  it('fixing the sign clears the warning and turns the CodeLens to ✓; undoing brings them back', async function () {
    const wb = workbench();
    await wb.closeAllEditors();
    await wb.openFromExplorer(PY);
    await lenses(wb, /✗ component 2/);
    const plus = wb.locate(PY, '+ x[0]**2)');
    await wb.goTo(plus.line, plus.column);
    await wb.page.keyboard.press('Delete');
    await wb.page.keyboard.type('-');
    await lenses(wb, /✓ matches rosen at \d+ points?/);
    await problems(wb, /written here is 488/, { absent: true });
    await wb.page.keyboard.press('Control+Z');
    await wb.page.keyboard.press('Control+Z');
    await lenses(wb, /✗ component 2 \(x\[1\]\) is wrong/);
    await problems(wb, /written here is 488/);
  });

  it('R: grr paired with fr by optim(par, fn, gr), its dropped factor flagged on its line', async function () {
    const wb = workbench();
    await wb.closeAllEditors();
    await open(wb, R);
    // fr at c(-1.2, 1): ∂/∂x[1] = -215.6; grr writes -400 x1 (x2 - x1²) - (1 - x1) = -213.4 (SymPy).
    await lenses(wb, /✗ component 1 \(x\[1\]\) is wrong/);
    const rows = await problems(wb, /written here is -213\.4/);
    const line = wb.locate(R, 'c(-400').line;
    assert.ok(
      rows.some((t) => /∂fr\/∂x\[1\] written here is -213\.4, the derivative is -215\.6/.test(t) && new RegExp(`\\[Ln ${line},`).test(t)),
      JSON.stringify(rows),
    );
    await wb.screenshot(`gradients-r-${THEME}`);
  });

  it('MATLAB: [J, grad] of a regularized cost over seeded data, the halved regularization flagged on its line', async function () {
    const wb = workbench();
    await wb.closeAllEditors();
    await open(wb, M);
    await lenses(wb, /✗ components 2 \(theta\(2\)\), 3 \(theta\(3\)\) are wrong/);
    const rows = await problems(wb, /∂J\/∂theta\(2\) written here/);
    const line = wb.locate(M, 'grad(2:end) = grad(2:end)').line;
    assert.ok(
      rows.some(
        (t) => /∂J\/∂theta\(2\) written here is .*\(seeded X 5×3, y 5, lambda scalar\)/.test(t) && new RegExp(`\\[Ln ${line},`).test(t),
      ),
      JSON.stringify(rows),
    );
    await wb.screenshot(`gradients-matlab-${THEME}`);
  });

  it('Pair Gradient…: two quick picks pair functions no call joins; remembered after closing the file; forgotten from the same pick', async function () {
    const wb = workbench();
    await wb.closeAllEditors();
    await open(wb, JS);
    const row = (label) => wb.page.locator(`.quick-input-widget .quick-input-list .monaco-list-row[aria-label^="${label}"]`).first();
    const pickRow = async (label) => {
      await row(label).waitFor({ timeout: 10_000 });
      await row(label).click();
    };
    const rowsNow = async () => {
      await sleep(300);
      return wb.quickInputRows();
    };
    // Nothing pairs sse with slopeOfSse in the code: no CodeLens yet.
    await sleep(1500);
    assert.deepStrictEqual(await wb.page.locator('.editor-group-container.active .codelens-decoration').allInnerTexts(), []);
    await wb.runCommand('Derivative Inspector: Pair Gradient…');
    const objectives = await rowsNow();
    assert.ok(
      objectives.some((r) => /^sse.*line 5/.test(r)) && objectives.some((r) => /^slopeOfSse.*line 11/.test(r)),
      JSON.stringify(objectives),
    );
    await wb.screenshot(`gradients-pair-pick-${THEME}`);
    await pickRow('sse');
    const gradients = await rowsNow();
    assert.ok(!gradients.some((r) => /^sse\b/.test(r)), `the objective is not offered as its own gradient: ${JSON.stringify(gradients)}`);
    await pickRow('slopeOfSse');
    // sse(p) = Σ (a·x + b − y)² and slopeOfSse returns [2 Σ x·r, 2 Σ r]: correct.
    await lenses(wb, /✓ matches sse at \d+ points?/);
    await wb.screenshot(`gradients-paired-by-hand-${THEME}`);
    await wb.closeAllEditors();
    await open(wb, JS);
    await lenses(wb, /✓ matches sse/);
    await wb.runCommand('Derivative Inspector: Pair Gradient…');
    // (the row's label starts with a codicon, so it is found by its text)
    const forget = wb.page
      .locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: 'Forget sse → slopeOfSse' })
      .first();
    await forget.waitFor({ timeout: 10_000 }).catch(async () => {
      throw new Error(`no Forget row; rows: ${JSON.stringify(await wb.quickInputRows())}`);
    });
    await forget.click();
    const deadline = Date.now() + 15_000;
    while ((await wb.page.locator('.editor-group-container.active .codelens-decoration').allInnerTexts()).some((t) => /sse/.test(t))) {
      if (Date.now() > deadline) throw new Error('the CodeLens stayed after forgetting the pair');
      await sleep(200);
    }
  });

  it('the setting derivativeInspector.diagnostics.enabled turns the warnings off and on again', async function () {
    const wb = workbench();
    await wb.closeAllEditors();
    await wb.openFromExplorer(PY);
    await problems(wb, /written here is 488/);
    const toggle = async () => {
      await wb.runCommand('Preferences: Open User Settings');
      // The settings editor opens with the focus in its search box.
      await wb.page.locator('.settings-editor .search-container').first().waitFor({ timeout: 10_000 });
      await sleep(500);
      await wb.page.keyboard.press('Control+A');
      await wb.page.keyboard.type('derivativeInspector.diagnostics.enabled');
      const box = wb.page.locator('.settings-editor .setting-item-bool .setting-value-checkbox').first();
      await box.waitFor({ timeout: 10_000 });
      await box.click();
      await sleep(300);
    };
    await toggle();
    await problems(wb, /written here is 488/, { absent: true });
    await wb.screenshot(`gradients-setting-off-${THEME}`);
    await toggle();
    await problems(wb, /written here is 488/);
  });

  it("Check Paired Gradients from the palette reports the R file's pair; closing the file clears its warning", async function () {
    const wb = workbench();
    await wb.closeAllEditors();
    await open(wb, R);
    const rows = await wb.paletteEntries('Derivative Inspector');
    for (const title of ['Pair Gradient…', 'Check Paired Gradients']) {
      assert.ok(
        rows.some((r) => r.includes(`Derivative Inspector: ${title}`)),
        `"${title}" not in the palette: ${JSON.stringify(rows)}`,
      );
    }
    await problems(wb, /written here is -213\.4/);
    await wb.runCommand('Derivative Inspector: Check Paired Gradients');
    const frame = await frameWith(wb, '.pair[data-gradient=grr] tr.fail');
    const cells = await frame.$$eval('.pair[data-gradient=grr] tr[data-variable="x[1]"] > *', (cs) => cs.map((c) => c.textContent.trim()));
    assert.deepStrictEqual(cells.slice(1, 3), ['-213.4', '-215.6'], `grr's first component against ∂fr/∂x[1] (SymPy): ${cells}`);
    assert.match(await frame.textContent('.pair[data-gradient=grr] .pairing'), /optim\(c\(-1\.2, 1\), fr, grr/);
    await wb.closeAllEditors();
    // VS Code closes the document a little after its editor: the warning goes with it.
    await problems(wb, /written here is -213\.4/, { absent: true, timeout: 60_000 });
  });
});
