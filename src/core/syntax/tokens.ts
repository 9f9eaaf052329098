// Tokenizer shared by the code front-ends (math, Python, JavaScript/TypeScript, C/C++, Julia,
// MATLAB, R). Every token keeps its offset so that errors point at the user's column.
import { charAt, inputError } from './errors';

export type TokenKind = 'num' | 'id' | 'op' | 'end';

export interface Token {
  kind: TokenKind;
  /** The token text; for numbers, the literal as written (suffixes included). */
  text: string;
  /** Parsed value of a number token. */
  value?: number;
  /** 0-based offset in the source text. */
  start: number;
  /** Whitespace (or a comment) precedes the token: `2 x` versus `2x` matters to Julia. */
  spaced: boolean;
}

export interface TokenizeOptions {
  /** Line-comment starters: '#', '//', '%'. */
  lineComments: string[];
  /** C-style block comments. */
  blockComments: boolean;
  /** Element-wise operators `.* ./ .^ .+ .-` (Julia, MATLAB). */
  dotOperators: boolean;
  /** R's assignment arrows `<-`, `<<-`, `->`. */
  arrows: boolean;
  /** C/C++ numeric suffixes (1.0f, 10UL). */
  cSuffixes: boolean;
  /** C and JavaScript: `++`/`--` are increment/decrement, not two signs. */
  incDec?: boolean;
  /** mathjs and JavaScript: `$` may appear anywhere in a name (`a$b`), not only first. */
  dollarInNames?: boolean;
  /** Language name for messages. */
  label: string;
  /** Julia/MATLAB: a quote right after a value is read as the transpose operator (array front-end only). */
  transposes?: boolean;
}

// Longest first so that '**' wins over '*'.
const OPERATORS = [
  '===',
  '!==',
  '<<-',
  '++',
  '--',
  '**',
  '::',
  '==',
  '!=',
  '<=',
  '>=',
  '+=',
  '-=',
  '*=',
  '/=',
  '^=',
  '&&',
  '||',
  '//',
  '<-',
  '->',
  '.*',
  './',
  '.^',
  '.+',
  '.-',
  "'",
  '+',
  '-',
  '*',
  '/',
  '^',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  ',',
  ';',
  '=',
  '.',
  ':',
  '<',
  '>',
  '%',
  '&',
  '|',
  '!',
  '~',
  '?',
  '@',
  '\\',
  '√',
];

const ID_START = /[\p{L}_]/u;
const ID_PART = /[\p{L}\p{N}\p{M}_]/u; // marks: ŷ may be written as y + a combining hat

export function tokenize(text: string, opts: TokenizeOptions): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let spaced = true;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
      spaced = true;
      continue;
    }
    // Python/Julia/R line continuation and MATLAB's '...'
    if (c === '\\' && (text[i + 1] === '\n' || text[i + 1] === '\r')) {
      i += 2;
      spaced = true;
      continue;
    }
    if (opts.dotOperators && text.startsWith('...', i)) {
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? n : nl + 1;
      spaced = true;
      continue;
    }
    const lc = opts.lineComments.find((p) => text.startsWith(p, i));
    if (lc) {
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? n : nl + 1;
      spaced = true;
      continue;
    }
    if (opts.blockComments && text.startsWith('/*', i)) {
      const close = text.indexOf('*/', i + 2);
      if (close < 0) throw inputError('unterminated comment', text, i);
      i = close + 2;
      spaced = true;
      continue;
    }
    const start = i;
    if (isDigit(c) || (c === '.' && isDigit(text[i + 1] ?? ''))) {
      i = readNumber(text, i, opts, tokens, spaced);
      spaced = false;
      continue;
    }
    if (ID_START.test(c) || c === '$') {
      i++;
      while (i < n && (ID_PART.test(text[i]) || (opts.dollarInNames && text[i] === '$'))) i++;
      // Unicode combining marks / primes are rare; stop at anything else.
      tokens.push({ kind: 'id', text: text.slice(start, i), start, spaced });
      spaced = false;
      continue;
    }
    if (c === '"' || c === '`') {
      throw inputError('strings are not math: unexpected string', text, i);
    }
    // Julia/MATLAB: a quote right after a value is the transpose; anywhere else it opens a string.
    // Neither is differentiable math.
    if (c === "'") {
      const prev = tokens[tokens.length - 1];
      const afterValue = !spaced && prev && (prev.kind === 'id' || prev.kind === 'num' || prev.text === ')' || prev.text === ']');
      if (opts.dotOperators && afterValue && opts.transposes) {
        tokens.push({ kind: 'op', text: "'", start: i, spaced });
        i++;
        spaced = false;
        continue;
      }
      if (opts.dotOperators && afterValue) throw inputError("transpose (') is not supported", text, i);
      throw inputError('strings are not math: unexpected string', text, i);
    }
    const op = OPERATORS.find((o) => text.startsWith(o, i) && allowed(o, opts));
    if (!op) throw inputError(`unexpected character '${charAt(text, i)}'`, text, i);
    tokens.push({ kind: 'op', text: op, start, spaced });
    i += op.length;
    spaced = false;
  }
  tokens.push({ kind: 'end', text: '', start: n, spaced });
  return tokens;
}

function allowed(op: string, opts: TokenizeOptions): boolean {
  if (op.length === 2 && op[0] === '.' && '*/^+-'.includes(op[1])) return opts.dotOperators;
  if (op === '<-' || op === '->' || op === '<<-') return opts.arrows;
  if (op === '++' || op === '--') return !!opts.incDec;
  return true;
}

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}

function readNumber(text: string, i: number, opts: TokenizeOptions, out: Token[], spaced: boolean): number {
  const start = i;
  let body: string;
  const hex = /^0[xX][0-9a-fA-F_]+/.exec(text.slice(i, i + 40));
  if (hex) {
    body = hex[0];
    i += body.length;
  } else {
    const m = /^(?:\d[\d_]*)?(?:\.(?:\d[\d_]*)?)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    body = m ? m[0] : '';
    // Julia/MATLAB `2.*x` is 2 .* x: leave the dot to the element-wise operator.
    if (opts.dotOperators && body.endsWith('.') && "*/^+-'".includes(text[i + body.length] ?? '')) {
      body = body.slice(0, -1);
    }
    i += body.length;
    if (!body) throw inputError('malformed number', text, start);
  }
  let suffix = '';
  const rest = text.slice(i, i + 4);
  const sfx = opts.cSuffixes
    ? /^(?:[fF]|[lL]{1,2}|[uU][lL]{0,2}|[lL]{1,2}[uU])(?![\p{L}\p{N}_])/u.exec(rest)
    : /^[L](?![\p{L}\p{N}_])/u.exec(rest); // R integer literal 10L
  if (sfx && (opts.cSuffixes || opts.label === 'R')) {
    suffix = sfx[0];
    i += suffix.length;
  }
  if (/^(?:im|[ij])(?![\p{L}\p{N}_])/u.test(text.slice(i, i + 3)) && opts.label !== 'math') {
    throw inputError('complex numbers are not supported', text, start);
  }
  const clean = body.replace(/_/g, '');
  const value = hex ? parseInt(clean.slice(2), 16) : Number(clean.endsWith('.') ? clean.slice(0, -1) : clean);
  if (!Number.isFinite(value) && !/^[\d.]+[eE]/.test(clean)) throw inputError('malformed number', text, start);
  out.push({ kind: 'num', text: body + suffix, value, start, spaced });
  return i;
}
