// Detection in LaTeX and Markdown documents: the math region (or align row) under the cursor, its
// right-hand side when it is an equation, and earlier `name = …` rows of the window as dataflow.
import { parseStatement } from '../syntax';
import type { Lang } from '../types';
import { clauses, rowAt, splitEquals, texRegionAt } from './tex';
import { densityNote, readDifferential } from './differential';
import type { MathAt, ScanRequest } from './types';
import { has, names } from '../names';

/** A LaTeX symbol usable as a name: `h`, `y_1`, `\hat{y}`, `\alpha`. */
const LATEX_NAME = /^\s*([A-Za-z](?:_\{?\\?[A-Za-z0-9]+\}?)?|\\[a-zA-Z]+(?:\{[A-Za-z]+\})?(?:_\{?\\?[A-Za-z0-9]+\}?)?)\s*$/;
/** The name as the LaTeX front-end reads it: `L_\delta(r)` → L_delta, `\mathrm{lrelu}(x)` → lrelu. */
function targetName(lhs: string): string | undefined {
  try {
    const t = parseStatement(`${lhs} = 0`, 'latex').target;
    return typeof t === 'string' ? t : undefined;
  } catch {
    return undefined;
  }
}

/** `f(x)`, `L_\delta(r)`: the name a function definition gives (its parameter list dropped). */
const nameOf = (lhs: string) => lhs.replace(/\s*(?:\\left)?\([^()]*(?:\\right)?\)\s*$/, '').trim();

/** Names dataflow follows: the parser reads them as plain symbols (`h`, `z_1`). */
const DEF_NAME = /^\s*[A-Za-z](_[A-Za-z0-9])?\s*$/;

export function findTexMath(
  req: ScanRequest,
  lang: 'latex' | 'markdown',
  delegate: (lang: Lang, bounds: { min: number; max: number }) => MathAt | null,
): MathAt | null {
  const { text, offset, win, lines, isMath } = req;
  const { region, fence } = texRegionAt(text, win.from, win.to, offset, lang === 'markdown');
  if (fence) return fence.lang === 'latex' ? null : delegate(fence.lang, { min: fence.start, max: fence.end });
  if (!region) return null;
  const row = rowAt(text, region, offset);
  // the clause under the cursor (`f = … \text{where } \theta = a b`: each its own formula)
  const rel = offset - row.start;
  const clause = clauses(row.text).find((c) => rel >= c.at && rel <= c.at + c.text.length);
  if (!clause) return null; // on the prose between two clauses
  const parts = splitEquals(clause.text);
  // the right-hand side: the part under the cursor unless that is the left-hand side
  const crel = rel - clause.at;
  let k = parts.findIndex((p, i) => crel >= p.at && (i === parts.length - 1 || crel < parts[i + 1].at));
  if (k <= 0) k = parts.length - 1;
  const part = parts[k];
  const lead = part.text.length - part.text.trimStart().length;
  // a closing comma or full stop is not part of the formula (qualifying clauses are cut by clauses())
  let exprText = part.text
    .trim()
    .replace(/[,.;]$/, '')
    // `0.577\dots`: a number whose digits go on is that number (after an operator `\dots` is a series)
    .replace(/(\d)\s*\\[lc]?dots$/, '$1')
    .trim();
  let lhs = k > 0 ? parts[k - 1].text.trim() : undefined;
  let start = row.start + clause.at + part.at + lead;
  const notes: string[] = [];
  // `\lim_{n \to \infty} (1 + x/n)^n` with the cursor in the operand: the expression under the limit
  const limit = limitOperand(exprText);
  if (limit && offset >= start + limit.at) {
    start += limit.at;
    exprText = exprText.slice(limit.at);
    notes.push(`Under \`${limit.prefix}\`: the expression the limit is taken of, its variables free; the limit itself is not taken.`);
  }
  const diff = readDifferential(lhs, exprText);
  if (diff.kind === 'form') return null;
  if (diff.kind === 'density' && !definesD(req, region.start, row.start)) {
    exprText = diff.rhs;
    lhs = diff.lhs;
    notes.push(densityNote(diff.v, lhs && LATEX_NAME.test(nameOf(lhs)) ? nameOf(lhs) : undefined));
  }
  if (!exprText) return null;
  const math = isMath(exprText, 'latex', [], implicitProduct(exprText));
  const unknown = math ? undefined : unknownFunction(exprText);
  if (!math && !unknown) return null;
  const range = { start, end: start + exprText.length };
  let unreadable: string | undefined;
  if (unknown) {
    const at = start + (unknown.at ?? 0);
    const where = unknown.at === undefined ? '' : ` (line ${lines.lineAt(at)}, column ${at - text.lastIndexOf('\n', at - 1)} in the file)`;
    unreadable = `\`${unknown.name}\` is a function this version does not know${where}: no derivative is given through it.`;
  }
  // `h'(z) = h(z)(1 - h(z))`: the left side makes h a function, so `h(z)` on the right is a call
  // of a function the text does not define, not the product h·z
  if (lhs && callsOwnFunction(lhs, exprText)) return null;
  const found: MathAt = {
    range,
    text: text.slice(range.start, range.end),
    parseText: exprText,
    kind: 'latex',
    lang: 'latex',
    statement: {
      target: lhs && LATEX_NAME.test(nameOf(lhs)) ? targetName(lhs) : undefined,
      text: row.text.trim(),
      range: { start: row.start, end: row.end },
      line: lines.lineAt(start),
    },
    context: { where: names(), functions: names(), constants: names(), renamed: names(), notes, ...(unreadable ? { unreadable } : {}) },
  };
  found.context.where = earlierDefinitions(req, { regionStart: region.start, rowStart: row.start }, found.parseText, lhs);
  return found;
}

