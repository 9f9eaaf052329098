// One lexer for every code family (see families.ts): identifiers, numbers, operators, brackets,
// strings, comments and newlines, with offsets into the whole document. It only ever runs over a
// window around the cursor (window.ts), so its cost is bounded whatever the file size.
import type { Family } from './families';

export type TokKind = 'id' | 'num' | 'op' | 'open' | 'close' | 'str' | 'comment' | 'pre' | 'nl';

export interface Token {
  kind: TokKind;
  start: number;
  end: number;
  text: string;
}

// Longest first: the lexer takes the first operator that matches.
const OPS = [
  '>>>=',
  '<<-',
  '**=',
  '//=',
  '<<=',
  '>>=',
  '===',
  '!==',
  '...',
  '%*%',
  '%/%',
  '%in%',
  '%o%',
  '**',
  '//',
  '==',
  '!=',
  '~=',
  '<=',
  '>=',
  '&&',
  '||',
  '->',
  '=>',
  '<-',
  '+=',
  '-=',
  '*=',
  '/=',
  '^=',
  '%=',
  '|=',
  '&=',
  '@=',
  ':=',
  '.*',
  './',
  '.^',
  ".'",
  '.\\',
  '::',
  '%%',
  '++',
  '--',
  '|>',
  '<<',
  '>>',
  '.=',
];

