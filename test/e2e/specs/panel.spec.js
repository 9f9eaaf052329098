// The side panel in the real VS Code: Check Gradient through the palette on the hand-written
// gradient example (table values, verdicts, the wrong hand-written component with its line, the
// error-vs-step plot, the CSP), the tangent plot's slider, and the side-bar view following the cursor.
'use strict';
const assert = require('assert');
const { workbench, sleep } = require('../lib');

const FILE = 'python/handwritten_grad.py';
const fmt = (v) => String(Number(v.toPrecision(10)));
const figures = {};
// Screenshots are named after the run's theme (E2E_THEME="Default Light Modern" for light ones).
// E2E_THEME="Default High Contrast" gives hc-* ones.
const THEME = ((t) => (/high contrast/i.test(t) ? (/light/i.test(t) ? 'hc-light' : 'hc') : /light/i.test(t) ? 'light' : 'dark'))(
  process.env.E2E_THEME || '',
);

/** The webview frame whose page shows `selector` (and, optionally, text matching `text`). */
const frameWith = (wb, selector, text, timeout) => wb.frameWith(selector, { text, timeout });

/** A fresh editor on the example (other editors and panels closed) with the cursor in `needle`. */
async function freshAt(needle, offset) {
  const wb = workbench();
  await wb.closeAllEditors();
  await wb.openFromExplorer(FILE); // Quick Open can pick a stale row
  const { line, column } = wb.locate(FILE, needle, { offset });
  await wb.goTo(line, column);
  return wb;
}

/** Runs Check Gradient from the palette and returns its point input. */
const checkGradientInput = (wb) => wb.checkGradientInput();