/**
 * The function a formula calls that this version does not know (`\text{Var}(X)`,
 * `\operatorname{foo}(x)`) and its offset in the formula, else undefined: other formulas that do not
 * parse (sums, integrals, vectors) are not scalar formulas and stay declined without a word.
 */
function unknownFunction(text: string): { name: string; at?: number } | undefined {
  try {
    parseStatement(text, 'latex');
    return undefined;
  } catch (e) {
    const m = /^unknown function '([^']+)'/.exec((e as Error).message);
    const column = (e as { column?: number }).column;
    // the parser points at the name's brace: the command starts at the backslash before it
    return m ? { name: m[1], at: column === undefined ? undefined : Math.max(0, text.lastIndexOf('\\', column - 1)) } : undefined;
  }
}

/** `d = …` earlier in the paragraph: then `d x` is the user's product, not a differential. */
function definesD(req: ScanRequest, regionStart: number, rowStart: number): boolean {
  return has(earlierDefinitions(req, { regionStart, rowStart }, 'd'), 'd');
}

/**
 * A formula that is a limit, `\lim_{n \rightarrow \infty} …`: its prefix and where the operand
 * starts (after the braced subscript and spaces); undefined for anything else.
 */
function limitOperand(text: string): { prefix: string; at: number } | undefined {
  const m = /^\\lim(?:its)?\s*_\s*\{/.exec(text);
  if (!m) return undefined;
  let depth = 1;
  let k = m[0].length;
  for (; k < text.length && depth > 0; k++) {
    if (text[k] === '\\') k++;
    else if (text[k] === '{') depth++;
    else if (text[k] === '}') depth--;
  }
  if (depth > 0) return undefined;
  const at = k + (text.slice(k).length - text.slice(k).trimStart().length);
  return at < text.length ? { prefix: text.slice(0, k), at } : undefined;
}

/** The left side names a one-letter function (`f(x)`, `h'(z)`) that the right side calls. */
function callsOwnFunction(lhs: string, rhs: string): boolean {
  const fn = /^([A-Za-z])'*\s*(?:\\left)?\(/.exec(lhs)?.[1];
  return !!fn && new RegExp(`(^|[^A-Za-z\\\\])${fn}\\s*(?:\\\\left)?\\(`).test(rhs);
}

/**
 * Factors side by side (`mgh`, `t x`, `2\pi n`, `\frac{1}{2}k`): a product, math even without an
 * operator sign. Command names do not count (`\mathbb{R}` is one symbol).
 */
function implicitProduct(text: string): boolean {
  const t = text.replace(/\\(?:frac|dfrac|tfrac|sqrt)\b/g, '*').replace(/\\[A-Za-z]+/g, '§');
  return /[-+*/^]/.test(t) || /[A-Za-z0-9}§]\s*[A-Za-z§]/.test(t);
}

