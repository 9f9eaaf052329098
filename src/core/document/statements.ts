// Splits a token stream into statements and records how blocks nest, per family: Python by
// indentation, C/JS/TS/R by braces, Julia/MATLAB by block keywords closed with `end`.
// Depths are relative to the window's start (they may go negative when the window begins
// inside a block); dataflow only compares them.
import type { Family } from './families';
import type { Token } from './lex';
import { lineStartOf } from './lines';

export interface Stmt {
  start: number;
  end: number;
  /** Code tokens only (no comments, newlines or the terminating `;`). */
  toks: Token[];
  /** Block depth (Python: the indentation column). */
  depth: number;
  /** Header of a block (`for …:`, `if (…) {`, `function f(x)`, `else`). */
  opens: boolean;
  /** `}` or `end`. */
  close: boolean;
}

/** An operator at a line's end continues the statement on the next line. */
export const CONTINUE_AFTER = new Set([
  '+',
  '-',
  '*',
  '/',
  '^',
  '**',
  '%',
  '=',
  '==',
  '!=',
  '<',
  '>',
  '<=',
  '>=',
  '&&',
  '||',
  '&',
  '|',
  ',',
  '.',
  '?',
  ':',
  '=>',
  '->',
  '<-',
  '<<-',
  '.*',
  './',
  '.^',
  '+=',
  '-=',
  '*=',
  '/=',
  '%%',
  '%*%',
  '|>',
  '??',
]);
const JS_CONTINUE_BEFORE = new Set([
  '.',
  '?.',
  '+',
  '-',
  '*',
  '/',
  '^',
  '**',
  '%',
  '&&',
  '||',
  '??',
  '?',
  ':',
  '==',
  '===',
  '!=',
  '!==',
  '<',
  '>',
  '<=',
  '>=',
  '|',
  '&',
  ')',
  ']',
  '=>',
]);
/** Tokens after which `{` starts an object/initializer, not a block. */
const BRACE_IS_BRACKET_AFTER = new Set(['=', ',', ':', '?', '(', '[', 'return', '||', '&&', '??', '+=', '<-', '=>(']);

export function splitStatements(
  toks: Token[],
  fam: Family,
  text: string,
  /**
   * Function bodies inside an expression become blocks of their own (the dataflow's scopes); the
   * gradient reader keeps them inside their statement and reads the literals itself (`false`).
   */
  opts: { nestedBodies?: boolean } = {},
): Stmt[] {
  const sp = new Splitter(toks, fam, text, opts.nestedBodies !== false);
  for (let k = 0; k < toks.length; k++) sp.take(k);
  sp.endStatement();
  return sp.out;
}

/** The splitter's state while it walks the tokens once: the statement being built and how blocks and brackets nest. */
class Splitter {
  readonly out: Stmt[] = [];
  private cur: Token[] = [];
  /** 'B' = block brace, `F<pd>` = a function body inside brackets, otherwise a bracket char. */
  private readonly stack: string[] = [];
  /** Bracket depth above the innermost block. */
  private pd = 0;
  private depth = 0;
  private opens = false;
  /** `function` header (end family): index in cur where the signature starts. */
  private fnHeaderAt = -1;

  constructor(
    private readonly toks: Token[],
    private readonly fam: Family,
    private readonly text: string,
    private readonly nestedBodies: boolean,
  ) {}

  take(k: number): void {
    const t = this.toks[k];
    if (t.kind === 'comment') return;
    if (t.kind === 'pre') return this.emit(this.opens);
    if (t.kind === 'nl') return this.newline(k);
    if (t.kind === 'open') return this.open(t);
    if (t.kind === 'close') return this.close(t, k);
    if (this.pd === 0 && t.kind === 'op' && (t.text === ';' || (t.text === ',' && this.fam.commaSeparates))) return this.endStatement();
    if (this.fam.blocks === 'end' && this.pd === 0 && t.kind === 'id' && this.endKeyword(t)) return;
    this.cur.push(t);
  }

