// Reads a function body as straight-line math, statement by statement (never running it): locals,
// components of vector parameters (`x[0]`, `x(1)`, `gsl_vector_get(v, 0)`), element writes into an
// output (`g[0] = …`, `storage[1] = …`, `gsl_vector_set(df, 0, …)`), array literals and returns,
// guards such as `if grad.size > 0:` and loops with bounds known from the text. What it cannot
// read is an error with its line, so a pair is never judged on a wrong reading.
import type { Token } from '../document/lex';
import { matchClose, splitTop } from '../document/brackets';
import { shapeOf, type Shape } from '../document/shape';
import { headerWord, type Stmt } from '../document/statements';
import { functionHeader } from '../document/helpers';
import { build, freeVariables, fromMathNode, num, substitute, sym, type Expr } from '../expr';
import { inlineHelpers } from '../analyze';
import { parseExpression } from '../syntax';
import { reductionNotes } from '../syntax/reductions';
import { guardValue } from './guards';
import { evalInt } from './intexpr';
import type { VectorLang } from './langs';
import { blockEnd, opensBlock, resolveFn, type FnDef, type Source } from './source';

export interface Item {
  e: Expr;
  line: number;
}

export type Value =
  | { kind: 'scalar'; e: Expr; line: number; attr?: Value }
  | { kind: 'array'; items: Map<number, Item>; fill?: Expr; line: number; length?: number }
  | { kind: 'tuple'; values: Value[]; line: number; names?: string[] }
  /** A parameter: `canon` bare, `canon[k]` its components (the pair's x, or data such as `params`). */
  | { kind: 'param'; canon: string };

export interface ExecError {
  line: number;
  message: string;
}

export interface ExecResult {
  env: Map<string, Value>;
  returned?: Value;
  /** R `attr(value, "gradient") <- …` on the returned value (nlm). */
  errors: ExecError[];
  /** First line where a parameter is used bare / by component (canon → line). */
  bare: Map<string, number>;
  indexed: Map<string, number>;
  getterUsed: Map<string, string>;
  aliases: Map<string, string>;
  parenUsed: Set<string>;
}

export interface ExecOptions {
  src: Source;
  vl: VectorLang;
  fn: FnDef;
  /** Values of the parameters by name (the pair's x as a `param`, an output as an empty array). */
  params: Map<string, Value>;
  /** Length of the pair's vector (from x0), for `len(x)`, `n`, loop bounds. */
  n?: number;
  /** Names standing for that length (`n` in C's `f(unsigned n, const double *x, …)`). */
  lengthNames?: string[];
  /** The pair's x (its canonical name): other parameters are data. */
  x?: string;
  /** Nesting of calls to the file's functions (a guard against recursion). */
  depth?: number;
  budget?: { steps: number };
}

const STATEMENT_BUDGET = 20_000;
const ALLOC_METHODS = new Set(['set_size', 'zeros', 'setZero', 'resize', 'reshape', 'set_length', 'clear']);

/** What an `if` left for a following `else`: it ran (skip the else), it was skipped (run it), or no guard. */
type Branch = 'ran' | 'skipped' | 'none';
const RAISE_WORDS = new Set([
  'raise',
  'throw',
  'error',
  'stop',
  'assert',
  'warning',
  'print',
  'println',
  'printf',
  'fprintf',
  'disp',
  'cat',
  'console',
]);
const LEN_CALLS = new Set(['len', 'length', 'numel', 'size', 'np.size', 'nrow', 'NROW']);

class Stop extends Error {}

export function execute(opts: ExecOptions): ExecResult {
  return new Executor(opts).run();
}

class Executor {
  private env = new Map<string, Value>();
  private ints = new Map<string, number>();
  private errors: ExecError[] = [];
  private bare = new Map<string, number>();
  private indexed = new Map<string, number>();
  private returned?: Value;
  /** Statements read so far, shared with the calls this reading makes (a loop of calls stays bounded). */
  private readonly budget: { steps: number };
  /** The statement being read (to resolve a function name defined in several scopes). */
  private at = 0;
  /** Parameters read through a getter (`gsl_vector_get(v, 0)`): their components are spelled that way. */
  readonly getterUsed = new Map<string, string>();
  /** Parameters read as `m(0)` (C++ Eigen/dlib/Armadillo): their components are spelled that way. */
  readonly parenUsed = new Set<string>();
  /** Local names of parameters (`double *p = (double *)params`), for spelling data in points. */
  readonly aliases = new Map<string, string>();
  private ph = 0;
  private readonly src: Source;
  private readonly vl: VectorLang;
  private readonly fnDef: FnDef;
  private readonly outputs: Set<string>;

  constructor(private readonly opts: ExecOptions) {
    this.src = opts.src;
    this.vl = opts.vl;
    this.fnDef = opts.fn;
    this.budget = opts.budget ?? { steps: 0 };
    for (const [k, v] of opts.params) this.env.set(k, v);
    for (const c of opts.src.constants) if (Number.isInteger(c[1])) this.ints.set(c[0], c[1]);
    if (opts.n !== undefined) for (const l of opts.lengthNames ?? []) this.ints.set(l, opts.n);
    this.outputs = new Set([...opts.params].filter(([, v]) => v.kind === 'array').map(([k]) => k));
  }

  run(): ExecResult {
    const fn = this.fnDef;
    try {
      this.at = fn.expr?.stmt ?? fn.header;
      if (fn.expr) {
        const s = this.src.stmts[fn.expr.stmt];
        this.returned = this.value(s, fn.expr.range[0], fn.expr.range[1]);
      } else {
        this.block(fn.body[0], fn.body[1], true);
      }
    } catch (e) {
      if (!(e instanceof Stop)) this.errors.push({ line: fn.line, message: (e as Error).message });
    }
    return {
      env: this.env,
      returned: this.returned,
      errors: this.errors,
      bare: this.bare,
      indexed: this.indexed,
      getterUsed: this.getterUsed,
      aliases: this.aliases,
      parenUsed: this.parenUsed,
    };
  }

  private fail(line: number, message: string): never {
    this.errors.push({ line, message });
    throw new Stop();
  }

  private line(s: Stmt | Token): number {
    return this.src.lineAt(s.start);
  }

  /** Runs statements [from, to); `top` marks the function's own body (for implicit returns). */
  private block(from: number, to: number, top: boolean): void {
    const { stmts } = this.src;
    let lastGuard: Branch = 'none';
    for (let j = from; j < to && this.returned === undefined; j++) {
      if (++this.budget.steps > STATEMENT_BUDGET) this.fail(this.line(stmts[j]), 'too many statements to follow (a long loop?)');
      const s = stmts[j];
      if (s.close) continue;
      if (opensBlock(this.src, j)) {
        const end = Math.min(blockEnd(this.src, j), to);
        const inner = end > j + 1 && stmts[end - 1].close ? end - 1 : end;
        lastGuard = this.header(j, s, inner, lastGuard);
        j = end - 1;
        continue;
      }
      lastGuard = 'none';
      const isLast = top && this.lastStatement(j, to);
      this.at = j;
      this.statement(s, this.src.shapes[j], isLast);
    }
  }