const NUMBER = /(?:0[xX][0-9a-fA-F_]+|(?:\d[\d_]*(?:\.(?![*/^\\'.])\d*)?|\.\d[\d_]*)(?:[eE][+-]?\d+)?)(?:im\b|[jJ]\b|[fFlLuU]{1,3}\b)?/y;
// C++14/C23: a `'` between digits separates them (`10'000`); lexed as a quote it would open a
// character literal that hides the rest of the line, `;` included, and merge two statements
const NUMBER_SEP =
  /(?:0[xX][0-9a-fA-F]+(?:'[0-9a-fA-F]+)*|(?:\d+(?:'\d+)*(?:\.(?![*/^\\'.])(?:\d+(?:'\d+)*)?)?|\.\d+(?:'\d+)*)(?:[eE][+-]?\d+)?)(?:[fFlLuU]{1,3}\b)?/y;

const NAMES_RE = new Map<string, RegExp>();

/** Every identifier in `text`, spelled as the family spells names (JavaScript's may hold `$`). */
export function identifiersIn(text: string, identExtra: string): string[] {
  let re = NAMES_RE.get(identExtra);
  if (!re) NAMES_RE.set(identExtra, (re = new RegExp(identRegex(identExtra).source, 'gu')));
  return text.match(re) ?? [];
}

function identRegex(extra: string): RegExp {
  const esc = extra.replace(/[\\\]^-]/g, '\\$&');
  return new RegExp(`[\\p{L}_${esc}][\\p{L}\\p{N}_${esc}]*`, 'uy');
}
const identCache = new Map<string, RegExp>();

/** Lexes `text[from, to)`. Unterminated strings stop at the line end, block comments at `to`. */
export function lex(text: string, fam: Family, from: number, to: number): Token[] {
  const toks: Token[] = [];
  let ident = identCache.get(fam.identExtra);
  if (!ident) identCache.set(fam.identExtra, (ident = identRegex(fam.identExtra)));
  let i = from;
  let lineStart = true; // only whitespace so far on this line
  const push = (kind: TokKind, start: number, end: number) => {
    toks.push({ kind, start, end, text: text.slice(start, end) });
  };
  while (i < to) {
    const c = text[i];
    if (c === '\n') {
      push('nl', i, i + 1);
      i++;
      lineStart = true;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r' || c === '\f') {
      i++;
      continue;
    }
    const wasLineStart = lineStart;
    lineStart = false;
    // Line continuation: `\` or `...` then the end of the line joins the two lines.
    if (fam.continuation && text.startsWith(fam.continuation, i)) {
      const eol = lineEnd(text, i, to);
      const rest = text.slice(i + fam.continuation.length, eol);
      if (fam.continuation === '...' || /^\s*$/.test(rest)) {
        i = Math.min(to, eol + 1);
        continue;
      }
    }
    // Preprocessor lines (C/C++): their own statement, never math.
    if (c === '#' && wasLineStart && fam.preprocessor) {
      let e = lineEnd(text, i, to);
      while (e < to && text[e - 1] === '\\') e = lineEnd(text, e + 1, to);
      push('pre', i, e);
      i = e;
      continue;
    }
    const block = fam.blockComments.find(
      (b) =>
        text.startsWith(b.open, i) && (!b.ownLine || (wasLineStart && /^\s*$/.test(text.slice(i + b.open.length, lineEnd(text, i, to))))),
    );
    if (block) {
      let e = text.indexOf(block.close, i + block.open.length);
      e = e < 0 || e >= to ? to : e + block.close.length;
      push('comment', i, e);
      i = e;
      continue;
    }
    if (fam.lineComments.some((m) => text.startsWith(m, i))) {
      const e = lineEnd(text, i, to);
      push('comment', i, e);
      i = e;
      continue;
    }
    // C++ raw string: its text may hold quotes, `//`, `/*` and line breaks, none of them code
    if (fam.rawStrings && (c === 'R' || c === 'u' || c === 'U' || c === 'L')) {
      RAW_STRING.lastIndex = i;
      const m = RAW_STRING.exec(text);
      if (m) {
        const close = `)${m[1]}"`;
        const e = text.indexOf(close, i + m[0].length);
        const end = e < 0 || e + close.length > to ? to : e + close.length;
        push('str', i, end);
        i = end;
        continue;
      }
    }
    const quote = fam.quotes.find((q) => text.startsWith(q, i));
    if (quote && !(quote === "'" && fam.transposeQuote && isOperandEnd(text[i - 1]))) {
      const e = stringEnd(text, i, to, quote, fam.backslashEscapes);
      push('str', i, e);
      i = e;
      continue;
    }
    if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(text[i + 1] ?? ''))) {
      const number = fam.digitSeparators ? NUMBER_SEP : NUMBER;
      number.lastIndex = i;
      const m = number.exec(text);
      if (m && m[0].length) {
        push('num', i, i + m[0].length);
        i += m[0].length;
        continue;
      }
    }
    ident.lastIndex = i;
    const id = ident.exec(text);
    if (id && id[0].length) {
      const e = Math.min(to, i + id[0].length);
      push('id', i, e);
      i = e;
      continue;
    }
    if (c === '(' || c === '[' || c === '{') {
      push('open', i, i + 1);
      i++;
      continue;
    }
    if (c === ')' || c === ']' || c === '}') {
      push('close', i, i + 1);
      i++;
      continue;
    }
    // JS/TS regular expression literal: lexed as a string, since `/a*b/`, `/[/*]/` or `/"/` are not
    // code (`/\/*/` would otherwise open a block comment that swallows the rest of the file)
    if (c === '/' && fam.regexLiterals && regexMayStart(toks)) {
      const e = regexEnd(text, i, to);
      if (e > 0) {
        push('str', i, e);
        i = e;
        continue;
      }
    }
    const op = OPS.find((o) => text.startsWith(o, i));
    if (op && i + op.length <= to) {
      push('op', i, i + op.length);
      i += op.length;
      continue;
    }
    push('op', i, i + 1);
    i++;
  }
  return toks;
}

const RAW_STRING = /(?:u8|[uUL])?R"([^()\\\s"]{0,16})\(/y;

/** Words after which a `/` starts a regular expression, not a division. */
const REGEX_AFTER = new Set([
  'return',
  'typeof',
  'instanceof',
  'in',
  'of',
  'new',
  'delete',
  'void',
  'throw',
  'case',
  'do',
  'else',
  'yield',
  'await',
]);

/**
 * A `/` starts a regular expression where an operand cannot end: at the start, after an operator,
 * an opening bracket, a block's `}` or a keyword like `return`. After a name, number, string, `)`
 * or `]` (and postfix `++`/`--`) it is a division, across line breaks too (`a\n/ b` divides in JS).
 */
function regexMayStart(toks: Token[]): boolean {
  for (let k = toks.length - 1; k >= 0; k--) {
    const t = toks[k];
    if (t.kind === 'nl' || t.kind === 'comment') continue;
    if (t.kind === 'op') return t.text !== '++' && t.text !== '--';
    // after a block's `}` a statement starts (`function f() {}` then `/re/.test(s)`)
    if (t.kind === 'open' || (t.kind === 'close' && t.text === '}')) return true;
    if (t.kind === 'id') return REGEX_AFTER.has(t.text);
    return false;
  }
  return true;
}

/** End of the regular expression literal at `i` (flags included), or -1 if it is not one on this line. */
function regexEnd(text: string, i: number, to: number): number {
  let inClass = false; // `/[/]/`: a `/` inside a character class does not end the literal
  for (let j = i + 1; j < to; j++) {
    const ch = text[j];
    if (ch === '\n') return -1;
    if (ch === '\\') {
      j++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === '/') {
      j++;
      while (j < to && /[a-z]/i.test(text[j])) j++;
      return j;
    }
  }
  return -1;
}

function lineEnd(text: string, i: number, to: number): number {
  const e = text.indexOf('\n', i);
  return e < 0 || e > to ? to : e;
}

/** True after an identifier, number, closing bracket or transpose: a `'` there is the transpose. */
function isOperandEnd(ch: string | undefined): boolean {
  return !!ch && /[\p{L}\p{N}_)\]}'.]/u.test(ch);
}

function stringEnd(text: string, i: number, to: number, quote: string, escapes: boolean): number {
  const triple = quote.length === 3;
  const multiline = triple || quote === '`';
  let j = i + quote.length;
  while (j < to) {
    const ch = text[j];
    if (escapes && ch === '\\') {
      j += 2;
      continue;
    }
    if (!multiline && ch === '\n') return j; // unterminated: stop at the line end
    // a template literal's `${…}` may hold strings and templates of its own: `${`f(x*y)`}`
    if (quote === '`' && ch === '$' && text[j + 1] === '{') {
      j = substitutionEnd(text, j + 2, to);
      continue;
    }
    if (text.startsWith(quote, j)) {
      // MATLAB/Octave double a quote to escape it
      if (!escapes && quote.length === 1 && text[j + 1] === quote) {
        j += 2;
        continue;
      }
      return j + quote.length;
    }
    j++;
  }
  return to;
}

/** Just past the `}` that closes a template substitution whose code starts at `i`. */
function substitutionEnd(text: string, i: number, to: number): number {
  let depth = 0;
  let j = i;
  while (j < to) {
    const ch = text[j];
    if (ch === '`' || ch === '"' || ch === "'") {
      j = stringEnd(text, j, to, ch, true);
      continue;
    }
    if (ch === '{') depth++;
    else if (ch === '}' && depth-- === 0) return j + 1;
    j++;
  }
  return to;
}
