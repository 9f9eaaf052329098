// The extension, installed from its .vsix, activates on a Python file and its hover shows the
// derivative of `y = x**2 + 3*x` (examples/python/train_step.py): what a user sees first.
'use strict';
const assert = require('assert');
const { workbench } = require('../lib');

describe('activation and the first hover', function () {
  after(async () => workbench().closeAllEditors());

  it('opens examples/python/train_step.py from the Explorer', async function () {
    const wb = workbench();
    await wb.openFromExplorer('python/train_step.py');
    // the editor renders spaces as non-breaking spaces
    const text = (await wb.page.locator('.editor-group-container.active .monaco-editor .view-lines').innerText()).replace(/\u00a0/g, ' ');
    assert.match(text, /def sigmoid\(s\)/);
  });

  it('shows dy/dx = 2*x + 3 when hovering x**2 + 3*x', async function () {
    const wb = workbench();
    // hover the x of `x**2`, inside the expression
    const { line, column } = wb.locate('python/train_step.py', 'y = x**2 + 3*x', { offset: 4 });
    const text = await wb.hoverAt(line, column, { expect: /2\s*[*·⋅×]?\s*x\s*\+\s*3/, timeout: 30_000 });
    await wb.screenshot('hover-python-polynomial');
    assert.match(text, /2\s*[*·⋅×]?\s*x\s*\+\s*3/, `hover text: ${text}`);
    await wb.hideHover();
  });
});
