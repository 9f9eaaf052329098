// The LaTeX front-end: \frac, \sqrt[n]{}, ^{} and _{} (subscripts become part of names), \cdot,
// \left( \right), \sin^2 x, e^{…}, Greek letters, implicit products (`2x`, `xy` = x·y),
// \sigma(z) = sigmoid, \operatorname{softplus}. Produces the canonical mathjs nodes.
import type { MathNode } from '../mathjs';
import { charAt, inputError, MAX_DEPTH, tooDeep } from './errors';
import { bin, call, compare, conditional, neg, num, realRoot, sym, type CompareOp } from './nodes';
import type { ParseOptions, Statement } from './types';
import { CANONICAL, isCanonical } from './vocabulary';
import { has } from '../names';
import { EULER } from '../expr/constants';

interface Tok {
  kind: 'num' | 'letter' | 'cmd' | 'op' | 'end';
  text: string;
  start: number;
  value?: number;
}

export const GREEK = new Set([
  'alpha',
  'beta',
  'gamma',
  'delta',
  'epsilon',
  'zeta',
  'eta',
  'theta',
  'iota',
  'kappa',
  'lambda',
  'mu',
  'nu',
  'xi',
  'omicron',
  'rho',
  'sigma',
  'tau',
  'upsilon',
  'phi',
  'chi',
  'psi',
  'omega',
  'Gamma',
  'Delta',
  'Theta',
  'Lambda',
  'Xi',
  'Pi',
  'Sigma',
  'Upsilon',
  'Phi',
  'Psi',
  'Omega',
  'ell',
]);
/** \sin … \tanh, \exp, \ln, \log: named operators applied to the next factor or parenthesis. */
const FUNCTION_COMMANDS: Record<string, string> = {
  sin: 'sin',
  cos: 'cos',
  tan: 'tan',
  sec: 'sec',
  csc: 'csc',
  cot: 'cot',
  arcsin: 'asin',
  arccos: 'acos',
  arctan: 'atan',
  sinh: 'sinh',
  cosh: 'cosh',
  tanh: 'tanh',
  coth: 'coth',
  exp: 'exp',
  ln: 'log',
  log: 'log',
  lg: 'log10',
  max: 'max',
  min: 'min',
  sgn: 'sign',
  erf: 'erf',
  erfc: 'erfc',
};
const INVERSE: Record<string, string> = {
  sin: 'asin',
  cos: 'acos',
  tan: 'atan',
  sinh: 'asinh',
  cosh: 'acosh',
  tanh: 'atanh',
};
/** Names written with \operatorname{…} or \mathrm{…} that are functions. */
const OPERATOR_NAMES: Record<string, string> = {
  ...Object.fromEntries(Object.keys(CANONICAL).map((k) => [k, k])),
  ReLU: 'relu',
  Relu: 'relu',
  ReLu: 'relu',
  Softplus: 'softplus',
  sgn: 'sign',
  arcsinh: 'asinh',
  arccosh: 'acosh',
  arctanh: 'atanh',
  arsinh: 'asinh',
  arcosh: 'acosh',
  artanh: 'atanh',
  arcsec: 'asec',
  arccsc: 'acsc',
  arccot: 'acot',
  arsech: 'asech',
  arcsch: 'acsch',
  arcoth: 'acoth',
  arcsech: 'asech',
  arccsch: 'acsch',
  arccoth: 'acoth',
  LSE: 'logsumexp',
  LogSumExp: 'logsumexp',
  expit: 'sigmoid',
  logistic: 'sigmoid',
  sig: 'sigmoid',
  sigm: 'sigmoid',
};
/** Function names as plain letters (`sin(y)` without a backslash) → canonical names. */
const SPELLED: Record<string, string> = {
  sin: 'sin',
  cos: 'cos',
  tan: 'tan',
  exp: 'exp',
  log: 'log',
  ln: 'log',
  sinh: 'sinh',
  cosh: 'cosh',
  tanh: 'tanh',
  sigmoid: 'sigmoid',
  relu: 'relu',
  softplus: 'softplus',
  max: 'max',
  min: 'min',
  sqrt: 'sqrt',
  abs: 'abs',
};
export const IGNORED = new Set([
  ',',
  ';',
  '!',
  ':',
  ' ',
  'quad',
  'qquad',
  'displaystyle',
  'textstyle',
  'big',
  'Big',
  'bigg',
  'Bigg',
  'bigl',
  'bigr',
  'Bigl',
  'Bigr',
  'biggl',
  'biggr',
  'limits',
  'nonumber',
  'notag',
]);
const STYLE = new Set([
  'mathrm',
  'operatorname',
  'text',
  'mathit',
  'textrm',
  'mathsf',
  'textit',
  'mathbf',
  'boldsymbol',
  'bm',
  'mathcal',
  'mathbb',
  'vec',
  'mathscr',
  'mathfrak',
  'mathds',
  'mathbbm',
]);
/** Upright styles, in which a word is an operator's name (`\mathrm{max}`) rather than a product of letters. */
const UPRIGHT = new Set(['mathrm', 'text', 'textrm', 'mathsf', 'mathit']);
/** The indicator function's spellings: `\mathbb{1}(c)`, `\mathbb{I}(c)`, `\mathbf{1}\{c\}`. */
const INDICATORS = new Set(['mathbb{1}', 'mathbb{I}', 'mathbf{1}', 'mathds{1}', 'mathbbm{1}', 'mathrm{I}']);
const ACCENT: Record<string, string> = { hat: 'hat', bar: 'bar', tilde: 'tilde', overline: 'bar', widehat: 'hat', dot: 'dot' };

