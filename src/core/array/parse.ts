// The array front-end for the code languages: a Pratt parser over the shared tokenizer that reads
// array spellings (tables.ts) into a small syntax tree of canonical array operations, each with its
// column. Elementwise functions are read by the scalar tables (syntax/calls.ts) on placeholders.
import type { MathNode } from '../mathjs';
import { InputError, type Lang } from '../types';
import { SPECS, type LangSpec } from '../syntax/langs';
import { tokenize, type Token } from '../syntax/tokens';
import { inputError, MAX_DEPTH, tooDeep } from '../syntax/errors';
import { lookupFunction, resolveCall } from '../syntax/calls';
import { sym as mathSym, num as mathNum } from '../syntax/nodes';
import { has } from '../names';
import { EULER } from '../expr/constants';
import { ARRAY_SPECS, type ArrayFn, type ArraySpec } from './tables';
import type { IndexEntry } from './node';
import type { Shape } from './types';

/** A node of the array syntax tree; `at` is its 0-based offset in the text (for messages). */
export type Ast =
  | { k: 'num'; value: number; at: number }
  | { k: 'var'; name: string; at: number }
  | { k: 'bin'; op: '+' | '-' | '*' | '/' | '^' | '@' | 'star' | 'mdiv' | 'mpow' | 'solve'; a: Ast; b: Ast; at: number }
  | { k: 'neg'; a: Ast; at: number }
  | { k: 'T'; a: Ast; at: number }
  /** an elementwise scalar function: `body` over placeholders __arr0… for `args` */
  | { k: 'scalar'; name: string; body: MathNode; args: Ast[]; placeholderNames: string[]; at: number }
  | { k: 'fn'; fn: ArrayFn; name: string; args: Ast[]; axes?: number[] | null; keepdims?: boolean; shape?: Shape; at: number }
  | { k: 'index'; a: Ast; index: IndexEntry[]; at: number }
  | { k: 'gather'; a: Ast; labels: Ast; base: number; at: number }
  /** `a` with the indexed elements set to `value` (MATLAB's `theta(1) = 0` as a definition the totals follow) */
  | { k: 'setindex'; a: Ast; value: Ast; index: IndexEntry[]; at: number }
  | { k: 'dim'; a: Ast; axis: number | null; at: number };

interface Arg {
  name?: string;
  value: Ast;
  start: number;
  /** MATLAB's `[]` placeholder argument (max(X, [], 1)) */
  empty?: boolean;
}

const ADD = 10;
const MUL = 20;
const RMAT = 25;
const UNARY = 30;
const POW = 40;

export function parseArray(text: string, lang: Lang): Ast {
  const spec = SPECS[lang as keyof typeof SPECS];
  const aspec = ARRAY_SPECS[lang];
  if (!spec || !aspec) throw new InputError(`array expressions are not read in ${lang}`);
  let tokens: Token[];
  try {
    tokens = tokenize(text, { ...spec.tokens, dotOperators: spec.tokens.dotOperators || lang === 'math', transposes: true });
  } catch (e) {
    throw (e instanceof InputError && stringArgument(e, text)) || e;
  }
  return new ArrayParser(text, tokens, spec, aspec).all();
}

/**
 * A string inside a call's arguments (`np.einsum('ij,j->i', X, w)`): the call is what cannot be
 * read, so the message names the function and its column rather than the string.
 */
function stringArgument(e: InputError, text: string): InputError | undefined {
  if (!/^strings are not math/.test(e.message) || e.column === undefined) return undefined;
  let depth = 0;
  for (let i = e.column - 2; i >= 0; i--) {
    const c = text[i];
    if (c === ')' || c === ']') depth++;
    else if (c === '[' && depth > 0) depth--;
    else if (c === '(' && depth-- === 0) {
      const m = /([\p{L}_][\p{L}\p{N}_.]*)\s*$/u.exec(text.slice(0, i));
      if (!m) return undefined;
      return inputError(`unsupported: \`${m[1]}\` (a call with a string argument)`, text, m.index);
    }
  }
  return undefined;
}

