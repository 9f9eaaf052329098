// Data the host would send. Plot data comes from the real sampler (out/src/core/report/plotData.js)
// over closed-form functions; the report from the real report builder over a small document.
'use strict';
const path = require('path');
const { ROOT } = require('./server');

const { buildPlotData } = require(path.join(ROOT, 'out', 'src', 'core', 'report', 'plotData.js'));
const { buildReport } = require(path.join(ROOT, 'out', 'src', 'core', 'report', 'buildReport.js'));

/** f(x) = x·sin(x): [f, f', f''] */
function plot1d(x0 = 1) {
  return buildPlotData({
    source: 'x * np.sin(x)',
    expression: 'x * sin(x)',
    latex: 'x\\sin\\left(x\\right)',
    variables: ['x'],
    point: { x: x0 },
    dfLatex: { x: '\\sin\\left(x\\right)+x\\cos\\left(x\\right)' },
    d2fLatex: { x: '2\\cos\\left(x\\right)-x\\sin\\left(x\\right)' },
    evaluate: ([x]) => [x * Math.sin(x), Math.sin(x) + x * Math.cos(x), 2 * Math.cos(x) - x * Math.sin(x)],
  });
}

/** f(x, y) = x²·y + sin(x·y) */
function plot2d() {
  return buildPlotData({
    source: 'x**2 * y + np.sin(x * y)',
    expression: 'x ^ 2 * y + sin(x * y)',
    latex: 'x^{2}y+\\sin\\left(x y\\right)',
    variables: ['x', 'y'],
    point: { x: 1, y: 2 },
    dfLatex: { x: '2 x y+y\\cos\\left(x y\\right)', y: 'x^{2}+x\\cos\\left(x y\\right)' },
    d2fLatex: { x: '2 y-y^{2}\\sin\\left(x y\\right)', y: '-x^{2}\\sin\\left(x y\\right)' },
    evaluate: ([x, y]) => [
      x * x * y + Math.sin(x * y),
      2 * x * y + y * Math.cos(x * y),
      x * x + x * Math.cos(x * y),
      2 * y - y * y * Math.sin(x * y),
      -x * x * Math.sin(x * y),
    ],
  });
}

/** f(a, b, c) = a·b + c²: more than two variables (slices only). */
function plot3d() {
  return buildPlotData({
    source: 'a*b + c**2',
    expression: 'a * b + c ^ 2',
    latex: 'a b+c^{2}',
    variables: ['a', 'b', 'c'],
    point: { a: 1, b: 2, c: 3 },
    dfLatex: { a: 'b', b: 'a', c: '2 c' },
    d2fLatex: { a: '0', b: '0', c: '2' },
    evaluate: ([a, b, c]) => [a * b + c * c, b, a, 2 * c, 0, 0, 2],
  });
}

/** The document the report is built from: f = x²y + sin(xy) with a hand-written gradient whose ∂f/∂y is wrong (− for +). */
const GRADCHECK_PY = [
  'import numpy as np',
  'def f(x, y):',
  '    return x**2 * y + np.sin(x * y)',
  '',
  'def grad_f(x, y):',
  '    return np.array([',
  '        2 * x * y + y * np.cos(x * y),',
  '        x**2 - x * np.cos(x * y),',
  '    ])',
].join('\n');

/** The report the real builder (out/src/core/report/buildReport.js) makes for f at (1, 2) from that document. */
function report() {
  return buildReport(
    { source: 'x**2 * y + np.sin(x * y)', lang: 'python', target: 'f' },
    { x: 1, y: 2 },
    { rtol: 1e-5, atol: 1e-8, documentText: GRADCHECK_PY, location: { uri: 'file:///work/examples/gradcheck.py', line: 2 } },
  );
}

module.exports = { plot1d, plot2d, plot3d, report };