export function tokenizeLatex(text: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    const start = i;
    if (/\s/.test(c) || c === '~') {
      i++;
      continue;
    }
    if (c === '%') {
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? text.length : nl + 1;
      continue;
    }
    if (c === '\\') {
      const m = /^\\([A-Za-z]+|.)/s.exec(text.slice(i, i + 40));
      if (!m) throw inputError("unexpected '\\' at the end", text, i);
      i += m[0].length;
      if (IGNORED.has(m[1])) continue;
      out.push({ kind: 'cmd', text: m[1], start });
      continue;
    }
    if (/[0-9.]/.test(c)) {
      const m = /^(?:\d+(?:\.\d*)?|\.\d+)/.exec(text.slice(i, i + 400));
      if (!m) {
        out.push({ kind: 'op', text: c, start });
        i++;
        continue;
      } // a full stop: the parser says where
      i += m[0].length;
      out.push({ kind: 'num', text: m[0], start, value: Number(m[0]) });
      continue;
    }
    if (/\p{L}/u.test(c)) {
      out.push({ kind: 'letter', text: c, start });
      i++;
      continue;
    }
    if ("+-*/^_(){}[],=|'!<>&".includes(c)) {
      out.push({ kind: 'op', text: c, start });
      i++;
      continue;
    }
    throw inputError(`unexpected character '${charAt(text, i)}'`, text, i);
  }
  out.push({ kind: 'end', text: '', start: text.length });
  return out;
}

class LatexParser {
  pos: number;
  depth = 0;
  /** How a letter or symbol was read where notation varies (`B(a, b)` as the Beta function). */
  readonly notes: string[] = [];
  constructor(
    readonly text: string,
    readonly toks: Tok[],
    readonly users: ReadonlySet<string>,
    start = 0,
    public stop = toks.length - 1,
  ) {
    this.pos = start;
  }

  peek(k = 0): Tok {
    const i = this.pos + k;
    return i < this.stop ? this.toks[i] : { kind: 'end', text: '', start: this.toks[this.stop]?.start ?? this.text.length };
  }
  is(t: Tok, kind: Tok['kind'], text?: string): boolean {
    return t.kind === kind && (text === undefined || t.text === text);
  }
  err(msg: string, t: Tok = this.peek()): Error {
    return inputError(msg, this.text, t.start);
  }
  unexpected(t: Tok = this.peek()): Error {
    if (t.kind === 'end') return this.err('unexpected end of expression', t);
    return this.err(`unexpected '${t.kind === 'cmd' ? '\\' + t.text : t.text}'`, t);
  }
  expectOp(s: string, open?: Tok): void {
    const t = this.peek();
    if (!this.is(t, 'op', s)) {
      if (t.kind === 'end' && open) throw this.err(`unclosed '${open.text}'`, open);
      throw this.err(`expected '${s}'${t.kind === 'end' ? ' but the expression ended' : ''}`, t);
    }
    this.pos++;
  }
  enter(): void {
    if (++this.depth > MAX_DEPTH) throw tooDeep(this.text, this.peek().start);
  }

  parseAll(): MathNode {
    // A display formula often ends with punctuation.
    let stop = this.stop;
    while (stop > this.pos && (this.is(this.toks[stop - 1], 'op', ',') || this.is(this.toks[stop - 1], 'op', '.'))) stop--;
    if (stop === this.pos) throw this.err('expected an expression');
    const p = new LatexParser(this.text, this.toks, this.users, this.pos, stop);
    const e = p.expr();
    if (p.pos < p.stop) throw p.unexpected();
    this.notes.push(...p.notes);
    return e;
  }

