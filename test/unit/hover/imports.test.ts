// Functions imported from another file of the workspace (issue #12): the hover reads the imported
// file's text the caller supplies (never runs it) and differentiates through the function as through
// one of the file's own. Expected values are written by hand from the formulas (no engine involved).
import * as assert from 'assert';
import { hoverAt } from '../../../src/core/hover';
import { candidatePaths, IMPORT_LIMITS } from '../../../src/core/document';
import type { Lang, Point } from '../../../src/core/types';

/** The hover with the cursor at the first `|` (removed), the other files given by path beside the document. */
function hover(src: string, lang: Lang, files: Record<string, string>, at?: Point) {
  const offset = src.indexOf('|');
  const asked: string[] = [];
  const h = hoverAt(src.replace('|', ''), lang, offset, {
    plot: false,
    at,
    files: (p) => {
      asked.push(p);
      return Object.prototype.hasOwnProperty.call(files, p) ? files[p] : undefined;
    },
  });
  return { h, asked, value: (v: string) => h?.model.partials.find((p) => p.variable === v)?.value };
}

const close = (got: number | undefined, want: number) =>
  assert.ok(got !== undefined && Math.abs(got - want) <= 1e-9 * Math.max(1, Math.abs(want)), `${got} ≠ ${want}`);

describe('hover: functions imported from other files of the workspace', () => {
  it("JS: d3-ease's tpmt from ./math.js, differentiated through (the corpus line expIn)", () => {
    const math = '// tpmt\nexport function tpmt(x) {\n  return (Math.pow(2, -10 * x) - 0.0009765625) * 1.0009775171065494;\n}\n';
    const { h, asked, value } = hover(
      'import {tpmt} from "./math.js";\n\nexport function expIn(t) {\n  return t|pmt(1 - +t);\n}\n',
      'javascript',
      { 'math.js': math },
      { t: 0.3 },
    );
    assert.strictEqual(h?.model.problem, undefined);
    assert.deepStrictEqual(asked, ['math.js']);
    // d/dt of 1.0009775171065494 * (2^(-10 (1 - t)) - c) = 1.0009775171065494 * 10 ln 2 * 2^(-10 (1 - t))
    close(value('t'), 1.0009775171065494 * 10 * Math.LN2 * Math.pow(2, -7));
    assert.ok(h?.model.notes.includes('`tpmt` is read from math.js.'), h?.model.notes.join(' | '));
  });

  it("the imported file's module constants are its own (the document's k is another name)", () => {
    const lib = 'const k = 3;\nexport const scale = (x) => k * x * x;\n';
    const { h, value } = hover(
      "import { scale } from './lib';\nconst k = 100;\nconst y = 2 * sc|ale(t) + k;\n",
      'javascript',
      { 'lib.js': lib },
      {
        t: 0.7,
      },
    );
    assert.strictEqual(h?.model.problem, undefined);
    // y = 2 * 3 t² + k: ∂y/∂t = 12 t, and k of this file is a constant 100 here
    close(value('t'), 12 * 0.7);
  });

  it('TypeScript: ./math.js is read from math.ts as tsc resolves it; ../lib reads ../lib/index.ts', () => {
    assert.deepStrictEqual(candidatePaths('typescript', './math.js', ''), ['math.ts', 'math.tsx', 'math.js']);
    assert.deepStrictEqual(candidatePaths('typescript', '../lib', 'sub/a.ts').slice(0, 2), ['lib.ts', 'lib.tsx']);
    assert.ok(candidatePaths('typescript', '../lib', '').includes('../lib/index.ts'));
    const { h, value } = hover(
      "import { cube } from '../lib';\nexport const f = (u: number): number => 3 * cu|be(u);\n",
      'typescript',
      { '../lib/index.ts': 'export function cube(x: number): number {\n  return x * x * x;\n}\n' },
      { u: 2 },
    );
    assert.strictEqual(h?.model.problem, undefined);
    close(value('u'), 9 * 4);
  });

  it('Python: `from .utils import f` and `from utils import f` beside the file; a package stays refused by name', () => {
    const utils = 'import numpy as np\n\ndef softsign(x):\n    return x / (1 + np.abs(x))\n';
    for (const imp of ['from .utils import softsign', 'from utils import softsign as ss']) {
      const name = imp.endsWith('ss') ? 'ss' : 'softsign';
      const { h, value } = hover(`${imp}\n\ny = |${name}(w * x)\n`, 'python', { 'utils.py': utils }, { w: 0.5, x: 2 });
      assert.strictEqual(h?.model.problem, undefined, imp);
      // d/dw softsign(w x) = x / (1 + |w x|)^2
      close(value('w'), 2 / 4);
    }
    const pkg = hover('from scipy_helpers.smooth import softplus as sp\n\ny = sp|(w * x + b)\n', 'python', {});
    assert.match(pkg.h?.model.problem ?? '', /^`sp` is imported from scipy_helpers\.smooth\. The hover reads only this file/);
    assert.deepStrictEqual(pkg.asked, ['scipy_helpers/smooth.py', 'scipy_helpers/smooth/__init__.py']);
  });

  it("MATLAB's path, Julia include, R source, C #include: the function from the file beside", () => {
    const m = hover(
      'function J = cost(theta)\nh = sigmoidOctave|(2 * theta);\n',
      'matlab',
      {
        'sigmoidOctave.m': 'function g = sigmoidOctave(z)\ng = 1 ./ (1 + exp(-z));\nend\n',
      },
      { theta: 0.25 },
    );
    const s = 1 / (1 + Math.exp(-0.5));
    close(m.value('theta'), 2 * s * (1 - s));
    const jl = hover('include("act.jl")\n\ny = soft|sign(3x)\n', 'julia', { 'act.jl': 'softsign(x) = x / (1 + abs(x))\n' }, { x: 1 });
    close(jl.value('x'), 3 / 16);
    const r = hover('source("sq.R")\ny <- sq|r(a) + a\n', 'r', { 'sq.R': 'sqr <- function(u) u^2\n' }, { a: 1.5 });
    close(r.value('a'), 2 * 1.5 + 1);
    const c = hover(
      '#include "sq.h"\ndouble y = 3.0 * sq|(t);\n',
      'c',
      { 'sq.h': 'static inline double sq(double x) { return x * x; }\n' },
      { t: 2 },
    );
    close(c.value('t'), 12);
  });

  it('a missing file, a function the file does not define, a free name there: refused, naming the file and why', () => {
    const missing = hover('import {tpmt} from "./math.js";\nconst y = tp|mt(t);\n', 'javascript', {});
    assert.strictEqual(
      missing.h?.model.problem,
      "`tpmt` is imported from './math.js' (math.js could not be read). The hover could not read the definition there, so it cannot differentiate through it.",
    );
    assert.deepStrictEqual(missing.h?.model.partials, []);
    const absent = hover('import {tpmt} from "./math.js";\nconst y = tp|mt(t);\n', 'javascript', {
      'math.js': 'export const other = 1;\n',
    });
    assert.match(absent.h?.model.problem ?? '', /\(math\.js defines no `tpmt` whose body is one expression\)/);
    const free = hover('import {f} from "./g.js";\nconst y = |f(t);\n', 'javascript', {
      'g.js': 'export function f(x) { return rate * x; }\n',
    });
    assert.match(free.h?.model.problem ?? '', /\(`f` in g\.js uses `rate`, which that file gives no constant value\)/);
    const loopy = hover('import {f} from "./g.js";\nconst y = |f(t);\n', 'javascript', {
      'g.js': 'export function f(x) { let s = 0; for (let i = 0; i < 3; i++) s += x; return s; }\n',
    });
    assert.match(loopy.h?.model.problem ?? '', /g\.js defines no `f` whose body is one expression/);
  });

  it('imports of imports are followed, a cycle is refused, and the budget bounds what is read', () => {
    const chain = hover(
      'import {f} from "./b.js";\nconst y = |f(t);\n',
      'javascript',
      {
        'b.js': "import { g } from './lib/c.js';\nexport function f(x) { return 2 * g(x); }\n",
        'lib/c.js': 'export const g = (u) => u * u * u;\n',
      },
      { t: 1.5 },
    );
    assert.strictEqual(chain.h?.model.problem, undefined);
    close(chain.value('t'), 6 * 1.5 * 1.5);
    assert.deepStrictEqual(chain.asked, ['b.js', 'lib/c.js']);
    const cycle = hover('import {f} from "./b.js";\nconst y = |f(t);\n', 'javascript', {
      'b.js': "import { g } from './c.js';\nexport function f(x) { return g(x) + 1; }\n",
      'c.js': "import { f } from './b.js';\nexport function g(x) { return f(x) * 2; }\n",
    });
    assert.match(
      cycle.h?.model.problem ?? '',
      /^`f` is imported from '\.\/b\.js' \(`[fg]` in b\.js leads back to itself through its imports\)/,
    );
    const big = hover('import {f} from "./b.js";\nconst y = |f(t);\n', 'javascript', {
      'b.js': `export function f(x) { return x * x; }\n//${'.'.repeat(IMPORT_LIMITS.bytes)}\n`,
    });
    assert.match(big.h?.model.problem ?? '', /\(b\.js is too large to read \(\d+ kB, at most 256 kB\)\)/);
  });

  it('an imported function named like one of the language’s own (softplus) is the file’s, never the built-in', () => {
    const act = 'const BETA = 2;\nexport function softplus(x) {\n  return Math.log(1 + Math.exp(BETA * x)) / BETA;\n}\n';
    const doc = "import { softplus } from './act.js';\nconst y = 0.5 * soft|plus(z);\n";
    const read = hover(doc, 'javascript', { 'act.js': act }, { z: 1.1 });
    // d/dz 0.5 log(1 + e^(2z)) / 2 = 0.5 sigmoid(2z), not the built-in softplus' 0.5 sigmoid(z)
    close(read.value('z'), 0.5 / (1 + Math.exp(-2.2)));
    const missing = hover(doc, 'javascript', {});
    assert.match(missing.h?.model.problem ?? '', /^`softplus` is imported from '\.\/act\.js' \(act\.js could not be read\)/);
    const py = hover(
      'from .act import sigmoid\ny = sig|moid(z)\n',
      'python',
      { 'act.py': 'def sigmoid(x):\n    return 2 * x\n' },
      { z: 1 },
    );
    close(py.value('z'), 2);
    // numpy's exp is the language's own: numpy.py is looked for beside the file, then exp is exp
    const np = hover('from numpy import exp\ny = ex|p(2 * z)\n', 'python', {}, { z: 0.5 });
    assert.strictEqual(np.h?.model.problem, undefined);
    close(np.value('z'), 2 * Math.E);
  });

  it('a package import is refused by name and never read', () => {
    const { h, asked } = hover("import { easeCubic } from 'd3-ease';\nconst y = ease|Cubic(t) * 2;\n", 'javascript', {});
    assert.match(h?.model.problem ?? '', /^`easeCubic` is imported from 'd3-ease'\. The hover reads only this file/);
    assert.deepStrictEqual(asked, []);
  });
});