  private lastStatement(j: number, to: number): boolean {
    for (let k = j + 1; k < to; k++) if (!this.src.stmts[k].close) return false;
    return true;
  }

  /** A block header: guards run (or not), loops unroll, nested functions are skipped. Says what a following `else` must do. */
  private header(j: number, s: Stmt, inner: number, before: Branch): Branch {
    let word = headerWord(s);
    const line = this.line(s);
    let t = s.toks;
    // `} else if (…) {`
    if (word === 'else' && t[1]?.text === 'if') {
      word = 'elif';
      t = t.slice(1);
    }
    if (word === 'if' || word === 'elif' || word === 'elseif') {
      if (word !== 'if' && before === 'ran') return 'ran'; // a branch already taken
      if (word !== 'if' && before === 'none') this.fail(line, `branch at line ${line} is not followed`);
      const cond = this.condition(t);
      const g = this.guard(t, cond[0], cond[1]);
      if (g === true) {
        this.block(j + 1, inner, false);
        return 'ran';
      }
      if (g === false) return 'skipped';
      if (this.onlyRaises(j + 1, inner)) return 'none';
      this.fail(line, `branch at line ${line} (${this.text(t, 0, t.length)}) is not followed`);
    }
    if (word === 'else') {
      if (before === 'ran') return 'none';
      if (before === 'skipped') {
        this.block(j + 1, inner, false);
        return 'none';
      }
      if (this.onlyRaises(j + 1, inner)) return 'none';
      this.fail(line, `branch at line ${line} (else) is not followed`);
    }
    if (word === 'for' || word === 'parfor') {
      this.loop(j, s, inner);
      return 'none';
    }
    if (word === 'while' || word === 'do' || word === 'repeat') this.fail(line, `loop at line ${line} (${word}) is not followed`);
    if (word === 'def' || word === 'function' || word === 'class' || word === 'struct' || functionHeader(s, this.src.fam)) return 'none';
    if (word === 'try' || word === 'with' || word === 'begin' || word === 'let' || word === 'do') {
      this.block(j + 1, inner, false);
      return 'none';
    }
    // C/C++/JS `{` after something else (a lambda, a scope): read its body as ours
    if (t.length === 0) {
      this.block(j + 1, inner, false);
      return 'none';
    }
    this.fail(line, `block at line ${line} (${this.text(t, 0, Math.min(t.length, 6))}) is not followed`);
  }

  /** The condition's tokens in an `if` header: without `if`, parentheses and a trailing `:`/`then`. */
  private condition(t: Token[]): [number, number] {
    let a = 1;
    let b = t.length;
    if (t[b - 1]?.text === ':' || t[b - 1]?.text === 'then') b--;
    if (t[a]?.text === '(' && matchClose(t, a, b) === b) {
      a++;
      b--;
    }
    return [a, b];
  }

  /** A test of the outputs (`if grad.size > 0`, `if (jacobians == NULL)`): whether it holds when the gradient is asked for. */
  private guard(t: Token[], a: number, b: number): boolean | undefined {
    const outs = new Set([...this.outputs, ...(this.fnDef.outputs ?? [])]);
    return guardValue(t, a, b, outs, Math.max(1, this.fnDef.outputs?.length ?? 1));
  }

  /** A block that only prints, raises or counts (`if (verbose) { printf(…); }`): nothing the math depends on. */
  private onlyRaises(from: number, to: number): boolean {
    for (let k = from; k < to; k++) {
      const s = this.src.stmts[k];
      if (s.close) continue;
      const t = s.toks;
      const w = t[0]?.text;
      if (!w) continue;
      const sh = this.src.shapes[k];
      const ok =
        RAISE_WORDS.has(w) ||
        (w === 'return' && t.length <= 2) ||
        this.src.fam.loopBranch.has(w) ||
        w === '++' ||
        w === '--' ||
        (sh.head > 0 && !t.some((x) => x.text === '=')) ||
        (t.length === 2 && (t[1].text === '++' || t[1].text === '--'));
      if (!ok) return false;
      // nothing the function computes is touched
      for (const x of t) if (x.kind === 'id' && (this.env.get(x.text)?.kind === 'array' || this.outputs.has(x.text))) return false;
      if (sh.kind === 'assign' && sh.names.some((n) => this.env.has(n))) return false;
    }
    return true;
  }

  /** Unrolls `for i in range(a, b)`, `for (int i = a; i < b; i++)`, `for i = 1:n`, `for (i in 1:n)`. */
  private loop(j: number, s: Stmt, inner: number): void {
    const line = this.line(s);
    const r = this.loopRange(s.toks);
    if (!r)
      this.fail(
        line,
        `loop at line ${line} (${this.text(s.toks, 0, Math.min(s.toks.length, 12))}) has bounds that are not known from the text`,
      );
    const { name, values } = r;
    if (values.length > 5000) this.fail(line, `loop at line ${line} runs more than 5000 times: too long to follow`);
    const saved = this.ints.get(name);
    for (const v of values) {
      this.ints.set(name, v);
      this.env.delete(name);
      this.block(j + 1, inner, false);
      if (this.returned !== undefined) break;
    }
    if (saved === undefined) this.ints.delete(name);
    else this.ints.set(name, saved);
  }