  private emit(o: boolean, extraDepth = 0): void {
    const { cur } = this;
    if (cur.length) {
      const d = this.fam.blocks === 'indent' ? column(this.text, cur[0].start) : this.depth + extraDepth;
      this.out.push({ start: cur[0].start, end: cur[cur.length - 1].end, toks: cur, depth: d, opens: o, close: false });
    }
    this.cur = [];
    this.opens = false;
    this.fnHeaderAt = -1;
  }

  private emitClose(t: Token): void {
    this.out.push({ start: t.start, end: t.end, toks: [t], depth: this.depth, opens: false, close: true });
  }

  /** The statement ends (`;`, a separating comma, a newline, the end): a header opens a block in the `end` family. */
  endStatement(): void {
    const wasOpen = this.opens;
    this.emit(this.opens);
    if (wasOpen && this.fam.blocks === 'end') this.depth++;
  }

  private newline(k: number): void {
    const { cur, fam } = this;
    if (this.pd > 0 || !cur.length || fam.newline === 'never') return;
    if (fam.newline === 'unlessContinued' && this.continues(k)) return;
    if (fam.blocks === 'indent') {
      const last = cur[cur.length - 1];
      return this.emit(last.kind === 'op' && last.text === ':');
    }
    if (fam.blocks === 'end' && cur.some((x) => x.kind === 'id' && x.text === 'do')) {
      this.emit(true);
      this.depth++;
      return;
    }
    this.endStatement();
  }

  /** The line break at `k` continues the statement: the line ends with an operator, or (JS) the next starts with one. */
  private continues(k: number): boolean {
    const last = this.cur[this.cur.length - 1];
    if (last.kind === 'op' && CONTINUE_AFTER.has(last.text) && !(this.fam.blocks === 'end' && last.text === "'")) return true;
    if (!this.fam.leadingOperatorContinues) return false;
    const next = this.toks.slice(k + 1).find((x) => x.kind !== 'nl' && x.kind !== 'comment');
    return (
      !!next && (next.kind === 'op' || next.kind === 'close') && JS_CONTINUE_BEFORE.has(next.text) && next.text !== ')' && next.text !== ']'
    );
  }

  private open(t: Token): void {
    const { fam } = this;
    // a function body inside an expression (`Object.freeze({ In(x) { … } })`, `xs.map((x) => {`,
    // `(function custom(e) {`): a block of its own, its header a statement; the expression resumes after `}`
    const hs = t.text === '{' && fam.blocks === 'braces' && this.pd > 0 && this.nestedBodies ? functionBodyHeader(this.cur, fam) : -1;
    if (hs >= 0) {
      const header = this.cur.slice(hs);
      this.cur = this.cur.slice(0, hs);
      this.emit(false);
      this.cur = header;
      this.emit(true);
      this.stack.push(`F${this.pd}`);
      this.pd = 0;
      this.depth++;
      return;
    }
    if (t.text === '{' && fam.blocks === 'braces' && this.pd === 0) {
      const prev = this.cur[this.cur.length - 1];
      const bracket = prev && (BRACE_IS_BRACKET_AFTER.has(prev.text) || prev.kind === 'open');
      if (!bracket) {
        this.emit(true);
        this.stack.push('B');
        this.depth++;
        return;
      }
    }
    this.stack.push(t.text);
    this.pd++;
    this.cur.push(t);
  }

  private close(t: Token, k: number): void {
    const { stack, fam } = this;
    const top = stack.length ? stack[stack.length - 1] : undefined;
    if (t.text === '}' && top?.startsWith('F') && this.pd === 0) {
      this.emit(this.opens);
      stack.pop();
      this.depth--;
      this.emitClose(t);
      this.pd = Number(top.slice(1));
      return;
    }
    if (t.text === '}' && fam.blocks === 'braces' && (top === 'B' || (top === undefined && this.pd === 0))) {
      this.emit(this.opens);
      if (top) stack.pop();
      this.depth--;
      this.emitClose(t);
      return;
    }
    if (top && top !== 'B') {
      stack.pop();
      this.pd--;
    }
    this.cur.push(t);
    // `function f(x) body end` on one line: the header ends with the signature
    if (this.fnHeaderAt >= 0 && this.pd === 0 && t.text === ')') {
      const next = this.toks[k + 1];
      if (next && next.kind !== 'nl' && !(next.kind === 'op' && (next.text === ';' || next.text === ','))) {
        this.emit(true);
        this.depth++;
      }
    }
  }

