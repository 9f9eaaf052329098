import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { buildPlot } from '../../../src/core/report/buildPlot';
import { buildReport } from '../../../src/core/report/buildReport';
import { findMathAt } from '../../../src/core/document';

const ROOT = path.resolve(__dirname, '../../../..');
const example = fs.readFileSync(path.join(ROOT, 'examples/python/handwritten_grad.py'), 'utf8');
const tol = { rtol: 1e-5, atol: 1e-8 };

describe('report: buildReport', () => {
  it('checks the symbolic gradient of x²y + sin(xy) against finite differences', () => {
    const r = buildReport({ source: 'x^2*y + sin(x*y)', lang: 'math' }, { x: 0.7, y: -1.2 }, tol);
    assert.deepStrictEqual(r.variables, ['x', 'y']);
    const [cx, cy] = r.components;
    const dx = 2 * 0.7 * -1.2 + -1.2 * Math.cos(0.7 * -1.2);
    const dy = 0.49 + 0.7 * Math.cos(0.7 * -1.2);
    assert.ok(Math.abs(cx.analytic! - dx) < 1e-12, `∂f/∂x = ${cx.analytic}, expected ${dx}`);
    assert.ok(Math.abs(cy.analytic! - dy) < 1e-12);
    assert.ok(Math.abs(cx.numeric! - dx) < 1e-8 && Math.abs(cx.numericCentral! - dx) < 1e-6);
    assert.ok(r.ok && cx.ok && cy.ok);
    assert.strictEqual(r.handwritten.length, 0);
  });

  it('fits slopes ≈ 1 (forward) and ≈ 2 (central) in the truncation regime and marks the chosen step', () => {
    const r = buildReport({ source: 'exp(x) * sin(3*x)', lang: 'math' }, { x: 0.4 }, tol);
    const s = r.errorVsStep!;
    assert.strictEqual(s.variable, 'x');
    assert.ok(Math.abs(s.slopeForward! - 1) < 0.2, `forward slope ${s.slopeForward}`);
    assert.ok(Math.abs(s.slopeCentral! - 2) < 0.3, `central slope ${s.slopeCentral}`);
    assert.ok(s.floor! > 0 && s.floor! < 1e-8);
    assert.ok(s.chosenH > 0 && s.chosenH < 1e-3);
  });

  it('draws round-off as ε·|f|/h, which the central error follows at the smallest steps', () => {
    const r = buildReport({ source: 'exp(x) * sin(3*x)', lang: 'math' }, { x: 0.4 }, tol);
    const s = r.errorVsStep!;
    const f0 = Math.exp(0.4) * Math.sin(1.2);
    assert.ok(Math.abs(s.roundOff! - Number.EPSILON * f0) < 1e-30, `roundOff ${s.roundOff}`);
    const smallest = s.h
      .map((h, i) => ({ h, e: s.central[i] }))
      .sort((a, b) => a.h - b.h)
      .slice(0, 6);
    const ratios = smallest
      .filter((p) => p.e !== null && p.e > 0)
      .map((p) => p.e! / (s.roundOff! / p.h))
      .sort((a, b) => a - b);
    const median = ratios[Math.floor(ratios.length / 2)];
    assert.ok(median > 0.01 && median < 10, `central error / (ε|f|/h) at the smallest steps: ${ratios}`);
  });

  it('finds the wrong hand-written ∂f/∂y in the example and points at its line', () => {
    const offset = example.indexOf('x**2*y + np.sin(x*y)');
    const found = findMathAt(example, 'python', offset)!;
    assert.ok(found, 'the expression of f is found');
    const r = buildReport(
      {
        source: found.parseText,
        lang: found.lang,
        where: found.context.where,
        functions: found.context.functions,
        target: found.statement.target,
      },
      { x: 0.7, y: -1.2 },
      { ...tol, documentText: example },
    );
    const grad = r.handwritten.find((h) => h.name === 'grad_f')!;
    const dfdy = r.handwritten.find((h) => h.name === 'df_dy')!;
    assert.ok(grad && grad.ok, 'grad_f is right');
    assert.deepStrictEqual(
      grad.components.map((c) => c.variable),
      ['x', 'y'],
    );
    assert.ok(dfdy && !dfdy.ok, 'df_dy is wrong');
    const lines = example.split('\n');
    const wrong = dfdy.components[0];
    assert.strictEqual(wrong.variable, 'y');
    assert.match(lines[wrong.line], /return x\*\*2 \+ np\.cos\(x\*y\)/);
    assert.ok(Math.abs(wrong.value! - (0.49 + Math.cos(-0.84))) < 1e-12);
    assert.strictEqual(r.ok, false, 'a wrong hand-written component makes the overall verdict fail');
    // the symbolic gradient itself is right
    assert.ok(r.components.every((c) => c.ok));
  });

  it('evaluates hand-written components through their local assignments (dg_dw uses s)', () => {
    const offset = example.indexOf('1 / (1 + np.exp(-4*w)) + 0.1*w**2');
    const found = findMathAt(example, 'python', offset)!;
    const r = buildReport(
      { source: found.parseText, lang: 'python', target: found.statement.target },
      { w: 0.3 },
      { ...tol, documentText: example },
    );
    const h = r.handwritten.find((c) => c.name === 'dg_dw')!;
    assert.ok(h && h.ok && h.components[0].value !== null, JSON.stringify(h));
  });

  it('reports a domain note and a failing verdict where the function is not finite', () => {
    const r = buildReport({ source: 'log(x)', lang: 'math' }, { x: -1 }, tol);
    assert.strictEqual(r.ok, false);
    assert.strictEqual(r.value, null);
  });
});

describe('report: buildPlot', () => {
  it('samples f, f′ and f″ along the variable with the point at the slider start', () => {
    const p = buildPlot({ source: 'x^3', lang: 'math' }, { x: 2 });
    const s = p.slices[0];
    assert.strictEqual(s.xs[s.index], 2);
    assert.strictEqual(s.f[s.index], 8);
    assert.strictEqual(s.df[s.index], 12);
    assert.strictEqual(s.d2f[s.index], 12);
    assert.strictEqual(p.surface, undefined);
  });

  it('adds a surface with the gradient for two variables', () => {
    const p = buildPlot({ source: 'x*y', lang: 'math' }, { x: 1, y: 2 });
    const s = p.surface!;
    assert.strictEqual(s.z[s.j][s.i], 2);
    assert.strictEqual(s.gx[s.j][s.i], 2);
    assert.strictEqual(s.gy[s.j][s.i], 1);
  });
});