  private loopRange(t: Token[]): { name: string; values: number[] } | undefined {
    const int = (a: number, b: number) => this.int(t, a, b);
    const seq = (lo: number | undefined, hi: number | undefined, step = 1, inclusive = false) => {
      if (lo === undefined || hi === undefined || step === 0) return undefined;
      const out: number[] = [];
      for (let v = lo; step > 0 ? (inclusive ? v <= hi : v < hi) : inclusive ? v >= hi : v > hi; v += step) {
        out.push(v);
        if (out.length > 5001) break;
      }
      return out;
    };
    let k = 1;
    let end = t.length;
    if (t[end - 1]?.text === ':') end--;
    if (t[k]?.text === '(' && matchClose(t, k, end) === end) {
      k++;
      end--;
    }
    // C / JS: for (int i = a; i < b; i++)
    const semis = t.map((x, i) => (x.text === ';' ? i : -1)).filter((i) => i >= 0);
    if (semis.length >= 2 || (this.src.fam.blocks === 'braces' && this.src.lang !== 'r')) {
      // the statement splitter ends statements at `;`: a C for header is split; read the raw text
      return this.cFor(t);
    }
    const nameTok = t[k];
    if (!nameTok || nameTok.kind !== 'id') return undefined;
    const sep = t[k + 1];
    if (!sep || !(sep.text === 'in' || sep.text === '=' || sep.text === '∈')) return undefined;
    const a = k + 2;
    const parts = splitTop(t, a, end, ':');
    if (t[a]?.text === 'range' && t[a + 1]?.text === '(') {
      const c = matchClose(t, a + 1, end);
      const args = splitTop(t, a + 2, c - 1);
      const vals = args.map(([x, y]) => int(x, y));
      if (args.length === 1) return wrap(nameTok.text, seq(0, vals[0]));
      return wrap(nameTok.text, seq(vals[0], vals[1], args.length === 3 ? vals[2] : 1));
    }
    if ((t[a]?.text === 'seq_len' || t[a]?.text === 'seq_along' || t[a]?.text === 'eachindex') && t[a + 1]?.text === '(') {
      const c = matchClose(t, a + 1, end);
      const n = t[a].text === 'seq_len' ? int(a + 2, c - 1) : this.lengthOf(t, a + 2, c - 1);
      return wrap(nameTok.text, seq(1, n, 1, true));
    }
    if (parts.length === 2) return wrap(nameTok.text, seq(int(...parts[0]), int(...parts[1]), 1, true));
    if (parts.length === 3) {
      const step = int(...parts[1]);
      return wrap(nameTok.text, seq(int(...parts[0]), int(...parts[2]), step, true));
    }
    return undefined;
    function wrap(name: string, values: number[] | undefined) {
      return values ? { name, values } : undefined;
    }
  }

  /** `for (int i = a; i < b; i++)` from the header's source text (the splitter cut it at `;`). */
  private cFor(t: Token[]): { name: string; values: number[] } | undefined {
    const text = this.src.text.slice(t[0].start, t[t.length - 1].end);
    const m =
      /^for\s*\(\s*(?:(?:unsigned|int|long|size_t|let|var|const|auto|std::size_t)\s+)*([A-Za-z_]\w*)\s*=\s*([^;]+);\s*\1\s*(<=|<|>=|>|!=)\s*([^;]+);\s*(\+\+\1|\1\+\+|--\1|\1--|\1\s*\+=\s*\d+|\1\s*-=\s*\d+)\s*\)\s*$/.exec(
        text,
      );
    if (!m) return undefined;
    const val = (s: string) => {
      const toks = tokenize(s);
      return toks ? this.int(toks, 0, toks.length) : undefined;
    };
    const lo = val(m[2]);
    const hi = val(m[4]);
    const stepText = m[5].replace(/\s/g, '');
    const step = stepText.includes('++')
      ? 1
      : stepText.includes('--')
        ? -1
        : Number(stepText.replace(/^.*[+-]=/, '')) * (stepText.includes('-=') ? -1 : 1);
    if (lo === undefined || hi === undefined || !step) return undefined;
    const out: number[] = [];
    const cmp = m[3];
    for (let v = lo; cmp === '<' ? v < hi : cmp === '<=' ? v <= hi : cmp === '>' ? v > hi : cmp === '>=' ? v >= hi : v !== hi; v += step) {
      out.push(v);
      if (out.length > 5001) break;
    }
    return { name: m[1], values: out };
  }

  /** An integer from tokens: loop counters, integer constants, `len(x)` of a vector of known length. */
  private int(t: Token[], a: number, b: number): number | undefined {
    return evalInt(t, a, b, (name, k) => {
      if (this.ints.has(name)) return { value: this.ints.get(name)!, next: k + 1 };
      const v = this.env.get(name);
      if (v?.kind === 'scalar') return undefined;
      if (name === 'end' && this.opts.n !== undefined) return { value: this.opts.n, next: k + 1 };
      const len = this.lenCall(t, k, b);
      return len;
    });
  }

  /** `len(x)`, `length(x)`, `numel(x)`, `size(x, 1)`, `x.size`, `x.shape[0]`, `x.length` for the pair's vector. */
  private lenCall(t: Token[], k: number, b: number): { value: number; next: number } | undefined {
    const n = this.opts.n;
    if (n === undefined) return undefined;
    let name = t[k].text;
    let open = k + 1;
    if (t[k + 1]?.text === '.' && t[k + 2]?.kind === 'id' && t[k + 3]?.text === '(') {
      name += '.' + t[k + 2].text;
      open = k + 3;
    }
    if (LEN_CALLS.has(name) && t[open]?.text === '(') {
      const c = matchClose(t, open, b);
      const args = splitTop(t, open + 1, c - 1);
      if (this.isVector(t, args[0][0], args[0][1])) return { value: n, next: c };
    }
    if (this.isVector(t, k, k + 1) && t[k + 1]?.text === '.' && (t[k + 2]?.text === 'size' || t[k + 2]?.text === 'length'))
      return { value: n, next: k + 3 };
    if (
      this.isVector(t, k, k + 1) &&
      t[k + 1]?.text === '.' &&
      t[k + 2]?.text === 'shape' &&
      t[k + 3]?.text === '[' &&
      t[k + 4]?.text === '0' &&
      t[k + 5]?.text === ']'
    )
      return { value: n, next: k + 6 };
    return undefined;
  }

  private lengthOf(t: Token[], a: number, b: number): number | undefined {
    return this.isVector(t, a, b) ? this.opts.n : undefined;
  }

  /** Tokens [a, b) are the pair's vector parameter (or an alias of it). */
  private isVector(t: Token[], a: number, b: number): boolean {
    if (b !== a + 1 || t[a].kind !== 'id') return false;
    const v = this.env.get(t[a].text);
    return v?.kind === 'param' || (v?.kind === 'array' && v.length !== undefined);
  }

  private text(t: Token[], a: number, b: number): string {
    if (a >= b) return '';
    return this.src.text.slice(t[a].start, t[b - 1].end).replace(/\s+/g, ' ');
  }

  // ---- statements ----

