// The words users read about objective/gradient pairs: CodeLens titles, diagnostics (severity,
// line, sentence), and the report model, from hand-made engine results (no engine involved).
import * as assert from 'assert';
import type { PairResult } from '../../../src/core/gradients/types';
import {
  buildPairsReport,
  componentMessage,
  findPair,
  formatParamPoint,
  pairDiagnostics,
  pairLensTitle,
} from '../../../src/core/report/pairs';
import { parseToWebview } from '../../../src/protocol/messages';

/** scipy's rosen/rosen_der at x0 = [-1.2, 1]: ∂/∂x[0] = -215.6, ∂/∂x[1] = -88; the second written with a sign error. */
function rosenPair(secondOk: boolean, message?: string): PairResult {
  return {
    objective: { name: 'rosen', line: 3 },
    gradient: { name: 'rosen_der', line: 7 },
    pairing: 'minimize(rosen, x0, jac=rosen_der) at line 14',
    variables: ['x[0]', 'x[1]'],
    points: [{ x: [-1.2, 1] }, { x: [0.3, -0.7] }, { x: [1.1, 2.05] }],
    ok: secondOk,
    components: [
      { variable: 'x[0]', line: 9, handwritten: -215.6, expected: -215.6, relError: 0, ok: true, point: 0 },
      {
        variable: 'x[1]',
        line: 10,
        handwritten: secondOk ? -88 : 88,
        expected: -88,
        relError: secondOk ? 0 : 2,
        ok: secondOk,
        point: 0,
        ...(message ? { message } : {}),
      },
    ],
  };
}

describe('pairs: CodeLens, diagnostics and report model', () => {
  it('titles the CodeLens with the verdict: points checked, or the wrong component by number and name', () => {
    assert.strictEqual(pairLensTitle(rosenPair(true)), '✓ matches rosen at 3 points');
    assert.strictEqual(pairLensTitle(rosenPair(false)), '✗ component 2 (x[1]) is wrong');
    const both = rosenPair(false);
    both.components[0] = { ...both.components[0], ok: false };
    assert.strictEqual(pairLensTitle(both), '✗ components 1 (x[0]), 2 (x[1]) are wrong');
    const one = { ...rosenPair(true), points: [{ x: [-1.2, 1] }] };
    assert.strictEqual(pairLensTitle(one), '✓ matches rosen at 1 point');
  });

  it('a pair that could not be checked says so and why, never ✓', () => {
    const p: PairResult = { ...rosenPair(true), ok: false, components: [], error: "rosen's np.sum over slices is not read yet (line 4)" };
    assert.strictEqual(pairLensTitle(p), "⚠ rosen_der not checked against rosen: rosen's np.sum over slices is not read yet (line 4)");
    assert.deepStrictEqual(pairDiagnostics({ pairs: [p], notes: [] }), [
      {
        line: 6,
        severity: 'information',
        objectiveLine: 2,
        message: "rosen_der (gradient of rosen) could not be fully checked: rosen's np.sum over slices is not read yet (line 4)",
      },
    ]);
  });

  it("warns on the wrong component's own line (0-based for VS Code) with the engine's sentence", () => {
    const msg = '∂rosen/∂x[1] written here is 88, the derivative is -88 at x0 = [-1.2, 1]';
    assert.deepStrictEqual(pairDiagnostics({ pairs: [rosenPair(false, msg)], notes: [] }), [
      { line: 9, severity: 'warning', message: msg, objectiveLine: 2 },
    ]);
    assert.deepStrictEqual(pairDiagnostics({ pairs: [rosenPair(true)], notes: [] }), [], 'a correct pair gives no diagnostic');
  });

  it('what the pairing could not read is an information note on its line, never a warning', () => {
    const note = { line: 14, message: 'minimize(rosen, x0, jac=rosen_der) at line 14: rosen_der is not defined in this file' };
    assert.deepStrictEqual(pairDiagnostics({ pairs: [], notes: [note] }), [{ line: 13, severity: 'information', message: note.message }]);
  });

  it('builds the sentence from the numbers when the engine gives none', () => {
    const p = rosenPair(false);
    assert.strictEqual(componentMessage(p, p.components[1]), '∂rosen/∂x[1] written here is 88, the derivative is -88 at x = [-1.2, 1]');
    const c = { ...p.components[1], handwritten: 1 / 3, expected: null, point: undefined };
    assert.strictEqual(componentMessage(p, c), '∂rosen/∂x[1] written here is 0.333333, the derivative is not finite');
  });

  it('formats points as code writes them', () => {
    assert.strictEqual(
      formatParamPoint({
        x: [-1.2, 1],
        a: 2,
        m: [
          [1, 0],
          [0, 1e-9],
        ],
      }),
      'x = [-1.2, 1], a = 2, m = [[1, 0], [0, 1e-9]]',
    );
  });

  it('finds the pair a CodeLens names, and the report model validates as a webview message', () => {
    const pairs = [rosenPair(true), { ...rosenPair(false), objective: { name: 'f', line: 20 }, gradient: { name: 'g', line: 24 } }];
    assert.strictEqual(findPair(pairs, 'f', 'g'), 1);
    assert.strictEqual(findPair(pairs, 'rosen', 'g'), undefined);
    const report = buildPairsReport(
      'file:///w/rosen_check.py',
      'rosen_check.py',
      { pairs, notes: [{ line: 30, message: 'fmin(h, x0): h is not defined in this file' }] },
      { rtol: 1e-6, atol: 0, focus: 1 },
    );
    assert.strictEqual(report.ok, false);
    assert.strictEqual(report.focus, 1);
    assert.ok(parseToWebview({ type: 'pairs', report }).ok);
    const nan = { ...report, pairs: [{ ...pairs[0], points: [{ x: [NaN, 1] }] }] };
    const r = parseToWebview({ type: 'pairs', report: nan });
    assert.ok(!r.ok && /pairs\[0\]\.points\[0\]\.x\[0\] should be a finite number/.test(r.error), JSON.stringify(r));
  });
});
