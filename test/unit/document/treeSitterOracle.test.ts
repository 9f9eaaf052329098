// Tree-sitter as a test oracle for the hand-written scanner (src/core/document, see its README).
// A real parser says where the strings, comments, statements and expressions of a file are; at
// every offset of the examples and of tricky snippets, findMathAt must agree with it:
//   a. a cursor in a string literal (not in an f-string/template interpolation, which is code)
//      gets null, or a docstring formula (kind 'comment') inside that string: never code;
//   b. a cursor in a comment gets null or a formula (kind 'comment') inside that comment;
//      a 'comment' result for a cursor in code means the scanner took code for a comment;
//   c. a 'code' result is exactly one expression node of the tree (a tuple / comma list counts),
//      its nearest enclosing statement is a simple statement (not a block, a header, an enum),
//      its range crosses no string or comment boundary, and the statement findMathAt reports
//      holds no other statement (two statements merged by a lexing error).
// Failures are grouped by what differs and name the language, input, line:column and both views.
// @vscode/tree-sitter-wasm is a dev dependency for this test only: nothing imports it from src/,
// esbuild never bundles it and .vscodeignore keeps node_modules out of the .vsix.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Language, Parser, type Node } from '@vscode/tree-sitter-wasm';
import { findMathAt, type MathAt } from '../../../src/core/document';
import type { Lang } from '../../../src/core/types';

const ROOT = path.resolve(__dirname, '../../../..');
const WASM = path.dirname(require.resolve('@vscode/tree-sitter-wasm'));

type CodeLang = 'python' | 'javascript' | 'typescript' | 'c' | 'cpp';

interface Grammar {
  /** tree-sitter-<wasm>.wasm; C is parsed with the C++ grammar (it accepts the C in examples/). */
  wasm: string;
  /** Literal text: the cursor there is not on code. */
  strings: ReadonlySet<string>;
  /** Code inside a string literal (f-string / template interpolation). */
  codeInString: ReadonlySet<string>;
  /** Statements an expression may belong to. */
  simple: ReadonlySet<string>;
}

const set = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));
const CPP: Grammar = {
  wasm: 'cpp',
  strings: set('string_literal raw_string_literal char_literal system_lib_string'),
  codeInString: set(''),
  simple: set('expression_statement return_statement declaration field_declaration throw_statement co_return_statement'),
};
const JS_STRINGS = set('string template_string regex');
const JS_SIMPLE = set(
  'expression_statement return_statement lexical_declaration variable_declaration throw_statement public_field_definition field_definition',
);
const GRAMMARS: Record<CodeLang, Grammar> = {
  python: {
    wasm: 'python',
    // format_specifier: `{x:.3f}`'s `.3f` is text again (a nested `{width}` is an interpolation)
    strings: set('string format_specifier'),
    codeInString: set('interpolation'),
    // a decorator line is an expression too (`@parametrize("x", [a * b])`)
    simple: set(
      'expression_statement return_statement assert_statement delete_statement raise_statement print_statement exec_statement type_alias_statement decorator',
    ),
  },
  javascript: { wasm: 'javascript', strings: JS_STRINGS, codeInString: set('template_substitution'), simple: JS_SIMPLE },
  typescript: { wasm: 'typescript', strings: JS_STRINGS, codeInString: set('template_substitution'), simple: JS_SIMPLE },
  c: CPP,
  cpp: CPP,
};

/** Nodes that end the search for the enclosing statement: statements, definitions, blocks. */
const BOUNDARY =
  /(?:_statement|_declaration|^declaration|_definition|_clause|^block|^statement_block|^compound_statement|^class_body|^declaration_list|^field_declaration_list|^module|^program|^translation_unit|^decorator)$/;
/** Named nodes with an expression's extent that are not an expression. */
const NOT_EXPRESSION = set(`assignment augmented_assignment assignment_expression augmented_assignment_expression
  keyword_argument pair variable_declarator init_declarator argument_list arguments parameters formal_parameters
  parameter_list slice type type_annotation comment ERROR`);

