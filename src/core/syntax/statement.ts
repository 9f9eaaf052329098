// Statements in the code languages: `y = …`, `const y = …;`, `double y = …;`, `y <- …`, `… -> y`,
// `return …`, `a, b = e1, e2`, `f(x) = …` (Julia), `[a, b] = …` (MATLAB). Splits target from
// expression on the token stream, then hands each expression to the shared parser.
import type { MathNode } from '../mathjs';
import { inputError } from './errors';
import type { LangSpec } from './langs';
import { ExpressionParser } from './parser';
import { Token, tokenize } from './tokens';
import type { ParseOptions, Statement } from './types';

const DECLARATION_WORDS = new Set([
  'let',
  'const',
  'var',
  'auto',
  'static',
  'constexpr',
  'inline',
  'volatile',
  'register',
  'local',
  'global',
  'double',
  'float',
  'int',
  'long',
  'short',
  'unsigned',
  'signed',
  'real',
  'number',
  'Float64',
  'Float32',
]);

export function parseCodeStatement(text: string, spec: LangSpec, opts: ParseOptions = {}): Statement {
  const tokens = tokenize(text, spec.tokens);
  const users = new Set(opts.functions ?? []);
  let lo = 0;
  let hi = tokens.length - 1; // the 'end' token
  // Trailing semicolons (JS, C, MATLAB, Julia, R).
  while (hi > lo && isOp(tokens[hi - 1], ';')) hi--;
  const semi = tokens.slice(lo, hi).findIndex((t) => isOp(t, ';'));
  if (semi >= 0) throw inputError("one statement at a time: unexpected ';'", text, tokens[lo + semi].start);
  if (tokens[lo].kind === 'id' && tokens[lo].text === 'return') lo++;

  let target: string | string[] | undefined;
  const eq = findTopLevel(tokens, lo, hi, spec);
  if (eq) {
    if (eq.arrow === '->') {
      target = readTarget(tokens, eq.index + 1, hi, text);
      hi = eq.index;
    } else {
      target = readTarget(tokens, skipDeclaration(tokens, lo, eq.index), eq.index, text);
      lo = eq.index + 1;
    }
  }
  if (lo >= hi) throw inputError('expected an expression', text, tokens[lo]?.start ?? text.length);
  const exprText = text.slice(tokens[lo].start, end(tokens[hi - 1]));
  const offset = tokens[lo].start;
  const parts = splitOutputs(tokens, lo, hi);
  const notes: string[] = [];
  if (parts.length === 1 && !parts.bracketed) {
    return { target, expression: parseRange(text, tokens, spec, users, lo, hi, notes), text: exprText, offset, notes };
  }
  const outputs = parts.map(([a, b]) => parseRange(text, tokens, spec, users, a, b, notes));
  return { target, expression: outputs[0], outputs, text: exprText, offset, notes: [...new Set(notes)] };
}

export function parseCodeExpression(text: string, spec: LangSpec, opts: ParseOptions = {}): MathNode {
  const tokens = tokenize(text, spec.tokens);
  return new ExpressionParser(text, tokens, spec, new Set(opts.functions ?? [])).parseAll();
}

function parseRange(
  text: string,
  tokens: Token[],
  spec: LangSpec,
  users: ReadonlySet<string>,
  lo: number,
  hi: number,
  notes: string[],
): MathNode {
  const parser = new ExpressionParser(text, tokens, spec, users, lo, hi);
  const node = parser.parseAll();
  notes.push(...parser.notes);
  return node;
}

function isOp(t: Token | undefined, s: string): boolean {
  return !!t && t.kind === 'op' && t.text === s;
}

function end(t: Token): number {
  return t.start + t.text.length;
}

/** The assignment operator at bracket depth 0, if any. */
function findTopLevel(tokens: Token[], lo: number, hi: number, spec: LangSpec): { index: number; arrow?: string } | undefined {
  const assigns = (t: string) => t === '=' || (!!spec.tokens.arrows && (t === '<-' || t === '<<-' || t === '->'));
  const index = topLevelOps(tokens, lo, hi).find((k) => assigns(tokens[k].text));
  return index === undefined ? undefined : { index, arrow: tokens[index].text === '->' ? '->' : undefined };
}

