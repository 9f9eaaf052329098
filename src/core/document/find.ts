// findMathAt: the math under the cursor in a document of any supported language, with the
// dataflow context (earlier assignments, helper functions, constants) the engine needs for totals.
import type { Lang } from '../types';
import { candidates, innerTargets, joinTokens, tokenAt, type Span } from './candidates';
import { codeSpanInLine, formulaInLine, stripMarkers } from './comment';
import { strayCloser } from './strayBracket';
import { followAssignments, LOOPS, outerScope, scopeBefore } from './dataflow';
import { familyOf, type Family } from './families';
import { collectHelpers, functionHeader } from './helpers';
import { lex, type Token } from './lex';
import { LineIndex, lineStartOf, type CellSpan } from './lines';
import { defaultIsMath, looksLikeMath } from './mathCheck';
import { externalCalls, stillExternal, type Origin } from './external';
import { readImported } from './imported';
import { importedConstants } from './importedConstants';
import { arrayNamesAt, looksLikeArrayCode, shapesAt } from './arrayShapes';
import { assignmentOp, dottedChain, paramDefaults, shapeOf, type Shape } from './shape';
import { headerWord, splitStatements, type Stmt } from './statements';
import { findTop, matchClose } from './brackets';
import { findInCell } from './notebook';
import { hasUpdates, unfoldUpdates } from './updates';
import { findTexMath } from './texFind';
import { readDefault } from './defaults';
import type { FindOptions, FunctionDef, MathAt, MathCheck, ScanContext, ScanRequest } from './types';
import { windowAround } from './window';
import { has, names } from '../names';
import { MAX_DEPTH } from '../syntax/errors';

export interface FindOptionsWithLine extends FindOptions {
  /** 1-based line of `offset` when the caller knows it (the editor does); else counted. */
  line?: number;
  /** Restrict the search to [min, max) (a Markdown code fence). */
  bounds?: { min: number; max: number };
  /** Set by notebook.ts: `text` is the cells above joined to the cursor's cell; where they start. */
  cellSpans?: { spans: CellSpan[]; end: number };
}

/** The largest math expression containing `offset`, or null when the cursor is not on math. */
export function findMathAt(text: string, lang: Lang, offset: number, opts: FindOptionsWithLine = {}): MathAt | null {
  if (!(offset >= 0 && offset <= text.length)) return null;
  if (opts.cells?.length) return findInCell(text, lang, offset, opts, findMathAt);
  const win = windowAround(text, offset);
  if (!win) return null;
  if (opts.bounds) {
    win.from = Math.max(win.from, opts.bounds.min);
    win.to = Math.min(win.to, opts.bounds.max);
  }
  if (opts.stats) opts.stats.scanned = win.to - win.from;
  const line = opts.line ?? countLine(text, offset);
  const lines = new LineIndex(text, offset, line, win.from, win.to, opts.cellSpans);
  const req: ScanRequest = { text, offset, win, lines, isMath: opts.isMath ?? defaultIsMath };
  if (lang === 'latex' || lang === 'markdown') {
    return findTexMath(req, lang, (fenceLang, bounds) => findMathAt(text, fenceLang, offset, { ...opts, line, bounds }));
  }
  if (lang === 'math') return commentMath(req, 'code');
  const fam = familyOf(lang);
  if (!fam) return null;
  return findInCode(req, fam, opts);
}