/** Where the examples of each language live (C and C++ both parsed with the C++ grammar). */
const EXAMPLES: Record<CodeLang, [string, string]> = {
  python: ['examples/python', '.py'],
  javascript: ['examples/javascript', '.js'],
  typescript: ['examples/typescript', '.ts'],
  c: ['examples/c', '.c'],
  cpp: ['examples/cpp', '.cpp'],
};

/** Tricky snippets per language: every one must parse without errors in its grammar. */
const SNIPPETS: Record<CodeLang, string[]> = {
  python: [
    [
      'width = 8',
      's = f"{name!r:>{width}} = {a*b:.3f} and {d[\'k\']*x} {x*y=}"',
      't = f\'{x*y}\' + rf"\\d{x*y}" + r"\\(a*b\\)" + r\'\\\\\'',
      'u = f"{"nested"} {x * y:{width}.{prec}f}"',
      'u2 = f"{",".join(xs)} f(a*b) {\'"\'} g(c*d) {x!r}"',
      'def energy(m, v):',
      '    """Kinetic energy: E = m*v^2/2, with "quoted" and \'single\' words.',
      '',
      '    The slope dE/dv = m*v is "linear" in v; it\'s E = 0.5*m*v**2 again.',
      '    """',
      '    return 0.5 * m * v**2',
      "q = '''it's a \"string\" with x*y'''",
      'loss = (y - t) ** 2 \\',
      '    + lam * w ** 2',
      'big = a if a > b else b',
      'mx = max(a, b) if a * b > 0 else -a * b',
      'cfg = {"lr": 0.1, "w": w * 2}',
      'msg = "a*b # not a comment"  # E = x^2 + y',
      'k = 40  # spring constant, N/m',
      'plt.plot(x, y=a * b, label="a*b")',
      'z = np.exp(-x**2) * np.sin(y)  # z = exp(-x^2) * sin(y)',
      'r = (a * b,',
      '     c * d)',
      'lam = lambda u: u**3 + 1',
      'def sq(u): return u * u',
      'print("x*y", x*y, \'a*b\', sep="*")',
      'p = "%s*%s" % (a, b) + x * y',
      'v = b"x*y" + br"\\x*y"',
      '',
    ].join('\n'),
    [
      'loss = (a * b  # first term: a*b',
      '        + c ** 2)  # E = c^2',
      'sq = {k: v * 2 for k, v in d.items()}',
      'part = xs[1:n * 2]',
      'if (y := a * b) > 0:',
      '    z = y * y',
      'x: float = a * b',
      'def f(x: float = 2 * a) -> float:',
      '    return x * x',
      'assert a * b > 0, "a*b must be positive"',
      'print(f"{a * b = }", "E = m*c^2", a @ b)',
      'w = not a * b',
      'm = -x ** 2 + (lambda t: t * t)(3)',
      's = "it\\"s a*b" + \'#\' + x * y',
      'e = 1e-3 * x + 0x1F * y + 1_000 * z',
      'a1 = b1 = x * y',
      'self.w = w - lr * g',
      'xs[i] = xs[i - 1] * 2',
      'f2 = lambda u, k=2: u * k',
      '@decorator(scale=2 * k)',
      'def h(x) -> float: return x * x',
      '',
    ].join('\n'),
  ],
  javascript: [
    [
      'const re = /a*b\\/c/g;',
      'const re2 = /[/*]+/;',
      'const n = s.replace(/(x*y)/g, "") * 2;',
      'const m = a / b / c;',
      'const t = `value ${a * b} and ${`nested ${c * d}`} x*y`;',
      'const big = a > b ? a : b;',
      '/* block comment with * stars *',
      ' * f = x^2 + y^2',
      ' */',
      'const y = a * b; // E = m*c^2',
      'const z = (w * x +',
      '  b) * 2;',
      'let h = x * y',
      'let k = h + 1',
      'const f = (u) => u * u;',
      'const o = { a: x * y, b: "a*b" };',
      'const q = "it\'s /* not */ a comment" + x * y;',
      'const w = a ** 2 + b ** 2; /* w = a^2 + b^2 */ const s2 = c * d;',
      'const r = /\\/*/.test(str) ? a * b : c;',
      'const r2 = x / 2 / y;',
      'const after = a * b + c;',
      '/* E = m*c^2 */ y = a * b;',
      'const d1 = (a + b) / 2 / c;',
      'const d2 = arr[i] / 2 / n + x ** 2;',
      'const d3 = f(x) / g(y) / h;',
      'function rx(s) { return /a*b/.test(s) ? 1 : 2 * s; }',
      'const d4 = typeof /x*y/ === "object" ? a * b : c;',
      'const d5 = [/(a*b)/, x * y];',
      'const d6 = a',
      '  / b / c;',
      'const d7 = /[\\\\]/.source + /[/]/.source + "/" + x * y;',
      '',
    ].join('\n'),
    [
      'function a1(x, y) {',
      '  const t = `multi',
      '    line ${x * y} with ${',
      '      a * b',
      '    } text`;',
      '  let s = 0;',
      '  for (let i = 0; i < n; i++) s += x[i] * y[i];',
      '  if (x > 0) s = x * y; else s = -x * y;',
      '  const v = a * /* inline */ b;',
      '  const w = x?.y * z + (q ?? r) * 2;',
      '  const o = { a: x * y, f(u) { return u * u; }, g: (u) => u * 2 };',
      '  s = t = a * b;',
      '  return (',
      '    s * w',
      '  );',
      '}',
      'x = a++ / 2 / b',
      'y = (a) / 2 / (b)',
      'const t2 = `total ${`f(x*y)`} and ${{ k: a * b }.k} done`;',
      'function noop() {}',
      '/\\/*/.test(s) ? x * y : 0;',
      'export const k = a * b;',
      'const asi = b', // ASI does not apply: `b(c * d)` is a call; the scanner splits at the line end
      '(c * d).toFixed(2);',
      'class Q { static k = 2 * Math.PI; #p = k * k; }',
      '',
    ].join('\n'),
  ],
  typescript: [
    [
      'const v: Array<number> = xs.map((x: number): number => x * x);',
      'function norm<T extends number>(a: T, b: T): number { return Math.sqrt(a * a + b * b); }',
      'const s = `${a * b}` + `x*y`;',
      'const re = /\\d+\\.\\d*/;',
      'let c = (a as number) * 2;',
      'const big = a > b ? a : b;',
      'const g2 = (x: number, y: number): number => Math.exp(-(x * x + y * y));',
      'class P { k = 2 * Math.PI; area(r: number) { return this.k * r * r; } }',
      '// grad of f = sin(x) * y',
      'const split = xs.join("/*") + a * b; const after = c * d; // */',
      'const f2: (x: number) => number = (x) => x * x;',
      'const g3 = f<number>(a * b) + a! * b;',
      'const h3 = (a satisfies number) * 2;',
      'const cfg = { k: 2 } as const;',
      'enum E { A = 1 << 2, B = A * 3 }',
      'interface I { f(x: number): number }',
      'type T = { a: number /* m/s */ };',
      'export default function area(r: number): number { return Math.PI * r ** 2; }',
      '',
    ].join('\n'),
  ],
  c: [
    [
      '/* E = m*c^2 * with stars */',
      'double y = a > b ? a : b;',
      '#define SQ(x) ((x) * \\',
      '   (x))',
      'double f(double x, double y) {',
      '    double z = x * \\',
      '       y;',
      '    const char *s = "a*b /* not a comment */";',
      "    char c = '*';",
      '    double w = (double)n * 2.0; // cast',
      '    double q = z * w; /* q = z*w */ double p = q * q;',
      '    /* E = m*c^2 */ p = q * q;',
      '    return z * w + p;',
      '}',
      '',
    ].join('\n'),
    [
      'struct P { double x, y; };',
      'double g(const double *p, int n, struct P q) {',
      '    double arr[3] = {p[0] * p[1], q.x, q.y};',
      '    double s = 0.0;',
      '    for (int i = 0; i < n; i++) s += p[i] * p[i];',
      '    if (s > 1.0) s = s * 0.5; else s = -s;',
      '    double t = *p * 2.0 + (double)sizeof(double) * n;',
      '    double u = s, v = t * t;',
      '    s = t = u * v;',
      '    printf("%f %s\\n", s * t, "a*b");',
      '    return arr[0] * s / (1.0 + t); /* d/ds = arr[0] / (1 + t) */',
      '}',
      '',
    ].join('\n'),
  ],
  cpp: [
    [
      '#include <vector>',
      'std::vector<double> v = {1.0, 2.0};',
      'double s = v[0] * v[1];',
      'auto raw = R"(a*b "quoted" f(x*y))";',
      'const char* help = R"doc(',
      '  usage: f(x*y) "q" // and /* not comments',
      ')doc";',
      'double big = a > b ? a : b;',
      'template <typename T> T sq(T u) { return u * u; }',
      'std::vector<std::vector<double>> m2 = {{a * b}};',
      'auto sq2 = [](double u) { return u * u; };',
      'double after = std::exp(x * y);',
      "long n = 1'000'000, k = 10'000;",
      'double ny = std::exp(n * x) * k;',
      'auto u8 = u8R"x(a)b" f(x*y))x" + LR"(q)" + x * y;',
      '',
    ].join('\n'),
    [
      '#include <iostream>',
      'namespace ml {',
      'class Layer {',
      ' public:',
      '  double w = 0.5;',
      '  double forward(double x) const { return std::tanh(w * x); }',
      '  static double loss(double y, double t) { return 0.5 * (y - t) * (y - t); }',
      '};',
      '}  // namespace ml',
      'int main() {',
      '  double k = 2.0;',
      '  auto f = [&](double u) -> double { return u * k; };',
      '  std::cout << f(3.0) * k << std::endl;',
      '  double m = std::max<double>(k * k, 1.0);',
      '  double q = static_cast<double>(m) * 2.0;',
      '  return static_cast<int>(q * m);',
      '}',
      'constexpr double k2 = 2.0 * M_PI;',
      'std::complex<double> zc = std::exp(x * 1.0i);',
      'enum Color { R = 1 << 0, G = R * 2 };',
      '',
    ].join('\n'),
  ],
};