class ArrayParser {
  private pos = 0;
  private depth = 0;
  private placeholders = 0;
  constructor(
    private readonly text: string,
    private readonly tokens: Token[],
    private readonly spec: LangSpec,
    private readonly aspec: ArraySpec,
  ) {}

  all(): Ast {
    // `y = expr`: the right-hand side
    if (this.tokens[0]?.kind === 'id' && this.isOp(this.tokens[1], '=') && !this.isOp(this.tokens[2], '=')) this.pos = 2;
    else if (this.tokens[0]?.kind === 'id' && this.isOp(this.tokens[1], '<-')) this.pos = 2;
    const e = this.expr(0);
    const t = this.peek();
    if (this.isOp(t, ';') && this.peek(1).kind === 'end') this.pos++;
    else if (t.kind !== 'end') throw this.unexpected(t);
    return e;
  }

  private err(msg: string, at: number): InputError {
    return inputError(msg, this.text, at);
  }
  private peek(o = 0): Token {
    return this.tokens[Math.min(this.pos + o, this.tokens.length - 1)];
  }
  private isOp(t: Token | undefined, s: string): boolean {
    return !!t && t.kind === 'op' && t.text === s;
  }
  private expect(s: string): Token {
    const t = this.peek();
    if (!this.isOp(t, s))
      throw this.err(`expected '${s}'${t.kind === 'end' ? ' but the expression ended' : ` but found '${t.text}'`}`, t.start);
    this.pos++;
    return t;
  }
  private unexpected(t: Token): InputError {
    return t.kind === 'end' ? this.err('unexpected end of expression', t.start) : this.err(`unexpected '${t.text}'`, t.start);
  }

  /** [binding power, op, token length] of the binary operator here, if any. */
  private binary(): [number, Ast extends never ? never : string, number] | undefined {
    const t = this.peek();
    if (t.kind !== 'op') return undefined;
    const s = t.text;
    const star = this.aspec.starIsMatmul;
    const lang = this.spec.lang;
    if (s === '+' || s === '.+') return [ADD, '+', 1];
    if (s === '-' || s === '.-') return [ADD, '-', 1];
    if (s === '*') return [MUL, star ? 'star' : '*', 1];
    if (s === '.*') return [MUL, '*', 1];
    if (s === '/') return [MUL, star ? 'mdiv' : '/', 1];
    if (s === './') return [MUL, '/', 1];
    if (s === '@' && lang === 'python') return [MUL, '@', 1];
    if (s === '\\' && (lang === 'julia' || lang === 'matlab')) return [MUL, 'solve', 1];
    if (s === '%' && lang === 'r' && this.isOp(this.peek(1), '*') && this.isOp(this.peek(2), '%')) return [RMAT, '@', 3];
    if (s === '%' && lang === 'r' && this.peek(1).text === 'o' && this.isOp(this.peek(2), '%')) return [RMAT, 'outer', 3];
    if (s === '.^') return [POW, '^', 1];
    if (this.spec.power.includes(s)) return [POW, star && s === '^' ? 'mpow' : '^', 1];
    if (s === '^' && this.spec.caretIsXor) throw this.err(`'^' is bitwise XOR in ${this.spec.label}; use ** for a power`, t.start);
    return undefined;
  }

  private expr(minBp: number): Ast {
    if (++this.depth > MAX_DEPTH) throw tooDeep(this.text, this.peek().start);
    let left = this.prefix();
    for (;;) {
      const t = this.peek();
      const op = this.binary();
      if (!op) {
        if (t.kind === 'end' || (t.kind === 'op' && [')', ']', ',', ';', ':', '}'].includes(t.text))) break;
        if (t.kind === 'op' && ['==', '!=', '<', '>', '<=', '>='].includes(t.text))
          throw this.err(`comparison '${t.text}' is not supported in array expressions`, t.start);
        throw this.unexpected(t);
      }
      const [bp, kind, len] = op;
      if (bp <= minBp) break;
      this.pos += len;
      const right = this.expr(kind === '^' || kind === 'mpow' ? (this.spec.powerLeftAssoc ? POW : POW - 1) : bp);
      left =
        kind === 'outer'
          ? { k: 'fn', fn: 'outer', name: '%o%', args: [left, right], at: t.start }
          : { k: 'bin', op: kind as 'star', a: left, b: right, at: t.start };
    }
    this.depth--;
    return left;
  }

