// The hover's derivatives checked by value: each case gives the function by hand (plain JS), and the
// hover's partials/totals at its point must match central differences of that function.
import * as assert from 'assert';
import { hoverAt } from '../../../src/core/hover';
import type { Lang, Point } from '../../../src/core/types';

const CURSOR = '‸';

interface ValueCase {
  name: string;
  lang: Lang;
  src: string;
  /** The expression as a function of its own variables (each name independent). */
  own?: (p: Point) => number;
  /** Values of the intermediate names `own` reads, from the root inputs (by hand, as the code defines them). */
  intermediates?: (p: Point) => Point;
  /** The same after following assignments, as a function of the root inputs. */
  total?: (p: Point) => number;
  variables?: string[];
  totalVariables?: string[];
  at?: Point;
}

const sq = (v: number) => v * v;
const sigmoid = (v: number) => 1 / (1 + Math.exp(-v));

const CASES: ValueCase[] = [
  {
    name: 'python: loss through h and y_hat',
    lang: 'python',
    src: 'import numpy as np\n\ndef loss(w1, x, y):\n    h = np.tanh(w1 * x)\n    y_hat = 2.0 * h + 1\n    return (y_hat - ‸y) ** 2\n',
    own: (p) => sq(p.y_hat - p.y),
    intermediates: (p) => ({ y_hat: 2 * Math.tanh(p.w1 * p.x) + 1 }),
    total: (p) => sq(2 * Math.tanh(p.w1 * p.x) + 1 - p.y),
    variables: ['y', 'y_hat'],
    totalVariables: ['w1', 'x', 'y'],
  },
  {
    name: 'python: helper function and script values',
    lang: 'python',
    src: 'def sigmoid(s): return 1/(1+np.exp(-s))\n\nx, w, b = 1.5, 0.8, -0.2\nz = w*x + b\np = sigmoid(z‸)\n',
    own: (p) => sigmoid(p.z),
    intermediates: (p) => ({ z: p.w * p.x + p.b }),
    total: (p) => sigmoid(p.w * p.x + p.b),
    totalVariables: ['b', 'w', 'x'],
  },
  {
    name: 'python: comment formula',
    lang: 'python',
    src: '# E = x^2 * y + sin(x‸*y)\n',
    own: (p) => p.x ** 2 * p.y + Math.sin(p.x * p.y),
    variables: ['x', 'y'],
  },
  {
    name: 'javascript: constant g is a number',
    lang: 'javascript',
    src: 'const g = 9.81;\nfunction y(v0, theta, t) {\n  return v0 * Math.sin(theta) * t - 0.5 * g * t ‸** 2;\n}\n',
    own: (p) => p.v0 * Math.sin(p.theta) * p.t - 0.5 * 9.81 * p.t ** 2,
    variables: ['t', 'theta', 'v0'],
  },
  {
    name: 'typescript: hypot',
    lang: 'typescript',
    src: 'function dist(x1: number, y1: number, x2: number, y2: number): number {\n  return Math.hypot(x2 - x1, y2 - ‸y1);\n}\n',
    own: (p) => Math.hypot(p.x2 - p.x1, p.y2 - p.y1),
    variables: ['x1', 'x2', 'y1', 'y2'],
    at: { x1: 0.2, y1: 0.1, x2: 1.3, y2: 0.9 },
  },
  {
    name: 'c: through a local',
    lang: 'c',
    src: 'double f(double x, double y) {\n    double h = x * y;\n    return exp(h) / (1.0 + h‸);\n}\n',
    own: (p) => Math.exp(p.h) / (1 + p.h),
    intermediates: (p) => ({ h: p.x * p.y }),
    total: (p) => Math.exp(p.x * p.y) / (1 + p.x * p.y),
    totalVariables: ['x', 'y'],
  },
  {
    name: 'cpp: gaussian',
    lang: 'cpp',
    src: 'double gaussian(double x, double mu, double sigma) {\n    return std::exp(-std::pow(x - mu, 2) / (2.0 * sigma ‸* sigma));\n}\n',
    own: (p) => Math.exp(-sq(p.x - p.mu) / (2 * p.sigma * p.sigma)),
    variables: ['mu', 'sigma', 'x'],
  },
  {
    name: 'julia: helper and implicit multiplication',
    lang: 'julia',
    src: 'f(x) = x^2\nh = 3x + 1\ny = f(h) * ‸sin(h)\n',
    own: (p) => sq(p.h) * Math.sin(p.h),
    intermediates: (p) => ({ h: 3 * p.x + 1 }),
    total: (p) => sq(3 * p.x + 1) * Math.sin(3 * p.x + 1),
    totalVariables: ['x'],
  },
  {
    name: 'matlab: element-wise with constants',
    lang: 'matlab',
    src: 'k = 40;\nm = 0.5;\nE = 0.5*k*x.^2 + 0.5*m*v‸.^2;\n',
    own: (p) => 0.5 * 40 * p.x ** 2 + 0.5 * 0.5 * p.v ** 2,
    variables: ['v', 'x'],
  },
  {
    name: 'r: log-likelihood through p',
    lang: 'r',
    src: 'p <- 1 / (1 + exp(-(b0 + b1 * x)))\nloglik <- yobs * log(p) + (1 - yobs) * ‸log(1 - p)\n',
    own: (q) => q.yobs * Math.log(q.p) + (1 - q.yobs) * Math.log(1 - q.p),
    intermediates: (q) => ({ p: sigmoid(q.b0 + q.b1 * q.x) }),
    total: (q) => {
      const p = sigmoid(q.b0 + q.b1 * q.x);
      return q.yobs * Math.log(p) + (1 - q.yobs) * Math.log(1 - p);
    },
    totalVariables: ['b0', 'b1', 'x', 'yobs'],
  },
  {
    name: 'latex: equation through an earlier definition',
    lang: 'latex',
    src: 'Let $h = w x$ and\n\\begin{equation}\n  L = h^2 + \\sin(‸h)\n\\end{equation}\n',
    own: (p) => sq(p.h) + Math.sin(p.h),
    intermediates: (p) => ({ h: p.w * p.x }),
    total: (p) => sq(p.w * p.x) + Math.sin(p.w * p.x),
    totalVariables: ['w', 'x'],
  },
  {
    name: 'markdown: inline math',
    lang: 'markdown',
    src: 'The energy $E = x^2 y + \\sin(x‸ y)$ here.\n',
    own: (p) => p.x ** 2 * p.y + Math.sin(p.x * p.y),
    variables: ['x', 'y'],
  },
];