  expr(): MathNode {
    this.enter();
    let left = this.term();
    for (;;) {
      const t = this.peek();
      if (this.is(t, 'op', '+')) {
        this.pos++;
        left = bin('+', left, this.term());
        continue;
      }
      if (this.is(t, 'op', '-')) {
        this.pos++;
        left = bin('-', left, this.term());
        continue;
      }
      break;
    }
    this.depth--;
    return left;
  }

  term(): MathNode {
    let left = this.unary();
    for (;;) {
      const t = this.peek();
      if (this.is(t, 'op', '*') || (t.kind === 'cmd' && (t.text === 'cdot' || t.text === 'times' || t.text === 'ast'))) {
        this.pos++;
        left = bin('*', left, this.unary());
        continue;
      }
      if (this.is(t, 'op', '/') || (t.kind === 'cmd' && t.text === 'div')) {
        this.pos++;
        left = bin('/', left, this.unary());
        continue;
      }
      if (this.startsFactor(t)) {
        left = bin('*', left, this.postfix());
        continue;
      }
      break;
    }
    return left;
  }

  unary(): MathNode {
    const t = this.peek();
    if (this.is(t, 'op', '-')) {
      this.pos++;
      this.enter();
      const u = neg(this.unary());
      this.depth--;
      return u;
    }
    if (this.is(t, 'op', '+')) {
      this.pos++;
      return this.unary();
    }
    return this.postfix();
  }

  startsFactor(t: Tok): boolean {
    if (t.kind === 'num' || t.kind === 'letter') return true;
    if (t.kind === 'op') return t.text === '(' || t.text === '{' || t.text === '[';
    if (t.kind === 'cmd') {
      return ![
        'cdot',
        'times',
        'ast',
        'div',
        'right',
        'rvert',
        'rbrace',
        '}',
        ')',
        'end',
        '\\',
        'le',
        'leq',
        'leqslant',
        'ge',
        'geq',
        'geqslant',
        'lt',
        'gt',
        'ne',
        'neq',
      ].includes(t.text);
    }
    return false;
  }

  /** primary followed by ^ exponents. */
  postfix(): MathNode {
    this.enter();
    let base = this.primary();
    while (this.is(this.peek(), 'op', '^')) {
      this.pos++;
      base = bin('^', base, this.script());
    }
    if (this.is(this.peek(), 'op', '!')) throw this.err("factorial '!' is not supported");
    if (this.is(this.peek(), 'op', "'")) throw this.err("primes (') are not supported");
    this.depth--;
    return base;
  }

  /** The argument of ^: a braced group or one token (TeX: x^23 is x²·3). */
  script(): MathNode {
    const t = this.peek();
    if (this.is(t, 'op', '{')) return this.group();
    // only the first digit is the exponent; the rest multiplies (TeX reads x^23 as x^2 3)
    if (t.kind === 'num') return this.firstDigit(t);
    if (this.is(t, 'op', '-')) {
      this.pos++;
      return neg(this.script());
    }
    if (t.kind === 'letter' || t.kind === 'cmd') return this.primary(true);
    throw this.unexpected(t);
  }

  group(): MathNode {
    const open = this.peek();
    this.expectOp('{');
    const e = this.expr();
    this.expectOp('}', open);
    return e;
  }

  /** Subscript text for a name: x_1, x_{12}, \theta_{ij}, x_{\max}. */
  subscript(): string {
    this.pos++; // '_'
    const t = this.peek();
    const piece = (u: Tok): string => {
      if (u.kind === 'num' || u.kind === 'letter') return u.text;
      if (u.kind === 'cmd' && /^[A-Za-z]+$/.test(u.text)) return u.text;
      if (this.is(u, 'op', ',')) return '';
      throw this.err('unsupported subscript', u);
    };
    if (this.is(t, 'op', '{')) {
      this.pos++;
      let s = '';
      while (!this.is(this.peek(), 'op', '}')) {
        if (this.peek().kind === 'end') throw this.err("unclosed '{'", t);
        s += piece(this.peek());
        this.pos++;
      }
      this.pos++;
      if (!s) throw this.err('empty subscript', t);
      return s;
    }
    if (t.kind === 'num') {
      this.pos++;
      return t.text[0] === t.text ? t.text : this.splitNumber(t);
    }
    const p = piece(t);
    this.pos++;
    return p;
  }

