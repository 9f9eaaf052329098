// Classes of real code issue #12 lists, as a user sees them in the packaged extension: the operand
// of a C++ stream insertion and a one-line loop body (the loop a barrier for what it assigns, with a
// note), and JavaScript's `typeof x !== 'undefined' ? x : d` default read as x. Screenshots in
// test-results/screenshots.
'use strict';
const assert = require('assert');
const { workbench } = require('../lib');

const hover = (rel, needle, expect, opts) => workbench().hoverIn(rel, needle, expect, opts);

describe('real code (issue #12)', function () {
  afterEach(async () => workbench().hideHover());
  after(async () => workbench().closeAllEditors());

  it('C++: std::cout << "Estimate = " << sum / N hovers sum / N, the loop above an input barrier', async function () {
    const wb = workbench();
    const text = await hover('cpp/monte_carlo.cpp', '<< sum / N', /∂\w+\/∂sum/, { offset: 5 });
    await wb.screenshot('hover-realcode-cpp-cout', { locator: wb.hoverLocator() });
    // N = 1000 is followed: d(sum / N)/dsum = 0.001
    assert.match(text, /∂\w+\/∂sum = .*= 0\.001\b/);
    assert.match(text, /N = 1000/);
    assert.match(text, /The for on line 9 assigns i, sum: inputs after it/);
    assert.doesNotMatch(text, /Estimate/, 'the string is no part of the math');
  });

  it('C++: the one-line loop body sum += std::exp(…) is found, i and sum inputs of the loop', async function () {
    const wb = workbench();
    const text = await hover('cpp/monte_carlo.cpp', 'std::exp(-0.5', /∂sum\/∂i/, { offset: 5 });
    await wb.screenshot('hover-realcode-cpp-loop', { locator: wb.hoverLocator() });
    // d/di exp(-0.5 (i + 0.5) / 1000) at i = 0.5: -0.0005 exp(-0.0005)
    assert.match(text, /∂sum\/∂i = .*= -0\.00049975/);
    assert.match(text, /Inside the for on line 9: i, sum change in the loop and are inputs here/);
  });

  it("JavaScript: typeof scale !== 'undefined' ? scale : 1.70158 is scale, said in a note; the return follows it", async function () {
    const wb = workbench();
    const line = await hover('javascript/back_easing.js', 'var s = typeof', /∂s\/∂scale/, { offset: 10 });
    await wb.screenshot('hover-realcode-js-default', { locator: wb.hoverLocator() });
    assert.match(line, /∂s\/∂scale = 1/);
    assert.match(line, /is a default value: read as scale when it is given \(1\.70158 only when it is not\)/);
    await wb.hideHover();
    const ret = await hover('javascript/back_easing.js', 't * t * ((s + 1)', /dbackIn\/dscale/, { offset: 4 });
    await wb.screenshot('hover-realcode-js-return', { locator: wb.hoverLocator() });
    // d/dscale of t²((scale + 1)t − scale) = t³ − t²
    assert.match(ret, /s = scale/);
    assert.match(ret, /dbackIn\/dscale = /);
  });
});