interface Input {
  lang: CodeLang;
  name: string;
  text: string;
}

function inputs(): Input[] {
  const out: Input[] = [];
  for (const lang of Object.keys(EXAMPLES) as CodeLang[]) {
    const [dir, ext] = EXAMPLES[lang];
    for (const f of fs
      .readdirSync(path.join(ROOT, dir))
      .filter((n) => n.endsWith(ext))
      .sort()) {
      out.push({ lang, name: `${dir}/${f}`, text: fs.readFileSync(path.join(ROOT, dir, f), 'utf8') });
    }
    SNIPPETS[lang].forEach((text, i) => out.push({ lang, name: `snippet ${i + 1}`, text }));
  }
  return out;
}

/** Literal (string or comment) node at each offset, or null where the text is code. */
function literalMap(root: Node, g: Grammar, n: number): (Node | null)[] {
  const at: (Node | null)[] = new Array(n).fill(null);
  const visit = (node: Node) => {
    const lit = node.type === 'comment' || g.strings.has(node.type);
    if (lit || g.codeInString.has(node.type)) at.fill(lit ? node : null, node.startIndex, node.endIndex);
    for (const c of node.children) if (c) visit(c);
  };
  visit(root);
  return at;
}

/** Nodes from the root down to the smallest one containing [s, e). */
function pathTo(root: Node, s: number, e: number): Node[] {
  const out = [root];
  for (;;) {
    const cur = out[out.length - 1];
    const next = cur.children.find((c) => c && c.startIndex <= s && e <= c.endIndex && !(c.startIndex === c.endIndex));
    if (!next) return out;
    out.push(next);
  }
}