  private statement(s: Stmt, sh: Shape, isLast: boolean): void {
    const t = s.toks;
    const line = this.line(s);
    const first = t[sh.head];
    // C/JS/R one-line guard: `if (grad) grad[0] = …;`
    if (first?.text === 'if' && t[sh.head + 1]?.text === '(') {
      const c = matchClose(t, sh.head + 1);
      const g = c < t.length ? this.guard(t, sh.head + 2, c - 1) : undefined;
      if (g !== undefined) {
        if (!g) return;
        const rest: Stmt = { ...s, toks: t.slice(c), start: t[c].start };
        this.statement(rest, shapeOf(rest, this.src.fam), false);
        return;
      }
      if (c < t.length && RAISE_WORDS.has(t[c].text)) return;
      this.fail(line, `branch at line ${line} (${this.text(t, 0, Math.min(c, t.length))}) is not followed`);
    }
    if (sh.kind === 'return') {
      const [a, b] = sh.value!;
      // `return true;` (Ceres): a status, not a value
      if (b === a + 1 && /^(true|false|True|False|TRUE|FALSE|nothing|None|NULL)$/.test(t[a].text)) {
        this.returned = { kind: 'tuple', values: [], line };
        return;
      }
      this.returned = a < b ? this.value(s, a, b) : undefined;
      if (this.returned === undefined) this.returned = { kind: 'tuple', values: [], line };
      return;
    }
    if (sh.kind === 'def') return;
    if (sh.kind === 'header') {
      // `for (…) g[i] = …;` without braces, a `while` on one line: not read, and said so
      if (first && this.src.fam.loopBranch.has(first.text)) this.fail(line, `${first.text} at line ${line} is not followed`);
      return;
    }
    // C/JS declarator lists: `double a = d->a, b = d->b;`, `let s = 0, t = 1`
    if (sh.head > 0 && sh.kind === 'assign') {
      const pieces = splitTop(t, sh.head, t.length);
      if (
        pieces.length > 1 &&
        pieces.every(([x, y]) => t[x]?.kind === 'id' && (y === x + 1 || t[x + 1]?.text === '=' || t[x + 1]?.text === '['))
      ) {
        for (const [x, y] of pieces) {
          const one: Stmt = { ...s, toks: [...t.slice(0, sh.head), ...t.slice(x, y)] };
          this.statement(one, shapeOf(one, this.src.fam), false);
        }
        return;
      }
    }
    if (sh.kind === 'assign') {
      this.assign(s, sh);
      return;
    }
    // declarations: `double g[2];`, `column_vector res(2);`, `std::vector<double> g(n);`
    if (this.declaration(s, sh)) return;
    if (sh.kind === 'expr' && sh.value) {
      const [a, b] = sh.value;
      if (this.setter(s, a, b)) return;
      if (t[a]?.kind === 'id' && RAISE_WORDS.has(t[a].text)) return;
      if (isLast && this.vl.implicitReturn) {
        this.returned = this.value(s, a, b);
        return;
      }
      // allocation methods: gradient.set_size(2, 1), g.zeros(2), g.setZero(), g.resize(n)
      if (t[a]?.kind === 'id' && t[a + 1]?.text === '.' && ALLOC_METHODS.has(t[a + 2]?.text) && this.env.get(t[a].text)?.kind === 'array') {
        const arr = this.env.get(t[a].text) as Extract<Value, { kind: 'array' }>;
        if (/zero/i.test(t[a + 2].text)) {
          arr.items.clear();
          arr.fill = num(0);
        }
        return;
      }
      // a call that may write an output (`fill!(g, 0)`, `np.copyto(g, …)`) cannot be ignored
      for (let k = a; k < b; k++) {
        if (t[k].kind === 'id' && this.env.get(t[k].text)?.kind === 'array') {
          if (/^(fill!|fill)$/.test(t[a].text) && t[a + 1]?.text === '(') {
            this.fillCall(s, a, b);
            return;
          }
          this.fail(line, `statement at line ${line} (${this.text(t, a, b)}) is not understood`);
        }
      }
      return;
    }
  }

  /** Julia `fill!(g, 0)`. */
  private fillCall(s: Stmt, a: number, b: number): void {
    const t = s.toks;
    const c = matchClose(t, a + 1, b);
    const args = splitTop(t, a + 2, c - 1);
    const arr = this.env.get(t[args[0][0]].text);
    if (args.length !== 2 || arr?.kind !== 'array') this.fail(this.line(s), `statement at line ${this.line(s)} is not understood`);
    const e = this.scalar(s, args[1][0], args[1][1]);
    arr.items.clear();
    arr.fill = e;
  }

  /** `gsl_vector_set(df, 0, value)`. */
  private setter(s: Stmt, a: number, b: number): boolean {
    const t = s.toks;
    const spec = this.vl.setters[t[a]?.text];
    if (!spec || t[a + 1]?.text !== '(' || matchClose(t, a + 1, b) !== b) return false;
    const args = splitTop(t, a + 2, b - 1);
    const [vi, ii, xi] = spec;
    if (args.length <= Math.max(vi, ii, xi)) return false;
    const arrName = t[args[vi][0]].text;
    const arr = this.env.get(arrName);
    const line = this.line(s);
    if (arr?.kind !== 'array') this.fail(line, `${t[a].text} at line ${line} writes ${arrName}, which is not an output here`);
    const idx = this.int(t, ...args[ii]);
    if (idx === undefined) this.fail(line, `index ${this.text(t, ...args[ii])} at line ${line} is not known from the text`);
    arr.items.set(idx, { e: this.scalar(s, ...args[xi]), line: this.line(t[args[xi][0]]) });
    return true;
  }

  private declaration(s: Stmt, sh: Shape): boolean {
    const t = s.toks;
    // type name[N];  /  Type name(N);  /  double x, y;
    const k = sh.head;
    if (sh.kind !== 'expr' && sh.kind !== 'other') return false;
    if (k === 0 && !(this.src.lang === 'cpp' && t.length >= 4 && t[0].kind === 'id' && t[1].kind === 'id' && t[2].text === '('))
      return false;
    const nameAt = k === 0 ? 1 : k;
    const name = t[nameAt];
    if (!name || name.kind !== 'id') return false;
    const next = t[nameAt + 1];
    if (!next) {
      this.env.delete(name.text);
      return true;
    }
    if (next.text === '[' || (next.text === '(' && this.src.lang === 'cpp')) {
      const c = matchClose(t, nameAt + 1);
      const len = this.int(t, nameAt + 2, c - 1);
      this.env.set(name.text, { kind: 'array', items: new Map(), line: this.line(s), ...(len !== undefined ? { length: len } : {}) });
      return true;
    }
    if (next.text === ',') return true; // double x, y;
    return false;
  }

