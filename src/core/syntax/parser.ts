// A Pratt parser for the code languages, configured by a LangSpec (langs.ts). It reads the tokens of
// one expression and builds canonical mathjs nodes; every error names the offending column.
import type { MathNode } from '../mathjs';
import { EQUALITY_TESTS, lookupFunction, ownFunction, resolveCall, type CallSite, KeywordArg } from './calls';
import { reductionNotes } from './reductions';
import { inputError, lineColumn, MAX_DEPTH, tooDeep } from './errors';
import type { LangSpec } from './langs';
import { bin, call, compare, conditional, isComparison, neg, num, sym, type CompareOp } from './nodes';
import type { Token } from './tokens';
import { has } from '../names';
import { CONSTANTS } from '../expr/constants';

/** `c ? a : b`, `a if c else b`: the loosest. */
const COND = 2;
const CMP = 5;
const ADD = 10;
const MUL = 20;
/** Implicit multiplication (mathjs syntax only). */
const IMPLICIT = 25;
const UNARY = 30;
const POW = 40;

const CAST_TYPES = new Set(['double', 'float', 'int', 'long', 'short', 'unsigned', 'signed', 'const', 'char']);

const CONDITIONAL_EXAMPLE: Record<LangSpec['conditional'], string> = {
  ternary: 'a conditional (x > 0 ? a : b)',
  python: 'a conditional (a if x > 0 else b, np.where(x > 0, a, b))',
  r: 'a conditional (if (x > 0) a else b, ifelse(x > 0, a, b))',
  none: 'a conditional',
};

export class ExpressionParser {
  private pos: number;
  private depth = 0;
  /** n-ary sums/products built here, safe to extend in place. */
  private readonly chains = new WeakSet<MathNode>();
  private signs = 0;
  /** How the expression was read, for the reader (reductions over arrays). */
  readonly notes: string[] = [];
  /** Comparisons not (yet) used as a condition, with their column: any left at the end is an error. */
  private readonly comparisons = new Map<MathNode, Token>();
  /** `a == b` (and `!=`) as a condition: a placeholder comparison, unfolded by `branches`. */
  private readonly equalities = new Map<MathNode, { negate: boolean; a: MathNode; b: MathNode }>();

  constructor(
    private readonly text: string,
    private readonly tokens: Token[],
    private readonly spec: LangSpec,
    private readonly userFunctions: ReadonlySet<string>,
    start = 0,
    /** Index of the token that ends this expression (exclusive). */
    private readonly stop = tokens.length - 1,
  ) {
    this.pos = start;
  }

  /** Parses tokens [start, stop) as one expression. */
  parseAll(): MathNode {
    if (this.pos >= this.stop) throw inputError('expected an expression', this.text, this.tokens[this.pos]?.start ?? this.text.length);
    const node = this.expr(0);
    if (this.pos < this.stop) throw this.unexpected(this.peek());
    const [stray] = this.comparisons.values();
    if (stray)
      throw inputError(
        `comparison '${stray.text}' is only supported as the condition of ${CONDITIONAL_EXAMPLE[this.spec.conditional]}`,
        this.text,
        stray.start,
      );
    this.notes.push(...reductionNotes(node));
    return node;
  }

  private peek(offset = 0): Token {
    const i = this.pos + offset;
    return i < this.stop
      ? this.tokens[i]
      : { kind: 'end', text: '', start: this.tokens[this.stop]?.start ?? this.text.length, spaced: true };
  }

  private isOp(t: Token, text: string): boolean {
    return t.kind === 'op' && t.text === text;
  }

  private expect(text: string, opening?: Token): Token {
    const t = this.peek();
    if (!this.isOp(t, text)) {
      if (t.kind === 'end' && opening) throw inputError(`unclosed '${opening.text}'`, this.text, opening.start);
      throw inputError(
        `expected '${text}'${t.kind === 'end' ? ' but the expression ended' : ` but found '${t.text}'`}`,
        this.text,
        t.start,
      );
    }
    this.pos++;
    return t;
  }

  private unexpected(t: Token): Error {
    if (t.kind === 'end') return inputError('unexpected end of expression', this.text, t.start);
    if (t.kind === 'id' && this.spec.keywords.has(t.text)) return inputError(`unexpected keyword '${t.text}'`, this.text, t.start);
    return inputError(`unexpected '${t.text}'`, this.text, t.start);
  }

