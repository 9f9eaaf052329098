// Data the host would send. Plot data comes from the real sampler (out/src/core/report/plotData.js)
// over closed-form functions; the report comes from the real report builder when it is built.
'use strict';
const path = require('path');
const { ROOT } = require('./server');

const { buildPlotData } = require(path.join(ROOT, 'out', 'src', 'core', 'report', 'plotData.js'));

/** f(x) = x·sin(x): [f, f', f''] */
function plot1d(x0 = 1) {
  return buildPlotData({
    source: 'x * np.sin(x)', expression: 'x * sin(x)', latex: 'x\\sin\\left(x\\right)', variables: ['x'], point: { x: x0 },
    dfLatex: { x: '\\sin\\left(x\\right)+x\\cos\\left(x\\right)' }, d2fLatex: { x: '2\\cos\\left(x\\right)-x\\sin\\left(x\\right)' },
    evaluate: ([x]) => [x * Math.sin(x), Math.sin(x) + x * Math.cos(x), 2 * Math.cos(x) - x * Math.sin(x)],
  });
}

/** f(x, y) = x²·y + sin(x·y) */
function plot2d() {
  return buildPlotData({
    source: 'x**2 * y + np.sin(x * y)', expression: 'x ^ 2 * y + sin(x * y)', latex: 'x^{2}y+\\sin\\left(x y\\right)',
    variables: ['x', 'y'], point: { x: 1, y: 2 },
    dfLatex: { x: '2 x y+y\\cos\\left(x y\\right)', y: 'x^{2}+x\\cos\\left(x y\\right)' },
    d2fLatex: { x: '2 y-y^{2}\\sin\\left(x y\\right)', y: '-x^{2}\\sin\\left(x y\\right)' },
    evaluate: ([x, y]) => [
      x * x * y + Math.sin(x * y), 2 * x * y + y * Math.cos(x * y), x * x + x * Math.cos(x * y),
      2 * y - y * y * Math.sin(x * y), -x * x * Math.sin(x * y),
    ],
  });
}

/** f(a, b, c) = a·b + c²: more than two variables (slices only). */
function plot3d() {
  return buildPlotData({
    source: 'a*b + c**2', expression: 'a * b + c ^ 2', latex: 'a b+c^{2}', variables: ['a', 'b', 'c'], point: { a: 1, b: 2, c: 3 },
    dfLatex: { a: 'b', b: 'a', c: '2 c' }, d2fLatex: { a: '0', b: '0', c: '2' },
    evaluate: ([a, b, c]) => [a * b + c * c, b, a, 2 * c, 0, 0, 2],
  });
}

/** A report as the builder produces it for f = x²y + sin(xy) at (1, 2) with a wrong ∂f/∂y by hand. */
function report() {
  const h = [];
  for (let k = -3; k >= -39; k--) h.push(10 ** (k / 3));
  const fwd = h.map((x) => 2.1 * x + 2e-16 / x);
  const cen = h.map((x) => 0.7 * x * x + 1e-16 / x);
  return {
    source: 'x**2 * y + np.sin(x * y)', expression: 'x ^ 2 * y + sin(x * y)', latex: 'x^{2}y+\\sin\\left(x y\\right)',
    variables: ['x', 'y'], point: { x: 1, y: 2 }, value: 2.909297426825682,
    partialsLatex: { x: '2 x y+y\\cos\\left(x y\\right)', y: 'x^{2}+x\\cos\\left(x y\\right)' },
    rtol: 1e-5, atol: 1e-8, method: 'richardson',
    components: [
      { variable: 'x', analytic: 3.167706326905871, numericCentral: 3.16770632, numeric: 3.167706326905870, absError: 1e-15, relError: 3e-16, ok: true },
      { variable: 'y', analytic: 0.5838531634528576, numericCentral: 0.58385316, numeric: 0.5838531634528570, absError: 6e-16, relError: 1e-15, ok: true },
    ],
    ok: false,
    notes: [{ kind: 'info', message: 'sin(x y) is smooth everywhere' }],
    handwritten: [{
      name: 'grad_f', line: 4, ok: false,
      components: [
        { variable: 'x', value: 3.167706326905871, expected: 3.167706326905871, absError: 0, relError: 0, ok: true, line: 6, text: '2 * x * y + y * np.cos(x * y)' },
        { variable: 'y', value: 1.4161468365471424, expected: 0.5838531634528576, absError: 0.8322936730942848, relError: 1.4255, ok: false, line: 7, text: 'x**2 - x * np.cos(x * y)' },
      ],
    }],
    errorVsStep: { variable: 'x', h, forward: fwd, central: cen, chosenH: 6e-6, slopeForward: 1.0, slopeCentral: 2.0, floor: Math.min(...cen), roundOff: 2.909 * 2.220446e-16 },
    location: { uri: 'file:///work/examples/gradcheck.py', line: 2 },
  };
}

module.exports = { plot1d, plot2d, plot3d, report };
