// Real n-th roots: MATLAB's nthroot, mathjs' nthRoot and LaTeX's \sqrt[n]{x} are real roots, so a
// negative x under an odd root has a value and a derivative (reference: numpy.cbrt and the power
// rule d/dx x^(1/n) = x^(1/n)/(n·x), valid for negative x with the real root).
import * as assert from 'assert';
import { analyze } from '../../../src/core/analyze';
import type { Lang } from '../../../src/core/types';

const close = (a: number | undefined, b: number, what: string) =>
  assert.ok(a !== undefined && Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b)), `${what}: ${a} vs ${b}`);

const CASES: [Lang, string, number][] = [
  ['matlab', 'nthroot(x, 3)', 3],
  ['latex', '\\sqrt[3]{x}', 3],
  ['math', 'nthRoot(x, 3)', 3],
  ['matlab', 'nthroot(x, 5)', 5],
  ['latex', '\\sqrt[5]{x}', 5],
];

describe('real n-th roots of negative numbers', () => {
  for (const [lang, src, n] of CASES) {
    for (const x of [-8, -0.3, 2.5]) {
      it(`${lang}: ${src} at x = ${x}`, () => {
        const a = analyze(src, { lang, at: { x } });
        const root = Math.sign(x) * Math.abs(x) ** (1 / n); // the real root (numpy: np.sign(x) * np.abs(x) ** (1/n))
        close(a.value, root, 'value');
        close(a.values!.x, root / (n * x), 'derivative');
        assert.ok(!a.notes.some((k) => /NaN|negative/.test(k.message)), JSON.stringify(a.notes));
      });
    }
  }
  it("nthroot(-8, 3) = -2 with derivative 1/12 (the issue's example)", () => {
    const a = analyze('nthroot(x, 3)', { lang: 'matlab', at: { x: -8 } });
    close(a.value, -2, 'value');
    close(a.values!.x, 1 / 12, 'derivative');
  });
  it('an even root of a negative number stays undefined, with a note', () => {
    const a = analyze('nthroot(x, 4)', { lang: 'matlab', at: { x: -16 } });
    assert.ok(Number.isNaN(a.value!));
    assert.ok(a.notes.some((k) => /negative/.test(k.message)));
  });
});