/** Where the first syntax error of a tree is, for a snippet that does not parse. */
function firstError(text: string, n: Node): string {
  if (n.isError || n.isMissing)
    return `${n.isMissing ? 'missing' : 'error'} at ${lineCol(text, n.startIndex)} ${quote(text.slice(n.startIndex, n.endIndex))}`;
  for (const c of n.children) if (c?.hasError || c?.isMissing) return firstError(text, c);
  return 'none found';
}

function lineCol(text: string, o: number): string {
  const before = text.slice(0, o);
  const line = before.split('\n').length;
  return `${line}:${o - before.lastIndexOf('\n')}`;
}

const quote = (s: string) => JSON.stringify(s.length > 60 ? s.slice(0, 57) + '...' : s);

class Checker {
  failures = new Map<string, { first: number; count: number; msg: string }>();
  positions = 0;
  codeResults = 0;
  private lits: (Node | null)[];
  /** Every simple statement of the tree. */
  private statements: Node[];

  constructor(
    private input: Input,
    private root: Node,
    private g: Grammar,
  ) {
    this.lits = literalMap(root, g, input.text.length);
    this.statements = root.descendantsOfType([...g.simple]).filter((n): n is Node => !!n);
  }

  private node(n: Node): string {
    return `tree-sitter ${n.type} ${lineCol(this.input.text, n.startIndex)}-${lineCol(this.input.text, n.endIndex)} ${quote(this.input.text.slice(n.startIndex, n.endIndex))}`;
  }