/** Skips `const`, `double`, `static const float`, `std::` qualified types before a declared name. */
function skipDeclaration(tokens: Token[], lo: number, eq: number): number {
  let i = lo;
  while (i < eq - 1 && tokens[i].kind === 'id' && DECLARATION_WORDS.has(tokens[i].text)) i++;
  return i;
}

/** `y`, `y: float`, `a, b`, `(a, b)`, `[a, b]`, `f(x)` (Julia function definition), `y[i]`. */
function readTarget(tokens: Token[], lo: number, hi: number, text: string): string | string[] {
  const slice = tokens.slice(lo, hi);
  const bad = (t: Token | undefined) => inputError('cannot read the assignment target', text, (t ?? tokens[lo]).start);
  if (slice.length === 0) throw bad(undefined);
  // Type annotation (Python `y: float`, TypeScript `y: number`): drop from ':' on.
  const colon = slice.findIndex((t) => isOp(t, ':'));
  const core = colon >= 0 ? slice.slice(0, colon) : slice;
  if (core.length === 1 && core[0].kind === 'id') return core[0].text;
  // f(x) = … (Julia, math): the function's name is the target.
  if (core.length >= 3 && core[0].kind === 'id' && isOp(core[1], '(') && isOp(core[core.length - 1], ')')) return core[0].text;
  // y[i] = … : the element's name as the parser spells it.
  if (core.length >= 4 && core[0].kind === 'id' && isOp(core[1], '[') && isOp(core[core.length - 1], ']')) {
    return (
      core[0].text +
      '_' +
      core
        .slice(2, -1)
        .filter((t) => t.kind !== 'op')
        .map((t) => t.text)
        .join('_')
    );
  }
  const inner =
    (isOp(core[0], '(') && isOp(core[core.length - 1], ')')) || (isOp(core[0], '[') && isOp(core[core.length - 1], ']'))
      ? core.slice(1, -1)
      : core;
  const names: string[] = [];
  for (let i = 0; i < inner.length; i++) {
    const t = inner[i];
    if (i % 2 === 0 ? t.kind !== 'id' : !isOp(t, ',')) throw bad(t);
    if (i % 2 === 0) names.push(t.text);
  }
  if (names.length === 0) throw bad(core[0]);
  return names.length === 1 ? names[0] : names;
}

/** Top-level comma-separated parts; `(e1, e2)` and `[e1, e2]` around the whole are unwrapped. */
function splitOutputs(tokens: Token[], lo: number, hi: number): Array<[number, number]> & { bracketed?: boolean } {
  let a = lo;
  let b = hi;
  let bracketed = false;
  const opener = tokens[lo];
  if ((isOp(opener, '(') || isOp(opener, '[')) && matching(tokens, lo, hi) === hi - 1) {
    const commas = topCommas(tokens, lo + 1, hi - 1);
    if (commas.length > 0 || isOp(opener, '[')) {
      a = lo + 1;
      b = hi - 1;
      bracketed = isOp(opener, '[') || commas.length > 0;
    }
  }
  const commas = topCommas(tokens, a, b);
  const parts: Array<[number, number]> & { bracketed?: boolean } = [];
  let s = a;
  for (const c of commas) {
    parts.push([s, c]);
    s = c + 1;
  }
  parts.push([s, b]);
  parts.bracketed = bracketed || commas.length > 0;
  return parts;
}

function matching(tokens: Token[], open: number, hi: number): number {
  let depth = 0;
  for (let i = open; i < hi; i++) {
    const t = tokens[i];
    if (t.kind !== 'op') continue;
    if ('([{'.includes(t.text)) depth++;
    else if (')]}'.includes(t.text) && --depth === 0) return i;
  }
  return -1;
}

function topCommas(tokens: Token[], lo: number, hi: number): number[] {
  return topLevelOps(tokens, lo, hi).filter((k) => tokens[k].text === ',');
}

/** Indices of the operator tokens in [lo, hi) outside any bracket. */
function topLevelOps(tokens: Token[], lo: number, hi: number): number[] {
  const out: number[] = [];
  let depth = 0;
  for (let i = lo; i < hi; i++) {
    const t = tokens[i];
    if (t.kind !== 'op') continue;
    if ('([{'.includes(t.text)) depth++;
    else if (')]}'.includes(t.text)) depth--;
    else if (depth === 0) out.push(i);
  }
  return out;
}
