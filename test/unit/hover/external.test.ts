// A line calling a function of another file (an import, MATLAB's path): the hover reads one file, so
// it gives no derivative there and says which function and where it comes from (never silent).
import * as assert from 'assert';
import { hoverAt } from '../../../src/core/hover';
import type { Lang } from '../../../src/core/types';

/** The hover with the cursor at the first `|` (removed). */
function hover(src: string, lang: Lang) {
  const offset = src.indexOf('|');
  return hoverAt(src.replace('|', ''), lang, offset, { plot: false });
}

describe('hover: functions defined in another file', () => {
  it('an ES import names the function and its module', () => {
    const h = hover('import {tpmt} from "./math.js";\n\nexport function expIn(t) {\n  return t|pmt(1 - +t);\n}\n', 'javascript');
    assert.strictEqual(
      h?.model.problem,
      "`tpmt` is imported from './math.js'. The hover reads only this file, so it cannot differentiate through it.",
    );
    assert.deepStrictEqual(h?.model.partials, []);
  });

  it('renamed imports, default imports and require in JS/TS; from-imports in Python', () => {
    const ts = hover("import lerp, { ease as e2 } from '../fx';\nconst y = 2 * e2(t) + lerp(a, b, t|);\n", 'typescript');
    assert.match(ts?.model.problem ?? '', /^`e2` is imported from '\.\.\/fx'; `lerp` is imported from '\.\.\/fx'\./);
    const cjs = hover("const { norm: n } = require('./stats');\nconst p = n|(x) * 3;\n", 'javascript');
    assert.match(cjs?.model.problem ?? '', /^`n` is required from '\.\/stats'\./);
    const py = hover('from scipy_helpers.smooth import softplus as sp, other\n\ny = sp|(w * x + b)\n', 'python');
    assert.match(py?.model.problem ?? '', /^`sp` is imported from scipy_helpers\.smooth\./);
  });

  it('MATLAB: a function not defined in the file is looked for on the path (its own .m file)', () => {
    const h = hover('function J = cost(theta, X)\nhx = X*theta;\nh = sigmoidOctave|(hx);\n', 'matlab');
    assert.match(
      h?.model.problem ?? '',
      /^`sigmoidOctave` is not defined in this file: MATLAB looks for it on the path \(sigmoidOctave\.m\)\./,
    );
  });

  it('MATLAB array code: the call is named, not read as indexing an array `sigmoidOctave` by hx', () => {
    const src = "function [J, grad] = cost(theta, X, y)\nhx = X*theta;\nh = sigmoidOctave|(hx);\ngrad = X' * (h - y) ./ numel(y);\n";
    const h = hover(src, 'matlab');
    assert.match(h?.model.problem ?? '', /^`sigmoidOctave` is not defined in this file/);
    assert.strictEqual(h?.model.array, undefined);
  });

  it('the language’s own functions, helpers of the file and indexed variables are read as before', () => {
    const own = hover('function y = f(x)\ny = exp|(x) * 2;\n', 'matlab');
    assert.strictEqual(own?.model.problem, undefined);
    assert.deepStrictEqual(
      own?.model.partials.map((p) => p.variable),
      ['x'],
    );
    const helper = hover('import {tpmt} from "./math.js";\nfunction sq(x) { return x * x; }\nconst y = sq|(t) + 1;\n', 'javascript');
    assert.strictEqual(helper?.model.problem, undefined);
    assert.deepStrictEqual(
      helper?.model.partials.map((p) => p.variable),
      ['t'],
    );
    // not imported: no claim about another file (the line stays unread, as before)
    assert.strictEqual(hover('const y = mystery|(t) + 1;\n', 'javascript'), null);
  });
});
