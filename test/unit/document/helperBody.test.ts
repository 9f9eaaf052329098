// Helpers of the file whose body is more than one `return` (issue #12): local definitions, updates
// (`--t`, `x -= c`) and if/else chains where every branch returns, read as one expression. Values
// are checked against the same functions written out in plain JavaScript (central differences).
import * as assert from 'assert';
import { findMathAt } from '../../../src/core/document';
import { analyze } from '../../../src/core/analyze';
import type { Lang } from '../../../src/core/types';

/** The hover's value and derivative by `v` of the expression at `needle`, at `at`. */
function hovered(src: string, lang: Lang, needle: string, v: string, at: Record<string, number>): { value: number; d: number } {
  const r = findMathAt(src, lang, src.indexOf(needle));
  assert.ok(r, `math at ${needle}`);
  const a = analyze(r.parseText, { lang: r.lang, where: r.context.where, functions: r.context.functions, at });
  return { value: a.value!, d: (a.totalValues ?? a.values)![v] };
}

const diff = (f: (x: number) => number, x: number) => (f(x + 1e-6) - f(x - 1e-6)) / 2e-6;
const near = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));

/** AHEasing's BounceEaseOut, transcribed by hand. */
function bounceOut(p: number): number {
  if (p < 4 / 11) return (121 * p * p) / 16;
  if (p < 8 / 11) return (363 / 40) * p * p - (99 / 10) * p + 17 / 5;
  if (p < 9 / 10) return (4356 / 361) * p * p - (35442 / 1805) * p + 16061 / 1805;
  return (54 / 5) * p * p - (513 / 25) * p + 268 / 25;
}

describe('document: helpers with several statements', () => {
  it('C: an if / else if / else chain of returns is a piecewise helper, also through another helper', () => {
    const src =
      'float BounceEaseIn(float p)\n{\n\treturn 1 - BounceEaseOut(1 - p);\n}\n\nfloat BounceEaseOut(float p)\n{\n\tif(p < 4/11.0)\n\t{\n\t\treturn (121 * p * p)/16.0;\n\t}\n\telse if(p < 8/11.0)\n\t{\n\t\treturn (363/40.0 * p * p) - (99/10.0 * p) + 17/5.0;\n\t}\n\telse if(p < 9/10.0)\n\t{\n\t\treturn (4356/361.0 * p * p) - (35442/1805.0 * p) + 16061/1805.0;\n\t}\n\telse\n\t{\n\t\treturn (54/5.0 * p * p) - (513/25.0 * p) + 268/25.0;\n\t}\n}\n\nfloat BounceEaseInOut(float p)\n{\n\treturn 0.5 * BounceEaseOut(p * 2 - 1) + 0.5;\n}\n';
    for (const p of [0.05, 0.3, 0.75, 0.9]) {
      const inner = hovered(src, 'c', '1 - BounceEaseOut', 'p', { p });
      assert.ok(near(inner.value, 1 - bounceOut(1 - p)), `value at ${p}: ${inner.value}`);
      assert.ok(
        near(
          inner.d,
          diff((x) => 1 - bounceOut(1 - x), p),
        ),
        `d at ${p}: ${inner.d}`,
      );
    }
    for (const p of [0.55, 0.7, 0.8, 0.97]) {
      const io = hovered(src, 'c', '0.5 * BounceEaseOut', 'p', { p });
      assert.ok(
        near(
          io.d,
          diff((x) => 0.5 * bounceOut(x * 2 - 1) + 0.5, p),
        ),
        `d at ${p}: ${io.d}`,
      );
    }
  });

  it('TypeScript: local constants and `x -= c` inside the returns of a branching helper', () => {
    const src =
      'const bounceOut = function (x) {\n\tconst n1 = 7.5625;\n\tconst d1 = 2.75;\n\n\tif (x < 1 / d1) {\n\t\treturn n1 * x * x;\n\t} else if (x < 2 / d1) {\n\t\treturn n1 * (x -= 1.5 / d1) * x + 0.75;\n\t} else if (x < 2.5 / d1) {\n\t\treturn n1 * (x -= 2.25 / d1) * x + 0.9375;\n\t} else {\n\t\treturn n1 * (x -= 2.625 / d1) * x + 0.984375;\n\t}\n};\n\nconst f = {\n\teaseInBounce: function (x) {\n\t\treturn 1 - bounceOut(1 - x);\n\t},\n};\n';
    const ref = (x: number) => {
      const u = 1 - x;
      if (u < 1 / 2.75) return 1 - 7.5625 * u * u;
      if (u < 2 / 2.75) return 1 - (7.5625 * (u - 1.5 / 2.75) ** 2 + 0.75);
      if (u < 2.5 / 2.75) return 1 - (7.5625 * (u - 2.25 / 2.75) ** 2 + 0.9375);
      return 1 - (7.5625 * (u - 2.625 / 2.75) ** 2 + 0.984375);
    };
    for (const x of [0.02, 0.15, 0.3, 0.8]) {
      const h = hovered(src, 'typescript', '1 - bounceOut', 'x', { x });
      assert.ok(near(h.value, ref(x)), `value at ${x}: ${h.value} vs ${ref(x)}`);
      assert.ok(near(h.d, diff(ref, x)), `d at ${x}: ${h.d} vs ${diff(ref, x)}`);
    }
  });

  it('Python: `if c: return a` then `return b` is a conditional; C++: `double t2 = (--t) * t` leaves t decremented', () => {
    const py = 'def g(x):\n    if x > 1:\n        return x * x\n    return 2 * x - 1\n\ny = 3 * g(u)\n';
    for (const u of [0.5, 2]) {
      const h = hovered(py, 'python', '3 * g', 'u', { u });
      assert.ok(near(h.d, u > 1 ? 6 * u : 6), `d at ${u}: ${h.d}`);
    }
    const cpp =
      'double easeOutQuint( double t ) {\n    double t2 = (--t) * t;\n    return 1 + t * t2 * t2;\n}\n\ndouble y = 2 * easeOutQuint(s);\n';
    const ref = (s: number) => 2 * (1 + (s - 1) ** 5);
    const h = hovered(cpp, 'cpp', '2 * easeOutQuint', 's', { s: 0.3 });
    assert.ok(near(h.value, ref(0.3)) && near(h.d, diff(ref, 0.3)), JSON.stringify(h));
  });

  it('a body that is not one value (a loop, a branch that does not return) is no helper: its calls stay unknown', () => {
    const src =
      'function f(x) {\n  let s = 0;\n  for (let i = 0; i < 3; i++) s += x;\n  return s;\n}\nfunction g(x) {\n  if (x > 0) {\n    x = 2 * x;\n  }\n  return x;\n}\nconst y = f(u) + g(u);\n';
    const r = findMathAt(src, 'javascript', src.indexOf('f(u)'));
    assert.ok(!r || (!r.context.functions.f && !r.context.functions.g), JSON.stringify(r?.context.functions));
  });
});