  /** The first digit of number token `t` (just consumed); the rest of the number stays as the next token. */
  splitNumber(t: Tok): string {
    const rest = t.text.slice(1);
    this.toks.splice(this.pos, 0, { kind: 'num', text: rest, start: t.start + 1, value: Number(rest) });
    this.stop++; // the split-off digits are one more token
    return t.text[0];
  }

  /** A one-token argument that is a number (`x^23`, `\frac12`): its first digit only. */
  firstDigit(t: Tok): MathNode {
    this.pos++;
    return num(Number(t.text.length > 1 ? this.splitNumber(t) : t.text));
  }

  withSubscript(name: string): string {
    return this.is(this.peek(), 'op', '_') ? `${name}_${this.subscript()}` : name;
  }

  /** A parenthesized group (…), \left( … \right), [ … ], { … } and its content. */
  paren(): MathNode | undefined {
    const t = this.peek();
    if (t.kind === 'cmd' && t.text === 'left') {
      const d = this.peek(1);
      this.pos += 2;
      const closeFor: Record<string, string> = {
        '(': ')',
        '[': ']',
        '{': '}',
        '|': '|',
        lvert: 'rvert',
        lbrace: 'rbrace',
        langle: 'rangle',
      };
      const key = d.kind === 'op' || d.kind === 'cmd' ? d.text : '';
      if (!has(closeFor, key)) throw this.err('unsupported \\left delimiter', d);
      const e = this.expr();
      const r = this.peek();
      if (!(r.kind === 'cmd' && r.text === 'right'))
        throw this.err(r.kind === 'end' ? "'\\left' without '\\right'" : 'expected \\right', r.kind === 'end' ? t : r);
      this.pos += 2;
      return key === '|' || key === 'lvert' ? call('abs', [e]) : e;
    }
    if (this.is(t, 'op', '(') || this.is(t, 'op', '[')) {
      this.pos++;
      const e = this.expr();
      this.expectOp(t.text === '(' ? ')' : ']', t);
      return e;
    }
    if (this.is(t, 'op', '{')) return this.group();
    return undefined;
  }

  /** Arguments of f(a, b) after a function name. */
  argList(name: string, at: Tok): MathNode[] {
    const t = this.peek();
    let left = false;
    let brace = false;
    if (t.kind === 'cmd' && t.text === 'left' && this.is(this.peek(1), 'op', '(')) {
      this.pos += 2;
      left = true;
    } else if (this.is(t, 'cmd', '{')) {
      this.pos++;
      brace = true;
    } // \min\{a, b\}
    else if (this.is(t, 'op', '(')) this.pos++;
    else throw this.err(`expected '(' after ${name}`, at);
    const args = [this.expr()];
    while (this.is(this.peek(), 'op', ',')) {
      this.pos++;
      args.push(this.expr());
    }
    if (left) {
      const r = this.peek();
      if (!(r.kind === 'cmd' && r.text === 'right')) throw this.err('expected \\right)', r);
      this.pos += 2;
    } else if (brace) {
      if (!this.is(this.peek(), 'cmd', '}'))
        throw this.err(this.peek().kind === 'end' ? "unclosed '\\{'" : "expected '\\}'", this.peek().kind === 'end' ? t : this.peek());
      this.pos++;
    } else this.expectOp(')', t);
    return args;
  }

  /**
   * `x^2sin(y)`, `2*sigmoid(z)`, `max(0,z)`: a function name spelled in plain letters right before
   * `(` (notes often drop the backslash) is that function, not a product of letters.
   */
  spelledFunction(t: Tok): MathNode | undefined {
    let k = this.pos;
    let word = '';
    while (this.toks[k]?.kind === 'letter' && (k === this.pos || this.toks[k].start === this.toks[k - 1].start + 1))
      word += this.toks[k++].text;
    const fn = SPELLED[word];
    if (!fn || !this.startsParen(this.toks[k])) return undefined;
    this.pos = k;
    return this.applyFunction(fn, t, this.argList(word, t));
  }

  /** The number of top-level arguments in the parenthesis that starts here (0 when none starts). */
  argumentCount(): number {
    if (!this.startsParen()) return 0;
    let depth = 0;
    let count = 1;
    for (let k = this.pos; k < this.stop; k++) {
      const u = this.toks[k];
      if (u.kind === 'op' && '([{'.includes(u.text)) depth++;
      else if (u.kind === 'op' && ')]}'.includes(u.text) && --depth === 0) return count;
      else if (u.kind === 'op' && u.text === ',' && depth === 1) count++;
    }
    return 0;
  }