  private prefix(): Ast {
    const t = this.peek();
    if (t.kind === 'num') {
      this.pos++;
      return this.postfix({ k: 'num', value: t.value!, at: t.start });
    }
    if (this.isOp(t, '-') || this.isOp(t, '+')) {
      this.pos++;
      // -x ** 2 is -(x ** 2): the sign binds looser than a power
      const a = this.expr(UNARY);
      return t.text === '-' ? { k: 'neg', a, at: t.start } : a;
    }
    if (this.isOp(t, '(')) {
      this.pos++;
      const inner = this.expr(0);
      this.expect(')');
      return this.postfix(inner);
    }
    if (t.kind === 'id') return this.postfix(this.name());
    throw this.unexpected(t);
  }

  private name(): Ast {
    const first = this.peek();
    const parts = [first.text];
    this.pos++;
    while (
      this.isOp(this.peek(), '.') &&
      this.peek(1).kind === 'id' &&
      (this.isModule(parts.join('.')) || this.isModulePrefix(parts.join('.')))
    ) {
      parts.push(this.peek(1).text);
      this.pos += 2;
    }
    if (parts[0] === 'self' || parts[0] === 'this') {
      while (this.isOp(this.peek(), '.') && this.peek(1).kind === 'id') {
        parts.push(this.peek(1).text);
        this.pos += 2;
      }
    }
    const name = parts.join('.');
    // Julia broadcast call f.(x)
    const broadcastCall = this.spec.lang === 'julia' && this.isOp(this.peek(), '.') && this.isOp(this.peek(1), '(');
    if (broadcastCall) this.pos++;
    if (this.isOp(this.peek(), '(')) {
      if (name === this.aspec.setIndexCall && parts.length === 1) return this.setIndex(first.start);
      const fn = this.arrayFn(name);
      if (this.aspec.parenIndex && fn === undefined && lookupFunction(this.spec, name) === undefined && parts.length === 1)
        return this.parenIndex({ k: 'var', name, at: first.start });
      const args = this.args();
      return this.call(name, args, first.start, fn, false, broadcastCall);
    }
    if (has(this.spec.constants, name)) return this.constant(name, first.start);
    // True/False (keepdims=True) are read where a flag is expected
    if (/^(?:True|False|true|false|TRUE|FALSE)$/.test(name)) return { k: 'var', name, at: first.start };
    if (parts.length > 1 && !(parts[0] === 'self' || parts[0] === 'this')) throw this.err(`unknown name '${name}'`, first.start);
    if (this.spec.keywords.has(name)) throw this.err(`unexpected keyword '${name}'`, first.start);
    return { k: 'var', name: name.replace(/\./g, '_'), at: first.start };
  }

  private constant(name: string, at: number): Ast {
    const node = this.spec.constants[name]() as unknown as { type: string; name?: string; value?: number };
    if (node.type === 'SymbolNode' && node.name === 'pi') return { k: 'num', value: Math.PI, at };
    if (node.type === 'SymbolNode' && node.name === EULER) return { k: 'num', value: Math.E, at };
    if (node.type === 'ConstantNode') return { k: 'num', value: node.value!, at };
    return { k: 'scalar', name, body: this.spec.constants[name](), args: [], placeholderNames: [], at };
  }

  private isModule(prefix: string): boolean {
    return this.spec.modules.includes(prefix) || this.aspec.modules.includes(prefix);
  }
  private isModulePrefix(prefix: string): boolean {
    return [...this.spec.modules, ...this.aspec.modules].some((m) => m.startsWith(prefix + '.'));
  }