  private enter(at: Token): void {
    if (++this.depth > MAX_DEPTH) throw tooDeep(this.text, at.start);
  }

  private expr(minBp: number): MathNode {
    this.enter(this.peek());
    let left = this.prefix(minBp);
    for (;;) {
      const t = this.peek();
      if (t.kind === 'end') break;
      if (t.kind === 'id' && t.text === 'else' && this.spec.conditional !== 'none') break; // ends a branch
      if (t.kind === 'id' && t.text === 'if' && this.spec.conditional === 'python') {
        // a if c else b
        if (COND <= minBp) break;
        this.pos++;
        const c = this.expr(COND);
        const e = this.peek();
        if (!(e.kind === 'id' && e.text === 'else'))
          throw inputError(
            `expected 'else' of the conditional that starts at column ${lineColumn(this.text, t.start).column}`,
            this.text,
            e.start,
          );
        this.pos++;
        left = this.conditional(c, left, this.expr(COND - 1), t);
        continue;
      }
      if (this.isOp(t, '?') && this.spec.conditional === 'ternary') {
        if (COND <= minBp) break;
        this.pos++;
        const then = this.expr(0);
        this.expect(':');
        left = this.conditional(left, then, this.expr(COND - 1), t);
        continue;
      }
      if (t.kind === 'op') {
        const op = this.binary(t);
        if (op === 'stop') break;
        if (op) {
          const [bp, kind] = op;
          if (bp <= minBp) break;
          if (kind === '<' || kind === '>' || kind === '<=' || kind === '>=' || kind === '==' || kind === '!=') {
            if (this.comparisons.has(left)) throw inputError(`chained comparisons are not supported`, this.text, t.start);
            this.pos++;
            const right = this.expr(CMP);
            if (kind === '==' || kind === '!=') {
              const placeholder = compare('<', left, right);
              this.equalities.set(placeholder, { negate: kind === '!=', a: left, b: right });
              left = placeholder;
            } else left = compare(kind, left, right);
            this.comparisons.set(left, t);
            continue;
          }
          if (kind === '/' && this.spec.casts) this.checkIntegerDivision(left);
          this.pos++;
          const rightBp = kind === '^' ? (this.spec.powerLeftAssoc ? POW : POW - 1) : bp;
          const right = this.expr(rightBp);
          // Long sums and products stay flat (one n-ary node), so 10k-term inputs do not become
          // 10k-deep trees for the recursive consumers downstream.
          if (
            (kind === '+' || kind === '*') &&
            this.chains.has(left) &&
            (left as { fn?: string }).fn === (kind === '+' ? 'add' : 'multiply')
          ) {
            (left as unknown as { args: MathNode[] }).args.push(right);
            continue;
          }
          left = bin(kind, left, right);
          if (kind === '+' || kind === '*') this.chains.add(left);
          continue;
        }
      }
      // Implicit multiplication: `2x`, `x y`, `2(x+1)`, `(a+b)(a-b)`.
      // As in mathjs, it binds tighter than explicit * and /: `8 pi / 2 pi` = (8 pi) / (2 pi).
      if (this.spec.implicit === 'all' && (t.kind === 'num' || t.kind === 'id' || this.isOp(t, '('))) {
        if (IMPLICIT <= minBp) break;
        left = bin('*', left, this.expr(IMPLICIT));
        continue;
      }
      throw this.unexpected(t);
    }
    this.depth--;
    return left;
  }

  /** The conditional `c ? a : b` (also `a if c else b`, `if (c) a else b`): `c` must be a comparison. */
  private conditional(c: MathNode, a: MathNode, b: MathNode, at: Token): MathNode {
    if (!this.comparisons.delete(c) || !isComparison(c)) {
      throw inputError('the condition of a conditional must be one comparison (<, >, <=, >=, ==, !=)', this.text, at.start);
    }
    return this.branches(conditional(c, a, b));
  }