  private assign(s: Stmt, sh: Shape): void {
    const t = s.toks;
    const [ta, tb] = sh.target!;
    const [va, vb] = sh.value!;
    const op = sh.op!.text;
    const line = this.line(s);
    // a single name
    if (tb - ta === 1 && t[ta].kind === 'id') {
      const name = t[ta].text;
      if (op === '.=') {
        this.wholeWrite(s, name, va, vb);
        return;
      }
      if (op === '=' || op === '<-' || op === '<<-' || op === ':=') {
        const v = this.value(s, va, vb);
        if (v.kind === 'param' && v.canon !== name && !this.aliases.has(v.canon)) this.aliases.set(v.canon, name);
        this.env.set(name, v);
        this.ints.delete(name);
        const iv = this.int(t, va, vb);
        if (iv !== undefined) this.ints.set(name, iv);
        return;
      }
      const cur = this.env.get(name);
      if (cur?.kind !== 'scalar') this.fail(line, `${name} ${op} … at line ${line}: ${name} has no value before`);
      this.env.set(name, { kind: 'scalar', e: combine(op, cur.e, this.scalar(s, va, vb)), line });
      return;
    }
    // C: `double g[2] = {a, b}`, `double t = …` are handled by shape; here `name[…] = …`
    const name = t[ta];
    const open = t[ta + 1];
    // R attr(res, "gradient") <- c(…)
    if (name?.text === 'attr' && open?.text === '(' && matchClose(t, ta + 1, tb) === tb) {
      this.attr(s, ta, tb, va, vb);
      return;
    }
    if (name?.kind === 'id' && open && (open.text === '[' || (open.text === '(' && this.vl.parenIndex))) {
      const c = matchClose(t, ta + 1, tb);
      if (sh.head > 0 && c === tb && open.text === '[') {
        // a declaration with an initializer: `double g[2] = {a, b}`
        this.env.set(name.text, this.value(s, va, vb));
        return;
      }
      let arr = this.env.get(name.text);
      if (arr === undefined && this.fnDef.outputs?.includes(name.text)) {
        arr = { kind: 'array', items: new Map(), line };
        this.env.set(name.text, arr);
      }
      if (arr?.kind !== 'array') this.fail(line, `${this.text(t, ta, tb)} at line ${line}: ${name.text} is not an array written here`);
      // g[:] = …, G[:] .= …: the whole array
      if (c - (ta + 2) === 1 && t[ta + 2].text === ':') {
        this.wholeWrite(s, name.text, va, vb);
        return;
      }
      let idxs = splitTop(t, ta + 2, c - 1);
      let cc = c;
      // Ceres jacobians[b][k]: parameter block b, component k
      let block: number | undefined;
      if (cc < tb && t[cc].text === '[') {
        const c2 = matchClose(t, cc, tb);
        block = this.int(t, ta + 2, c - 1);
        if (block === undefined) this.fail(line, `${this.text(t, ta, tb)} at line ${line}: the block is not known from the text`);
        idxs = splitTop(t, cc + 1, c2 - 1);
        cc = c2;
      }
      // MATLAB g(k, 1) / g(1, k): a column or row vector
      if (idxs.length === 2 && this.src.lang === 'matlab') {
        const i2 = this.int(t, ...idxs[1]);
        const i1 = this.int(t, ...idxs[0]);
        if (i2 === 1) idxs = [idxs[0]];
        else if (i1 === 1) idxs = [idxs[1]];
      }
      if (cc !== tb || idxs.length !== 1) this.fail(line, `${this.text(t, ta, tb)} at line ${line}: not one component`);
      const k0 = this.int(t, ...idxs[0]);
      if (k0 === undefined) this.fail(line, `index ${this.text(t, ...idxs[0])} at line ${line} is not known from the text`);
      const idx = block === undefined ? k0 : blockKey(block, k0);
      const value = this.scalar(s, va, vb);
      const prev = arr.items.get(idx)?.e ?? arr.fill;
      if (op !== '=' && op !== '<-') {
        if (prev === undefined) this.fail(line, `${this.text(t, ta, tb)} ${op} … at line ${line}: no value before`);
        arr.items.set(idx, { e: combine(op, prev, value), line: arr.items.get(idx)?.line ?? line });
      } else {
        arr.items.set(idx, { e: value, line: this.line(t[va]) });
      }
      return;
    }
    // tuples: a, b = x  /  x1, x2 = e1, e2  /  [a, b] = deal(…)
    if (sh.names.length > 1) {
      const v = this.value(s, va, vb);
      const parts = this.components(v, sh.names.length, line);
      sh.names.forEach((n, k) => this.env.set(n, parts[k]));
      return;
    }
    // attribute targets (self.x = …) and the like are not read; an output written that way is
    for (let k = ta; k < tb; k++)
      if (this.outputs.has(t[k].text)) this.fail(line, `assignment at line ${line} (${this.text(t, ta, tb)}) is not understood`);
  }

  /** The values of `a, b = v`: a tuple's, an array's items, a vector's components. */
  private components(v: Value, count: number, line: number): Value[] {
    if (v.kind === 'tuple' && v.values.length === count) return v.values;
    if (v.kind === 'array') {
      return Array.from({ length: count }, (_, k) => {
        const it = v.items.get(k + this.vl.base);
        if (!it) this.fail(line, `unpacking at line ${line}: component ${k + this.vl.base} is not known`);
        return { kind: 'scalar' as const, e: it.e, line: it.line };
      });
    }
    if (v.kind === 'param') {
      this.indexed.set(v.canon, this.indexed.get(v.canon) ?? line);
      return Array.from({ length: count }, (_, k) => ({ kind: 'scalar' as const, e: sym(`${v.canon}[${k + this.vl.base}]`), line }));
    }
    this.fail(line, `unpacking at line ${line} into ${count} names is not understood`);
  }

  private wholeWrite(s: Stmt, name: string, va: number, vb: number): void {
    const line = this.line(s);
    const arr = this.env.get(name);
    if (arr?.kind !== 'array') this.fail(line, `${name} at line ${line} is not an array written here`);
    const v = this.value(s, va, vb);
    if (v.kind === 'array') {
      arr.items.clear();
      for (const [k, it] of v.items) arr.items.set(k, it);
      arr.fill = v.fill;
      return;
    }
    if (v.kind === 'scalar') {
      arr.items.clear();
      arr.fill = v.e;
      return;
    }
    this.fail(line, `${name} at line ${line}: the value written is not understood`);
  }