  private arrayFn(name: string): ArrayFn | undefined {
    const dot = name.lastIndexOf('.');
    const prefix = dot < 0 ? '' : name.slice(0, dot);
    const last = name.slice(dot + 1);
    if (!this.aspec.modules.includes(prefix)) return undefined;
    return has(this.aspec.functions, last) ? this.aspec.functions[last] : undefined;
  }

  private args(): Arg[] {
    const open = this.expect('(');
    const out: Arg[] = [];
    if (this.isOp(this.peek(), ')')) {
      this.pos++;
      return out;
    }
    for (;;) {
      const t = this.peek();
      if (t.kind === 'id' && this.isOp(this.peek(1), '=') && !this.isOp(this.peek(2), '=')) {
        this.pos += 2;
        out.push({ name: t.text, value: this.argValue(), start: t.start });
      } else if (this.isOp(t, '[') && this.isOp(this.peek(1), ']')) {
        this.pos += 2;
        out.push({ value: { k: 'num', value: 0, at: t.start }, start: t.start, empty: true });
      } else if (this.isOp(t, '(') || this.isOp(t, '[')) {
        // a tuple or list of numbers (an axis list, a shape) or an ordinary parenthesised value
        const tuple = this.tuple();
        out.push({ value: tuple, start: t.start });
      } else out.push({ value: this.expr(0), start: t.start });
      if (this.isOp(this.peek(), ',') || (this.spec.lang === 'julia' && this.isOp(this.peek(), ';'))) {
        this.pos++;
        continue;
      }
      break;
    }
    if (!this.isOp(this.peek(), ')'))
      throw this.peek().kind === 'end' ? this.err(`unclosed '('`, open.start) : this.unexpected(this.peek());
    this.pos++;
    return out;
  }

  private argValue(): Ast {
    return this.isOp(this.peek(), '(') || this.isOp(this.peek(), '[') ? this.tuple() : this.expr(0);
  }

  /** `(0, 1)` or `[2, 3]` (a tuple of numbers, as a fn node 'tuple'), else a parenthesised expression. */
  private tuple(): Ast {
    const open = this.peek();
    const close = open.text === '(' ? ')' : ']';
    const save = this.pos;
    this.pos++;
    const items: Ast[] = [];
    let comma = false;
    if (!this.isOp(this.peek(), close)) {
      for (;;) {
        items.push(this.expr(0));
        if (this.isOp(this.peek(), ',')) {
          comma = true;
          this.pos++;
          if (this.isOp(this.peek(), close)) break;
          continue;
        }
        break;
      }
    }
    if (!this.isOp(this.peek(), close) || (!comma && open.text === '(')) {
      // not a tuple: an ordinary (parenthesised) expression
      this.pos = save;
      return this.expr(0);
    }
    this.pos++;
    return { k: 'fn', fn: 'identity', name: 'tuple', args: items, at: open.start };
  }

  /** Postfix: `.T`, `'`, methods, indexing, `.shape[k]`. */
  private postfix(node: Ast): Ast {
    for (;;) {
      const t = this.peek();
      if (this.isOp(t, "'")) {
        this.pos++;
        node = { k: 'T', a: node, at: t.start };
        continue;
      }
      if (this.isOp(t, '.') && this.peek(1).kind === 'id' && this.spec.lang === 'python') {
        const m = this.peek(1);
        if (m.text === 'T' || m.text === 'mT') {
          this.pos += 2;
          node = { k: 'T', a: node, at: m.start };
          continue;
        }
        if (m.text === 'shape' && this.isOp(this.peek(2), '[') && this.peek(3).kind === 'num' && this.isOp(this.peek(4), ']')) {
          this.pos += 5;
          node = { k: 'dim', a: node, axis: this.peek(-2).value!, at: m.start };
          continue;
        }
        if (m.text === 'size' && !this.isOp(this.peek(2), '(')) {
          this.pos += 2;
          node = { k: 'dim', a: node, axis: null, at: m.start };
          continue;
        }
        if (this.isOp(this.peek(2), '(')) {
          this.pos += 2;
          const args = this.args();
          const fn = has(this.aspec.methods, m.text) ? this.aspec.methods[m.text] : undefined;
          node = this.call(m.text, [{ value: node, start: t.start }, ...args], m.start, fn, true, false);
          continue;
        }
        throw this.err(`attribute '.${m.text}' is not supported`, m.start);
      }
      if (this.isOp(t, '[') && this.spec.lang !== 'math') {
        node = this.bracketIndex(node);
        continue;
      }
      if (this.spec.lang === 'r' && this.isOp(t, '$')) throw this.err(`'$' is not supported`, t.start);
      return node;
    }
  }