  /**
   * `a == b ? x : y` as inequalities the engine knows: `a < b ? y : (a > b ? y : x)` (the branch
   * taken off the equality is y; on it, x), `!=` the other way round.
   */
  private branches(node: MathNode): MathNode {
    const n = node as unknown as { condition: MathNode; trueExpr: MathNode; falseExpr: MathNode };
    const eq = node.type === 'ConditionalNode' ? this.equalities.get(n.condition) : undefined;
    if (!eq) return node;
    const [on, off] = eq.negate ? [n.falseExpr, n.trueExpr] : [n.trueExpr, n.falseExpr];
    return conditional(compare('<', eq.a, eq.b), off, conditional(compare('>', eq.a, eq.b), off, on));
  }

  /** A call as calls.ts reads it; np.where(c, a, b) and friends consume their comparison as a condition. */
  private resolve(site: CallSite): MathNode {
    const node = resolveCall(this.spec, site, this.text, this.userFunctions);
    const test = EQUALITY_TESTS.get(node);
    if (test) {
      // `iszero(x)`: a comparison like `x == 0`, to be used as a condition
      this.equalities.set(node, { negate: false, ...test });
      this.comparisons.set(node, { kind: 'id', text: site.name, start: site.start, spaced: false });
      return node;
    }
    if (node.type === 'ConditionalNode') this.comparisons.delete((node as unknown as { condition: MathNode }).condition);
    return this.branches(node);
  }

  /** [binding power, operator] of a binary operator token, 'stop' for a closer, undefined otherwise. */
  private binary(t: Token): [number, '+' | '-' | '*' | '/' | '^' | CompareOp | '==' | '!='] | 'stop' | undefined {
    const s = t.text;
    const elementwise = this.spec.tokens.dotOperators;
    if (s === ')' || s === ']' || s === '}' || s === ',' || s === ';') return 'stop';
    if (s === ':' && this.spec.conditional === 'ternary') return 'stop'; // ends the first branch of c ? a : b
    if ((s === '<' || s === '>' || s === '<=' || s === '>=') && this.spec.conditional !== 'none') return [CMP, s];
    if ((s === '==' || s === '===') && this.spec.conditional !== 'none') return [CMP, '=='];
    if ((s === '!=' || s === '!==') && this.spec.conditional !== 'none') return [CMP, '!='];
    if (s === '+' || (elementwise && s === '.+')) return [ADD, '+'];
    if (s === '-' || (elementwise && s === '.-')) return [ADD, '-'];
    if (s === '*' || (elementwise && s === '.*')) return [MUL, '*'];
    if (s === '/' || (elementwise && s === './')) return [MUL, '/'];
    if (this.spec.power.includes(s)) return [POW, '^'];
    if (s === '^' && this.spec.caretIsXor) throw this.xorError(t);
    if (s === '**' && this.spec.lang === 'math') throw inputError("'**' is not a math operator; use ^ for a power", this.text, t.start);
    if (['==', '!=', '<', '>', '<=', '>=', '~='].includes(s)) {
      const why = this.spec.conditional === 'none' ? '' : ': a condition is an inequality (<, >, <=, >=), where the two branches meet';
      throw inputError(`comparison '${s}' is not supported${why}`, this.text, t.start);
    }
    if (['+=', '-=', '*=', '/=', '^='].includes(s)) throw inputError(`compound assignment '${s}' is not supported`, this.text, t.start);
    if (s === '%' || s === '//') throw inputError(`operator '${s}' is not supported`, this.text, t.start);
    if (s === '++' || s === '--')
      throw inputError(
        `'${s}' is the ${s === '++' ? 'increment' : 'decrement'} operator in ${this.spec.label}; it changes a variable, it is not math`,
        this.text,
        t.start,
      );
    if (['&', '|', '&&', '||', '!', '~', '?', '@'].includes(s)) throw inputError(`operator '${s}' is not supported`, this.text, t.start);
    return undefined;
  }