describe('side panel: Check Gradient, tangent plot, side bar', function () {
  after(async () => {
    console.log(`      figures: ${JSON.stringify(figures)}`);
    await workbench().closeAllEditors();
  });

  it('Check Gradient from the palette: table, verdicts, wrong hand-written component, plot, CSP', async function () {
    const wb = await freshAt('x**2*y + np.sin(x*y)', 3);
    const input = await checkGradientInput(wb);
    assert.match(await input.inputValue(), /^x = [-\d.]+, y = [-\d.]+$/, 'the point is prefilled');
    // A bad point is refused with its column before anything runs.
    await input.fill('x = 0.7, y = oops');
    await wb.page.locator('.quick-input-widget', { hasText: 'column' }).waitFor({ timeout: 5000 });
    await input.fill('x = 0.7, y = -1.2');
    await sleep(300);
    const t0 = Date.now();
    await wb.page.keyboard.press('Enter');
    const frame = await frameWith(wb, 'table[data-role=components] tr[data-variable=y]');
    figures.commandToTableMs = Date.now() - t0;
    // Where the time goes: until the webview's document starts loading (VS Code creates the
    // panel and its iframes), then loading our page and rendering the report.
    const origin = await frame.evaluate(() => performance.timeOrigin);
    figures.commandToPageStartMs = Math.round(origin - t0);

    const x = 0.7;
    const y = -1.2;
    const dx = 2 * x * y + y * Math.cos(x * y);
    const dy = x * x + x * Math.cos(x * y);
    const row = (v) => frame.$$eval(`tr[data-variable=${v}] td`, (tds) => tds.map((t) => t.textContent.trim()));
    const rx = await row('x');
    const ry = await row('y');
    assert.strictEqual(rx[0], fmt(dx), `analytic ∂f/∂x: ${rx}`);
    assert.strictEqual(ry[0], fmt(dy), `analytic ∂f/∂y: ${ry}`);
    assert.ok(Math.abs(Number(rx[1]) - dx) < 1e-8, `Richardson ∂f/∂x ${rx[1]}`);
    assert.match(rx[2], /pass/); // analytic, Richardson, verdict, …
    assert.match(ry[2], /pass/);
    // The overall verdict fails because of df_dy, the wrong hand-written derivative.
    assert.match(await frame.textContent('[data-role=overall]'), /FAIL/);
    const hw = await frame.$$eval('.hw', (els) => els.map((e) => e.innerText));
    const wrong = hw.find((t) => /df_dy/.test(t));
    assert.ok(wrong && /FAIL/.test(wrong), `df_dy flagged: ${JSON.stringify(hw)}`);
    const wrongLine = wb.locate(FILE, 'return x**2 + np.cos(x*y)').line;
    assert.match(wrong, new RegExp(`line ${wrongLine}`));
    assert.ok(
      hw.some((t) => /grad_f/.test(t) && /pass/.test(t) && !/FAIL/.test(t)),
      'grad_f passes',
    );
    // Error vs step: both schemes, the O(h) and O(h²) references, the floor and the chosen step.
    for (const role of ['forward', 'central', 'ref-h', 'ref-h2', 'ref-roundoff', 'floor', 'chosen-h']) {
      assert.ok(await frame.$(`svg.error-plot [data-role=${role}]`), `error plot lacks ${role}`);
    }
    const legend = await frame.textContent('svg.error-plot .legend');
    const slopes = [...legend.matchAll(/slope (\d\.\d\d)/g)].map((m) => Number(m[1]));
    assert.ok(Math.abs(slopes[0] - 1) < 0.2 && Math.abs(slopes[1] - 2) < 0.3, `slopes ${legend}`);
    // A strict CSP: nonce scripts, no eval.
    const csp = await frame.$eval('meta[http-equiv="Content-Security-Policy"]', (m) => m.content);
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'nonce-[A-Za-z0-9]{32}'/);
    assert.doesNotMatch(csp, /unsafe-eval|unsafe-inline/);
    await wb.screenshot(`panel-report-${THEME}`);
    await wb.screenshot(`panel-report-${THEME}-crop`, { locator: wb.page.locator('.editor-group-container').last() });
    await frame.$eval('svg.error-plot', (e) => e.scrollIntoView({ block: 'end' }));
    await sleep(200);
    await wb.screenshot(`panel-error-plot-${THEME}-crop`, { locator: wb.page.locator('.editor-group-container').last() });
    await frame.$eval('h1, body', (e) => e.scrollIntoView({ block: 'start' }));

    // The link on the wrong component reveals its line in the editor.
    const link = await frame.$(`.hw:has-text("df_dy") tr.fail a.line-link`);
    await link.click();
    // (the editor's active line number: the status bar's "Ln" item hides while the webview keeps focus)
    await wb.page.waitForFunction(
      (l) =>
        [...document.querySelectorAll('.monaco-editor .line-numbers.active-line-number')].some((e) => e.textContent.trim() === String(l)),
      wrongLine,
      { timeout: 10_000 },
    );
    // Loosening the tolerance in the page recomputes the verdicts in the host: df_dy's 20 % error passes rtol = 1.
    const overall = () => frame.textContent('[data-role=overall]');
    await frame.fill('#tol-rtol', '1');
    await frame.dispatchEvent('#tol-rtol', 'change');
    await frame.waitForFunction(() => /pass/.test(document.querySelector('[data-role=overall]').textContent), null, { timeout: 10_000 });
    await sleep(300);
    await frame.fill('#tol-rtol', '0.000001');
    await frame.dispatchEvent('#tol-rtol', 'change');
    await frame
      .waitForFunction(() => /FAIL/.test(document.querySelector('[data-role=overall]').textContent), null, { timeout: 10_000 })
      .catch(async (e) => {
        throw new Error(`back to rtol 1e-6: ${await overall()} (rtol field ${await frame.inputValue('#tol-rtol')}): ${e.message}`);
      });
  });

  it('Show Plot: the slider moves the point and the tangent follows', async function () {
    const wb = await freshAt('1 / (1 + np.exp(-4*w))', 6);
    await wb.runCommand('Derivative Inspector: Show Plot');
    const frame = await frameWith(wb, 'svg.tangent-plot [data-role=tangent]');
    const tangent = () => frame.$eval('[data-role=tangent]', (l) => ['x1', 'y1', 'x2', 'y2'].map((a) => l.getAttribute(a)).join(','));
    const before = await tangent();
    await frame.focus('input.slider');
    for (let i = 0; i < 15; i++) await frame.press('input.slider', 'ArrowRight');
    await sleep(200);
    assert.notStrictEqual(await tangent(), before, 'the tangent moved with the slider');
    assert.match(await frame.textContent('.readout'), /w = /);
    // Frames per second while the slider moves, in the real webview.
    figures.sliderFps = await frame.evaluate(async () => {
      const slider = document.querySelector('input.slider');
      const frameP = () => new Promise((r) => requestAnimationFrame(r));
      await frameP();
      const t0 = performance.now();
      for (let i = 0; i < 100; i++) {
        slider.value = String((i * 7) % (Number(slider.max) + 1));
        slider.dispatchEvent(new Event('input', { bubbles: true }));
        await frameP();
      }
      return Math.round((100 / (performance.now() - t0)) * 1000 * 10) / 10;
    });
    assert.ok(figures.sliderFps >= 30, `slider at ${figures.sliderFps} fps`);
    await sleep(300); // let the last of the 100 redraws reach the screen
    await wb.screenshot(`panel-plot-${THEME}`);
    await wb.screenshot(`panel-plot-${THEME}-crop`, { locator: wb.page.locator('.editor-group-container').last() });
  });

  it('the side-bar view follows the cursor', async function () {
    const wb = workbench();
    await wb.closeAllEditors();
    await wb.openFromExplorer(FILE); // Quick Open can pick a stale row
    await wb.runCommand('View: Show Derivative Inspector');
    await sleep(500);
    await wb.page.locator('.editor-group-container.active .monaco-editor .view-lines').click();
    const a = wb.locate(FILE, 'x**2*y + np.sin(x*y)', { offset: 3 });
    await wb.goTo(a.line, a.column);
    const side = await frameWith(wb, '[data-role=sidebar-source]', /np\.sin\(x\*y\)|sin\(x \* y\)/);
    assert.match(await side.textContent('[data-role=sidebar-source]'), new RegExp(`line ${a.line}`));
    // The partials the side bar lists, by value: f = x²y + sin(xy) at its point. The slice readout
    // says x; the point is the one Check Gradient remembered for f in the first test (0.7, -1.2), or
    // the prefill (every variable 0.5) when this test runs alone.
    const shown = async () =>
      (await side.$$eval('ul.partials li .value', (els) => els.map((e) => e.textContent))).map((t) => Number(/= (\S+)/.exec(t)?.[1]));
    const readoutX = Number(/x = (\S+)/.exec(await side.textContent('.readout'))?.[1]);
    const y = { 0.7: -1.2, 0.5: 0.5 }[readoutX];
    assert.ok(y !== undefined, `the side bar's point: x = ${readoutX}`);
    const near = (a, b) => Math.abs(a - b) <= 1e-8 * Math.max(1, Math.abs(b));
    const fv = await shown();
    const [fx, fy] = [2 * readoutX * y + y * Math.cos(readoutX * y), readoutX ** 2 + readoutX * Math.cos(readoutX * y)];
    assert.ok(fv.length === 2 && near(fv[0], fx) && near(fv[1], fy), `side bar ∂f/∂x, ∂f/∂y = ${fv}, by hand ${fx}, ${fy}`);
    // Moving the cursor to g: the same side bar (not an empty one) shows g and dg/dw = 4s(1 − s) + 0.2w.
    const b = wb.locate(FILE, '1 / (1 + np.exp(-4*w))', { offset: 6 });
    await wb.goTo(b.line, b.column);
    await side.waitForFunction(() => /exp\(-4\*w\)/.test(document.querySelector('[data-role=sidebar-source]')?.textContent ?? ''), null, {
      timeout: 15_000,
    });
    assert.match(await side.textContent('[data-role=sidebar-source]'), new RegExp(`1 / \\(1 \\+ np\\.exp\\(-4\\*w\\)\\).*line ${b.line}`));
    const w = Number(/w = (\S+)/.exec(await side.textContent('.readout'))?.[1]);
    const sg = 1 / (1 + Math.exp(-4 * w));
    const gv = await shown();
    assert.ok(Number.isFinite(w) && gv.length === 1 && near(gv[0], 4 * sg * (1 - sg) + 0.2 * w), `side bar dg/dw = ${gv} at w = ${w}`);
    await wb.screenshot(`panel-sidebar-${THEME}`);
    await checkGradientInput(wb);
    const t0 = Date.now();
    await wb.page.keyboard.press('Enter');
    await frameWith(wb, 'table[data-role=components] tr[data-variable=w]');
    figures.commandToTableSecondMs = Date.now() - t0;
    await sleep(500);
    assert.match(await (await frameWith(wb, 'table[data-role=components] tr[data-variable=w]')).textContent('[data-role=overall]'), /pass/);
    await wb.screenshot(`panel-report-w-${THEME}`);
  });

  it('the hover links: Check Gradient, Open Plot and Copy act on the hovered expression', async function () {
    const wb = workbench();
    await wb.closeAllEditors();
    await wb.openFromExplorer(FILE); // Quick Open can pick a stale row
    const { line, column } = wb.locate(FILE, '1 / (1 + np.exp(-4*w))', { offset: 6 });
    const link = async (name) => {
      await wb.hoverAt(line, column, { expect: /Check Gradient/, timeout: 30_000 });
      await wb
        .hoverLocator()
        .locator('a', { hasText: new RegExp(`^${name}$`) })
        .first()
        .click();
    };
    // Check Gradient: the point is asked for, then the report is about g's expression.
    await link('Check Gradient');
    const input = wb.page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible', timeout: 10_000 });
    await input.fill('w = 0.3');
    await wb.page.keyboard.press('Enter');
    const report = await frameWith(wb, 'table[data-role=components] tr[data-variable=w]');
    const s = 1 / (1 + Math.exp(-4 * 0.3));
    const cells = await report.$$eval('tr[data-variable=w] td', (tds) => tds.map((t) => t.textContent.trim()));
    assert.strictEqual(cells[0], fmt(4 * s * (1 - s) + 0.2 * 0.3), `analytic dg/dw at 0.3: ${cells}`);
    assert.match(cells[2], /pass/);
    assert.match(await report.textContent('body'), /exp\(-4\s?\*\s?w\)/, 'the report shows the hovered expression');
    // Open Plot: a tangent plot of the same expression.
    await wb.closeAllEditors();
    await wb.openFromExplorer(FILE);
    await link('Open Plot');
    const plot = await frameWith(wb, 'svg.tangent-plot [data-role=tangent]');
    assert.match(await plot.textContent('.readout'), /w = /);
    // Copy: the derivative in Python's syntax, confirmed in the status bar.
    await wb.closeAllEditors();
    await wb.openFromExplorer(FILE);
    await link('Copy');
    const status = wb.page.locator('.statusbar-item', { hasText: 'Copied derivative' }).first();
    await status.waitFor({ timeout: 10_000 });
    assert.match(await status.innerText(), /Copied derivative: .*np\.exp|Copied derivative: .*\*\*/);
  });

  it('a report comes back after a reload of the window, and editing its tolerances still recomputes it', async function () {
    const wb = await freshAt('x**2*y + np.sin(x*y)', 3);
    const input = await checkGradientInput(wb);
    await input.fill('x = 0.7, y = -1.2');
    await wb.page.keyboard.press('Enter');
    await frameWith(wb, 'table[data-role=components] tr[data-variable=y]');
    await sleep(1000); // the page's saved state reaches the workbench
    // The command (not a browser reload): the workbench saves its editors and webview states first.
    await wb.runCommand('Developer: Reload Window');
    await wb.page.waitForEvent('load', { timeout: 30_000 });
    await wb.ready();
    // The serializer revives the panel, the page redraws the saved report without recomputing.
    const frame = await frameWith(wb, 'table[data-role=components] tr[data-variable=y]', null, 60_000);
    const dy = 0.7 ** 2 + 0.7 * Math.cos(0.7 * -1.2);
    const cells = await frame.$$eval('tr[data-variable=y] td', (tds) => tds.map((t) => t.textContent.trim()));
    assert.strictEqual(cells[0], fmt(dy), `analytic ∂f/∂y after the reload: ${cells}`);
    assert.match(await frame.textContent('[data-role=overall]'), /FAIL/);
    // rtol = 1 lets df_dy's 20 % error pass: the restored panel found f again in the file.
    await frame.fill('#tol-rtol', '1');
    await frame.dispatchEvent('#tol-rtol', 'change');
    await frame
      .waitForFunction(() => /pass/.test(document.querySelector('[data-role=overall]').textContent), null, { timeout: 15_000 })
      .catch(async (e) => {
        throw new Error(`no recompute after the reload (notifications ${JSON.stringify(await wb.notifications())}): ${e.message}`);
      });
  });
});