  /** `x[0]`, `x[1:]`, `X[:, j]`, `probs[np.arange(n), y]` (Julia/R: counted from 1, `end`, empty = all). */
  private bracketIndex(node: Ast): Ast {
    const open = this.expect('[');
    const gc = this.aspec.gatherCall;
    if (gc && this.peek().kind === 'id' && this.peek().text === gc.name) {
      // x[CartesianIndex.(1:n, y)], x[cbind(seq_len(n), y)], x(sub2ind(size(x), (1:n)', y)): the rows are all rows
      this.pos++;
      if (this.isOp(this.peek(), '.')) this.pos++;
      this.expect('(');
      let labels: Ast | undefined;
      for (let k = 0; ; k++) {
        if (k === gc.labels) labels = this.expr(0);
        else this.skipArgument();
        if (this.isOp(this.peek(), ',')) {
          this.pos++;
          continue;
        }
        break;
      }
      this.expect(')');
      this.expect(']');
      if (!labels) throw this.err(`${gc.name}(…) needs the labels as argument ${gc.labels + 1}`, open.start);
      return { k: 'gather', a: node, labels, base: this.aspec.oneBasedIndex ? 1 : 0, at: open.start };
    }
    const entries: (IndexEntry | { gather: Ast })[] = [];
    let labels: Ast | undefined;
    for (;;) {
      const t = this.peek();
      if (this.isOp(t, ',') || this.isOp(t, ']')) {
        if (this.spec.lang !== 'r') throw this.err('an empty index is only R syntax', t.start);
        entries.push({ start: null, stop: null, step: 1 });
      } else entries.push(this.entry(entries.length === 0));
      if (this.isOp(this.peek(), ',')) {
        this.pos++;
        continue;
      }
      break;
    }
    this.expect(']');
    const first = entries[0];
    if (first && 'gather' in first) {
      if (entries.length !== 2 || 'gather' in entries[1] || !('labels' in (entries[1] as object)))
        throw this.err('picking one element per row reads x[arange(n), y] with a vector of labels y', open.start);
      labels = (entries[1] as unknown as { labels: Ast }).labels;
      return { k: 'gather', a: node, labels, base: this.aspec.oneBasedIndex ? 1 : 0, at: open.start };
    }
    if (entries.some((e) => 'gather' in e)) throw this.err('only numbers, names and slices are supported as indices', open.start);
    const index = entries.map((e) => ('name' in e ? { name: e.name, offset: e.offset } : e)) as IndexEntry[];
    return { k: 'index', a: node, index, at: open.start };
  }

  /** Skips one call argument (a row range such as 1:size(x, 1), which only says "every row"). */
  private skipArgument(): void {
    let depth = 0;
    for (;;) {
      const t = this.peek();
      if (t.kind === 'end') throw this.unexpected(t);
      if (depth === 0 && (this.isOp(t, ',') || this.isOp(t, ')'))) return;
      if (this.isOp(t, '(') || this.isOp(t, '[')) depth++;
      if (this.isOp(t, ')') || this.isOp(t, ']')) depth--;
      this.pos++;
    }
  }