  /** C/C++: `1/2` of two integer literals is integer division (0), almost always a bug in a formula. */
  private checkIntegerDivision(left: MathNode): void {
    const a = this.tokens[this.pos - 1];
    const b = this.peek(1);
    const isInt = (t: Token | undefined) => !!t && t.kind === 'num' && /^(?:\d+|0[xX][\da-fA-F]+)[uUlL]*$/.test(t.text);
    const after = this.peek(2);
    if (left.type !== 'ConstantNode' || !isInt(a) || !isInt(b) || this.isOp(after, '(') || this.isOp(after, '.')) return;
    const q = Math.trunc((a.value as number) / (b.value as number));
    if (q * (b.value as number) === a.value) return; // exact: no surprise
    throw inputError(
      `${a.text}/${b.text} is integer division in ${this.spec.label} (it gives ${q}); write ${a.text}.0/${b.text} for ${(a.value as number) / (b.value as number)}`,
      this.text,
      a.start,
    );
  }

  private xorError(t: Token): Error {
    const fix = this.spec.power[0] ? `use ${this.spec.power[0]} for a power` : 'use pow(x, y) for a power';
    const e = inputError(`'^' is bitwise XOR in ${this.spec.label}; ${fix}`, this.text, t.start);
    e.message = e.message.replace(/ (at (?:line \d+, )?column \d+)$/, ' ($1)');
    return e;
  }

  private prefix(minBp: number): MathNode {
    const t = this.peek();
    // How many unary signs directly precede this operand (mathjs's "number / number symbol" rule
    // accepts a number with at most one sign).
    const signs = this.signs;
    this.signs = 0;
    if (t.kind === 'num') {
      this.pos++;
      const n = num(t.value as number);
      const nx = this.peek();
      // Julia: a numeric literal coefficient binds tighter than * and /: 1/2x = 1/(2x).
      if (this.spec.implicit === 'coefficient' && !nx.spaced && (nx.kind === 'id' || this.isOp(nx, '('))) {
        return bin('*', n, this.expr(POW - 1));
      }
      // mathjs: number / number before an implicit product is one factor: `3 / 4 mm` = (3 / 4) mm.
      const d = this.peek(1);
      const after = this.peek(2);
      // (Not inside an exponent: 2^2/4 x is (2^2)/(4 x), as in mathjs.)
      if (
        this.spec.implicit === 'all' &&
        minBp < POW - 1 &&
        signs <= 1 &&
        this.isOp(nx, '/') &&
        d.kind === 'num' &&
        (after.kind === 'id' || this.isOp(after, '('))
      ) {
        this.pos += 2;
        return bin('/', n, num(d.value as number));
      }
      return n;
    }
    if (t.kind === 'id' && t.text === 'if' && this.spec.conditional === 'r') {
      // R: if (c) a else b is an expression
      this.pos++;
      const c = this.parenthesized();
      const a = this.expr(COND);
      const e = this.peek();
      if (!(e.kind === 'id' && e.text === 'else')) throw inputError("an 'if' expression needs its 'else'", this.text, t.start);
      this.pos++;
      return this.conditional(c, a, this.expr(COND - 1), t);
    }
    if (t.kind === 'id') return this.postfix(this.name());
    if (t.kind === 'op') {
      if (t.text === '-' || t.text === '+') {
        this.pos++;
        this.enter(t);
        this.signs = signs + 1;
        const operand = this.expr(this.spec.unaryBeforePowerIsError ? POW : UNARY);
        this.depth--;
        const nx = this.peek();
        if (this.spec.unaryBeforePowerIsError && this.isOp(nx, '**')) {
          throw inputError(
            `'${t.text}x ** y' is a syntax error in ${this.spec.label}; write (${t.text}x) ** y or ${t.text}(x ** y)`,
            this.text,
            t.start,
          );
        }
        return t.text === '-' ? neg(operand) : operand;
      }
      if (t.text === '++' || t.text === '--') this.binary(t); // throws the increment/decrement message
      if (t.text === '√') {
        // Julia's prefix square root: √x, √(x + 1)
        this.pos++;
        this.enter(t);
        const operand = this.expr(UNARY);
        this.depth--;
        return call('sqrt', [operand]);
      }
      if (t.text === '(') {
        if (this.spec.casts && this.isCast()) return this.expr(UNARY);
        this.pos++;
        const inner = this.expr(0);
        const close = this.peek();
        if (this.isOp(close, ','))
          throw inputError("unexpected ',' (a tuple is only allowed as the whole right-hand side)", this.text, close.start);
        this.expect(')', t);
        return this.postfix(inner);
      }
    }
    throw this.unexpected(t);
  }