  /** `B(a, b)`, `\mathrm{B}(a, b)`, `\Beta(a, b)`: Γ(a)Γ(b)/Γ(a + b), said in a note. */
  betaFunction(at: Tok, written: string): MathNode {
    this.notes.push(`\`${written}\` is read as the Beta function Γ(a)Γ(b)/Γ(a + b)`);
    return this.applyFunction('beta', at, this.argList('B', at));
  }

  /**
   * The indicator `\mathbb{1}(x \geq m)`, `\mathbb{I}\{x > 0\}`: 1 where its condition (one
   * inequality) holds, 0 elsewhere, the conditional `(c ? 1 : 0)`.
   */
  indicator(written: string): MathNode {
    const open = this.peek();
    const brace = this.is(open, 'cmd', '{');
    const left = open.kind === 'cmd' && open.text === 'left';
    this.pos += left ? 2 : 1;
    const a = this.expr();
    const op = this.comparison();
    const b = this.expr();
    if (left) {
      const r = this.peek();
      if (!(r.kind === 'cmd' && r.text === 'right')) throw this.err('expected \\right)', r);
      this.pos += 2;
    } else if (brace) {
      if (!this.is(this.peek(), 'cmd', '}')) throw this.err("expected '\\}'", this.peek());
      this.pos++;
    } else this.expectOp(')', open);
    this.notes.push(`\`${written}(…)\` is the indicator of its condition: 1 where it holds, 0 elsewhere (a step, no slope of its own)`);
    return conditional(compare(op, a, b), num(1), num(0));
  }

  startsParen(t: Tok = this.peek()): boolean {
    return this.is(t, 'op', '(') || (t.kind === 'cmd' && t.text === 'left' && this.is(this.peek(1), 'op', '('));
  }

  applyFunction(name: string, at: Tok, args: MathNode[]): MathNode {
    const [lo, hi] = CANONICAL[name];
    if (args.length < lo || args.length > hi)
      throw this.err(`'${name}' takes ${lo === hi ? lo : `${lo} to ${hi}`} argument(s) but got ${args.length}`, at);
    return call(name, args);
  }

  /** A named operator (\sin, \log_2, \sin^2, \operatorname{relu}) and its argument. */
  functionCommand(fname: string, at: Tok): MathNode {
    let power: MathNode | undefined;
    let base: MathNode | undefined;
    let name = fname;
    for (;;) {
      if (this.is(this.peek(), 'op', '^') && !power) {
        this.pos++;
        power = this.script();
        continue;
      }
      if (this.is(this.peek(), 'op', '_') && name === 'log' && !base) {
        this.pos++;
        const t = this.peek();
        base = this.is(t, 'op', '{') ? this.group() : t.kind === 'num' ? (this.pos++, num(Number(t.text))) : this.primary(true);
        continue;
      }
      break;
    }
    if (power && isMinusOne(power) && has(INVERSE, name)) {
      name = INVERSE[name];
      power = undefined;
    }
    let args: MathNode[];
    if (this.startsParen() || this.is(this.peek(), 'cmd', '{')) args = this.argList(name, at);
    else {
      // \sin x, \sin 2x, \log x^2, \ln|x|: the following product of plain factors.
      if (!this.startsFactor(this.peek()) && !this.is(this.peek(), 'op', '|')) throw this.err(`missing argument after \\${at.text}`, at);
      let arg = this.postfix();
      while (this.startsFactor(this.peek()) && !this.isFunctionStart(this.peek())) arg = bin('*', arg, this.postfix());
      args = [arg];
    }
    if (base) {
      if (args.length !== 1) throw this.err("'log' with a base takes 1 argument", at);
      const b = base as MathNode & { value?: number };
      name = b.type === 'ConstantNode' && b.value === 2 ? 'log2' : b.type === 'ConstantNode' && b.value === 10 ? 'log10' : 'log';
      if (name === 'log') args = [args[0], base];
    }
    const f = this.applyFunction(name, at, args);
    return power ? bin('^', f, power) : f;
  }

  isFunctionStart(t: Tok): boolean {
    return t.kind === 'cmd' && (has(FUNCTION_COMMANDS, t.text) || t.text === 'operatorname');
  }