  private attr(s: Stmt, ta: number, tb: number, va: number, vb: number): void {
    const t = s.toks;
    const args = splitTop(t, ta + 2, tb - 1);
    const line = this.line(s);
    const name = t[args[0][0]].text;
    const target = this.env.get(name);
    const what = args[1] ? t[args[1][0]].text.replace(/['"]/g, '') : '';
    if (target?.kind !== 'scalar' || what !== 'gradient') this.fail(line, `attr(…) at line ${line} is not understood`);
    this.env.set(name, { ...target, attr: this.value(s, va, vb) });
  }

  // ---- values ----

  /** A value: an array literal or constructor, an alias of an array or vector, a tuple, or a scalar. */
  value(s: Stmt, a: number, b: number): Value {
    const t = s.toks;
    const line = this.line(t[a] ?? s);
    if (a >= b) this.fail(line, `empty value at line ${line}`);
    // C cast `(double *) params` / `(const double *)p`: the name it casts
    if (t[a].text === '(') {
      const c = matchClose(t, a, b);
      if (
        c === b - 1 &&
        t[c].kind === 'id' &&
        t.slice(a + 1, c - 1).every((x) => x.kind === 'id' || x.text === '*') &&
        this.env.has(t[c].text)
      )
        return this.env.get(t[c].text)!;
    }
    // C++ reinterpret_cast<T*>(p), static_cast<T>(p): the name it casts
    if (/^(reinterpret_cast|static_cast|const_cast|dynamic_cast)$/.test(t[a].text) && t[b - 1].text === ')') {
      const open = t.findIndex((x, i) => i > a && x.text === '(');
      if (open > 0 && matchClose(t, open, b) === b && b - open === 3 && this.env.has(t[open + 1].text))
        return this.env.get(t[open + 1].text)!;
    }
    // JS `fxprime = fxprime || [0, 0]`: the output when it is given
    if (b > a + 2 && t[a].kind === 'id' && t[a + 1].text === '||' && this.env.get(t[a].text)?.kind === 'array')
      return this.env.get(t[a].text)!;
    // a name: an alias of an array / vector, or a scalar
    if (b === a + 1 && t[a].kind === 'id') {
      const v = this.env.get(t[a].text);
      // a local scalar keeps the line where it was computed (a component's line is where its math is)
      if (v) return v;
    }
    // data reached through a parameter (`d->a`, `d.a`, `d$a` of a `void *data`): a data value named like the local
    if (
      b === a + 3 &&
      t[a].kind === 'id' &&
      (t[a + 1].text === '->' || t[a + 1].text === '.' || t[a + 1].text === '$') &&
      t[a + 2].kind === 'id'
    ) {
      const v = this.env.get(t[a].text);
      if (v?.kind === 'param' && v.canon !== this.opts.x) return { kind: 'scalar', e: sym(t[a + 2].text), line };
    }
    // Python [0] * 5, 5 * [0.0]
    if (this.src.lang === 'python') {
      const rep = this.repetition(t, a, b);
      if (rep) return { kind: 'array', items: new Map(), fill: this.scalar(s, ...rep.fill), line, length: rep.n };
    }
    // top-level commas: a tuple `a, b` (Python return)
    const parts = splitTop(t, a, b);
    if (parts.length > 1) return this.tuple(s, parts, line);
    // [a, b], {a, b}, (a, b)
    const open = t[a];
    if (open.kind === 'open' && matchClose(t, a, b) === b && this.vl.literalOpens.includes(open.text)) {
      const inner = splitTop(t, a + 1, b - 1);
      const rows =
        this.src.lang === 'matlab' || this.src.lang === 'julia'
          ? inner.flatMap(([x, y]) => splitTop(t, x, y, ';')).flatMap(([x, y]) => this.splitLines(t, x, y))
          : inner;
      if (open.text === '(' && rows.length === 1) return this.scalarValue(s, a, b);
      return this.tuple(
        s,
        rows.filter(([x, y]) => y > x),
        line,
      );
    }
    // constructors: np.array([…], float), c(a, b), np.zeros(2), zeros(2, 1), similar(x)
    const call = this.callAt(t, a, b);
    if (call) {
      const { name, args } = call;
      // R list("objective" = …, "gradient" = …) (nloptr)
      if (name === 'list' && this.src.lang === 'r') {
        const names = args.map(([x]) => (t[x + 1]?.text === '=' ? t[x].text.replace(/^["'`]|["'`]$/g, '') : ''));
        const values = args.map(([x, y]) => this.value(s, t[x + 1]?.text === '=' ? x + 2 : x, y));
        return { kind: 'tuple', values, line, names };
      }
      if (this.src.fns.has(name)) return this.callValue(s, a, b, line);
      if (this.vl.listCalls.includes(name) && args.length >= 1) {
        const v = this.value(s, ...args[0]);
        if (v.kind === 'tuple' || v.kind === 'array') return v.kind === 'tuple' ? this.asArray(v, line) : v;
        return v;
      }
      if (this.vl.elementCalls.includes(name)) {
        // R c(x1 = …) names its elements: drop the names
        const elems = args.map(([x, y]) =>
          t[x + 1]?.text === '=' && t[x].kind === 'id' ? ([x + 2, y] as [number, number]) : ([x, y] as [number, number]),
        );
        if (elems.length === 1) {
          const v = this.value(s, ...elems[0]);
          if (v.kind !== 'scalar') return v;
        }
        return this.tuple(s, elems, line);
      }
      const zeros = this.vl.zeros.includes(name);
      if (zeros || this.vl.empty.includes(name)) {
        // rep(0, n) / fill(0.0, n): the value is the first argument
        let fill: Expr | undefined = zeros ? num(0) : undefined;
        if ((name === 'rep' || name === 'fill') && args.length >= 1) fill = this.scalar(s, ...args[0]);
        const len = args.length >= 1 ? (this.int(t, ...args[args.length - 1]) ?? this.lengthOf(t, ...args[0])) : undefined;
        return { kind: 'array', items: new Map(), line, ...(fill ? { fill } : {}), ...(len !== undefined ? { length: len } : {}) };
      }
    }
    return this.scalarValue(s, a, b);
  }

  /** MATLAB/Julia `[a\n b]`: a line break between two operands inside brackets separates rows. */
  private splitLines(t: Token[], a: number, b: number): [number, number][] {
    const out: [number, number][] = [];
    let d = 0;
    let start = a;
    for (let k = a; k < b; k++) {
      if (t[k].kind === 'open') d++;
      else if (t[k].kind === 'close') d--;
      if (
        k > a &&
        d === 0 &&
        t[k].kind !== 'close' &&
        this.src.text.slice(t[k - 1].end, t[k].start).includes('\n') &&
        !(t[k - 1].kind === 'op' && !["'", ".'"].includes(t[k - 1].text)) &&
        t[k].kind !== 'op'
      ) {
        out.push([start, k]);
        start = k;
      }
    }
    out.push([start, b]);
    return out;
  }

  /** `f(a, b)` of a function defined in the file: its body read with the arguments' values. */
  private callValue(s: Stmt, k: number, c: number, line: number): Value {
    const t = s.toks;
    const fn = resolveFn(this.src, t[k].text, this.at) ?? this.src.fns.get(t[k].text)!;
    if ((this.opts.depth ?? 0) > 8) this.fail(line, `${fn.name}(…) at line ${line}: calls nested too deeply`);
    const args = c - 1 > k + 2 ? splitTop(t, k + 2, c - 1) : [];
    const params = new Map<string, Value>();
    fn.params.forEach((p, i) => {
      if (args[i]) params.set(p, this.value(s, ...args[i]));
    });
    const r = execute({ ...this.opts, fn, params, depth: (this.opts.depth ?? 0) + 1, budget: this.budget });
    if (r.errors.length) this.fail(r.errors[0].line, `in ${fn.name}, called at line ${line}: ${r.errors[0].message}`);
    for (const [kk, v] of r.bare) if (!this.bare.has(kk)) this.bare.set(kk, v);
    for (const [kk, v] of r.indexed) if (!this.indexed.has(kk)) this.indexed.set(kk, v);
    const out = fn.outputs?.length ? r.env.get(fn.outputs[0]) : r.returned;
    if (!out) this.fail(line, `${fn.name}(…) at line ${line} returns nothing that is read`);
    return out;
  }

  /** A function name defined more than once: read the definition in scope, not the inlined helper. */
  private redefined(name: string): boolean {
    return (this.src.defs.get(name)?.length ?? 0) > 1;
  }

  /** `[v] * n` or `n * [v]`. */
  private repetition(t: Token[], a: number, b: number): { fill: [number, number]; n: number } | undefined {
    const list = (x: number, y: number) =>
      t[x]?.text === '[' && matchClose(t, x, y) === y && splitTop(t, x + 1, y - 1).length === 1
        ? ([x + 1, y - 1] as [number, number])
        : undefined;
    for (let k = a; k < b; k++) {
      if (t[k].text !== '*' || t[k].kind !== 'op') continue;
      const l = list(a, k);
      const r = list(k + 1, b);
      if (l) {
        const n = this.int(t, k + 1, b);
        if (n !== undefined) return { fill: l, n };
      }
      if (r) {
        const n = this.int(t, a, k);
        if (n !== undefined) return { fill: r, n };
      }
    }
    return undefined;
  }

  private scalarValue(s: Stmt, a: number, b: number): Value {
    return { kind: 'scalar', e: this.scalar(s, a, b), line: this.line(s.toks[a]) };
  }

  private tuple(s: Stmt, parts: [number, number][], line: number): Value {
    const values = parts.map(([x, y]) => this.value(s, x, y));
    return values.every((v) => v.kind === 'scalar') ? this.asArray({ kind: 'tuple', values, line }, line) : { kind: 'tuple', values, line };
  }

  private asArray(v: { kind: 'tuple'; values: Value[]; line?: number }, line: number): Value {
    const items = new Map<number, Item>();
    for (let k = 0; k < v.values.length; k++) {
      const x = v.values[k];
      if (x.kind !== 'scalar') return { kind: 'tuple', values: v.values, line };
      items.set(k + this.vl.base, { e: x.e, line: x.line });
    }
    return { kind: 'array', items, line, length: v.values.length };
  }

  /** A call spanning [a, b): its dotted name (`np.array`, `new Float64Array`) and argument ranges. */
  private callAt(t: Token[], a: number, b: number): { name: string; args: [number, number][] } | undefined {
    let k = a;
    let name = '';
    if (t[k]?.text === 'new') {
      name = 'new ';
      k++;
    }
    if (t[k]?.kind !== 'id') return undefined;
    name += t[k].text;
    k++;
    while ((t[k]?.text === '.' || t[k]?.text === '::') && t[k + 1]?.kind === 'id') {
      name += t[k].text + t[k + 1].text;
      k += 2;
    }
    // Julia Vector{Float64}(undef, n), C++ std::vector<double>
    if (t[k]?.text === '{') {
      const c = matchClose(t, k, b);
      name += this.src.text.slice(t[k].start, t[c - 1].end);
      k = c;
    }
    if (t[k]?.text !== '(' || matchClose(t, k, b) !== b) return undefined;
    const args = b - 1 > k + 1 ? splitTop(t, k + 1, b - 1) : [];
    return { name, args };
  }

  /** The math of tokens [a, b): components and locals replaced by their expressions, then parsed. */
  scalar(s: Stmt, a: number, b: number): Expr {
    const t = s.toks;
    const binds: Record<string, Expr> = {};
    const line = this.line(t[a] ?? s);
    let out = '';
    let prevEnd = -1;
    const emit = (text: string, from: number, to: number) => {
      if (prevEnd >= 0) {
        const gap = this.src.text.slice(prevEnd, from);
        out += /^[ \t]*$/.test(gap) ? gap : ' ';
      }
      out += text;
      prevEnd = to;
    };
    const bind = (e: Expr) => {
      const name = `zq${this.ph++}zq`;
      binds[name] = e;
      return name;
    };
    for (let k = a; k < b; k++) {
      const x = t[k];
      if (x.kind !== 'id' || (k > a && (t[k - 1].text === '.' || t[k - 1].text === '::'))) {
        emit(x.text, x.start, x.end);
        continue;
      }
      // integers known here: loop counters, len(x)
      const len = this.lenCall(t, k, b);
      if (len) {
        emit(`(${len.value})`, x.start, t[len.next - 1].end);
        k = len.next - 1;
        continue;
      }
      if (this.ints.has(x.text) && !this.env.has(x.text)) {
        emit(`(${this.ints.get(x.text)})`, x.start, x.end);
        continue;
      }
      // C++ ElemType(1.5), T(2): a conversion to a type of the file, the value unchanged
      if (this.src.typeNames.has(x.text) && t[k + 1]?.text === '(') {
        continue;
      }
      // Julia one(T), zero(T), convert(T, v): a number, written generically
      const conv = this.vl.conversions?.[x.text];
      if (conv !== undefined && t[k + 1]?.text === '(') {
        const c = matchClose(t, k + 1, b);
        const args = splitTop(t, k + 2, c - 1);
        if ('value' in conv) {
          emit(`(${conv.value})`, x.start, t[c - 1].end);
          k = c - 1;
          continue;
        }
        if (args[conv.arg]) {
          emit(bind(this.scalar(s, ...args[conv.arg])), x.start, t[c - 1].end);
          k = c - 1;
          continue;
        }
      }
      // a function of the file that is more than one expression: read it with these arguments
      if (
        t[k + 1]?.text === '(' &&
        (!(x.text in this.src.helpers) || this.redefined(x.text)) &&
        this.src.fns.has(x.text) &&
        !this.env.has(x.text)
      ) {
        const c = matchClose(t, k + 1, b);
        const v = this.callValue(s, k, c, line);
        if (v.kind !== 'scalar') this.fail(line, `${x.text}(…) at line ${line} does not return a number`);
        emit(bind(v.e), x.start, t[c - 1].end);
        k = c - 1;
        continue;
      }
      // gsl_vector_get(v, 0)
      const getter = this.vl.getters[x.text];
      if (getter && t[k + 1]?.text === '(') {
        const c = matchClose(t, k + 1, b);
        const args = splitTop(t, k + 2, c - 1);
        const v = this.env.get(t[args[getter[0]][0]]?.text);
        if (v && args.length > getter[1]) {
          if (v.kind === 'param') this.getterUsed.set(v.canon, x.text);
          emit(bind(this.component(v, t[args[getter[0]][0]].text, t, args[getter[1]][0], args[getter[1]][1], line)), x.start, t[c - 1].end);
          k = c - 1;
          continue;
        }
      }
      const v = this.env.get(x.text);
      if (!v || (t[k + 1]?.text === '(' && !this.vl.parenIndex && v.kind === 'scalar')) {
        emit(x.text, x.start, x.end);
        continue;
      }
      const next = t[k + 1];
      if (v.kind !== 'scalar' && next && (next.text === '[' || (next.text === '(' && this.vl.parenIndex))) {
        const c = matchClose(t, k + 1, b);
        let c2 = c;
        let e: Expr;
        // parameters[b][k] (Ceres): parameter block b, component k
        if (t[c]?.text === '[' && v.kind === 'param') {
          c2 = matchClose(t, c, b);
          const blk = this.int(t, k + 2, c - 1);
          if (blk === undefined) this.fail(line, `${this.text(t, k, c2)} at line ${line}: the block is not known from the text`);
          e = this.component(v, x.text, t, c + 1, c2 - 1, line, blk);
        } else {
          e = this.component(v, x.text, t, k + 2, c - 1, line);
          if (next.text === '(' && v.kind === 'param') this.parenUsed.add(v.canon);
        }
        emit(bind(e), x.start, t[c2 - 1].end);
        k = c2 - 1;
        continue;
      }
      if (v.kind === 'scalar') {
        emit(bind(v.e), x.start, x.end);
        continue;
      }
      if (v.kind === 'param') {
        this.bare.set(v.canon, this.bare.get(v.canon) ?? line);
        emit(bind(sym(v.canon)), x.start, x.end);
        continue;
      }
      this.fail(line, `${x.text} at line ${line} is an array used as a whole, which is not read yet`);
    }
    try {
      const helperNames = Object.keys(this.src.helpers);
      const node = parseExpression(out, this.src.lang, { functions: helperNames });
      // np.sum(…), mean(…) over data arrays: read per element they could differ from the whole by a
      // count (np.mean against np.sum / len(y)), so no verdict rather than a false alarm
      if (reductionNotes(node).length)
        this.fail(
          line,
          `vectorized objective: the reduction in ${this.text(t, a, b)} at line ${line} (a sum or mean over an array) is not supported yet`,
        );
      const e = fromMathNode(helperNames.length ? inlineHelpers(this.src.helpers, this.src.lang)(node) : node);
      return Object.keys(binds).length ? substitute(e, binds) : e;
    } catch (e) {
      // an array function of the whole vector (np.dot(x, x), sum(x.^2)): a vectorized objective
      const x = this.opts.x;
      if (x !== undefined && this.bare.get(x) === line && Object.values(binds).some((v) => freeVariables(v).includes(x))) {
        this.fail(line, `vectorized objective: ${x} used as a whole array at line ${line} is not supported yet`);
      }
      const msg = (e as Error).message.replace(/zq(\d+)zq/g, '…');
      this.fail(line, `line ${line}: ${this.text(t, a, b)}: ${msg}`);
    }
  }

  /** Component `name[idx]` of a parameter or local array; slicing is a vectorized objective. */
  private component(v: Value, name: string, t: Token[], a: number, b: number, line: number, block?: number): Expr {
    for (let k = a; k < b; k++) {
      if (t[k].text === ':' || t[k].text === '...' || (t[k].text === 'end' && this.opts.n === undefined)) {
        this.fail(
          line,
          `vectorized objective: slicing ${name}${this.vl.spell === '()' ? '(' : '['}${this.text(t, a, b)}${this.vl.spell === '()' ? ')' : ']'} at line ${line} is not supported yet`,
        );
      }
    }
    const idxs = splitTop(t, a, b);
    if (idxs.length !== 1) this.fail(line, `${name}[${this.text(t, a, b)}] at line ${line}: a matrix element is not read yet`);
    let idx = this.int(t, a, b);
    if (idx === undefined) this.fail(line, `index ${this.text(t, a, b)} of ${name} at line ${line} is not known from the text`);
    // Python x[-1]: from the end
    if (idx < 0 && this.vl.base === 0 && this.opts.n !== undefined && this.src.lang === 'python') idx += this.opts.n;
    if (v.kind === 'param') {
      this.indexed.set(v.canon, this.indexed.get(v.canon) ?? line);
      return sym(block === undefined ? `${v.canon}[${idx}]` : `${v.canon}[${block}][${idx}]`);
    }
    if (v.kind === 'array') {
      const it = v.items.get(block === undefined ? idx : blockKey(block, idx));
      if (it) return it.e;
      if (v.fill) return v.fill;
      this.fail(line, `${name}[${idx}] at line ${line} is read before it is written`);
    }
    this.fail(line, `${name} at line ${line} is not a vector`);
  }
}

/** The key of component k of parameter block b in an array's items (Ceres `jacobians[b][k]`). */
export const BLOCK = 1_000_000;
export function blockKey(b: number, k: number): number {
  return BLOCK * (b + 1) + k;
}

function combine(op: string, a: Expr, b: Expr): Expr {
  switch (op) {
    case '+=':
      return build.add(a, b);
    case '-=':
      return build.sub(a, b);
    case '*=':
      return build.mul(a, b);
    case '/=':
      return build.div(a, b);
    case '^=':
    case '**=':
      return build.pow(a, b);
    default:
      return b;
  }
}

/** Tokens of a small text (loop bounds from a C for header). */
function tokenize(s: string): Token[] | undefined {
  const out: Token[] = [];
  const re = /\s*(?:(\d+)|([A-Za-z_]\w*)|(\/\/|[-+*/%()]))/y;
  let m: RegExpExecArray | null;
  let i = 0;
  while (i < s.length && (m = re.exec(s))) {
    const text = m[1] ?? m[2] ?? m[3];
    const kind = m[1] ? 'num' : m[2] ? 'id' : text === '(' ? 'open' : text === ')' ? 'close' : 'op';
    out.push({ kind, start: 0, end: 0, text });
    i = re.lastIndex;
  }
  return s.slice(i).trim() ? undefined : out;
}
