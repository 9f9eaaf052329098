// The panel's page in Chromium on its own: served with the extension's own HTML shell and CSP,
// fed the messages the host sends, checked for what a user sees, and for CSP violations.
'use strict';
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { send, pageSuite, SHOTS } = require('./page');
const fixtures = require('./fixtures');

describe('webview page (Chromium, strict CSP)', function () {
  this.timeout(60_000);
  // WebGL messages are Chromium's software renderer talking, not the page.
  const { open } = pageSuite({ ignore: /rejected a malformed message|WebGL|webgl/i });

  it('shows the report: table per variable, verdicts, notes, hand-written links, tolerances', async () => {
    const { page } = await open('report');
    await send(page, { type: 'report', report: fixtures.report() });
    await page.waitForSelector('table.components tbody tr');
    const rows = await page.$$eval('table.components tbody tr', (trs) =>
      trs.map((tr) => [...tr.children].map((td) => td.textContent.trim())),
    );
    assert.strictEqual(rows.length, 2);
    assert.strictEqual(rows[0][1], '3.167706327'); // ∂f/∂x = 2xy + y·cos(xy) = 4 + 2·cos 2 by hand
    assert.match(rows[0][3], /pass/); // variable, analytic, Richardson, verdict
    const headers = await page.$$eval('table.components thead th', (ths) => ths.map((t) => t.getAttribute('scope') + ':' + t.textContent));
    assert.ok(headers.includes('col:absolute error') && headers.includes('col:relative error'));
    assert.match(
      await page.textContent('[data-role=overall]'),
      /FAIL.*2 of 2 partial derivatives agree.*1 hand-written derivative is wrong/,
    );
    // The wrong hand-written component links to its line; clicking asks the host to reveal it.
    const bad = await page.$$eval('table.hw-table tr.fail', (trs) => trs.map((tr) => tr.textContent));
    assert.strictEqual(bad.length, 1);
    assert.match(bad[0], /∂f\/∂y.*FAIL.*line 8.*x\*\*2 - x \* np\.cos\(x \* y\)/);
    assert.match(bad[0], /1\.416146837/); // what it computes: 1 − cos 2 by hand (the right value is 1 + cos 2)
    await page.click('table.hw-table tr.fail a.line-link');
    assert.deepStrictEqual(await page.evaluate(() => window.__posted.at(-1)), {
      type: 'reveal',
      uri: 'file:///work/examples/gradcheck.py',
      line: 7,
    });
    // Changing a tolerance asks the host to recompute; a bad value is refused with a message.
    await page.fill('#tol-rtol', '1e-3');
    await page.dispatchEvent('#tol-rtol', 'change');
    assert.deepStrictEqual(await page.evaluate(() => window.__posted.at(-1)), { type: 'setTolerances', rtol: 1e-3, atol: 1e-8 });
    await page.fill('#tol-atol', '-1');
    await page.dispatchEvent('#tol-atol', 'change');
    assert.match(await page.textContent('.tol-error'), /≥ 0/);
    // KaTeX typeset the function (MathML + HTML).
    assert.ok(await page.$('.expression .katex math'));
    await page.screenshot({ path: path.join(SHOTS, 'report-dark.png'), fullPage: true });
  });

  it('draws the error-vs-step plot: both schemes, O(h) and O(h²) references, the floor, the chosen h', async () => {
    const { page } = await open('report');
    await send(page, { type: 'report', report: fixtures.report() });
    await page.waitForSelector('svg.error-plot');
    for (const role of ['forward', 'central', 'ref-h', 'ref-h2', 'ref-roundoff', 'floor', 'chosen-h']) {
      assert.ok(await page.$(`svg.error-plot [data-role=${role}]`), `missing ${role}`);
    }
    const points = await page.$$eval('svg.error-plot [data-role=central] circle', (c) => c.length);
    assert.strictEqual(points, fixtures.report().errorVsStep.h.length);
    // Central errors fall faster than forward ones at large h: its reference line is steeper.
    const slope = (sel) => page.$eval(sel, (l) => (l.y2.baseVal.value - l.y1.baseVal.value) / (l.x2.baseVal.value - l.x1.baseVal.value));
    const sF = await slope('[data-role=ref-h]');
    const sC = await slope('[data-role=ref-h2]');
    assert.ok(Math.abs(sC / sF - 2) < 0.01, `${sC} vs ${sF}`);
    // The fitted slopes of the real error series: O(h) for forward, O(h²) for central differences (theory).
    const [fwd, cen] = [...(await page.textContent('svg.error-plot .legend')).matchAll(/slope (-?\d+\.\d+)/g)].map((m) => Number(m[1]));
    assert.ok(Math.abs(fwd - 1) < 0.1 && Math.abs(cen - 2) < 0.1, `forward slope ${fwd}, central slope ${cen}`);
  });

  it('tangent plot: the slider moves the point and the tangent follows; Taylor toggle; keyboard', async () => {
    const { page } = await open('plot');
    await send(page, { type: 'plot', plot: fixtures.plot1d(1) });
    await page.waitForSelector('svg.tangent-plot [data-role=tangent]');
    const tangent = () => page.$eval('[data-role=tangent]', (l) => ['x1', 'y1', 'x2', 'y2'].map((a) => Number(l.getAttribute(a))));
    const dot = () => page.$eval('[data-role=point]', (c) => [Number(c.getAttribute('cx')), Number(c.getAttribute('cy'))]);
    const t0 = await tangent();
    const d0 = await dot();
    assert.ok((await page.$eval('[data-role=function]', (p) => p.getAttribute('d').length)) > 1000);
    await page.focus('input.slider');
    for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowRight');
    const t1 = await tangent();
    const d1 = await dot();
    assert.ok(d1[0] > d0[0] + 10, 'the point moved right');
    assert.notDeepStrictEqual(t1, t0, 'the tangent moved');
    assert.match(await page.textContent('.readout'), /x = 1\.1666/);
    assert.strictEqual(await page.evaluate(() => window.__state.ui.index), 140);
    // f = x sin x: the tangent's slope on screen matches f'(x) at the new point.
    const x = 1 + 20 / 120;
    const fp = Math.sin(x) + x * Math.cos(x);
    const pxSlope = (t1[3] - t1[1]) / (t1[2] - t1[0]);
    const sx = await page.evaluate(() => {
      const s = document.querySelector('input.slider');
      return Number(s.max);
    });
    assert.strictEqual(sx, 240);
    assert.ok(pxSlope < 0 === fp > 0, 'screen y grows downwards');
    // Taylor parabola
    assert.strictEqual(await page.$eval('[data-role=taylor]', (p) => p.getAttribute('d')), '');
    await page.click('vscode-checkbox.taylor-toggle');
    assert.ok((await page.$eval('[data-role=taylor]', (p) => p.getAttribute('d'))).length > 100);
    await page.screenshot({ path: path.join(SHOTS, 'plot-1d-dark.png'), fullPage: true });
  });

  it('redraws at ≥ 30 fps while the slider moves (100 updates, one per animation frame)', async () => {
    const { page } = await open('plot');
    await send(page, { type: 'plot', plot: fixtures.plot1d(1) });
    await page.waitForSelector('input.slider');
    const fps = await page.evaluate(async () => {
      const slider = document.querySelector('input.slider');
      const tangent = document.querySelector('[data-role=tangent]');
      const frame = () => new Promise((r) => requestAnimationFrame(r));
      await frame();
      let work = 0;
      const t0 = performance.now();
      for (let i = 0; i < 100; i++) {
        const w0 = performance.now();
        slider.value = String((i * 7) % 241);
        slider.dispatchEvent(new Event('input', { bubbles: true }));
        tangent.getBoundingClientRect(); // force layout, as a paint would
        work += performance.now() - w0;
        await frame();
      }
      const elapsed = performance.now() - t0;
      return { fps: 100 / (elapsed / 1000), msPerUpdate: work / 100 };
    });
    console.log(`      slider: ${fps.fps.toFixed(1)} fps, ${fps.msPerUpdate.toFixed(2)} ms of work per update`);
    fs.writeFileSync(path.join(SHOTS, 'fps.json'), JSON.stringify(fps));
    assert.ok(fps.fps >= 30, `${fps.fps} fps`);
  });

  it('more than two variables: a variable picker chooses the slice, others fixed', async () => {
    const { page } = await open('plot');
    await send(page, { type: 'plot', plot: fixtures.plot3d() });
    await page.waitForSelector('vscode-single-select');
    assert.match(await page.textContent('.slice h2'), /Slice along a/);
    await page.evaluate(() => {
      const s = document.querySelector('vscode-single-select');
      s.value = 'c';
      s.dispatchEvent(new Event('change'));
    });
    assert.match(await page.textContent('.slice h2'), /Slice along c/);
    assert.match(await page.textContent('.readout'), /c = 3 .*∂f\/∂c = 6/);
    assert.strictEqual(await page.evaluate(() => window.__state.ui.variable), 'c');
  });

  it('two variables: Plotly surface with tangent plane and contour map with the gradient arrow, no CSP violation', async () => {
    const { page } = await open('plot');
    await send(page, { type: 'plot', plot: fixtures.plot2d() });
    await page.waitForSelector('[data-role=contour] .contourlayer path', { timeout: 30_000 });
    assert.ok(await page.$('[data-role=contour] .annotation-arrow-g path'), 'gradient arrow');
    assert.match(await page.textContent('[data-role=contour]'), /∇f = \(3\.16770\d*, 0\.58385/);
    // Plotly's inline style rules loaded through the nonce (its modebar is styled).
    const rules = await page.evaluate(() =>
      [...document.querySelectorAll('style')].reduce((n, s) => n + (s.sheet ? s.sheet.cssRules.length : 0), 0),
    );
    assert.ok(rules > 0);
    // Colors come from the theme; switching to light re-themes Plotly.
    const bg = () => page.$eval('[data-role=contour] .main-svg', (s) => s.style.background);
    assert.strictEqual(await bg(), 'rgb(31, 31, 31)');
    await page.evaluate(() => window.__applyTheme('light'));
    await page.waitForFunction(() => document.querySelector('[data-role=contour] .main-svg').style.background === 'rgb(255, 255, 255)');
    await page.screenshot({ path: path.join(SHOTS, 'plot-2d-light.png'), fullPage: true });
  });

  it('rejects malformed messages and keeps showing what it showed', async () => {
    const { page, log } = await open('report');
    await send(page, { type: 'report', report: fixtures.report() });
    await page.waitForSelector('table.components');
    const bad = fixtures.report();
    bad.components[0].analytic = 'NaN';
    await send(page, { type: 'report', report: bad });
    await send(page, { type: 'nonsense' });
    await page.waitForTimeout(50);
    assert.strictEqual(await page.$eval('table.components tbody tr td', (td) => td.textContent), '3.167706327');
    assert.strictEqual(log.console.filter((c) => /rejected a malformed message/.test(c)).length, 2);
  });

  it('comes back after a reload from the saved state, slider position included', async () => {
    const first = await open('plot');
    await send(first.page, { type: 'plot', plot: fixtures.plot1d(1) });
    await first.page.waitForSelector('input.slider');
    await first.page.focus('input.slider');
    for (let i = 0; i < 5; i++) await first.page.keyboard.press('ArrowLeft');
    const state = await first.page.evaluate(() => window.__state);
    const second = await open('plot', { state });
    await second.page.waitForSelector('input.slider');
    assert.strictEqual(await second.page.$eval('input.slider', (s) => s.value), '115');
  });

  it('side bar: expression, derivatives, live tangent plot and the Open plot button', async () => {
    const { page } = await open('sidebar', { theme: 'light' });
    assert.match(await page.textContent('body'), /Put the cursor on a formula/);
    await send(page, {
      type: 'sidebar',
      state: {
        source: 'x * np.sin(x)',
        latex: 'x\\sin\\left(x\\right)',
        line: 3,
        value: 0.84,
        partials: [{ variable: 'x', latex: '\\sin\\left(x\\right)+x\\cos\\left(x\\right)', value: 1.38 }],
        plot: fixtures.plot1d(1),
      },
    });
    await page.waitForSelector('[data-role=sidebar-source]');
    assert.match(await page.textContent('[data-role=sidebar-source]'), /x \* np\.sin\(x\).*line 4/);
    assert.ok(await page.$('.sidebar svg.tangent-plot [data-role=tangent]'));
    await page.click('[data-role=open-plot]');
    assert.deepStrictEqual(await page.evaluate(() => window.__posted.at(-1)), { type: 'openPlot' });
    await page.screenshot({ path: path.join(SHOTS, 'sidebar-light.png'), fullPage: true });
  });
});
