// Realistic snippets in every language with a cursor (`‸`) and what detection must find there.
import type { Lang } from '../../../src/core/types';

export interface Case {
  name: string;
  lang: Lang;
  /** Source with one `‸` marking the cursor. */
  src: string;
  /** Expected expression text, or null for "no math here". */
  text: string | null;
  target?: string;
  kind?: 'code' | 'comment' | 'latex';
  /** Expected dataflow definitions (name → text), exactly. */
  where?: Record<string, string>;
  functions?: string[];
  constants?: Record<string, number>;
  /** Substring expected in one of the notes. */
  note?: string;
}

export const CURSOR = '‸';

export const CASES: Case[] = [
  // ---------- Python ----------
  {
    name: 'python: return through two assignments', lang: 'python',
    src: 'import numpy as np\n\ndef loss(w1, x, y):\n    h = np.tanh(w1 * x)\n    y_hat = 2.0 * h + 1\n    return (y_hat - ‸y) ** 2\n',
    text: '(y_hat - y) ** 2', where: { h: 'np.tanh(w1 * x)', y_hat: '2.0 * h + 1' },
  },
  { name: 'python: assignment rhs', lang: 'python', src: 'z = np.exp(-x‸**2) * np.sin(y)\n', text: 'np.exp(-x**2) * np.sin(y)', target: 'z' },
  { name: 'python: cursor on the target name', lang: 'python', src: 'energ‸y = 0.5 * m * v**2\n', text: '0.5 * m * v**2', target: 'energy' },
  { name: 'python: import is not math', lang: 'python', src: 'import num‸py as np\n', text: null },
  { name: 'python: os call is not math', lang: 'python', src: 'print(os.getc‸wd())\n', text: null },
  { name: 'python: inside a string', lang: 'python', src: 'label = "x*y‸ + z"\n', text: null },
  { name: 'python: on a keyword', lang: 'python', src: 'def f(x):\n    ret‸urn x * x\n', text: null },
  { name: 'python: call argument of print', lang: 'python', src: 'print(np.sin(x‸) * y)\n', text: 'np.sin(x) * y' },
  { name: 'python: comment formula', lang: 'python', src: 'x = 1\n# E = x^2 * y + si‸n(x*y)\n', text: 'x^2 * y + sin(x*y)', kind: 'comment', target: 'E' },
  { name: 'python: comment prose', lang: 'python', src: '# compute the lo‸ss for the batch\n', text: null },
  { name: 'python: docstring formula', lang: 'python', src: 'def f(y, t):\n    """Loss: L = (y - ‸t)^2 / 2 for a target t."""\n    return (y - t)**2 / 2\n', text: '(y - t)^2 / 2', kind: 'comment', target: 'L' },
  {
    name: 'python: constants', lang: 'python', src: 'g = 9.81\nv0 = 3\nh = v0*t - 0.5*g*t‸**2\n',
    text: 'v0*t - 0.5*g*t**2', constants: { g: 9.81, v0: 3 }, where: { g: '9.81', v0: '3' },
  },
  {
    name: 'python: one-line helper def', lang: 'python',
    src: 'def sigmoid(s): return 1/(1+np.exp(-s))\n\nz = w*x + b\np = sigmo‸id(z)\n',
    text: 'sigmoid(z)', functions: ['sigmoid'], where: { z: 'w*x + b' },
  },
  {
    name: 'python: block helper def and lambda', lang: 'python',
    src: 'def sq(u):\n    """square"""\n    return u * u\n\ncube = lambda u: u**3\ny = sq(a) + cube(‸a)\n',
    text: 'sq(a) + cube(a)', functions: ['cube', 'sq'],
  },
  { name: 'python: reassignment', lang: 'python', src: 'x = 2*w\nx = x + 1\ny = x*‸x\n', text: 'x*x', where: { x: 'x_1 + 1', x_1: '2*w' } },
  { name: 'python: augmented assignment', lang: 'python', src: 'def f(a):\n    s = a * a\n    s += a\n    return s‸ * 2\n', text: 's * 2', where: { s: 's_1 + (a)', s_1: 'a * a' } },
  { name: 'python: loop stops dataflow', lang: 'python', src: 'a = w * 2\nfor i in range(3):\n    a = a + i\nb = a * ‸c\n', text: 'a * c', where: {}, note: 'for' },
  { name: 'python: inside a loop body', lang: 'python', src: 'for i in range(3):\n    t = i * w\n    u = t * ‸t\n', text: 't * t', where: { t: 'i * w' }, note: 'Inside the `for`' },
  { name: 'python: notebook cell boundary', lang: 'python', src: 'h = w * x\n# %%\nk = 3 * u\ny = h * ‸k\n', text: 'h * k', where: { k: '3 * u' } },
  { name: 'python: line continuation', lang: 'python', src: 'loss = (y - t) ** 2 \\\n    + lam * w‸ ** 2\n', text: '(y - t) ** 2 \\\n    + lam * w ** 2', target: 'loss' },
  { name: 'python: multi-line brackets', lang: 'python', src: 'loss = np.mean(\n    (y - t) ** 2,\n)\nr = np.sqrt(x**2 +\n    y‸**2)\n', text: 'np.sqrt(x**2 +\n    y**2)' },
  { name: 'python: torch', lang: 'python', src: 'out = torch.sigmoid(w @ x + b)\nloss = -(t * torch.log(out‸) + (1 - t) * torch.log(1 - out))\n', text: '-(t * torch.log(out) + (1 - t) * torch.log(1 - out))' },
  { name: 'python: tuple output', lang: 'python', src: 'def polar(r, th):\n    return r * np.cos(th), r * np.sin(‸th)\n', text: 'r * np.cos(th), r * np.sin(th)' },
  { name: 'python: opaque earlier value stays an input', lang: 'python', src: 'x = np.random.randn()\ny = x * ‸x\n', text: 'x * x', where: {} },
  // ---------- JavaScript / TypeScript ----------
  {
    name: 'js: arrow helper and const', lang: 'javascript',
    src: 'const sq = (x) => x * x;\nfunction f(a, b) {\n  const h = Math.sin(a) * b;\n  return sq(h) + ‸a;\n}\n',
    text: 'sq(h) + a', functions: ['sq'], where: { h: 'Math.sin(a) * b' },
  },
  { name: 'js: console.log is not math', lang: 'javascript', src: 'console.l‸og("hi");\n', text: null },
  { name: 'js: template literal', lang: 'javascript', src: 'const s = `x*y‸ + ${z}`;\n', text: null },
  { name: 'js: block comment formula', lang: 'javascript', src: '/*\n * f = x^2 + ‸y^2\n */\n', text: 'x^2 + y^2', kind: 'comment' },
  { name: 'js: no semicolons', lang: 'javascript', src: 'let a = x * 2\nlet b = a + ‸y\n', text: 'a + y', where: { a: 'x * 2' } },
  { name: 'ts: typed declaration', lang: 'typescript', src: 'function g(x: number, y: number): number {\n  const r: number = Math.hypot(x, y);\n  return Math.exp(-r‸) / r;\n}\n', text: 'Math.exp(-r) / r', where: { r: 'Math.hypot(x, y)' } },
  { name: 'ts: branch stops dataflow', lang: 'typescript', src: 'let k = a * 2;\nif (a > 0) {\n  k = a;\n}\nconst m = k * ‸b;\n', text: 'k * b', where: {}, note: 'if' },
  { name: 'js: class method named target, stops at the method', lang: 'javascript', src: 'const k = a * b;\nclass C {\n  area(r) {\n    const s = r * r;\n    return Math.PI * ‸s;\n  }\n}\n', text: 'Math.PI * s', target: 'area', where: { s: 'r * r' } },
  { name: 'ts: function keyword', lang: 'typescript', src: 'func‸tion f(x: number) { return x * x; }\n', text: null },
  // ---------- C / C++ ----------
  { name: 'c: function body', lang: 'c', src: '#include <math.h>\ndouble f(double x, double y) {\n    double h = x * y;\n    return exp(h) / (1.0 + h‸);\n}\n', text: 'exp(h) / (1.0 + h)', where: { h: 'x * y' } },
  {
    name: 'c: file-scope constant inside a function', lang: 'c',
    src: 'static const double g = 9.81;\n\ndouble height(double h0, double t) {\n    return h0 - 0.5 * g * t‸ * t;\n}\n',
    text: 'h0 - 0.5 * g * t * t', constants: { g: 9.81 },
  },
  {
    name: 'js: file-scope constant not shadowed by a parameter', lang: 'javascript',
    src: 'const g = 9.81; // m/s^2\nconst t = 2;\nfunction y(v0, t) {\n  return v0 * t - 0.5 * g * t ‸** 2;\n}\n',
    text: 'v0 * t - 0.5 * g * t ** 2', constants: { g: 9.81 }, where: { g: '9.81' },
  },
  { name: 'c: include line', lang: 'c', src: '#include <ma‸th.h>\n', text: null },
  { name: 'c: printf string', lang: 'c', src: 'printf("%f\\n", x‸ * y);\n', text: 'x * y' },
  { name: 'c: helper function', lang: 'c', src: 'static double sq(double u) { return u * u; }\ndouble g(double a) {\n    return sq(a) + 3.0 * ‸a;\n}\n', text: 'sq(a) + 3.0 * a', functions: ['sq'] },
  { name: 'cpp: std functions', lang: 'cpp', src: 'auto loss = std::pow(y - t, 2) + lam * std::abs(‸w);\n', text: 'std::pow(y - t, 2) + lam * std::abs(w)', target: 'loss' },
  { name: 'cpp: lambda helper', lang: 'cpp', src: 'auto sq = [](double u) { return u * u; };\ndouble y = sq(a) * ‸b;\n', text: 'sq(a) * b', functions: ['sq'] },
  { name: 'r: braced function helper', lang: 'r', src: 'sq <- function(x) {\n  x^2\n}\ny <- sq(a) + ‸b\n', text: 'sq(a) + b', functions: ['sq'] },
  { name: 'julia: block function helper', lang: 'julia', src: 'function sq(x)\n    x^2\nend\ny = sq(a) + ‸b\n', text: 'sq(a) + b', functions: ['sq'] },
  { name: 'cpp: line comment formula', lang: 'cpp', src: '// grad of f = sin(x) * ‸y\nint n = 0;\n', text: 'sin(x) * y', kind: 'comment' },
  // ---------- Julia ----------
  { name: 'julia: helper and implicit multiplication', lang: 'julia', src: 'f(x) = x^2\nh = 3x + 1\ny = f(h) * ‸sin(h)\n', text: 'f(h) * sin(h)', functions: ['f'], where: { h: '3x + 1' } },
  { name: 'julia: function block', lang: 'julia', src: 'function loss(w, x)\n    z = w * x\n    return log(1 + exp(-z‸))\nend\n', text: 'log(1 + exp(-z))', where: { z: 'w * x' } },
  { name: 'julia: println', lang: 'julia', src: 'println("loss = ", l‸oss)\n', text: null },
  { name: 'julia: comment', lang: 'julia', src: '# L = (y - ŷ)^2 wh‸ere y is data\n', text: null },
  // ---------- MATLAB / Octave ----------
  { name: 'matlab: function file helper', lang: 'matlab', src: 'function y = f(x)\n  y = x.^2;\nend\nz = f(a) .* ‸b;\n', text: 'f(a) .* b', functions: ['f'] },
  { name: 'matlab: one-line function file helper', lang: 'matlab', src: 'function y = f(x) y = x.^2; end\nz = f(a) + ‸b;\n', text: 'f(a) + b', functions: ['f'] },
  { name: 'julia: one-line function block', lang: 'julia', src: 'function sq(x) x^2 end\ny = sq(a) * ‸b\n', text: 'sq(a) * b', functions: ['sq'] },
  { name: 'matlab: anonymous function', lang: 'matlab', src: 'sq = @(u) u.^2;\nv = sq(x) + ‸y;\n', text: 'sq(x) + y', functions: ['sq'] },
  { name: 'matlab: transpose is not a string', lang: 'matlab', src: "A = x';\nB = x.^2 + ‸y; % 'quoted'\n", text: 'x.^2 + y' },
  { name: 'matlab: disp', lang: 'matlab', src: "disp('x*y‸');\n", text: null },
  { name: 'matlab: percent comment', lang: 'matlab', src: '% E = x^2 + ‸y\n', text: 'x^2 + y', kind: 'comment' },
  // ---------- R ----------
  { name: 'r: arrow assignment and helper', lang: 'r', src: 'sq <- function(x) x^2\nh <- w * x\nloss <- sq(h) + ‸h\n', text: 'sq(h) + h', functions: ['sq'], where: { h: 'w * x' } },
  { name: 'r: library call', lang: 'r', src: 'library(gg‸plot2)\n', text: null },
  { name: 'r: dotted names', lang: 'r', src: 'my.rate <- 0.1\ny <- exp(-my.rate * ‸t)\n', text: 'exp(-my.rate * t)', constants: { 'my.rate': 0.1 } },
  { name: 'r: comment prose', lang: 'r', src: '# fit the log-likeli‸hood by gradient ascent\n', text: null },
  { name: 'r: string', lang: 'r', src: 'cat("x * y‸ =", x * y)\n', text: null },
  { name: 'r: call argument of cat', lang: 'r', src: 'cat("x * y =", x *‸ y)\n', text: 'x * y' },
  // ---------- more negatives ----------
  { name: 'js: for keyword', lang: 'javascript', src: 'f‸or (let i = 0; i < n; i++) { s += i * i; }\n', text: null },
  { name: 'julia: end keyword', lang: 'julia', src: 'function f(x)\n    x^2\ne‸nd\n', text: null },
  { name: 'matlab: function keyword', lang: 'matlab', src: 'func‸tion y = f(x)\n  y = x.^2;\nend\n', text: null },
  { name: 'c: string literal', lang: 'c', src: 'puts("a * b‸ + c");\n', text: null },
  { name: 'python: units in a comment', lang: 'python', src: 'k = 40  # spring constant, N/‸m\n', text: null },
  { name: 'python: hyphenated prose', lang: 'python', src: '# a least-squ‸ares fit\n', text: null },
  { name: 'python: dict and f-string', lang: 'python', src: 'cfg = {"lr": 0.1}\nprint(f"{x*y‸}")\n', text: null },
  // ---------- scanner bugs found by the tree-sitter oracle (treeSitterOracle.test.ts) ----------
  { name: 'js: a regex literal is not code', lang: 'javascript', src: 'const n = s.replace(/(x*‸y)/g, "") * 2;\n', text: null },
  { name: 'js: a regex holding /* opens no comment', lang: 'javascript', src: 'const re = /\\/*/;\nconst y = a * ‸b;\n', text: 'a * b', kind: 'code' },
  { name: 'js: a regex after a block', lang: 'javascript', src: 'function f() {}\n/\\/*/.test(s);\nconst y = a * ‸b;\n', text: 'a * b', kind: 'code' },
  { name: 'js: division after an operand is no regex', lang: 'javascript', src: 'const m = (a + b) / 2 / ‸c;\n', text: '(a + b) / 2 / c' },
  { name: 'js: a template literal inside a substitution', lang: 'javascript', src: 'const t = `total ${`f(x*‸y)`} done`;\n', text: null },
  { name: 'cpp: a raw string over several lines', lang: 'cpp', src: 'const char* help = R"doc(\n  usage: f(x*‸y) "q"\n)doc";\n', text: null },
  { name: 'cpp: code after a raw string with quotes', lang: 'cpp', src: 'auto s = R"(one "quote)"; double y = a * ‸b;\n', text: 'a * b', target: 'y' },
  { name: 'cpp: digit separators', lang: 'cpp', src: "long k = 10'000;\ndouble y = std::exp(‸x) * k;\n", text: 'std::exp(x) * k', target: 'y' },
  { name: 'js: a comment formula stops at the comment end', lang: 'javascript', src: '/* E = m*‸c^2 */ y = a * b;\n', text: 'm*c^2', kind: 'comment', target: 'E' },
  { name: 'python: keyword argument', lang: 'python', src: 'plt.plot(x, y=a *‸ b)\n', text: 'a * b' },
  { name: 'c: second declarator', lang: 'c', src: 'double u = s, v = t *‸ t;\n', text: 't * t' },
  { name: 'python: chained assignment', lang: 'python', src: 's = t = a *‸ b\n', text: 'a * b', target: 's' },
  { name: 'js: callback body', lang: 'javascript', src: 'xs.map(function (x) { return x *‸ x; });\n', text: 'x * x' },
  { name: 'js: method in an object literal', lang: 'javascript', src: 'const o = { f(u) { return u *‸ u; } };\n', text: 'u * u' },
  { name: 'ts: enum members are not math', lang: 'typescript', src: 'enum E { A = 1 << 2, B = A *‸ 3 }\n', text: null },
  // ---------- object-literal/dict values and conditional branches ----------
  { name: 'js: object property value', lang: 'javascript', src: 'const state = {\n  energy: 0.5 * m * v‸ ** 2,\n  force: -k * x,\n};\n', text: '0.5 * m * v ** 2' },
  { name: 'js: returned object property', lang: 'javascript', src: 'function f(x) {\n  return { y: x *‸ x + 1 };\n}\n', text: 'x * x + 1' },
  { name: 'js: object key is not math', lang: 'javascript', src: 'const s = { ener‸gy: 0.5 * m * v ** 2 };\n', text: null },
  { name: 'python: dict value', lang: 'python', src: 'out = {"loss": (y - t) *‸* 2, "n": 3}\n', text: '(y - t) ** 2' },
  { name: 'js: a conditional is one piecewise expression', lang: 'javascript', src: 'let z = c > 0 ? a *‸ b : c + d;\n', text: 'c > 0 ? a * b : c + d', target: 'z' },
  { name: 'js: nested conditionals', lang: 'javascript', src: 'const w = a > 0 ? a * x : c > 1 ? Math.exp(c‸ * x) : -x * x;\n', text: 'a > 0 ? a * x : c > 1 ? Math.exp(c * x) : -x * x', target: 'w' },
  { name: 'c: conditional', lang: 'c', src: 'double r = x > 0 ? x : 0.01 *‸ x;\n', text: 'x > 0 ? x : 0.01 * x', target: 'r' },
  { name: 'python: conditional expression', lang: 'python', src: 'z = a * b if c > 0 else np.exp(‸c * d)\n', text: 'a * b if c > 0 else np.exp(c * d)', target: 'z' },
  { name: 'js: a conditional on a flag is no math; its branch is', lang: 'javascript', src: 'let z = flag ? a *‸ b : c + d;\n', text: 'a * b' },
  { name: 'python: branch of a conditional on an equality', lang: 'python', src: 'z = a * b if c == 0 else np.exp(‸c * d)\n', text: 'a * b if c == 0 else np.exp(c * d)' },
  { name: 'python: np.where is one expression', lang: 'python', src: 'loss = np.where(np.abs(r) <= d, 0.5 * r‸**2, d * (np.abs(r) - 0.5 * d))\n', text: 'np.where(np.abs(r) <= d, 0.5 * r**2, d * (np.abs(r) - 0.5 * d))', target: 'loss' },
  { name: 'r: if expression', lang: 'r', src: 'y <- if (x > 0) x‸^2 else -x\n', text: 'if (x > 0) x^2 else -x', target: 'y' },
  {
    name: 'python: a method helper called as self.predict(x)', lang: 'python',
    src: 'class M:\n    def predict(self, x):\n        return torch.sigmoid(self.w * x + self.b)\n\n    def loss(self, x, y):\n        return (self.predict(x) - ‸y) ** 2\n',
    text: '(self.predict(x) - y) ** 2', functions: ['predict'],
  },
  { name: 'cpp: the cursor on std of std::tanh', lang: 'cpp', src: 'T gelu(T x) {\n    return 0.5 * x * (1.0 + s‸td::tanh(x));\n}\n', text: '0.5 * x * (1.0 + std::tanh(x))' },
  { name: 'cpp: a default argument is not a parameter name', lang: 'cpp', src: 'double lj(double r, double eps = 1.0) {\n    return 4.0 * eps * ‸r;\n}\n', text: '4.0 * eps * r', target: 'lj' },
  // ---------- reductions: read per element by the front-end, so the whole value is the math ----------
  { name: 'python: np.mean, cursor on the target', lang: 'python', src: 'lo‸ss = np.mean((y_hat - y) ** 2)\n', text: 'np.mean((y_hat - y) ** 2)', target: 'loss' },
  { name: 'python: a regularized loss', lang: 'python', src: 'loss = np.mean((y_hat - y) ** 2) + lam * np.sum(w ‸** 2)\n', text: 'np.mean((y_hat - y) ** 2) + lam * np.sum(w ** 2)', target: 'loss' },
  { name: 'python: torch .mean() method', lang: 'python', src: 'loss = ((h - t) ** 2).me‸an()\n', text: '((h - t) ** 2).mean()', target: 'loss' },
  { name: 'r: sum', lang: 'r', src: 'rss <- su‸m((y - b0 - b1 * x)^2)\n', text: 'sum((y - b0 - b1 * x)^2)', target: 'rss' },
  // ---------- LaTeX ----------
  { name: 'latex: display math', lang: 'latex', src: 'We have $$ f(x, y) = x^2 y + \\sin(x‸y) $$ here.', text: 'x^2 y + \\sin(xy)', kind: 'latex' },
  { name: 'latex: align row', lang: 'latex', src: '\\begin{align}\n  a &= x^2 \\\\\n  b &= \\frac{1}{1 + e^{-‸z}} \\label{eq:b}\n\\end{align}\n', text: '\\frac{1}{1 + e^{-z}}', kind: 'latex', target: 'b' },
  { name: 'latex: prose', lang: 'latex', src: 'The deriv‸ative is shown below.\n', text: null },
  { name: 'latex: inline math with dataflow', lang: 'latex', src: 'Let $h = w x$ and then $L = h^2 + ‸h$.', text: 'h^2 + h', where: { h: 'w x' } },
  { name: 'latex: comment', lang: 'latex', src: '% $x^2 + ‸y$\nText.\n', text: null },
  {
    name: 'latex: a piecewise definition (cases) inside equation', lang: 'latex',
    src: '\\begin{equation}\n  L = \\begin{cases}\n    \\frac{1}{2} r^2 & \\text{if } |r| \\le \\delta, \\\\\n    \\delta (|r| - \\frac{1}{2}\\delta) & \\text{otherwise.}\n  \\end{cases}\n\\end{equation}\n'.replace('r^2 &', 'r‸^2 &'),
    text: '\\begin{cases}\n    \\frac{1}{2} r^2 & \\text{if } |r| \\le \\delta, \\\\\n    \\delta (|r| - \\frac{1}{2}\\delta) & \\text{otherwise.}\n  \\end{cases}', kind: 'latex', target: 'L',
  },
  // ---------- Markdown ----------
  { name: 'md: inline math', lang: 'markdown', src: 'The energy is $E = m c‸^2$.\n', text: 'm c^2', kind: 'latex' },
  { name: 'md: fenced python', lang: 'markdown', src: 'Text\n\n```python\nh = w*x\ny = h*h‸+1\n```\n', text: 'h*h+1', where: { h: 'w*x' } },
  { name: 'md: inline cases', lang: 'markdown', src: 'ReLU is $g(x) = \\begin{cases} x & x > 0 \\\\ 0 & \\text{otherwise} \\end{cases}$ he‸re.\n'.replace(' he‸re', ' here').replace('x & x > 0', 'x & x ‸> 0'), text: '\\begin{cases} x & x > 0 \\\\ 0 & \\text{otherwise} \\end{cases}', kind: 'latex', target: 'g' },
  { name: 'md: inline code is not math', lang: 'markdown', src: 'Use `x*y‸ + z` here.\n', text: null },
  { name: 'md: dollar amounts', lang: 'markdown', src: 'It costs $5 and th‸at is it.\n', text: null },
  { name: 'md: \\[ display', lang: 'markdown', src: '\\[\n  \\sigma(z) = \\frac{1}{1+e^{-z‸}}\n\\]\n', text: '\\frac{1}{1+e^{-z}}', kind: 'latex' },
];
