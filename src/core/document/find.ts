// findMathAt: the math under the cursor in a document of any supported language, with the
// dataflow context (earlier assignments, helper functions, constants) the engine needs for totals.
import type { Lang } from '../types';
import { candidates, joinTokens, tokenAt } from './candidates';
import { formulaInLine, stripMarkers } from './comment';
import { assignmentOp, followAssignments, outerScope, scopeBefore } from './dataflow';
import { familyOf, type Family } from './families';
import { collectHelpers, functionHeader } from './helpers';
import { lex, type Token } from './lex';
import { LineIndex, lineStartOf } from './lines';
import { defaultIsMath, looksLikeMath } from './mathCheck';
import { arrayNamesAt, looksLikeArrayCode, shapesAt } from './arrayShapes';
import { paramDefaults, shapeOf } from './shape';
import { splitStatements } from './statements';
import { hasUpdates, unfoldUpdates } from './updates';
import { findTexMath } from './texFind';
import type { FindOptions, FunctionDef, MathAt, MathCheck } from './types';
import { windowAround, type Window } from './window';
import { has, names } from '../names';
import { MAX_DEPTH } from '../syntax/errors';

export interface FindOptionsWithLine extends FindOptions {
  /** 1-based line of `offset` when the caller knows it (the editor does); else counted. */
  line?: number;
  /** Restrict the search to [min, max) (a Markdown code fence). */
  bounds?: { min: number; max: number };
}

/** The largest math expression containing `offset`, or null when the cursor is not on math. */
export function findMathAt(text: string, lang: Lang, offset: number, opts: FindOptionsWithLine = {}): MathAt | null {
  if (!(offset >= 0 && offset <= text.length)) return null;
  const win = windowAround(text, offset);
  if (!win) return null;
  if (opts.bounds) {
    win.from = Math.max(win.from, opts.bounds.min);
    win.to = Math.min(win.to, opts.bounds.max);
  }
  if (opts.stats) opts.stats.scanned = win.to - win.from;
  const line = opts.line ?? countLine(text, offset);
  const lines = new LineIndex(text, offset, line, win.from, win.to);
  const isMath = opts.isMath ?? defaultIsMath;
  if (lang === 'latex' || lang === 'markdown') {
    return findTexMath(text, lang, offset, win, lines, isMath, (fenceLang, bounds) =>
      findMathAt(text, fenceLang, offset, { ...opts, line, bounds }),
    );
  }
  if (lang === 'math') return commentMath(text, offset, win, lines, isMath, 'code');
  const fam = familyOf(lang);
  if (!fam) return null;
  return findInCode(text, fam, offset, win, lines, isMath, opts);
}