  /** Reads the braced argument of a style command as plain text: \mathrm{lr} → "lr". */
  braceText(): { text: string; at: Tok } {
    const open = this.peek();
    if (!this.is(open, 'op', '{')) {
      if (open.kind === 'letter') {
        this.pos++;
        return { text: open.text, at: open };
      }
      throw this.err("expected '{'", open);
    }
    this.pos++;
    let s = '';
    while (!this.is(this.peek(), 'op', '}')) {
      const t = this.peek();
      if (t.kind === 'end') throw this.err("unclosed '{'", open);
      if (t.kind === 'letter' || t.kind === 'num') s += t.text;
      else if (t.kind === 'cmd' && /^[A-Za-z]+$/.test(t.text)) s += t.text;
      else if (this.is(t, 'op', '_') || this.is(t, 'op', '-')) s += '_';
      else throw this.err(`unexpected '${t.text}'`, t);
      this.pos++;
    }
    this.pos++;
    return { text: s, at: open };
  }

  primary(inScript = false): MathNode {
    const t = this.peek();
    if (t.kind === 'num') {
      this.pos++;
      if (t.text === '.') throw this.unexpected(t);
      return num(t.value as number);
    }
    if (t.kind === 'letter') {
      const word = this.spelledFunction(t);
      if (word) return word;
      this.pos++;
      if (t.text === 'e' && !this.is(this.peek(), 'op', '_')) {
        // e^{…} is exp(…)
        if (!inScript && this.is(this.peek(), 'op', '^')) {
          this.pos++;
          return call('exp', [this.script()]);
        }
        return sym(EULER);
      }
      const name = this.withSubscript(t.text);
      if (this.users.has(name) && this.startsParen()) return call(name, this.argList(name, t));
      // B(a, b): the Beta function, as probability texts write it (one argument is B times it)
      if (name === 'B' && !inScript && this.argumentCount() === 2) return this.betaFunction(t, 'B(a, b)');
      return sym(name);
    }
    if (t.kind === 'op') {
      if (t.text === '|') {
        this.pos++;
        const e = this.expr();
        this.expectOp('|', t);
        return call('abs', [e]);
      }
      const p = this.paren();
      if (p) return p;
      throw this.unexpected(t);
    }
    if (t.kind === 'cmd') return this.command(t, inScript);
    throw this.unexpected(t);
  }

  command(t: Tok, inScript: boolean): MathNode {
    const c = t.text;
    if (c === 'left') {
      const p = this.paren();
      if (p) return p;
    }
    if (c === 'lvert' || c === 'vert') {
      this.pos++;
      const e = this.expr();
      const r = this.peek();
      if (!(r.kind === 'cmd' && (r.text === 'rvert' || r.text === 'vert'))) throw this.err('expected \\rvert', r);
      this.pos++;
      return call('abs', [e]);
    }
    this.pos++;
    if (c === 'frac' || c === 'dfrac' || c === 'tfrac' || c === 'cfrac') {
      const a = this.fracArg();
      const b = this.fracArg();
      return bin('/', a, b);
    }
    if (c === 'sqrt') {
      if (this.is(this.peek(), 'op', '[')) {
        const open = this.peek();
        this.pos++;
        const n = this.expr();
        this.expectOp(']', open);
        return realRoot(this.fracArg(), n);
      }
      return call('sqrt', [this.fracArg()]);
    }
    if (c === 'pi') return sym('pi');
    if (c === 'infty') throw this.err('infinity is not supported', t);
    if (has(FUNCTION_COMMANDS, c)) return this.functionCommand(FUNCTION_COMMANDS[c], t);
    if (c === 'sigma' && this.startsParen() && !inScript) return call('sigmoid', this.argList('sigma', t));
    if (c === 'Beta' && this.argumentCount() === 2 && !inScript) return this.betaFunction(t, '\\Beta(a, b)');
    // \Gamma(a) is the gamma function, as statistics writes it
    if (c === 'Gamma' && this.startsParen() && !inScript) return this.applyFunction('gamma', t, this.argList('Gamma', t));
    // \Delta x, \Delta T: the change in x is one name
    if (c === 'Delta' && this.peek().kind === 'letter' && !inScript) {
      const l = this.peek();
      this.pos++;
      return sym(this.withSubscript(`Delta_${l.text}`));
    }
    if (GREEK.has(c) || /^var(epsilon|theta|phi|rho|sigma|pi|kappa)$/.test(c)) {
      return sym(this.withSubscript(c.replace(/^var/, '')));
    }
    if (STYLE.has(c)) {
      const { text, at } = this.braceText();
      if (text === 'B' && (c === 'mathrm' || c === 'operatorname') && this.argumentCount() === 2)
        return this.betaFunction(at, `\\${c}{B}(a, b)`);
      if (INDICATORS.has(`${c}{${text}}`) && (this.startsParen() || this.is(this.peek(), 'cmd', '{')) && !inScript) {
        // an indicator holds a condition; without one (`\mathbb{I}(x)`) the letter is read as before
        const [pos, depth] = [this.pos, this.depth];
        try {
          return this.indicator(`\\${c}{${text}}`);
        } catch {
          [this.pos, this.depth] = [pos, depth];
        }
      }
      const fn = OPERATOR_NAMES[text];
      if (fn && this.startsParen()) return this.applyFunction(fn, at, this.argList(text, at));
      if (fn && c === 'operatorname') return this.functionCommand(fn, t);
      if (this.users.has(text) && this.startsParen()) return call(text, this.argList(text, at));
      if (text === 'e' && (c === 'mathrm' || c === 'text')) {
        if (this.is(this.peek(), 'op', '^')) {
          this.pos++;
          return call('exp', [this.script()]);
        }
        return sym(EULER);
      }
      if (!text) throw this.err('empty name', at);
      // `\mathrm{sigm}(\theta)`, `\text{Var}(X)`: an upright word before `(` names a function; one
      // this text does not know is said, never read as the product sigm·θ
      if (c === 'operatorname' || (UPRIGHT.has(c) && text.length > 1 && this.startsParen()))
        throw this.err(`unknown function '${text}'`, at);
      return sym(this.withSubscript(text));
    }
    if (has(ACCENT, c)) {
      const { text } = this.braceText();
      return sym(this.withSubscript(`${text}_${ACCENT[c]}`));
    }
    if (c === 'begin') return this.cases(t);
    if (c === '\\') throw this.err('one formula at a time: unexpected line break \\\\', t);
    if (c === 'partial' || c === 'int' || c === 'sum' || c === 'prod' || c === 'lim' || c === 'nabla') {
      throw this.err(`'\\${c}' is not supported`, t);
    }
    if (isCanonical(c)) return this.functionCommand(c, t);
    throw this.err(`unknown LaTeX command '\\${c}'`, t);
  }