  /** One index entry; a name after a gather's arange is the labels vector. */
  private entry(first: boolean): IndexEntry | { gather: Ast } {
    const t = this.peek();
    const base = this.aspec.oneBasedIndex ? 1 : 0;
    const bound = (): number | null => {
      const u = this.peek();
      if (u.kind === 'id' && u.text === 'end' && base) {
        this.pos++;
        if (this.isOp(this.peek(), '-') && this.peek(1).kind === 'num') {
          this.pos += 2;
          return -this.peek(-1).value!;
        }
        return null;
      }
      let sign = 1;
      if (this.isOp(u, '-')) {
        sign = -1;
        this.pos++;
      }
      const v = this.peek();
      if (v.kind !== 'num' || !Number.isInteger(v.value)) throw this.err('a slice bound must be an integer', v.start);
      this.pos++;
      return sign * v.value!;
    };
    if (this.isOp(t, ':')) {
      this.pos++;
      const stop = this.isOp(this.peek(), ',') || this.isOp(this.peek(), ']') || this.isOp(this.peek(), ':') ? null : bound();
      let step = 1;
      if (this.isOp(this.peek(), ':')) {
        this.pos++;
        step = bound() ?? 1;
      }
      return { start: null, stop: stop === null ? null : base && stop >= 0 ? stop : stop, step };
    }
    if (t.kind === 'id' && ['arange', 'range', 'seq_len', 'np', 'torch', 'jnp'].includes(t.text) && first) {
      // np.arange(n) (every row), the first half of a gather
      const save = this.pos;
      const callee = this.expr(0);
      if (callee.k === 'fn' && callee.fn === 'arange') return { gather: callee };
      this.pos = save;
    }
    if (t.kind === 'num' || this.isOp(t, '-') || (t.kind === 'id' && t.text === 'end' && base)) {
      const s = bound();
      if (this.isOp(this.peek(), ':')) {
        this.pos++;
        const stop = this.isOp(this.peek(), ',') || this.isOp(this.peek(), ']') ? null : bound();
        const start = s === null ? -1 : base && s > 0 ? s - 1 : s;
        // Julia a:b includes b; stored as a half-open stop (b counts from 1 so it is already exclusive 0-based)
        return { start, stop: stop === null ? null : base ? (stop < 0 ? stop + 1 || null : stop) : stop, step: 1 };
      }
      if (s === null) return { int: -1 };
      return { int: base && s > 0 ? s - 1 : s };
    }
    if (t.kind === 'id') {
      this.pos++;
      if (!this.isOp(this.peek(), ',') && !this.isOp(this.peek(), ']'))
        throw this.err('only numbers, names and slices are supported as indices', t.start);
      return { name: t.text, offset: -base, labels: { k: 'var', name: t.text, at: t.start } } as IndexEntry;
    }
    throw this.err('only numbers, names and slices are supported as indices', t.start);
  }

  /**
   * `__setindex(x, v, i, j)`: x with x(i, j) set to v. The dataflow writes an element assignment
   * `x(i, j) = v` so (no language spells it as an expression that reads back without strings).
   */
  private setIndex(at: number): Ast {
    this.expect('(');
    const x = this.expr(0);
    this.expect(',');
    const value = this.expr(0);
    // the rest is an index list: read as x[i, j]
    const comma = this.pos;
    if (!this.isOp(this.peek(), ',')) throw this.unexpected(this.peek());
    this.tokens[comma] = { ...this.tokens[comma], text: '[' };
    const close = this.findClose(comma);
    this.tokens[close] = { ...this.tokens[close], text: ']' };
    const idx = this.bracketIndex(x);
    if (idx.k !== 'index') throw this.err('an element assignment sets numbers, names and slices only', at);
    return { k: 'setindex', a: x, value, index: idx.index, at };
  }

  /** MATLAB `X(:, j)`, `x(1)`, `x(2:end)`. */
  private parenIndex(node: Ast): Ast {
    this.tokens[this.pos] = { ...this.peek(), text: '[' };
    const close = this.findClose(this.pos);
    this.tokens[close] = { ...this.tokens[close], text: ']' };
    return this.bracketIndex(node);
  }

