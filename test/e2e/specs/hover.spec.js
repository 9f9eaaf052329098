// Hovers as a user sees them in the packaged extension: partials and totals through assignments
// (Python), JavaScript/TypeScript, C, LaTeX and Markdown math, a formula in a comment, the plot
// image and the command links; nothing over non-math code. Screenshots in test-results/screenshots.
'use strict';
const assert = require('assert');
const { workbench, sleep } = require('../lib');

/**
 * Opens a file from the Explorer, as a user would: Quick Open's list can still show the previous
 * query's rows when Enter is pressed, which picks a file opened earlier in the session.
 */
async function open(rel) {
  await workbench().openFromExplorer(rel);
  await workbench().page.locator('.editor-group-container.active .monaco-editor .view-lines').waitFor({ timeout: 15_000 });
}

/** Hovers `needle` (+offset) in a file and returns the hover's text once it matches `expect`. */
const hover = (rel, needle, expect, opts) => workbench().hoverIn(rel, needle, expect, opts);

describe('hover', function () {
  afterEach(async () => workbench().hideHover());
  after(async () => workbench().closeAllEditors());

  it('Python: partials of loss and total derivatives through h and y_hat', async function () {
    const wb = workbench();
    const text = await hover('python/train_step.py', 'loss = (y_hat - y) ** 2', /dloss\/dw1/, { offset: 9 });
    await wb.screenshot('hover-python-loss-totals', { locator: wb.hoverLocator() });
    await wb.screenshot('hover-python-loss-totals-editor');
    assert.match(text, /Recognized: .*y_hat.* · variables: y, y_hat/);
    assert.match(text, /∂loss\/∂y_hat = .*# = 0\.600752/, "2 (y_hat - y) at the script's values");
    assert.match(text, /Total derivatives with respect to the inputs b1, b2, w1, w2, x, y/);
    assert.match(text, /^h = /m, 'the intermediate h is named');
    // dloss/dw1 at the script's own values (x = 1.5, y = 0.75, w1 = 0.8, b1 = -0.2, w2 = 1.3, b2 = 0.1)
    const h = 1 / (1 + Math.exp(-(0.8 * 1.5 - 0.2)));
    const expected = 2 * (1.3 * h + 0.1 - 0.75) * 1.3 * h * (1 - h) * 1.5;
    const m = /dloss\/dw1 = .*# = (-?[\d.]+)/.exec(text);
    assert.ok(m, `a value for dloss/dw1 in: ${text}`);
    assert.ok(Math.abs(Number(m[1]) - expected) < 1e-4, `dloss/dw1 = ${m[1]}, expected ${expected}`);
    const html = await wb.hoverHtml();
    assert.match(html, /<img[^>]+src="data:image\/svg\+xml;base64,/, 'the tangent plot is an image');
    assert.match(text, /Check Gradient/);
    assert.match(text, /Copy/);
  });

  it('Python: a formula in a comment', async function () {
    const text = await hover('python/train_step.py', '# E = x^2 * y + sin(x*y)', /∂E\/∂x/, { offset: 12 });
    const wb = workbench();
    await wb.screenshot('hover-python-comment', { locator: wb.hoverLocator() });
    // scroll the hover to its end to see the plot
    const box = await wb.hoverLocator().boundingBox();
    if (box) {
      await wb.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await wb.page.mouse.wheel(0, 600);
      await sleep(400);
      await wb.screenshot('hover-python-comment-plot', { locator: wb.hoverLocator() });
    }
    assert.match(text, /comment, line \d+/);
    // by value at the hover's point x = 0.5, y = 0.8: 2xy + y cos(xy)
    assert.match(text, /Values at x = 0\.5, y = 0\.8\./);
    assert.match(text, /∂E\/∂x = .*cos.*= 1\.53685/);
  });

  it('JavaScript: the height of a projectile, with g a constant', async function () {
    const text = await hover('javascript/physics.js', 'v0 * Math.sin(theta) * t - 0.5', /∂y\/∂t/, { offset: 5 });
    await workbench().screenshot('hover-javascript-projectile', { locator: workbench().hoverLocator() });
    // at t = 0.5, theta = 0.8, v0 = 1.1 with g = 9.81: v0 sin(theta) - g t, t v0 cos(theta)
    assert.match(text, /Values at t = 0\.5, theta = 0\.8, v0 = 1\.1\./);
    assert.match(text, /∂y\/∂t = .*Math\.sin\(theta\).*= -4\.11591/);
    assert.match(text, /∂y\/∂theta = .*Math\.cos\(theta\).*= 0\.383189/);
    assert.match(text, /Constants \(assigned above\): g = 9\.81/);
    assert.doesNotMatch(text, /∂y\/∂g/, 'g = 9.81 is a constant');
  });

  it('TypeScript: Math.hypot', async function () {
    const text = await hover('typescript/geometry.ts', 'Math.hypot(', /∂\w+\/∂x1/, { offset: 3 });
    // d/dx1 hypot(x2 − x1, y2 − y1) = −(x2 − x1)/hypot(…): at x1 = 0.5, x2 = 0.8, y1 = 1.1, y2 = 1.4
    // both differences are 0.3, so every partial is ±1/√2 = ±0.707107 (by hand)
    assert.match(text, /Values at x1 = 0\.5, x2 = 0\.8, y1 = 1\.1, y2 = 1\.4\./);
    assert.match(text, /∂distance\/∂x1 = -\(x2 - x1\) \/ Math\.hypot\(x2 - x1, y2 - y1\)\s+\/\/ = -0\.707107\b/);
    assert.match(text, /∂distance\/∂x2 = .*\/\/ = 0\.707107\b/);
    assert.match(text, /∂distance\/∂y1 = .*\/\/ = -0\.707107\b/);
    assert.match(text, /∂distance\/∂y2 = .*\/\/ = 0\.707107\b/);
  });

  it('C: the return of a function is named after it', async function () {
    const text = await hover('c/kinematics.c', 'h0 - 0.5 * g * t * t', /∂height\/∂t/, { offset: 3 });
    await workbench().screenshot('hover-c-height', { locator: workbench().hoverLocator() });
    assert.match(text, /∂height\/∂h0 = 1 .*= 1/);
    assert.match(text, /∂height\/∂t = .*\bg\b.*= -7\.848/, 'at t = 0.8: -g t with g = 9.81');
    assert.match(text, /Constants \(assigned above\): g = 9\.81/);
  });

  it('MATLAB: a .m file VS Code opened as Objective-C (no MATLAB extension) is read as MATLAB', async function () {
    const text = await hover('matlab/spring.m', 'E = 0.5*k*x.^2', /∂E\/∂x/, { offset: 8 });
    await workbench().screenshot('hover-matlab-energy', { locator: workbench().hoverLocator() });
    // k = 40 and v = 0.2 are constants; x = 0.1 .* exp(-c/(2*m) .* t) .* cos(omega .* t) is followed to t.
    // by value at t = 0.5 (by hand): x(t) = 0.1 e^(−0.8t) cos(ωt), ω = √(k/m − (c/2m)²) = √79.36;
    // ∂E/∂x = k x and dE/dt = k x x'(t)
    const omega = Math.sqrt(79.36);
    const t = 0.5;
    const x = 0.1 * Math.exp(-0.8 * t) * Math.cos(omega * t);
    const dx = 0.1 * Math.exp(-0.8 * t) * (-0.8 * Math.cos(omega * t) - omega * Math.sin(omega * t));
    assert.match(text, /Values at t = 0\.5\./);
    const value = (re) => Number(re.exec(text)?.[1]);
    const ex = value(/∂E\/∂x = k \.?\* x\s+% = (-?[\d.]+)/);
    const et = value(/dE\/dt = .*% = (-?[\d.]+)/);
    assert.ok(Math.abs(ex - 40 * x) < 1e-5, `∂E/∂x = ${ex}, by hand ${40 * x}`);
    assert.ok(Math.abs(et - 40 * x * dx) < 1e-5, `dE/dt = ${et}, by hand ${40 * x * dx}`);
    assert.doesNotMatch(text, /∂E\/∂v/, 'v = 0.2 is a constant');
  });

  it('LaTeX: an equation environment', async function () {
    const ask = () => hover('latex/notes.tex', '\\frac{\\lambda}{2} \\theta_1^2', /∂J\/∂/, { offset: 10 });
    const text = await ask();
    await sleep(1500); // code blocks are highlighted asynchronously (the LaTeX grammar loads on first use)
    // (on a loaded machine the hover may have closed meanwhile, e.g. when another language server
    // reports progress: ask again rather than read an empty box)
    if (
      !(await workbench()
        .hoverLocator()
        .isVisible()
        .catch(() => false))
    )
      await ask();
    assert.match(await workbench().hoverLocator().innerText(), /\n∂J\/∂theta_0 = /, 'one derivative per line');
    await workbench().screenshot('hover-latex-equation', { locator: workbench().hoverLocator() });
    // λθ₁ + x(θ₁x + θ₀ − y) at λ = 0.5, θ₀ = 0.8, θ₁ = 1.1, x = 1.4, y = 0.3, printed in LaTeX
    assert.match(text, /∂J\/∂theta_1 = .*\\theta_\{1\}.*% = 3\.406/);
  });

  it('LaTeX: a piecewise definition (cases) differentiates per branch', async function () {
    const text = await hover('latex/notes.tex', '\\frac{1}{2} r^2 & \\text{if }', /∂L_delta\/∂r/, { offset: 13 });
    await sleep(1500); // code blocks are highlighted asynchronously
    await workbench().screenshot('hover-latex-cases', { locator: workbench().hoverLocator() });
    // at r = 0.8, delta = 0.5 the tail holds: ∂L/∂r = delta·sign(r) = 0.5, printed as a cases environment
    assert.match(text, /∂L_delta\/∂r = \\begin\{cases\}.*\\end\{cases\}\s+% = 0\.5\b/);
  });

  it('Markdown: inline math', async function () {
    const text = await hover('markdown/README.md', 'E = x^2 y + \\sin(x y)', /∂E\/∂x/, { offset: 6 });
    await workbench().screenshot('hover-markdown-inline', { locator: workbench().hoverLocator() });
    assert.match(text, /∂E\/∂y = .*\\cos.*% = 0\.71053/, 'x cos(xy) + x² at x = 0.5, y = 0.8');
  });

  it('Python: torch.mean over a batch is read per element and says what the mean does', async function () {
    const text = await hover('python/torch_losses.py', 'loss = torch.mean((y_hat - y) ** 2)', /torch\.mean/, { offset: 2 });
    await workbench().screenshot('hover-python-reduction', { locator: workbench().hoverLocator() });
    assert.match(text, /∂loss\/∂y_hat = 2 \* \(y_hat - y\)\s+# = 0\.6\b/, '2 (y_hat - y) at y_hat = 0.8, y = 0.5');
    assert.match(text, /torch\.mean`? is read one element at a time/);
    assert.match(text, /a mean also divides them by the number of elements/);
  });

  it('Python: a piecewise Huber loss (torch.where) differentiates per branch, in torch syntax', async function () {
    const text = await hover('python/torch_losses.py', 'return torch.where(torch.abs(r) <= delta', /∂huber\/∂r/, { offset: 30 });
    await workbench().screenshot('hover-python-huber', { locator: workbench().hoverLocator() });
    // at the prefilled point r = 0.8, delta = 0.5 the tail branch holds: ∂/∂r = delta·sign(r) = 0.5
    assert.match(text, /∂huber\/∂r = torch\.where\(torch\.abs\(r\) <= delta, r, delta \* torch\.sign\(r\)\)\s+# = 0\.5\b/);
    assert.match(text, /∂huber\/∂delta = torch\.where\(torch\.abs\(r\) <= delta, 0, torch\.abs\(r\) - delta\)\s+# = 0\.3\b/);
  });

  it('JavaScript (real-code classes): a comma declaration followed into a function, a helper whose branches return', async function () {
    const wb = workbench();
    const sin = await hover('javascript/easing.js', 'Math.sin(t * halfPi)', /∂sinOut\/∂t/, { offset: 3 });
    await wb.screenshot('hover-javascript-comma-declaration', { locator: wb.hoverLocator() });
    // halfPi = pi / 2 from `var pi = Math.PI, halfPi = pi / 2;`: (π/2) cos(π/4) at t = 0.5 (by hand)
    assert.match(sin, /∂sinOut\/∂t = halfPi \* Math\.cos\(halfPi \* t\)\s+\/\/ = 1\.11072\b/);
    assert.match(sin, /Constants \(assigned above\): halfPi = 1\.5708, pi = 3\.14159/);
    await wb.hideHover();
    const bounce = await hover('javascript/easing.js', '1 - bounceOut(1 - t)', /∂bounceIn\/∂t/, { offset: 5 });
    await wb.screenshot('hover-javascript-branching-helper', { locator: wb.hoverLocator() });
    // 1 - t = 0.5 is in the second branch: d/dt = 2 (363/40) 0.5 - 99/10 = -0.825 (by hand)
    assert.match(bounce, /∂bounceIn\/∂t = .*\/\/ = -0\.825\b/);
  });

  it('LaTeX: products written side by side in an equation environment', async function () {
    const text = await hover('latex/notes.tex', 'V = \\frac{4\\pi}{3} t x y', /∂V\/∂t/, { offset: 21 });
    await sleep(1500); // code blocks are highlighted asynchronously
    await workbench().screenshot('hover-latex-implicit-product', { locator: workbench().hoverLocator() });
    // (4π/3) x y at x = 0.8, y = 1.1 (by hand: 3.686135)
    assert.match(text, /∂V\/∂t = \\frac\{4 \\cdot \\pi \\cdot x \\cdot y\}\{3\}\s+% = 3\.68614\b/);
    assert.match(text, /∂V\/∂y = .*% = 1\.67552\b/);
  });

  it('LaTeX (issue #12 classes): a row of split is a formula, a density with dx on both sides is p(x)', async function () {
    const wb = workbench();
    const row = await hover('latex/notes.tex', 'W &= \\mathrm{max}(a, b) + a b', /∂W\/∂a/, { offset: 20 });
    await sleep(1500); // code blocks are highlighted asynchronously
    await wb.screenshot('hover-latex-split-row', { locator: wb.hoverLocator() });
    // max(a, b) + a b at a = 0.5, b = 0.8 (SymPy): ∂/∂a = 0.8, ∂/∂b = 1.5
    assert.match(row, /∂W\/∂a = .*% = 0\.8\b/);
    assert.match(row, /∂W\/∂b = .*% = 1\.5\b/);
    await wb.hideHover();
    const density = await hover('latex/notes.tex', 'e^{-x^2/(2\\sigma^2)}\\,dx$ for', /∂p\/∂x/, { offset: 4 });
    await sleep(1500);
    await wb.screenshot('hover-latex-density-dx', { locator: wb.hoverLocator() });
    // x/σ² e^{-x²/(2σ²)} at σ = 0.5, x = 0.8 (SymPy): ∂/∂σ = 0.996486, ∂/∂x = -1.73495
    assert.match(density, /∂p\/∂sigma = .*% = 0\.99648/);
    assert.match(density, /∂p\/∂x = .*% = -1\.73495/);
    assert.doesNotMatch(density, /∂p\/∂d\b/, 'dx is the differential, not a product with d');
    assert.match(density, /`?dx`? ends both sides: the differential of a density or measure/);
  });

  it('nothing over non-math code', async function () {
    const wb = workbench();
    await open('python/torch_losses.py');
    const { line, column } = wb.locate('python/torch_losses.py', 'import torch.nn.functional as F', { offset: 14 });
    await wb.goTo(line, column);
    const p = await wb.cursorPoint();
    await wb.page.mouse.move(5, 5);
    await wb.page.mouse.move(p.x + 4, p.y, { steps: 4 });
    await sleep(2500);
    const visible = await wb
      .hoverLocator()
      .isVisible()
      .catch(() => false);
    const text = visible ? await wb.hoverLocator().innerText() : '';
    assert.doesNotMatch(text, /Derivative Inspector/, `no derivative hover over an import; saw: ${text}`);
  });
});