  private result(r: MathAt): string {
    return `findMathAt: ${r.kind} ${quote(r.text)} at ${lineCol(this.input.text, r.range.start)}-${lineCol(this.input.text, r.range.end)}`;
  }

  private fail(offset: number, key: string, msg: string): void {
    const f = this.failures.get(key);
    if (f) f.count++;
    else this.failures.set(key, { first: offset, count: 1, msg });
  }

  check(offset: number): void {
    this.positions++;
    const { text } = this.input;
    const r = findMathAt(text, this.input.lang as Lang, offset);
    const lit = offset < text.length ? this.lits[offset] : null;
    const inside = (n: Node) => !!r && n.startIndex <= r.range.start && r.range.end <= n.endIndex;
    const key = (p: string) => `${p}|${lit?.startIndex}|${r?.kind}|${r?.range.start}|${r?.range.end}`;
    if (lit && lit.type !== 'comment') {
      // a. string literal: null, or a docstring formula inside it
      if (r && (r.kind === 'code' || !inside(lit)))
        this.fail(offset, key('a'), `cursor in a string (${this.node(lit)}) but ${this.result(r)}`);
      return;
    }
    if (lit) {
      // b. comment: null, or a formula inside it
      if (r && (r.kind !== 'comment' || !inside(lit)))
        this.fail(offset, key('b'), `cursor in a comment (${this.node(lit)}) but ${this.result(r)}`);
      return;
    }
    if (!r) return;
    if (r.kind !== 'code') {
      this.fail(offset, key('b'), `cursor in code but ${this.result(r)}`);
      return;
    }
    this.codeResults++;
    const problem = this.codeProblem(r);
    if (problem) this.fail(offset, key('c'), `${this.result(r)}: ${problem}`);
  }