  private parenthesized(): MathNode {
    const open = this.expect('(');
    this.enter(open);
    const inner = this.expr(0);
    this.expect(')', open);
    this.depth--;
    return inner;
  }

  /** `(double)`, `(const float)`: skips the cast and says so. */
  private isCast(): boolean {
    let i = 1;
    while (this.peek(i).kind === 'id' && CAST_TYPES.has(this.peek(i).text)) i++;
    if (i > 1 && this.isOp(this.peek(i), ')')) {
      this.pos += i + 1;
      return true;
    }
    return false;
  }

  /** A (possibly dotted) name and whatever it is: call, constant, indexed variable, variable. */
  private name(): MathNode {
    const first = this.peek();
    const parts = [first.text];
    this.pos++;
    // Dotted names: np.exp, torch.nn.functional.relu, std::exp, Math.PI.
    while ((this.isOp(this.peek(), '.') || this.isOp(this.peek(), '::')) && this.peek(1).kind === 'id') {
      parts.push(this.peek(1).text);
      this.pos += 2;
    }
    // C++ static_cast<double>(x): a conversion, the value is unchanged.
    if (this.spec.casts && parts.length === 1 && /^(static_cast|double|float)$/.test(first.text) && this.isOp(this.peek(), '<')) {
      let i = 1;
      while (this.peek(i).kind === 'id' && CAST_TYPES.has(this.peek(i).text)) i++;
      if (i > 1 && this.isOp(this.peek(i), '>') && this.isOp(this.peek(i + 1), '(')) {
        this.pos += i + 1;
        return this.postfix(this.parenthesized());
      }
    }
    // self.sigmoid(x), this.loss(y): methods of the enclosing object are read as plain functions.
    if (parts.length > 1 && (parts[0] === 'self' || parts[0] === 'this' || parts[0] === 'cls') && this.isOp(this.peek(), '('))
      parts.shift();
    let name = parts.join('.');
    // Julia broadcast call exp.(x)
    if (this.spec.lang === 'julia' && this.isOp(this.peek(), '.') && this.isOp(this.peek(1), '(')) this.pos++;
    if (this.isOp(this.peek(), '(')) {
      // x.exp(), x.pow(2): a method on a variable (Python tensors)
      if (
        this.spec.methods &&
        parts.length > 1 &&
        !this.isModule(parts.slice(0, -1).join('.')) &&
        ownFunction(this.spec, parts[parts.length - 1]) !== undefined &&
        !this.userFunctions.has(name)
      ) {
        const receiver = this.variable(parts.slice(0, -1).join('.'), first);
        const start = this.tokens[this.pos - 1].start;
        const { args, kwargs } = this.args();
        return this.resolve({ name: parts[parts.length - 1], start, args: [receiver, ...args], kwargs, method: true });
      }
      const { args, kwargs } = this.args();
      return this.resolve({ name, start: first.start, args, kwargs });
    }
    if (has(this.spec.constants, name)) return this.spec.constants[name]();
    // NumPy/PyTorch `w.T`, `w.mT`: a transpose, not a variable named w_T
    if (this.spec.methods && parts.length > 1 && (parts[parts.length - 1] === 'T' || parts[parts.length - 1] === 'mT')) {
      throw inputError(`transpose (.${parts[parts.length - 1]}) is not supported`, this.text, this.tokens[this.pos - 1].start - 1);
    }
    if (this.isOp(this.peek(), '[')) name = this.index(name);
    return this.variable(name, first);
  }

  private isModule(prefix: string): boolean {
    return this.spec.modules.includes(prefix) && prefix !== '';
  }

  /** A variable name in canonical form; dotted attributes (self.w) become self_w. */
  private variable(name: string, at: Token): MathNode {
    if (this.spec.keywords.has(name)) throw inputError(`unexpected keyword '${name}'`, this.text, at.start);
    // which bare names are constants is the language's table (`e` in mathjs; in code it is a name)
    if (has(this.spec.constants, name)) return this.spec.constants[name]();
    if (has(CONSTANTS, name)) throw inputError(`'${name}' is not a name this engine can take as a variable`, this.text, at.start);
    // mathjs syntax: `sin x` would silently be a variable "sin" times x.
    if (this.spec.implicit === 'all' && lookupFunction(this.spec, name) !== undefined) {
      throw inputError(`'${name}' is a function: write ${name}(…)`, this.text, at.start);
    }
    const dot = name.lastIndexOf('.');
    if (dot > 0 && this.isModule(name.slice(0, dot))) throw inputError(`unknown constant '${name}'`, this.text, at.start);
    return sym(canonicalName(name));
  }