  private findClose(open: number): number {
    let d = 0;
    for (let i = open; i < this.tokens.length; i++) {
      const s = this.tokens[i].text;
      if (this.tokens[i].kind !== 'op') continue;
      if (s === '(' || s === '[') d++;
      if (s === ')' || s === ']') d--;
      if (d === 0) return i;
    }
    throw this.err(`unclosed '('`, this.tokens[open].start);
  }

  private call(name: string, args: Arg[], at: number, fn: ArrayFn | undefined, method: boolean, broadcast: boolean): Ast {
    const positional = args.filter((a) => !a.name);
    const kw = (k: string[]) => args.find((a) => a.name && k.includes(a.name));
    // max(a, b) with two values is the elementwise maximum; np.max(x) / torch.max(x) a reduction
    if (fn === 'amax' && positional.length - (method ? 1 : 0) >= 2 && !positional.some((a) => a.empty) && this.spec.lang !== 'matlab')
      fn = undefined;
    if (fn === 'sum' && this.spec.lang === 'python' && !method && name === 'sum' && positional.length === 1 && !kw(['axis'])) fn = 'sum';
    if (broadcast) fn = undefined;
    if (fn) return this.arrayCall(fn, name, args, at);
    // an elementwise scalar function, read by the scalar tables on placeholders
    const values = positional.map((a) => a.value);
    const placeholders: MathNode[] = values.map((v) => (v.k === 'num' ? mathNum(v.value) : mathSym(`__arr${this.placeholders++}`)));
    const kwargs = args
      .filter((a) => a.name)
      .map((a) => {
        if (a.value.k === 'num') return { name: a.name!, value: mathNum(a.value.value), start: a.start };
        if (a.value.k === 'neg' && a.value.a.k === 'num') return { name: a.name!, value: mathNum(-a.value.a.value), start: a.start };
        throw this.err(`keyword '${a.name}' of ${name} must be a number here`, a.start);
      });
    const body = resolveCall(this.spec, { name, start: at, args: placeholders, kwargs, method }, this.text, new Set());
    const map = placeholders.flatMap((p, i) =>
      p.type === 'SymbolNode' ? [[(p as unknown as { name: string }).name, values[i]] as const] : [],
    );
    return { k: 'scalar', name, body, args: map.map(([, v]) => v), at, placeholderNames: map.map(([n]) => n) };
  }

