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

const CONTINUE_AFTER = new Set([
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
  const out: Stmt[] = [];
  let cur: Token[] = [];
  const stack: string[] = []; // 'B' = block brace, otherwise a bracket char
  let pd = 0; // bracket depth above the innermost block
  let depth = 0;
  let opens = false;
  let fnHeaderAt = -1; // `function` header (end family): index in cur where the signature starts

  const emit = (o: boolean, extraDepth = 0) => {
    if (cur.length) {
      const d = fam.blocks === 'indent' ? column(text, cur[0].start) : depth + extraDepth;
      out.push({ start: cur[0].start, end: cur[cur.length - 1].end, toks: cur, depth: d, opens: o, close: false });
    }
    cur = [];
    opens = false;
    fnHeaderAt = -1;
  };
  const emitClose = (t: Token) => {
    out.push({ start: t.start, end: t.end, toks: [t], depth, opens: false, close: true });
  };

  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    if (t.kind === 'comment') continue;
    if (t.kind === 'pre') {
      emit(opens);
      continue;
    }
    if (t.kind === 'nl') {
      if (pd > 0 || !cur.length) continue;
      if (fam.newline === 'never') continue;
      if (fam.newline === 'unlessContinued') {
        const last = cur[cur.length - 1];
        if (last.kind === 'op' && CONTINUE_AFTER.has(last.text) && !(fam.blocks === 'end' && last.text === "'")) continue;
        if (fam.leadingOperatorContinues) {
          const next = toks.slice(k + 1).find((x) => x.kind !== 'nl' && x.kind !== 'comment');
          if (
            next &&
            (next.kind === 'op' || next.kind === 'close') &&
            JS_CONTINUE_BEFORE.has(next.text) &&
            next.text !== ')' &&
            next.text !== ']'
          )
            continue;
        }
      }
      if (fam.blocks === 'indent') {
        const last = cur[cur.length - 1];
        emit(last.kind === 'op' && last.text === ':');
        continue;
      }
      if (fam.blocks === 'end' && cur.some((x) => x.kind === 'id' && x.text === 'do')) {
        emit(true);
        depth++;
        continue;
      }
      const wasOpen = opens;
      emit(opens);
      if (wasOpen && fam.blocks === 'end') depth++;
      continue;
    }
    if (t.kind === 'open') {
      // a function body inside an expression (`Object.freeze({ In(x) { … } })`, `xs.map((x) => {`,
      // `(function custom(e) {`): a block of its own, its header a statement; the expression resumes after `}`
      const hs = t.text === '{' && fam.blocks === 'braces' && pd > 0 && opts.nestedBodies !== false ? functionBodyHeader(cur, fam) : -1;
      if (hs >= 0) {
        const header = cur.slice(hs);
        cur = cur.slice(0, hs);
        emit(false);
        cur = header;
        emit(true);
        stack.push(`F${pd}`);
        pd = 0;
        depth++;
        continue;
      }
      if (t.text === '{' && fam.blocks === 'braces' && pd === 0) {
        const prev = cur[cur.length - 1];
        const bracket = prev && (BRACE_IS_BRACKET_AFTER.has(prev.text) || prev.kind === 'open');
        if (!bracket) {
          emit(true);
          stack.push('B');
          depth++;
          continue;
        }
      }
      stack.push(t.text);
      pd++;
      cur.push(t);
      continue;
    }
    if (t.kind === 'close') {
      const top = stack.length ? stack[stack.length - 1] : undefined;
      if (t.text === '}' && top?.startsWith('F') && pd === 0) {
        emit(opens);
        stack.pop();
        depth--;
        emitClose(t);
        pd = Number(top.slice(1));
        continue;
      }
      if (t.text === '}' && fam.blocks === 'braces' && (top === 'B' || (top === undefined && pd === 0))) {
        emit(opens);
        if (top) stack.pop();
        depth--;
        emitClose(t);
        continue;
      }
      if (top && top !== 'B') {
        stack.pop();
        pd--;
      }
      cur.push(t);
      // `function f(x) body end` on one line: the header ends with the signature
      if (fnHeaderAt >= 0 && pd === 0 && t.text === ')') {
        const next = toks[k + 1];
        if (next && next.kind !== 'nl' && !(next.kind === 'op' && (next.text === ';' || next.text === ','))) {
          emit(true);
          depth++;
        }
      }
      continue;
    }
    if (pd === 0 && t.kind === 'op' && (t.text === ';' || (t.text === ',' && fam.commaSeparates))) {
      const wasOpen = opens;
      emit(opens);
      if (wasOpen && fam.blocks === 'end') depth++;
      continue;
    }
    if (fam.blocks === 'end' && pd === 0 && t.kind === 'id') {
      if (t.text === 'end') {
        const wasOpen = opens;
        emit(opens);
        if (wasOpen) depth++;
        depth--;
        emitClose(t);
        continue;
      }
      if (!cur.length && fam.midBlock?.has(t.text)) {
        depth--;
        opens = true;
        cur.push(t);
        continue;
      }
      if (!cur.length && fam.endOpeners?.has(t.text)) {
        opens = true;
        if (t.text === 'function') fnHeaderAt = 0;
        cur.push(t);
        continue;
      }
    }
    cur.push(t);
  }
  const wasOpen = opens;
  emit(opens);
  if (wasOpen && fam.blocks === 'end') depth++;
  return out;
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