/** `name = expr` rows before the cursor's row in the window (nearest wins), reachable from `expr`. */
function earlierDefinitions(
  req: ScanRequest,
  { regionStart, rowStart }: { regionStart: number; rowStart: number },
  expr: string,
  self?: string,
): Record<string, string> {
  const { text, win, isMath } = req;
  const defs: Record<string, string> = names();
  const found: { name: string; rhs: string }[] = [];
  // the cursor's paragraph only ("Let $h = w x$ and then $L = h^2$"): a list item, a heading or a
  // blank line begins another, where the same letter is other notation, not this one's dataflow
  let i = Math.max(win.from, paragraphStart(text, regionStart, win.from));
  let guard = 0;
  while (i < rowStart && guard++ < 400) {
    const probe = nextRegion(text, i, rowStart);
    if (!probe) break;
    let rs = probe.start;
    while (rs < probe.end) {
      const row = rowAt(text, probe, rs);
      if (row.start >= rowStart) break;
      const ps = splitEquals(row.text);
      if (ps.length === 2 && DEF_NAME.test(ps[0].text)) found.push({ name: ps[0].text.trim(), rhs: ps[1].text.trim() });
      rs = row.end + 2;
    }
    i = probe.end + 1;
  }
  for (const f of found) defs[f.name] = f.rhs; // later rows override earlier ones
  if (self) delete defs[self];
  const out: Record<string, string> = names();
  const queue = [expr];
  while (queue.length) {
    const e = queue.shift()!;
    for (const [n, rhs] of Object.entries(defs)) {
      if (has(out, n) || !mentions(e, n)) continue;
      if (!isMath(rhs, 'latex', [], true)) continue;
      out[n] = rhs;
      queue.push(rhs);
    }
  }
  return out;
}

/** A line that starts a new block of prose: a list item, a heading, a sectioning command. */
const BLOCK_START = /^\s*(?:[-*+]\s|\d+[.)]\s|#{1,6}\s|\\(?:item|section|subsection|subsubsection|paragraph|chapter)\b)/;

/** Start of the paragraph holding `at`: back over non-blank lines, stopping at a line that begins a block. */
function paragraphStart(text: string, at: number, floor: number): number {
  let start = text.lastIndexOf('\n', at - 1) + 1;
  while (start > floor) {
    const line = text.slice(start, text.indexOf('\n', start) < 0 ? text.length : text.indexOf('\n', start));
    if (BLOCK_START.test(line)) break;
    const prevStart = text.lastIndexOf('\n', start - 2) + 1;
    const prev = text.slice(prevStart, start - 1);
    if (!prev.trim()) break;
    start = prevStart;
  }
  return Math.max(start, floor);
}

function mentions(expr: string, name: string): boolean {
  const esc = name.replace(/[\\{}^$.*+?()[\]|]/g, '\\$&');
  return new RegExp(`(^|[^A-Za-z\\\\])${esc}(?![A-Za-z])`).test(expr);
}

function nextRegion(text: string, from: number, to: number): { start: number; end: number } | null {
  // the next region starting at or after `from`: probe with the scanner at each delimiter
  const re = /\$\$|\$|\\\[|\\begin\{/g;
  re.lastIndex = from;
  const m = re.exec(text);
  if (!m || m.index >= to) return null;
  const openEnd = m[0] === '\\begin{' ? text.indexOf('}', m.index) + 1 : m.index + m[0].length;
  const { region } = texRegionAt(text, m.index, Math.min(text.length, to + 20_000), openEnd, false);
  return region ?? { start: openEnd, end: openEnd };
}