  private arrayCall(fn: ArrayFn, name: string, args: Arg[], at: number): Ast {
    const positional = args.filter((a) => !a.name);
    const kw = (k: string[]) => args.find((a) => a.name && k.includes(a.name));
    const ax = this.aspec;
    const intOf = (a: Ast | undefined, what: string): number | undefined => {
      if (!a) return undefined;
      if (a.k === 'num' && Number.isInteger(a.value)) return a.value;
      if (a.k === 'neg' && a.a.k === 'num' && Number.isInteger(a.a.value)) return -a.a.value;
      throw this.err(`${what} must be an integer`, a.at);
    };
    const axesOf = (a: Ast | undefined): number[] | null | undefined => {
      if (!a) return undefined;
      const list = a.k === 'fn' && a.name === 'tuple' ? a.args : [a];
      return list.map((x) => intOf(x, `the axis of ${name}`)! - (ax.oneBasedAxes ? 1 : 0));
    };
    const keep = (): boolean => {
      const k = kw(['keepdims', 'keepdim']);
      if (!k) return false;
      if (k.value.k === 'var' && /^(True|true|TRUE)$/.test(k.value.name)) return true;
      if (k.value.k === 'var' && /^(False|false|FALSE)$/.test(k.value.name)) return false;
      throw this.err(`keepdims must be True or False`, k.start);
    };
    const need = (n: number) => {
      if (positional.length < n) throw this.err(`${name} needs ${n} argument${n > 1 ? 's' : ''}`, at);
    };
    const mk = (f: ArrayFn, xs: Ast[], extra: Partial<Extract<Ast, { k: 'fn' }>> = {}): Ast => ({
      k: 'fn',
      fn: f,
      name,
      args: xs,
      at,
      ...extra,
    });
    const p = positional.map((a) => a.value);
    switch (fn) {
      case 'sum':
      case 'mean':
      case 'amax':
      case 'logsumexp': {
        need(1);
        // MATLAB max(X, [], d); torch.sum(x, 0); Julia sum(x; dims=1); MATLAB sum(X, 1)
        const axisArg = kw(ax.axisKeywords)?.value ?? (positional[1]?.empty ? p[2] : p[1]);
        const axes = axesOf(axisArg);
        const keepdims = axes ? (ax.keepsDims ? true : keep()) : keep();
        return mk(fn, [p[0]], { axes: axes ?? null, keepdims });
      }
      case 'colSums':
      case 'rowSums':
      case 'colMeans':
      case 'rowMeans':
        need(1);
        return mk(fn.endsWith('Sums') ? 'sum' : 'mean', [p[0]], { axes: [fn.startsWith('col') ? 0 : 1], keepdims: false });
      case 'softmax':
      case 'log_softmax': {
        need(1);
        const axes = axesOf(kw(ax.axisKeywords)?.value ?? p[1]);
        return mk(fn, [p[0]], { axes: axes ?? (ax.oneBasedAxes ? [0] : [-1]) });
      }
      case 'crossprod':
        need(1);
        return { k: 'bin', op: '@', a: { k: 'T', a: p[0], at }, b: p[1] ?? p[0], at };
      case 'tcrossprod':
        need(1);
        return { k: 'bin', op: '@', a: p[0], b: { k: 'T', a: p[1] ?? p[0], at }, at };
      case 'matmul':
      case 'dot':
        need(2);
        return { k: 'bin', op: '@', a: p[0], b: p[1], at };
      case 'transpose':
        need(1);
        return { k: 'T', a: p[0], at };
      case 'solve':
        need(1);
        return p.length === 1 ? mk('inv', [p[0]]) : mk('solve', [p[0], p[1]]);
      case 'reshape': {
        need(2);
        const dims = p.slice(1).flatMap((x) => (x.k === 'fn' && x.name === 'tuple' ? x.args : [x]));
        return mk('reshape', [p[0]], { shape: dims.map((d) => intOf(d, 'a reshape size')!) });
      }
      case 'flatten':
        return mk('flatten', [p[0]]);
      case 'identity':
        return p[0];
      case 'rows':
      case 'cols':
      case 'count': {
        need(1);
        if (fn === 'count') return { k: 'dim', a: p[0], axis: null, at };
        const axis = fn === 'cols' ? 1 : p[1] ? intOf(p[1], 'a dimension')! - (ax.oneBasedAxes ? 1 : 0) : 0;
        return { k: 'dim', a: p[0], axis, at };
      }
      case 'zeros_like':
      case 'ones_like': {
        need(1);
        if (name !== 'zeros' && name !== 'ones') return mk(fn, p);
        // MATLAB/Julia zeros(size(x)): an array shaped like x; zeros(n, 1) states sizes, not read here
        const like =
          p[0].k === 'dim' && positional.length === 1 && /^size\s*\(\s*[^,()]+\)\s*\)/.test(this.text.slice(positional[0].start));
        if (!like) throw this.err(`${name} with sizes is not supported (${name}(size(x)) is)`, at);
        return mk(fn, [(p[0] as Extract<Ast, { k: 'dim' }>).a]);
      }
      case 'arange':
        return mk('arange', p);
      case 'norm':
        if (p.length > 1 || args.some((a) => a.name))
          throw this.err(`${name} with an order or axis is not supported (only the 2-norm / Frobenius norm)`, at);
        return mk('norm', [p[0]]);
      default:
        need(fn === 'outer' ? 2 : 1);
        return mk(fn, p);
    }
  }
}