/** Central difference of f along v at p. */
function fd(f: (p: Point) => number, p: Point, v: string): number {
  const h = 1e-5 * Math.max(1, Math.abs(p[v]));
  return (f({ ...p, [v]: p[v] + h }) - f({ ...p, [v]: p[v] - h })) / (2 * h);
}

function close(actual: number | undefined, expected: number, what: string): void {
  assert.ok(
    actual !== undefined && Math.abs(actual - expected) <= 1e-6 * Math.max(1, Math.abs(expected)),
    `${what}: ${actual} vs ${expected}`,
  );
}

describe('hover derivatives by value in every language', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const offset = c.src.indexOf(CURSOR);
      const text = c.src.replace(CURSOR, '');
      const r = hoverAt(text, c.lang, offset, { plot: false, at: c.at });
      assert.ok(r, 'a hover');
      const m = r.model;
      assert.strictEqual(m.problem, undefined);
      if (c.variables) assert.deepStrictEqual(m.variables, c.variables);
      const point = { ...m.point };
      if (c.at) for (const [k, v] of Object.entries(c.at)) assert.strictEqual(point[k], v, `point takes the given ${k}`);
      // every partial by value; an intermediate name (h, y_hat) takes its value from the inputs
      if (c.own) {
        assert.ok(m.partials.length > 0, 'partials shown');
        const at = { ...point, ...c.intermediates?.(point) };
        for (const line of m.partials) {
          assert.ok(line.variable in at, `the case gives no value for ${line.variable}: add it to intermediates`);
          close(line.value, fd(c.own, at, line.variable), `∂/∂${line.variable}`);
        }
      }
      if (c.total) {
        assert.ok(m.totals, 'totals shown');
        if (c.totalVariables)
          assert.deepStrictEqual(
            m.totals.lines.map((l) => l.variable),
            c.totalVariables,
          );
        for (const line of m.totals.lines) close(line.value, fd(c.total, point, line.variable), `d/d${line.variable}`);
      }
      assert.ok(m.partials.length + (m.totals?.lines.length ?? 0) > 0);
    });
  }

  it('partials of intermediate names use values computed from the inputs', () => {
    const src = 'def f(w, x):\n    h = w * x\n    return h ** 3\n';
    const r = hoverAt(src, 'python', src.indexOf('h ** 3'), { plot: false, at: { w: 2, x: 1.5 } });
    assert.ok(r);
    const dh = r.model.partials.find((l) => l.variable === 'h');
    close(dh?.value, 3 * 3 ** 2, '∂/∂h at h = 3');
    const dw = r.model.totals?.lines.find((l) => l.variable === 'w');
    close(dw?.value, 3 * 2 ** 2 * 1.5 ** 3, 'd/dw = 3 w^2 x^3');
  });

  it('no hover over non-math and over constant expressions', () => {
    assert.strictEqual(hoverAt('import numpy as np\n', 'python', 9), null);
    assert.strictEqual(hoverAt('const q = Math.PI / 4;\n', 'javascript', 12), null);
    assert.strictEqual(hoverAt('speed(1.0, 2.0, 2.0);\n', 'c', 8), null);
  });
});