  /** c. Why a code result is not one expression of a simple statement, or undefined when it is. */
  private codeProblem(r: MathAt): string | undefined {
    const { text } = this.input;
    const [s, e] = [r.range.start, r.range.end];
    // no string or comment boundary inside the range
    for (let o = s; o < e; o++) {
      const n = this.lits[o];
      if (n && (n.startIndex < s || n.endIndex > e)) return `crosses ${this.node(n)}`;
    }
    // whitespace and enclosing parentheses do not matter: `(a*b)` and `a*b` are the same expression
    const spans: [number, number][] = [];
    let [a, b] = [s, e];
    while (a < b && /\s/.test(text[a])) a++;
    while (b > a && /\s/.test(text[b - 1])) b--;
    spans.push([a, b]);
    if (text[a] === '(' && text[b - 1] === ')') spans.push([a + 1, b - 1]);
    let [a2, b2] = [a, b];
    while (a2 > 0 && /\s/.test(text[a2 - 1])) a2--;
    while (b2 < text.length && /\s/.test(text[b2])) b2++;
    if (text[a2 - 1] === '(' && text[b2] === ')') spans.push([a2 - 1, b2 + 1]);
    let best: Node[] | undefined;
    for (const [x, y] of spans) {
      const p = pathTo(this.root, x, y);
      const exact = p.filter(
        (n) => n.startIndex === x && n.endIndex === y && n.isNamed && !NOT_EXPRESSION.has(n.type) && !BOUNDARY.test(n.type),
      );
      if (exact.length) {
        best = p.slice(0, p.indexOf(exact[exact.length - 1]) + 1);
        break;
      }
    }
    if (!best) {
      const p = pathTo(this.root, a, b);
      const cover = p[p.length - 1];
      const kids = cover.children.filter((c) => c && c.endIndex > a && c.startIndex < b).map((c) => c!.type);
      return `not one expression node: the smallest node containing it is ${this.node(cover)} (children there: ${kids.join(' ')})`;
    }
    // the nearest enclosing statement is a simple one
    let stmt: Node | undefined;
    for (let k = best.length - 1; k >= 0 && !stmt; k--) {
      const n = best[k];
      if (this.g.simple.has(n.type)) stmt = n;
      else if (BOUNDARY.test(n.type)) return `its nearest enclosing statement is ${this.node(n)}, not a simple statement`;
    }
    if (!stmt) return 'no enclosing statement';
    // the statement the scanner reports holds no other statement (`def f(x): return …` holds its
    // own return, `double f(double x) { return …; }` is reported as the return alone)
    const { start: ss, end: se } = r.statement.range;
    const related = (t: Node) =>
      (t.startIndex <= stmt!.startIndex && stmt!.endIndex <= t.endIndex) ||
      (stmt!.startIndex <= t.startIndex && t.endIndex <= stmt!.endIndex);
    const other = this.statements.find((t) => t.startIndex < se && ss < t.endIndex && !related(t));
    if (other) {
      return `its statement ${lineCol(text, ss)}-${lineCol(text, se)} ${quote(text.slice(ss, se))} overlaps another statement, ${this.node(other)}`;
    }
    return undefined;
  }

  report(): string {
    const lines = [...this.failures.values()]
      .slice(0, 25)
      .map(
        (f) =>
          `  ${this.input.lang} ${this.input.name}:${lineCol(this.input.text, f.first)} (offset ${f.first}${f.count > 1 ? `, and ${f.count - 1} more offsets` : ''}): ${f.msg}`,
      );
    return `${this.failures.size} disagreement(s) with tree-sitter:\n${lines.join('\n')}`;
  }
}

describe('findMathAt agrees with tree-sitter (test oracle)', function () {
  this.timeout(60_000);
  const parsers = new Map<string, Parser>();
  let total = 0;
  let codeResults = 0;
  const started = Date.now();

  before(async () => {
    await Parser.init({ locateFile: (f: string) => path.join(WASM, f) });
    for (const w of new Set(Object.values(GRAMMARS).map((g) => g.wasm))) {
      const p = new Parser();
      p.setLanguage(await Language.load(path.join(WASM, `tree-sitter-${w}.wasm`)));
      parsers.set(w, p);
    }
  });

  after(() => {
    for (const p of parsers.values()) p.delete();
    if (process.env.ORACLE_STATS) console.log(`    oracle: ${total} positions, ${codeResults} code results, ${Date.now() - started} ms`);
  });

  for (const input of inputs()) {
    it(`${input.lang}: ${input.name}, every offset`, () => {
      const g = GRAMMARS[input.lang];
      const tree = parsers.get(g.wasm)!.parse(input.text);
      assert.ok(tree, 'parsed');
      try {
        assert.ok(
          !tree.rootNode.hasError,
          `tree-sitter-${g.wasm} parses the input without errors: ${firstError(input.text, tree.rootNode)}`,
        );
        assert.strictEqual(tree.rootNode.endIndex, input.text.length, 'tree-sitter offsets are UTF-16 offsets');
        const c = new Checker(input, tree.rootNode, g);
        for (let o = 0; o <= input.text.length; o++) c.check(o);
        total += c.positions;
        codeResults += c.codeResults;
        assert.ok(c.codeResults > 0 || input.text.length < 50, 'some offsets give code results (the oracle checks something)');
        assert.strictEqual(c.failures.size, 0, c.report());
      } finally {
        tree.delete();
      }
    });
  }
});