function countLine(text: string, offset: number): number {
  // only when the caller did not say (CLI, tests): one pass up to the cursor
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function findInCode(
  text: string,
  fam: Family,
  offset: number,
  win: Window,
  lines: LineIndex,
  isMath: MathCheck,
  opts: FindOptions,
): MathAt | null {
  const toks = lex(text, fam, win.from, win.to);
  const hit = toks.find((t) => t.start <= offset && offset < t.end);
  const stmts = splitStatements(toks, fam, text);
  if (hit && (hit.kind === 'comment' || hit.kind === 'str')) {
    if (opts.comments === false) return null;
    if (hit.kind === 'str' && !isDocstring(hit, stmts, fam)) return null;
    const found = commentMath(text, offset, win, lines, isMath, 'comment', hit);
    if (found && opts.dataflow !== false) addCommentDataflow(found, text, hit, lines, isMath);
    return found;
  }
  if (hit && hit.kind === 'pre') return null;
  const idx = stmts.findIndex((s) => s.start <= offset && offset <= s.end);
  if (idx < 0) return null;
  const stmt = stmts[idx];
  if (fam.blocks === 'braces' && inEnumBody(stmts, idx)) return null;
  let at = tokenAt(stmt.toks, offset);
  if (at < 0) {
    // on whitespace inside the statement: the token before
    at = stmt.toks.findIndex((t) => t.start > offset) - 1;
    if (at < 0) return null;
  }
  const tok = stmt.toks[at];
  // a keyword is no math, but `std` in `std::tanh(x)` is the call's namespace
  if (tok.kind === 'id' && fam.keywords.has(tok.text) && stmt.toks[at + 1]?.text !== '::') return null;
  if (tok.kind === 'str') return null;
  const shape = shapeOf(stmt, fam);
  const helpers = collectHelpers(stmts, fam, text);
  const fnNames = Object.keys(helpers);
  const spans = candidates(stmt.toks, shape, at, fam);
  for (const [a, b] of spans) {
    // a string is no math, except inside array code the engine then names (`np.einsum("ij,ij->", …)`)
    const whole = a === spans[0][0] && b === spans[0][1];
    const valued = shape.kind === 'assign' || shape.kind === 'return';
    if (
      stmt.toks.slice(a, b).some((t) => t.kind === 'str') &&
      !(whole && valued && looksLikeArrayCode(joinTokens(text, stmt.toks, a, b), fam.lang))
    )
      continue;
    // nested deeper than any parser follows: skip it cheaply (joining and parsing each of 2,000
    // nested groups made one hover quadratic); an inner group may still be math
    if (nestedBeyond(stmt.toks, a, b, MAX_DEPTH)) continue;
    // `--t * t`, `(t *= 2) < 1 ? …`: read as the value computed (updates.ts)
    const exprText = hasUpdates(stmt.toks, a, b, fam) ? unfoldUpdates(text, stmt.toks, a, b) : joinTokens(text, stmt.toks, a, b);
    if (exprText === undefined) continue;
    // `w -= lr * dw`: the hover is about the new w, w_0 - lr * dw (so `b -= db` is math too)
    const op = shape.op && assignmentOp(shape.op.text, fam);
    // `self.G += g ** 2` too: an attribute target is the name `self.G` (the front-end's self_G)
    const attr = shape.target && !shape.names.length ? dottedName(stmt.toks, shape.target) : undefined;
    const augName = shape.names.length === 1 ? shape.names[0] : attr;
    const aug =
      op && shape.kind === 'assign' && augName && a === shape.value?.[0] && b === shape.value?.[1] ? { name: augName, op } : undefined;
    // array code the front-end cannot read is still found whole, so the hover says what it cannot do
    if (
      !isMath(aug ? `${aug.name} ${aug.op} (${exprText})` : exprText, fam.lang, fnNames) &&
      !(whole && isArrayCode(text, fam.lang, offset, exprText))
    )
      continue;
    const range = { start: stmt.toks[a].start, end: stmt.toks[b - 1].end };
    const isBody = !!shape.fn && a >= shape.fn.body[0];
    const target =
      shape.fn?.name ??
      (shape.names.length === 1 ? shape.names[0] : shape.target ? joinTokens(text, stmt.toks, ...shape.target) : undefined);
    const result: MathAt = {
      range,
      text: text.slice(range.start, range.end),
      // without dataflow the update still reads from the earlier w (dataflow renames it the same way)
      parseText: aug ? `${aug.name}_0 ${aug.op} (${exprText})` : exprText,
      kind: 'code',
      lang: fam.lang,
      statement: {
        target: a === (shape.fn?.body[0] ?? shape.value?.[0]) && b === (shape.fn?.body[1] ?? shape.value?.[1]) ? target : undefined,
        params: isBody ? shape.fn!.params : undefined,
        text: text.slice(stmt.start, stmt.end),
        range: { start: stmt.start, end: stmt.end },
        line: lines.lineAt(stmt.start),
      },
      context: { where: names(), functions: names(), constants: names(), renamed: names(), notes: [] },
    };
    if (opts.dataflow !== false) {
      // helpers reachable from the expression only; in a helper's body that includes the helper
      // itself when the body reaches it again (recursion, which the analysis then names)
      const used = (body: string): string[] => body.match(/[\p{L}_][\p{L}\p{N}_]*/gu) ?? [];
      const fns: Record<string, FunctionDef> = names();
      const queue = used(exprText);
      while (queue.length) {
        const n = queue.shift()!;
        if (has(helpers, n) && !has(fns, n)) {
          fns[n] = helpers[n];
          queue.push(...used(helpers[n].body));
        }
      }
      if (isBody) {
        // a helper's body: its parameters are the inputs; nothing above is followed
        result.context.functions = fns;
        result.context.defaults = paramDefaults(stmt.toks, shape.fn!.body[0], shape.fn!.params);
        return result;
      }
      const cellStart = lastCellMarker(toks, fam, offset);
      const { scope, notes, params, header } = scopeBefore(stmts, idx, fam, lines, cellStart);
      // inside a function: definitions of the enclosing scopes (module constants) count too
      const outer = params && header !== undefined ? outerScope(stmts, header, params, fam, lines, cellStart) : [];
      const seeds = Object.values(fns).flatMap((f) => used(f.body).filter((n) => !f.params.includes(n)));
      const flow = followAssignments({ text, fam, lines, isMath, functions: fnNames }, [...outer, ...scope], stmt, a, b, {
        seeds,
        aug,
        macros: macrosBefore(toks, text, stmt.start),
      });
      result.parseText = flow.parseText;
      // `return …` in `def loss(…)`: the function's name is the target (dloss/dw1)
      if (shape.kind === 'return' && header !== undefined && a === shape.value?.[0] && b === shape.value?.[1]) {
        result.statement.target = functionHeader(stmts[header], fam)?.name ?? result.statement.target;
      }
      result.context = {
        ...flow.context,
        functions: names([...Object.entries(fns), ...Object.entries(helpersIn(flow.context.where, helpers, fns))]),
        notes: [...notes, ...flow.notes],
      };
      if (params && header !== undefined) result.context.defaults = paramDefaults(stmts[header].toks, stmts[header].toks.length, params);
    }
    return result;
  }
  return null;
}

/**
 * Array code the front-end cannot read (arrayShapes.ts): an array operation, a reduction or broadcast,
 * or a name the code around uses as an array. A decorator (`@cache(…)`) is no matrix product.
 */
function isArrayCode(text: string, lang: Lang, offset: number, exprText: string): boolean {
  if (!looksLikeMath(exprText) || /^\s*@/.test(exprText)) return false;
  if (looksLikeArrayCode(exprText, lang)) return true;
  const arrays = arrayNamesAt(text, lang, offset, shapesAt(text, lang, offset));
  return (exprText.match(/[\p{L}_][\p{L}\p{N}_]*/gu) ?? []).some((n) => arrays.has(n));
}

/** `#define NAME value` lines before `offset` (C/C++ object-like macros, the last one wins). */
function macrosBefore(toks: Token[], text: string, offset: number): Record<string, string> {
  const out: Record<string, string> = names();
  for (const t of toks) {
    if (t.start >= offset) break;
    if (t.kind !== 'pre') continue;
    const m = /^#\s*define\s+([A-Za-z_]\w*)[ \t]+(.+?)\s*(?:\/\/.*|\/\*.*\*\/\s*)?$/s.exec(text.slice(t.start, t.end));
    if (m && !m[2].includes('\\')) out[m[1]] = m[2];
  }
  return out;
}

/** `self.G`, `model.w` for a target made of names joined by dots; undefined for `a[i]`, `f(x).y`. */
function dottedName(toks: Token[], [from, to]: [number, number]): string | undefined {
  const t = toks.slice(from, to);
  if (t.length < 3 || t.length % 2 === 0) return undefined;
  return t.every((x, i) => (i % 2 === 0 ? x.kind === 'id' : x.kind === 'op' && x.text === '.')) ? t.map((x) => x.text).join('') : undefined;
}

/** Helpers used by the followed definitions. */
function helpersIn(
  where: Record<string, string>,
  helpers: Record<string, FunctionDef>,
  have: Record<string, FunctionDef>,
): Record<string, FunctionDef> {
  const out: Record<string, FunctionDef> = names();
  const queue = Object.values(where).flatMap((w) => w.match(/[\p{L}_][\p{L}\p{N}_]*/gu) ?? []);
  while (queue.length) {
    const n = queue.shift()!;
    if (has(helpers, n) && !has(have, n) && !has(out, n)) {
      out[n] = helpers[n];
      queue.push(...(helpers[n].body.match(/[\p{L}_][\p{L}\p{N}_]*/gu) ?? []));
    }
  }
  return out;
}

/**
 * The members of an `enum { A = 1, B = A * 2 }` body (C, C++, TypeScript) read like assignments but
 * are named constants, no statements (tree-sitter: enumerator / enum_assignment).
 */
function inEnumBody(stmts: ReturnType<typeof splitStatements>, idx: number): boolean {
  const depth = stmts[idx].depth;
  for (let i = idx - 1; i >= 0; i--) {
    const s = stmts[i];
    if (s.depth >= depth) continue;
    // `enum E {`, `export const enum E {`, `typedef enum {`, `enum class E : int {`
    return s.opens && s.toks.find((t) => !['export', 'declare', 'const', 'typedef'].includes(t.text))?.text === 'enum';
  }
  return false;
}

/** A string that is a statement on its own (Python/Julia docstring, or a bare string). */
function isDocstring(tok: Token, stmts: ReturnType<typeof splitStatements>, fam: Family): boolean {
  if (!fam.docstrings) return false;
  return stmts.some((s) => s.toks.length === 1 && s.toks[0] === tok);
}

/** Offset of the last notebook cell marker (`# %%`) at a line start before `offset`, or -1. */
function lastCellMarker(toks: Token[], fam: Family, offset: number): number {
  let best = -1;
  for (const t of toks) {
    if (t.start >= offset) break;
    if (t.kind === 'comment' && fam.cellMarkers.some((m) => t.text.startsWith(m))) best = t.start;
  }
  return best;
}

/**
 * A formula in the comment (or docstring) line under the cursor, in mathjs syntax. With `tok`, only
 * that comment's part of the line is read.
 */
function commentMath(
  text: string,
  offset: number,
  win: Window,
  lines: LineIndex,
  isMath: MathCheck,
  kind: 'comment' | 'code',
  tok?: Token,
): MathAt | null {
  const lineStart = lineStartOf(text, offset);
  let lineEnd = text.indexOf('\n', offset);
  if (lineEnd < 0) lineEnd = text.length;
  const raw = text.slice(Math.max(lineStart, win.from), lineEnd);
  // Code on the same line is no part of the formula: in `/* E = m*c^2 */ y = a*b;` the run of math
  // characters would go on past `*/` and take `a*b` (code) as the comment's formula. Blanked, so
  // columns stay where they were.
  let own = raw;
  if (tok) {
    const a = Math.max(0, Math.min(raw.length, tok.start - lineStart));
    const b = Math.max(a, Math.min(raw.length, tok.end - lineStart));
    own = ' '.repeat(a) + raw.slice(a, b) + ' '.repeat(raw.length - b);
  }
  const f = formulaInLine(kind === 'comment' ? stripMarkers(own) : own, lineStart, offset);
  if (!f || !isMath(f.text, 'math', [])) return null;
  return {
    range: { start: f.start, end: f.end },
    text: f.text,
    parseText: f.text,
    kind: kind === 'comment' ? 'comment' : 'code',
    lang: 'math',
    statement: {
      target: f.target,
      params: f.params,
      text: raw.trim(),
      range: { start: lineStart, end: lineEnd },
      line: lines.lineAt(lineStart),
    },
    context: { where: names(), functions: names(), constants: names(), renamed: names(), notes: [] },
  };
}

/**
 * Dataflow inside a comment block: earlier comment lines of the same block with `name = formula`
 * (latest first wins) become definitions.
 */
function addCommentDataflow(found: MathAt, text: string, tok: Token, lines: LineIndex, isMath: MathCheck): void {
  void lines;
  const where: Record<string, string> = names();
  let end = found.statement.range.start - 1;
  let count = 0;
  while (end > 0 && count++ < 50) {
    const start = lineStartOf(text, end);
    const raw = text.slice(start, end);
    const inBlock = start >= tok.start || /^\s*(#|\/\/|%|\*)/.test(raw);
    if (!inBlock) break;
    const stripped = stripMarkers(raw);
    const eq = stripped.indexOf('=');
    if (eq > 0) {
      const f = formulaInLine(stripped, start, start + stripped.length - 1);
      if (f && f.target && !f.params && !has(where, f.target) && isMath(f.text, 'math', [])) where[f.target] = f.text;
    }
    end = start - 1;
  }
  const used = new Set<string>();
  const queue: string[] = found.parseText.match(/[\p{L}_][\p{L}\p{N}_]*/gu) ?? [];
  while (queue.length) {
    const n = queue.shift()!;
    if (used.has(n) || !has(where, n)) continue;
    used.add(n);
    queue.push(...(where[n].match(/[\p{L}_][\p{L}\p{N}_]*/gu) ?? []));
  }
  found.context.where = names([...used].map((n) => [n, where[n]] as const));
}

/** Do brackets in tokens [a, b) nest more than `max` deep? (Stops at the first level past it.) */
function nestedBeyond(toks: Token[], a: number, b: number, max: number): boolean {
  let depth = 0;
  for (let k = a; k < b; k++) {
    if (toks[k].kind === 'open' && ++depth > max) return true;
    if (toks[k].kind === 'close') depth--;
  }
  return false;
}