  /**
   * `\begin{cases} a & x > 0 \\ b & \text{otherwise} \end{cases}`: rows of a value and a condition
   * (one inequality, words in \text{…} skipped); a row without one, or the last row, is the rest.
   */
  cases(begin: Tok): MathNode {
    const env = this.envName();
    if (env !== 'cases' && env !== 'dcases') throw this.err(`the LaTeX environment '${env}' is not supported here`, begin);
    const rows: { value: MathNode; cond?: MathNode }[] = [];
    for (;;) {
      const value = this.expr();
      let cond: MathNode | undefined;
      if (this.is(this.peek(), 'op', '&')) {
        this.pos++;
        this.skipWords();
        if (!this.rowEnds()) {
          const left = this.expr();
          const op = this.comparison();
          cond = compare(op, left, this.expr());
          this.skipWords();
        }
      }
      rows.push({ value, cond });
      let t = this.peek();
      if (t.kind === 'cmd' && t.text === '\\') {
        this.pos++;
        t = this.peek();
        if (!(t.kind === 'cmd' && t.text === 'end')) continue; // a trailing \\ before \end is allowed
      }
      if (t.kind === 'cmd' && t.text === 'end') {
        this.pos++;
        if (this.envName() !== env) throw this.err(`expected \\end{${env}}`, t);
        break;
      }
      throw this.err("expected '&', '\\\\' or \\end{cases}", t);
    }
    let out = rows[rows.length - 1].value;
    for (let i = rows.length - 2; i >= 0; i--) {
      const { value, cond } = rows[i];
      if (!cond) throw this.err('each row of cases but the last needs a condition (one inequality)', begin);
      out = conditional(cond, value, out);
    }
    return out;
  }

  /** `{cases}` after \begin or \end. */
  envName(): string {
    const open = this.peek();
    this.expectOp('{');
    let name = '';
    while (this.peek().kind === 'letter' || this.is(this.peek(), 'op', '*')) {
      name += this.peek().text;
      this.pos++;
    }
    this.expectOp('}', open);
    return name;
  }

  /** `\text{if }`, `\mathrm{otherwise}`, `,`: words around a condition. */
  skipWords(): void {
    for (;;) {
      const t = this.peek();
      if (t.kind === 'cmd' && ['text', 'textrm', 'mathrm', 'mbox', 'textit'].includes(t.text) && this.is(this.peek(1), 'op', '{')) {
        // the words, whatever they hold ("if ", "otherwise.")
        this.pos += 2;
        for (let d = 1; d > 0; this.pos++) {
          const u = this.peek();
          if (u.kind === 'end') throw this.err("unclosed '{'", t);
          if (this.is(u, 'op', '{')) d++;
          else if (this.is(u, 'op', '}')) d--;
        }
        continue;
      }
      if (this.is(t, 'op', ',')) {
        this.pos++;
        continue;
      }
      return;
    }
  }