  /** x[0] → x_0, w[i] → w_i (an element read as its own variable). */
  private index(name: string): string {
    let out = name;
    while (this.isOp(this.peek(), '[')) {
      const open = this.peek();
      this.pos++;
      const parts: string[] = [];
      for (;;) {
        const t = this.peek();
        if ((t.kind === 'num' && Number.isInteger(t.value)) || t.kind === 'id') parts.push(t.kind === 'num' ? String(t.value) : t.text);
        else throw inputError('only a number or a name is supported as an index', this.text, t.start);
        this.pos++;
        if (this.isOp(this.peek(), ',')) {
          this.pos++;
          continue;
        }
        break;
      }
      this.expect(']', open);
      out += '_' + parts.join('_');
      // a field of the element, `samples[i].p_x` → samples_i_p_x (a method call `.exp()` and a
      // transpose `.T` are not fields)
      while (
        this.isOp(this.peek(), '.') &&
        this.peek(1).kind === 'id' &&
        !this.isOp(this.peek(2), '(') &&
        !(this.spec.methods && /^(?:T|mT|H|mH)$/.test(this.peek(1).text))
      ) {
        out += '_' + this.peek(1).text;
        this.pos += 2;
      }
    }
    return out;
  }

  /** Method calls and indexing after a parenthesized expression or a call: (x+1).exp(). */
  private postfix(node: MathNode): MathNode {
    for (;;) {
      const t = this.peek();
      if (this.spec.methods && this.isOp(t, '.') && this.peek(1).kind === 'id' && this.isOp(this.peek(2), '(')) {
        const m = this.peek(1);
        this.pos += 2;
        const { args, kwargs } = this.args();
        node = this.resolve({ name: m.text, start: m.start, args: [node, ...args], kwargs, method: true });
        continue;
      }
      if (this.isOp(t, '!') && this.spec.lang === 'math') throw inputError("factorial '!' is not supported", this.text, t.start);
      return node;
    }
  }

  /** `( a, b, key=value, [c, d] )`; list literals are spread into the argument list. */
  private args(): { args: MathNode[]; kwargs: KeywordArg[] } {
    const open = this.expect('(');
    const args: MathNode[] = [];
    const kwargs: KeywordArg[] = [];
    this.enter(open);
    if (this.isOp(this.peek(), ')')) {
      this.pos++;
      this.depth--;
      return { args, kwargs };
    }
    for (;;) {
      const t = this.peek();
      if (this.spec.keywordArgs && t.kind === 'id' && this.isOp(this.peek(1), '=')) {
        this.pos += 2;
        kwargs.push({ name: t.text, value: this.expr(0), start: t.start });
      } else if (this.isOp(t, '[')) {
        this.pos++;
        for (;;) {
          args.push(this.expr(0));
          if (this.isOp(this.peek(), ',')) {
            this.pos++;
            continue;
          }
          break;
        }
        this.expect(']', t);
      } else {
        if (kwargs.length) throw inputError('positional argument after a keyword argument', this.text, t.start);
        args.push(this.expr(0));
      }
      if (this.isOp(this.peek(), ',')) {
        this.pos++;
        continue;
      }
      if (this.spec.lang === 'julia' && this.isOp(this.peek(), ';')) {
        this.pos++;
        continue;
      }
      break;
    }
    this.expect(')', open);
    this.depth--;
    return { args, kwargs };
  }
}

/**
 * A variable name mathjs itself can read back: attributes joined with '_' (self.w → self_w),
 * composed accents (y + U+0302 → ŷ), subscript digits as _digits (x₁ → x_1).
 */
export function canonicalName(name: string): string {
  return name
    .normalize('NFC')
    .replace(/\./g, '_')
    .replace(/[₀-₉]+/g, (d) => '_' + [...d].map((c) => String(c.charCodeAt(0) - 0x2080)).join(''));
}