  /** `end`, a mid-block word (`else`, `elseif`) or a block opener (`for`, `function`) of the `end` family; false for other names. */
  private endKeyword(t: Token): boolean {
    const { fam } = this;
    if (t.text === 'end') {
      this.endStatement();
      this.depth--;
      this.emitClose(t);
      return true;
    }
    if (!this.cur.length && fam.midBlock?.has(t.text)) {
      this.depth--;
      this.opens = true;
      this.cur.push(t);
      return true;
    }
    if (!this.cur.length && fam.endOpeners?.has(t.text)) {
      this.opens = true;
      if (t.text === 'function') this.fnHeaderAt = 0;
      this.cur.push(t);
      return true;
    }
    return false;
  }
}

const TYPE_TOKENS = new Set(['.', '<', '>', '[', ']', '|', '&', ',', '?']);

/**
 * Where the header of a function whose body `{` follows starts in `cur` (JS/TS): a method
 * `In(amount: number): number`, `function custom(e)`, `async (x) =>`, `x =>`; -1 when the `{` opens
 * an object literal.
 */
function functionBodyHeader(cur: Token[], fam: Family): number {
  if (!fam.functionExpressions) return -1;
  let k = cur.length - 1;
  const modifiers = (j: number) => {
    while (j > 0 && cur[j - 1].kind === 'id' && ['async', 'static', 'get', 'set', 'function'].includes(cur[j - 1].text)) j--;
    return j;
  };
  if (cur[k]?.text === '=>') {
    if (cur[k - 1]?.kind === 'id') return modifiers(k - 1);
    if (cur[k - 1]?.text !== ')') return -1;
    k--;
  } else {
    // `): number {`: skip a return type annotation back to its `)`
    let j = k;
    while (j >= 0 && (cur[j].kind === 'id' || (cur[j].kind === 'op' && TYPE_TOKENS.has(cur[j].text)))) j--;
    if (j < k && cur[j]?.text === ':' && cur[j - 1]?.text === ')') k = j - 1;
    else if (cur[k]?.text !== ')') return -1;
  }
  // k is the `)` of the parameters: back to its `(`
  let d = 0;
  let open = -1;
  for (let j = k; j >= 0; j--) {
    if (cur[j].kind === 'close') d++;
    else if (cur[j].kind === 'open' && --d === 0) {
      open = j;
      break;
    }
  }
  if (open < 0) return -1;
  const before = cur[open - 1];
  if (cur[k + 1]?.text === '=>') return modifiers(open);
  if (before?.kind === 'id' && before.text === 'function') return open - 1;
  // `name(…)` or `function name(…)`: not a call such as `if (…)`, `foo(…)` followed by an object
  if (before?.kind === 'id' && !fam.keywords.has(before.text)) {
    const prev = cur[open - 2];
    if (prev && prev.kind === 'id' && prev.text === 'function') return modifiers(open - 2);
    // a method: the name starts an object member (after `{`, `,`) or follows a modifier
    if (!prev || prev.text === '{' || prev.text === ',' || ['async', 'static', 'get', 'set'].includes(prev.text))
      return modifiers(open - 1);
  }
  return -1;
}

/** Column of `offset` on its line (tabs count as one). */
export function column(text: string, offset: number): number {
  return offset - lineStartOf(text, offset);
}

/** The first word of a header, skipping `}`-chains and modifiers (`export`, `async`, `static`). */
export function headerWord(s: Stmt): string | undefined {
  for (const t of s.toks) {
    if (t.kind === 'id' && !['export', 'async', 'static', 'public', 'private', 'protected', 'default'].includes(t.text)) return t.text;
    if (t.kind !== 'op' || t.text !== '@') return undefined;
  }
  return undefined;
}