  rowEnds(): boolean {
    const t = this.peek();
    return t.kind === 'end' || (t.kind === 'cmd' && (t.text === '\\' || t.text === 'end'));
  }

  comparison(): CompareOp {
    const t = this.peek();
    const op =
      t.kind === 'op' && (t.text === '<' || t.text === '>')
        ? t.text
        : t.kind === 'cmd'
          ? ({ le: '<=', leq: '<=', leqslant: '<=', ge: '>=', geq: '>=', geqslant: '>=', lt: '<', gt: '>' } as Record<string, CompareOp>)[
              t.text
            ]
          : undefined;
    if (!op) throw this.err('a condition is one inequality (<, >, \\le, \\ge)', t);
    this.pos++;
    return op;
  }

  /** \frac and \sqrt arguments: {…} or a single token (\frac12 = 1/2). */
  fracArg(): MathNode {
    const t = this.peek();
    if (this.is(t, 'op', '{')) return this.group();
    if (t.kind === 'num') return this.firstDigit(t);
    if (t.kind === 'letter' || t.kind === 'cmd') return this.primary(true);
    throw this.unexpected(t);
  }
}

function isMinusOne(n: MathNode): boolean {
  const u = n as MathNode & { fn?: string; args?: MathNode[] };
  return u.type === 'OperatorNode' && u.fn === 'unaryMinus' && (u.args?.[0] as { value?: unknown }).value === 1;
}

export function parseLatexExpression(text: string, opts: ParseOptions = {}): MathNode {
  const toks = tokenizeLatex(text);
  return new LatexParser(text, toks, new Set(opts.functions ?? [])).parseAll();
}

export function parseLatexStatement(text: string, opts: ParseOptions = {}): Statement {
  const toks = tokenizeLatex(text);
  const users = new Set(opts.functions ?? []);
  let depth = 0;
  let eq = -1;
  for (let i = 0; i < toks.length - 1; i++) {
    const t = toks[i];
    if (t.kind === 'op' && '({['.includes(t.text)) depth++;
    else if (t.kind === 'op' && ')}]'.includes(t.text)) depth--;
    else if (t.kind === 'op' && t.text === '=' && depth === 0) {
      eq = i;
      break;
    } else if (
      t.kind === 'cmd' &&
      (t.text === 'approx' || t.text === 'coloneqq' || t.text === 'equiv' || t.text === 'triangleq') &&
      depth === 0
    ) {
      eq = i;
      break;
    }
  }
  let target: string | undefined;
  let start = 0;
  if (eq >= 0) {
    const lhs = new LatexParser(text, toks, users, 0, eq);
    target = readTarget(lhs, text);
    start = lhs.stop + 1; // subscripts like x_12 may have split a token on the left
  }
  if (start >= toks.length - 1) throw inputError('expected an expression', text, toks[start]?.start ?? text.length);
  const parser = new LatexParser(text, toks, users, start);
  const expression = parser.parseAll();
  const offset = toks[start].start;
  return { target, expression, text: text.slice(offset).trim(), offset, ...(parser.notes.length && { notes: parser.notes }) };
}

/** `y`, `f(x)`, `\mathcal{L}(\theta)`, `\hat{y}`: the name being defined. */
function readTarget(p: LatexParser, text: string): string {
  const t = p.peek();
  if (t.kind === 'end') throw inputError("missing the name before '='", text, t.start);
  let name: string;
  if (t.kind === 'letter') {
    p.pos++;
    name = p.withSubscript(t.text);
  } else if (t.kind === 'cmd' && (GREEK.has(t.text) || STYLE.has(t.text) || has(ACCENT, t.text))) {
    p.pos++;
    if (GREEK.has(t.text)) name = p.withSubscript(t.text);
    else {
      const b = p.braceText().text;
      name = p.withSubscript(has(ACCENT, t.text) ? `${b}_${ACCENT[t.text]}` : b);
    }
  } else throw inputError('cannot read the assignment target', text, t.start);
  // f(x) = …: skip the parameter list
  if (p.startsParen()) {
    p.argList(name, t);
  }
  if (p.peek().kind !== 'end') throw inputError('cannot read the assignment target', text, p.peek().start);
  return name;
}