function countLine(text: string, offset: number): number {
  // only when the caller did not say (CLI, tests): one pass up to the cursor
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** The statements of the window and the one under the cursor, with the token the cursor is on. */
interface Site {
  /** The statement was read through a default-value idiom (defaults.ts). */
  idiom?: boolean;
  toks: Token[];
  stmts: Stmt[];
  idx: number;
  stmt: Stmt;
  at: number;
}

function findInCode(req: ScanRequest, fam: Family, opts: FindOptions): MathAt | null {
  const { text, offset } = req;
  const toks = lex(text, fam, req.win.from, req.win.to);
  const hit = toks.find((t) => t.start <= offset && offset < t.end);
  const split = splitStatements(toks, fam, text);
  if (hit && (hit.kind === 'comment' || hit.kind === 'str')) return inCommentOrDocstring(req, fam, opts, split, hit);
  if (hit && hit.kind === 'pre') return null;
  // default-value idioms (`p = p || 0.45`) read as the value given, in the cursor's line and the lines followed
  const idioms = new Map<Stmt, string>();
  const stmts = split.map((st) => {
    const read = readDefault(st, fam);
    if (read) idioms.set(read.stmt, read.note);
    return read?.stmt ?? st;
  });
  const site = siteAt(stmts, toks, fam, offset);
  if (!site) return null;
  site.idiom = idioms.has(site.stmt);
  const helpers = collectHelpers(site.stmts, fam, text, site.idx, toks);
  const ctx: ScanContext = { ...req, fam, functions: Object.keys(helpers), files: opts.files };
  const shape = shapeOf(site.stmt, fam);
  const spans = candidates(site.stmt.toks, shape, site.at, fam, text);
  for (const span of spans) {
    // the first candidate is the whole value: array code the front-end cannot read is still found there
    const whole = span[0] === spans[0][0] && span[1] === spans[0][1];
    const found = readCandidate(ctx, site, shape, span, whole);
    if (!found) continue;
    // a call into another file not read: nothing to follow, the hover names the function instead
    if (opts.dataflow !== false && !found.result.context.external) {
      addDataflow(ctx, site, shape, span, found, names([...Object.entries(helpers), ...Object.entries(found.imported.functions)]));
      found.result.context.notes.push(...found.imported.notes);
    }
    const idiom = idioms.get(site.stmt);
    if (idiom) found.result.context.notes.unshift(idiom);
    return found.result;
  }
  return null;
}

/**
 * `if (c) body` or `for (…) body` on one line with `offset` in the body: the header and the body as
 * two statements. A loop's header opens a block holding the body, so the loop is a barrier for
 * what it assigns (`for (…) sum += f(i);`: `sum` and `i` change from pass to pass).
 */
function bracelessBody(s: Stmt, offset: number, fam: Family): [Stmt, Stmt] | undefined {
  const word = headerWord(s) ?? '';
  if (s.opens || !(word === 'if' || (LOOPS.has(word) && word !== 'do'))) return undefined;
  let close: number;
  if (fam.colonBodies) {
    // Python `for i in r: s += f(i)`: the body after the header's top-level `:` (loops only)
    if (word === 'if') return undefined;
    const colon = findTop(s.toks, 1, s.toks.length, (t) => t.kind === 'op' && t.text === ':');
    if (colon < 0) return undefined;
    close = colon + 1;
  } else {
    if (!fam.bracelessBranches || s.toks[1]?.text !== '(') return undefined;
    close = matchClose(s.toks, 1);
  }
  if (close >= s.toks.length || s.toks[close].start > offset) return undefined;
  const loop = word !== 'if';
  const part = (toks: Token[], opens: boolean, depth: number): Stmt => ({
    ...s,
    start: toks[0].start,
    end: toks[toks.length - 1].end,
    toks,
    opens,
    depth,
  });
  return [part(s.toks.slice(0, close), loop, s.depth), part(s.toks.slice(close), false, s.depth + (loop ? 1 : 0))];
}

/** A comment, or a docstring: the formula in its line (mathjs syntax), with the block's earlier lines as dataflow. */
function inCommentOrDocstring(req: ScanRequest, fam: Family, opts: FindOptions, stmts: Stmt[], hit: Token): MathAt | null {
  if (opts.comments === false) return null;
  if (hit.kind === 'str' && !isDocstring(hit, stmts, fam)) return null;
  const found = commentMath(req, 'comment', hit, fam.lang);
  if (found && found.lang === 'math' && opts.dataflow !== false) addCommentDataflow(found, req.text, hit, req.isMath);
  return found;
}

/** The statement under the cursor and its token; null where no math can be (an enum body, a keyword, a string). */
function siteAt(all: Stmt[], toks: Token[], fam: Family, offset: number): Site | null {
  let stmts = all;
  let idx = stmts.findIndex((s) => s.start <= offset && offset <= s.end);
  if (idx < 0) return null;
  const body = bracelessBody(stmts[idx], offset, fam);
  if (body) {
    // `if ((t *= 2) < 1) return -0.5 * …` on one line: the body is a statement of its own after the
    // condition (which runs first, so its assignments are followed)
    stmts = [...stmts.slice(0, idx), ...body, ...stmts.slice(idx + 1)];
    idx++;
  }
  const stmt = stmts[idx];
  if (fam.blocks === 'braces' && inEnumBody(stmts, idx)) return null;
  let at = tokenAt(stmt.toks, offset);
  if (at < 0) {
    // on whitespace inside the statement: the token before
    const next = stmt.toks.findIndex((t) => t.start > offset);
    // past the last token kept (a default set aside, `… : 1.70158`): the statement's last token
    at = next < 0 ? stmt.toks.length - 1 : next - 1;
    if (at < 0) return null;
  }
  const tok = stmt.toks[at];
  // a keyword is no math, but `std` in `std::tanh(x)` is the call's namespace
  if (tok.kind === 'id' && fam.keywords.has(tok.text) && stmt.toks[at + 1]?.text !== '::') return null;
  if (tok.kind === 'str') return null;
  return { toks, stmts, idx, stmt, at };
}

/**
 * One candidate span read as math (an update `w -= lr * dw` as the new w), with the expression's text
 * as read (updates unfolded); null when it is not math.
 */
function readCandidate(
  ctx: ScanContext,
  site: Site,
  shape: Shape,
  span: Span,
  whole: boolean,
): { result: MathAt; exprText: string; imported: { functions: Record<string, FunctionDef>; notes: string[] } } | null {
  const { text, fam } = ctx;
  const { stmt } = site;
  const [a, b] = span;
  // a string is no math, except inside array code the engine then names (`np.einsum("ij,ij->", …)`)
  const valued = shape.kind === 'assign' || shape.kind === 'return';
  const isBody = !!shape.fn && a >= shape.fn.body[0];
  if (
    stmt.toks.slice(a, b).some((t) => t.kind === 'str') &&
    !(whole && valued && looksLikeArrayCode(joinTokens(text, stmt.toks, a, b), fam.lang))
  )
    return null;
  // nested deeper than any parser follows: skip it cheaply (joining and parsing each of 2,000
  // nested groups made one hover quadratic); an inner group may still be math
  if (nestedBeyond(stmt.toks, a, b, MAX_DEPTH)) return null;
  // `--t * t`, `(t *= 2) < 1 ? …`: read as the value computed (updates.ts)
  const exprText = hasUpdates(stmt.toks, a, b, fam) ? unfoldUpdates(text, stmt.toks, a, b) : joinTokens(text, stmt.toks, a, b);
  if (exprText === undefined) return null;
  const aug = augmentedUpdate(stmt, shape, fam, [a, b]);
  // array code the front-end cannot read is still found whole, so the hover says what it cannot do
  const checked = aug ? `${aug.name} ${aug.op} (${exprText})` : exprText;
  let external: Record<string, Origin> | undefined;
  let imported = { functions: names<FunctionDef>(), notes: [] as string[] };
  const callsOut = (math: boolean) =>
    (external = externalCalls(
      text.slice(ctx.win.from, ctx.offset),
      fam.lang,
      checked,
      ctx.functions,
      (f) => ctx.isMath(checked, fam.lang, f),
      math,
    ));
  // a default-value idiom read as a lone name (`s = typeof s !== 'undefined' ? s : 1.7`) is the
  // expression written, not a bare alias: relaxed
  const idiom = whole && site.idiom;
  const math = ctx.isMath(checked, fam.lang, ctx.functions, idiom);
  // math as it stands, but calling an imported function the language also knows (`softplus` of ./act.js)
  if (math && whole && (valued || isBody)) callsOut(true);
  // math but for functions of other files (an import, MATLAB's path): found, so the hover names them;
  // asked before array code, where MATLAB's `sigmoidOctave(hx)` would read as indexing
  if (!math && !(whole && (valued || isBody) && callsOut(false)) && !(whole && isArrayCode(text, fam.lang, ctx.offset, exprText)))
    return null;
  if (external) {
    // their definitions, from the files the caller supplies (imported.ts); what is not read stays named
    const got = ctx.files ? readImported(external, fam.lang, fam, ctx.files, ctx.functions) : undefined;
    external = stillExternal(got ? got.unread : external, fam.lang);
    if (!external && got && !ctx.isMath(checked, fam.lang, [...ctx.functions, ...Object.keys(got.functions)])) return null;
    if (!external && got) imported = got;
  }
  const range = { start: stmt.toks[a].start, end: stmt.toks[b - 1].end };
  const target =
    shape.fn?.name ?? (shape.names.length === 1 ? shape.names[0] : shape.target ? joinTokens(text, stmt.toks, ...shape.target) : undefined);
  const result: MathAt = {
    range,
    text: text.slice(range.start, range.end),
    // without dataflow the update still reads from the earlier w (dataflow renames it the same way)
    parseText: aug ? `${aug.name}_0 ${aug.op} (${exprText})` : exprText,
    kind: 'code',
    lang: fam.lang,
    statement: {
      target:
        a === (shape.fn?.body[0] ?? shape.value?.[0]) && b === (shape.fn?.body[1] ?? shape.value?.[1]) ? target : innerTargets.get(span),
      params: isBody ? shape.fn!.params : undefined,
      text: text.slice(stmt.start, stmt.end),
      range: { start: stmt.start, end: stmt.end },
      line: ctx.lines.lineAt(stmt.start),
    },
    context: {
      where: names(),
      functions: imported.functions,
      constants: names(),
      renamed: names(),
      notes: [],
      ...(external && { external }),
    },
  };
  return { result, exprText, imported };
}

/**
 * `w -= lr * dw` with the cursor on the whole value: the hover is about the new w, `w_0 - lr * dw` (so
 * `b -= db` is math too); `self.G += g ** 2` too, its target the name `self.G` (the front-end's self_G).
 */
function augmentedUpdate(stmt: Stmt, shape: Shape, fam: Family, [a, b]: Span): { name: string; op: string } | undefined {
  const op = shape.op && assignmentOp(shape.op.text, fam);
  const attr = shape.target && !shape.names.length ? dottedChain(stmt.toks, shape.target) : undefined;
  const name = shape.names.length === 1 ? shape.names[0] : attr;
  return op && shape.kind === 'assign' && name && a === shape.value?.[0] && b === shape.value?.[1] ? { name, op } : undefined;
}

const usedIds = (body: string): string[] => body.match(/[\p{L}_][\p{L}\p{N}_]*/gu) ?? [];
/** Names used in `body`, and the dotted paths among them (`Easing.Bounce.Out`, an object-literal helper). */
const usedNames = (body: string): string[] => [
  ...usedIds(body),
  ...(body.match(/[\p{L}_][\p{L}\p{N}_]*(?:\s*\.\s*[\p{L}_][\p{L}\p{N}_]*)+/gu) ?? []).map((d) => d.replace(/\s+/g, '')),
];

/** Helpers reachable from `exprText`; in a helper's body that includes the helper itself when the body reaches it again (recursion, which the analysis then names). */
function reachableHelpers(exprText: string, helpers: Record<string, FunctionDef>): Record<string, FunctionDef> {
  const fns: Record<string, FunctionDef> = names();
  const queue = usedNames(exprText);
  while (queue.length) {
    const n = queue.shift()!;
    if (has(helpers, n) && !has(fns, n)) {
      fns[n] = helpers[n];
      queue.push(...usedNames(helpers[n].body));
    }
  }
  return fns;
}

/** The dataflow context of a found expression: helpers, earlier definitions through the enclosing scopes, parameter defaults. */
function addDataflow(
  ctx: ScanContext,
  site: Site,
  shape: Shape,
  [a, b]: Span,
  { result, exprText }: { result: MathAt; exprText: string },
  helpers: Record<string, FunctionDef>,
): void {
  const { text, fam } = ctx;
  const { stmts, idx, stmt, toks } = site;
  const fns = reachableHelpers(exprText, helpers);
  if (shape.fn && a >= shape.fn.body[0]) {
    // a helper's body: its parameters are the inputs; nothing above is followed
    result.context.functions = fns;
    result.context.defaults = paramDefaults(stmt.toks, shape.fn.body[0], shape.fn.params);
    return;
  }
  const cellStart = lastCellMarker(toks, fam, ctx.offset);
  const { scope, notes, params, header } = scopeBefore(ctx, stmts, idx, cellStart);
  // inside a function: definitions of the enclosing scopes (module constants) count too
  const outer = params && header !== undefined ? outerScope(ctx, stmts, header, params, cellStart) : [];
  const seeds = Object.values(fns).flatMap((f) => usedIds(f.body).filter((n) => !f.params.includes(n)));
  const flow = followAssignments(ctx, [...outer, ...scope], stmt, a, b, {
    seeds,
    aug: augmentedUpdate(stmt, shape, fam, [a, b]),
    macros: { ...importedConstants(text.slice(ctx.win.from, stmt.start), fam.lang), ...macrosBefore(toks, text, stmt.start) },
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

/** Helpers used by the followed definitions. */
function helpersIn(
  where: Record<string, string>,
  helpers: Record<string, FunctionDef>,
  have: Record<string, FunctionDef>,
): Record<string, FunctionDef> {
  const out: Record<string, FunctionDef> = names();
  const queue = Object.values(where).flatMap(usedNames);
  while (queue.length) {
    const n = queue.shift()!;
    if (has(helpers, n) && !has(have, n) && !has(out, n)) {
      out[n] = helpers[n];
      queue.push(...usedNames(helpers[n].body));
    }
  }
  return out;
}

/**
 * The members of an `enum { A = 1, B = A * 2 }` body (C, C++, TypeScript) read like assignments but
 * are named constants, no statements (tree-sitter: enumerator / enum_assignment).
 */
function inEnumBody(stmts: Stmt[], idx: number): boolean {
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
function isDocstring(tok: Token, stmts: Stmt[], fam: Family): boolean {
  if (!fam.docstrings) return false;
  const prefixed = (s: Stmt) => s.toks.length === 2 && !!fam.stringPrefixes?.has(s.toks[0].text) && s.toks[0].end === tok.start;
  return stmts.some((s) => s.toks[s.toks.length - 1] === tok && (s.toks.length === 1 || prefixed(s)));
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
function commentMath(req: ScanRequest, kind: 'comment' | 'code', tok?: Token, codeLang?: Lang): MathAt | null {
  const { text, offset, win, lines, isMath } = req;
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
  // code in backticks is code of the file's language (`**` is Python's power), not mathjs prose
  const code = codeLang ? codeSpanInLine(own, lineStart, offset) : null;
  const lang = code && isMath(code.text, codeLang!, []) ? codeLang! : 'math';
  const f = lang === 'math' ? formulaInLine(kind === 'comment' ? stripMarkers(own) : own, lineStart, offset) : code;
  if (!f) return null;
  // a comment formula with a stray closing bracket (AHEasing) is read without it where that is unambiguous
  const read =
    lang !== 'math' || isMath(f.text, 'math', [])
      ? { parseText: f.text, notes: [] as string[] }
      : unbalancedFormula(f.text, f.start - lineStart);
  if (!read) return null;
  return {
    range: { start: f.start, end: f.end },
    text: f.text,
    parseText: read.parseText,
    kind: kind === 'comment' ? 'comment' : 'code',
    lang,
    statement: {
      target: f.target,
      params: f.params,
      text: raw.trim(),
      range: { start: lineStart, end: lineEnd },
      line: lines.lineAt(lineStart),
    },
    context: { where: names(), functions: names(), constants: names(), renamed: names(), notes: [...(f.notes ?? []), ...read.notes] },
  };
}

/**
 * A comment formula with one closing bracket too many: read without it when every place its missing
 * `(` could go gives the same formula (with a note saying so); found as written when the places
 * disagree, so the hover names the bracket rather than guessing; null when it is no formula at all.
 */
function unbalancedFormula(text: string, column0: number): { parseText: string; notes: string[] } | null {
  const stray = strayCloser(text, 'math');
  if (!stray) return null;
  const where = `the '${text[stray.index]}' at column ${column0 + stray.index + 1}`;
  if ('ambiguous' in stray)
    return { parseText: text, notes: [`${where} has no opening bracket, and where it belongs changes the formula`] };
  if (!looksLikeMath(stray.text)) return null;
  return {
    parseText: stray.text,
    notes: [`${where} has no opening bracket; read without it (every place its opening bracket could go gives this same formula)`],
  };
}

/**
 * Dataflow inside a comment block: earlier comment lines of the same block with `name = formula`
 * (latest first wins) become definitions.
 */
function addCommentDataflow(found: MathAt, text: string, tok: Token, isMath: MathCheck): void {
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
