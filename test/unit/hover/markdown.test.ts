// What the hover Markdown shows: the recognized expression, partials, totals written with the
// user's intermediate names, folding, the variable cap, notes, the plot and the command links.
import * as assert from 'assert';
import { fold, hoverAt, renderHover, tangentSvg, type HoverModel } from '../../../src/core/hover';
import { base64 } from '../../../src/core/hover/svg';

const links = () => ({
  checkGradient: 'command:derivativeInspector.checkGradient?%5B%5D',
  openPlot: 'command:derivativeInspector.openPlot?%5B%5D',
  copyDerivativeCommand: 'command:derivativeInspector.copyDerivative',
});

function hover(src: string, lang: Parameters<typeof hoverAt>[1], needle: string, opts: Parameters<typeof hoverAt>[3] = {}) {
  const r = hoverAt(src, lang, src.indexOf(needle), { links, ...opts });
  assert.ok(r, `a hover at ${needle}`);
  return r;
}

const TRAIN = [
  'import numpy as np',
  '',
  'def loss(w1, x, y):',
  '    h = np.tanh(w1 * x)',
  '    y_hat = 2.0 * h + 1',
  '    return (y_hat - y) ** 2',
  '',
].join('\n');

describe('hover markdown', () => {
  it("shows what was recognized, partials in the source language, totals with the user's names", () => {
    const r = hover(TRAIN, 'python', '(y_hat - y)');
    const md = r.markdown;
    assert.match(md, /Recognized: `\(y_hat - y\) \*\* 2`/);
    assert.match(md, /```python\n∂loss\/∂y = .*y_hat.*# = -?[\d.]+\n∂loss\/∂y_hat = .*y_hat.*# = -?[\d.]+\n```/);
    assert.match(
      md,
      /Total derivatives\*\* with respect to the inputs `w1`, `x`, `y` through `h = np\.tanh\(w1 \* x\)`, `y_hat = 2\.0 \* h \+ 1`/,
    );
    assert.match(md, /^h = np\.tanh\(/m, 'the intermediate h is named in the totals');
    assert.match(md, /^s\d* = .*\bh\b/m, 'the shared parts of dloss/dw1 are written with h');
    assert.match(md, /^dloss\/dw1 = /m, 'named after the function');
    assert.match(md, /Values at w1 = 0\.5, x = 0\.8, y = 1\.1\./);
  });

  it('lists the constants it substituted', () => {
    const r = hover('g = 9.81\nh = v0*t - 0.5*g*t**2\n', 'python', 'v0*t');
    assert.match(r.markdown, /Constants \(assigned above\): g = 9\.81\./);
    assert.doesNotMatch(r.markdown, /∂h\/∂g/);
  });

  it('names the target of an assignment', () => {
    const r = hover('z = np.exp(-x**2) * y\n', 'python', 'np.exp');
    assert.match(r.markdown, /∂z\/∂x = /);
    assert.match(r.markdown, /∂z\/∂y = np\.exp\(/);
  });

  it('carries command links with encoded arguments, and Copy copies the full derivative text', () => {
    const r = hover(TRAIN, 'python', '(y_hat - y)');
    assert.match(r.markdown, /\[Check Gradient\]\(command:derivativeInspector\.checkGradient\?/);
    assert.match(r.markdown, /\[Open Plot\]\(command:derivativeInspector\.openPlot\?/);
    const copy = /\[Copy\]\(command:derivativeInspector\.copyDerivative\?([^ ()]+) /.exec(r.markdown);
    assert.ok(copy, 'a Copy link');
    const args = JSON.parse(decodeURIComponent(copy[1]));
    assert.strictEqual(args[0].text, r.copyText);
    assert.match(r.copyText, /^dloss\/dw1 = /m);
  });

  it('hands the expression, its dataflow and the point to the links', () => {
    let seen: unknown;
    hoverAt(TRAIN, 'python', TRAIN.indexOf('(y_hat - y)'), {
      links: (a) => {
        seen = a;
        return {};
      },
    });
    assert.deepStrictEqual(JSON.parse(JSON.stringify(seen)), {
      // as the command link carries it
      expression: '(y_hat - y) ** 2',
      lang: 'python',
      where: { h: 'np.tanh(w1 * x)', y_hat: '2.0 * h + 1' },
      functions: {},
      at: { w1: 0.5, x: 0.8, y: 1.1 },
      range: { start: TRAIN.indexOf('(y_hat - y)'), end: TRAIN.indexOf('(y_hat - y)') + '(y_hat - y) ** 2'.length },
      line: 6,
    });
  });

  it('caps the number of variables and says how many more', () => {
    const vars = Array.from({ length: 10 }, (_, i) => `a${i}`);
    const src = `s = ${vars.map((v) => `${v}*${v}`).join(' + ')}\n`;
    const r = hover(src, 'python', 'a0');
    const shown = r.markdown.match(/^∂s\/∂a\d+ = /gm) ?? [];
    assert.strictEqual(shown.length, 6, 'default maxVariables is 6');
    assert.match(r.markdown, /…and 4 more \(a6, a7, a8, a9\)/);
    const r3 = hover(src, 'python', 'a0', { maxVariables: 3 });
    assert.match(r3.markdown, /…and 7 more/);
    assert.strictEqual(r3.copyText.split('\n').filter((l) => l.startsWith('∂s/∂')).length, 10, 'Copy has them all');
  });

  it('folds long derivatives with a count, and Copy keeps the full text', () => {
    const terms = Array.from({ length: 60 }, (_, i) => `np.sin(${i + 1}*x + y)`).join(' * ');
    const r = hover(`f = ${terms}\n`, 'python', 'np.sin');
    assert.match(r.markdown, /… \(\+\d+ more characters; use Copy for the full text\)/);
    const full = r.copyText.split('\n').find((l) => l.startsWith('∂f/∂x = '))!;
    assert.ok(full.length > 400 && !full.includes('…'), 'the copy text is not folded');
  });

  it('shows a Jacobian for tuple outputs', () => {
    const src = 'def polar(r, th):\n    return r * np.cos(th), r * np.sin(th)\n';
    const r = hover(src, 'python', 'np.sin');
    assert.match(r.markdown, /\*\*Jacobian\*\*/);
    assert.match(r.markdown, /\| `polar\[0\]` \| `[^`]*np\.cos\(th\)[^`]*` \| `[^`]*np\.sin\(th\)[^`]*` \|/);
    assert.match(r.markdown, /\| `polar\[1\]` \| `[^`]*np\.sin\(th\)[^`]*` \| `[^`]*np\.cos\(th\)[^`]*` \|/);
  });

  it('says why it stopped following assignments', () => {
    const src = 'a = w * 2\nfor i in range(3):\n    a = a + i\nb = a * c\n';
    const r = hover(src, 'python', 'a * c');
    assert.match(r.markdown, /The `for` on line 2 assigns `i`, `a`: inputs after it/);
  });

  it('shows kink and domain notes from the engine at the point', () => {
    const r = hover('y = abs(x) + relu(z)\n', 'python', 'abs', { at: { x: 0, z: 0 } });
    assert.match(r.markdown, /^- .*(kink|not differentiable|abs)/im);
  });

  it('reports an analysis problem instead of staying silent', () => {
    const src = 'def g(u): return g(u) + 1\ny = g(x) * x\n';
    const r = hoverAt(src, 'python', src.indexOf('g(x)'), {});
    assert.ok(r);
    assert.match(r.markdown, /⚠ Could not analyze this expression: .*recursion/);
  });

  it('cuts off an exponential inlining with "too large to show" instead of hanging', () => {
    let e = 'x';
    for (let i = 0; i < 24; i++) e = `g(${e})`;
    const src = `def g(u): return u*y + np.sin(u*u)\nz = ${e}\n`;
    const r = hoverAt(src, 'python', src.indexOf('z = ') + 6, {});
    assert.ok(r);
    assert.match(r.markdown, /⚠ Derivative too large to show/);
    // a few levels are fine
    const small = 'def g(u): return u*y + np.sin(u*u)\nz = g(g(g(x)))\n';
    assert.match(hoverAt(small, 'python', small.indexOf('g(g('), {})!.markdown, /∂z\/∂x = /);
  });

  it('includes a plot colored for the theme, or none when turned off', () => {
    const dark = hover('y = np.sin(x) * x\n', 'python', 'np.sin', { theme: 'dark' });
    const light = hover('y = np.sin(x) * x\n', 'python', 'np.sin', { theme: 'light' });
    const svgOf = (md: string) => {
      const m = /!\[tangent plot\]\(data:image\/svg\+xml;base64,([A-Za-z0-9+/=]+)\)/.exec(md);
      assert.ok(m, 'a data: SVG image');
      return Buffer.from(m[1], 'base64').toString('utf8');
    };
    const d = svgOf(dark.markdown);
    const l = svgOf(light.markdown);
    assert.match(d, /^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    assert.match(d, /x = 0\.5, slope 0\.92/, 'tangent at x = 0.5 with slope sin(0.5) + 0.5 cos(0.5)');
    assert.notStrictEqual(d, l, 'colors differ by theme');
    assert.match(l, /#0b62c4/);
    assert.match(d, /#4fc1ff/);
    const off = hover('y = np.sin(x) * x\n', 'python', 'np.sin', { plot: false });
    assert.doesNotMatch(off.markdown, /data:image/);
  });

  it('hides totals when the setting is off', () => {
    const r = hover(TRAIN, 'python', '(y_hat - y)', { showTotals: false });
    assert.doesNotMatch(r.markdown, /Total derivatives/);
  });
});

describe('hover parts', () => {
  it('base64 matches Node for any UTF-8 text', () => {
    for (const t of ['', 'a', 'ab', 'abc', 'x = 0.5, slope ∂ → é', '<svg>'.repeat(50)]) {
      assert.strictEqual(base64(new TextEncoder().encode(t)), Buffer.from(t, 'utf8').toString('base64'));
    }
  });

  it('fold keeps short text and counts what it cuts', () => {
    assert.deepStrictEqual(fold('abc', 5), { text: 'abc', folded: false });
    assert.strictEqual(fold('abcdefgh', 3).text, 'abc… (+5 more characters; use Copy for the full text)');
  });

  it('the tangent plot is null where the function is not finite', () => {
    assert.strictEqual(tangentSvg({ f: Math.log, x0: -1, slope: 1, variable: 'x', theme: 'dark' }), null);
    const svg = tangentSvg({ f: (x) => x * x, x0: 1, slope: 2, variable: 'x', theme: 'light' });
    assert.ok(svg && /<path d="M[\d.]+ [\d.]+L/.test(svg));
  });

  it('renderHover shows a problem instead of derivatives', () => {
    const m: HoverModel = {
      printLang: 'python',
      kind: 'code',
      source: 'x',
      line: 1,
      target: 'f',
      parsed: 'x',
      variables: ['x'],
      partials: [],
      point: {},
      notes: [],
      problem: 'Derivative too large to show (it exceeds the size budget).',
    };
    const md = renderHover(m, { maxVariables: 6, showTotals: true }).markdown;
    assert.match(md, /Derivative too large to show/);
    assert.doesNotMatch(md, /Partial derivatives/);
  });

  it('Python derivatives are written against the library the code uses, so they paste back', () => {
    const torchSrc =
      'def huber(r, delta):\n    return torch.where(torch.abs(r) <= delta, 0.5 * r**2, delta * (torch.abs(r) - 0.5 * delta))\n';
    const t = hover(torchSrc, 'python', '0.5 * r', { plot: false });
    assert.match(t.markdown, /∂huber\/∂r = torch\.where\(torch\.abs\(r\) <= delta, r, delta \* torch\.sign\(r\)\)/);
    assert.match(t.copyText, /torch\.where/);
    const m = hover('import math\ny = math.exp(-x) * math.sin(x)\n', 'python', 'math.sin', { plot: false });
    assert.match(m.markdown, /∂y\/∂x = math\.exp\(-x\) \* \(math\.cos\(x\) - math\.sin\(x\)\)/);
    const n = hover('y = np.exp(-x) * np.sin(x)\n', 'python', 'np.sin', { plot: false });
    assert.match(n.markdown, /∂y\/∂x = np\.exp\(-x\) \* \(np\.cos\(x\) - np\.sin\(x\)\)/);
  });

  it('an augmented assignment w -= lr * g is the update w_0 - lr * g, at the parameter defaults of the code', () => {
    const h = hover('def sgd(w, g, lr=0.1):\n    w -= lr * g\n    return w\n', 'python', 'lr * g', { plot: false });
    assert.match(h.markdown, /∂w\/∂g = -lr\s+# = -0\.1\b/);
    assert.match(h.markdown, /∂w\/∂w \(input\) = 1\b/);
    assert.match(h.markdown, /lr = 0\.1/, 'the default lr=0.1 is the point');
    // a lone name on the right is math here too: b -= db is b_0 - db
    const lone = hover('def sgd(b, db):\n    b -= db\n    return b\n', 'python', 'db\n', { plot: false });
    assert.match(lone.markdown, /∂b\/∂db = -1\b/);
    // x ^= y is XOR in Python: not followed, so z's x stays an input
    const xor = hover('x = a * b\nx ^= y\nz = x * 2\n', 'python', 'x * 2', { plot: false });
    assert.doesNotMatch(xor.markdown, /Total derivatives/);
    const ts = hover(
      'export const drag = (v: number, rho = 1.225, cd = 0.47): number => 0.5 * rho * cd * v * Math.abs(v);\n',
      'typescript',
      'rho * cd',
      { plot: false },
    );
    assert.match(ts.markdown, /cd = 0\.47, rho = 1\.225/);
    const cpp = hover('double lj(double r, double eps = 1.0) {\n    return 4.0 * eps * r;\n}\n', 'cpp', '4.0', { plot: false });
    assert.match(cpp.markdown, /Values at eps = 1, r = 0\.5\./);
  });

  it('reductions read per element: a regularized loss, with what the mean and the sum mean for arrays', () => {
    const h = hover('loss = np.mean((y_hat - y) ** 2) + lam * np.sum(w ** 2)\n', 'python', 'np.mean', { plot: false });
    assert.match(h.markdown, /∂loss\/∂y_hat = 2 \* \(y_hat - y\)/);
    assert.match(h.markdown, /∂loss\/∂w = 2 \* lam \* w/);
    assert.match(h.markdown, /`np\.mean`, `np\.sum` are read one element at a time/);
    assert.match(h.markdown, /a mean also divides them by the number of elements/);
    const s = hover('rss <- sum((y - b0 - b1 * x)^2)\n', 'r', 'sum', { plot: false });
    assert.match(s.markdown, /For an element of an array input they hold as they are; for a parameter shared by every element, sum them/);
    // a mean written as sum / len: the count is a name of its own, starting at 10 elements
    const m = hover('mse = np.sum((y - y_hat) ** 2) / len(y)\n', 'python', 'np.sum', { plot: false });
    assert.match(m.markdown, /∂mse\/∂y_hat = -2 \* \(y - y_hat\) \/ len_y\s+# = 0\.06\b/);
    assert.match(m.markdown, /len_y = 10/);
    // the sum of one name reduces an array (issue #11): the array engine answers, softmax
    const c = hover('lse = np.log(np.sum(np.exp(z)))\n', 'python', 'np.log', { plot: false });
    assert.match(c.markdown, /∂lse\/∂z = np\.exp\(z\) \/ np\.sum\(np\.exp\(z\)\)/);
    assert.match(c.markdown, /`z` \(n,\)/);
  });

  it('long partials name what they share once; the normal cdf stays pnorm in R', () => {
    const src = 'probit_ll <- yobs * log(pnorm(beta0 + beta1 * x)) + (1 - yobs) * log(1 - pnorm(beta0 + beta1 * x))\n';
    const h = hover(src, 'r', 'pnorm', { plot: false, at: { beta0: -1.2, beta1: 0.8, x: 2.5, yobs: 1 } });
    assert.match(h.markdown, /^s\d = pnorm\(s\d\)$/m, 'Φ(β0 + β1·x) named once');
    assert.match(h.markdown, /∂probit_ll\/∂beta1 = x \* s\d \* s\d \* s\d\s+# = 0\.918904/);
    assert.match(h.copyText, /^s\d = pnorm/m, 'Copy carries the definitions');
    // short ones stay self-contained
    const short = hover('y = x ** 2 + 3 * x\n', 'python', 'x ** 2', { plot: false });
    assert.match(short.markdown, /∂y\/∂x = 2 \* x \+ 3/);
    assert.doesNotMatch(short.markdown, /^s\d? = /m);
  });
});
