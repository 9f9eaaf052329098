// Notebooks (.ipynb): the code cells above the cursor's cell are read as the text above it, in
// document order, so dataflow (totals through earlier assignments, the values of literal
// assignments) follows them as a top-to-bottom run would, and a redefinition in a later cell wins.
// Only what the caller passes is read: the cells above, never those below, never outputs. A cell of
// another language (Markdown, raw, a %%bash cell) is skipped; a cell that does not end where it
// should (an open bracket, string or block) is skipped and said, since a run would stop there too.
import type { Lang } from '../types';
import { familyOf, type Family } from './families';
import { lex } from './lex';
import type { CellSpan } from './lines';
import { splitStatements } from './statements';
import type { MathAt } from './types';
import { LIMITS } from './window';

/** A cell above the cursor's, as the editor gives it. */
export interface CellAbove {
  text: string;
  /** The cell's language (a Lang, `markdown`, or any other language id): only cells in the cursor cell's language are read. */
  lang: string;
  /** 1-based position of the cell in the notebook (every cell counted), as messages name it: `cell 2, line 3`. */
  number: number;
}

/** A cell of a notebook as the editor lists it (code or Markdown), for `cellsBefore`. */
export interface NotebookCell {
  text: string;
  /** The cell's language id (`python`, `markdown`, …); a Markdown cell's is `markdown`. */
  lang: string;
}

/**
 * The cells above cell `index` (0-based) of a notebook, numbered as the user counts them (from 1,
 * Markdown cells included). Cells below the cursor's are never read: a top-to-bottom run has not
 * reached them.
 */
export function cellsBefore(cells: readonly NotebookCell[], index: number): CellAbove[] {
  return cells.slice(0, Math.max(0, index)).map((c, i) => ({ text: c.text, lang: c.lang, number: i + 1 }));
}

/** What the reader needs from the joined text: it, the cursor's offset in it, and where each cell starts. */
export interface JoinedCells {
  text: string;
  offset: number;
  /** Where the cursor's cell starts in `text`. */
  start: number;
  cells: { spans: CellSpan[]; end: number };
  /** Cells skipped for a reason the user should hear. */
  notes: string[];
  /** Code cells above the budget of what a hover reads (nearest first): their names are inputs. */
  cut: CellAbove[];
}

/**
 * Cells whose first line makes them something other than code of their language: an IPython cell
 * magic other than those that run the cell as Python in the user's namespace (`%%time`,
 * `%%capture`). Per language, as data.
 */
const NOT_CODE: Partial<Record<Lang, RegExp>> = {
  python: /^\s*%%(?!(?:time|capture)\b)/,
};

/** Between cells: a line ending any statement, so no statement runs from one cell into the next. */
const SEPARATOR = '\n;\n';
const SENTINEL = '__di_cell_end__';

/**
 * The cells above (in document order) joined before the cursor's cell `text`. The nearest cells are
 * taken first, within the budget of the text a hover reads above its line (window.ts).
 */
export function joinCells(text: string, lang: Lang, offset: number, cells: readonly CellAbove[]): JoinedCells {
  const fam = familyOf(lang);
  const alone: JoinedCells = { text, offset, start: 0, cells: { spans: [], end: 0 }, notes: [], cut: [] };
  if (!fam) return alone;
  const taken: CellAbove[] = [];
  const notes: string[] = [];
  const cut: CellAbove[] = [];
  // the window's budget above the cursor's line (window.ts), counted from the cursor
  let chars = offset;
  let lines = newlines(text, 0, offset);
  for (let i = cells.length - 1; i >= 0; i--) {
    const c = cells[i];
    if (c.lang !== lang || NOT_CODE[lang]?.test(c.text) || !c.text.trim()) continue;
    if (cut.length) {
      cut.push(c);
      continue;
    }
    chars += c.text.length + SEPARATOR.length;
    lines += newlines(c.text, 0, c.text.length) + 2;
    if (chars > LIMITS.aboveChars || lines > LIMITS.aboveLines) {
      cut.push(c);
      continue;
    }
    if (!endsClosed(c.text, fam)) {
      notes.push(`cell ${c.number} is not read: it ends inside an open bracket, string or block (a run would stop there too).`);
      continue;
    }
    taken.unshift(c);
  }
  if (!taken.length) return { ...alone, notes, cut };
  const spans: CellSpan[] = [];
  let joined = '';
  for (const c of taken) {
    spans.push({ start: joined.length, number: c.number });
    joined += c.text + SEPARATOR;
  }
  return { text: joined + text, offset: joined.length + offset, start: joined.length, cells: { spans, end: joined.length }, notes, cut };
}

function newlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * Said, never silent: the inputs of a result that a cell above the budget assigns (`lr = 0.01` in
 * the first cell of a long notebook) are inputs here, not that cell's value.
 */
function cutNotes(found: MathAt, cut: readonly CellAbove[]): string[] {
  if (!cut.length) return [];
  const ids = (t: string) => t.match(/[\p{L}_][\p{L}\p{N}_]*/gu) ?? [];
  const { where, functions } = found.context;
  const inputs = new Set([found.parseText, ...Object.values(where)].flatMap(ids).filter((n) => !(n in where) && !(n in functions)));
  const notes: string[] = [];
  for (const n of inputs) {
    // a line `n = …`, `n <- …`, `const n = …`, or a tuple target `m, n = …` (not a call's `f(m, n=1)`)
    const assigned = new RegExp(
      `^[\\t ]*(?:[\\p{L}_][\\p{L}\\p{N}_]*[\\t ]+)*(?:[\\p{L}_][\\p{L}\\p{N}_]*[\\t ]*,[\\t ]*)*${n}[\\t ]*(?:,[\\t ]*[\\p{L}_][\\p{L}\\p{N}_]*[\\t ]*)*(?:=(?!=)|<-|:=)`,
      'mu',
    );
    const c = cut.find((x) => assigned.test(x.text));
    if (c)
      notes.push(
        `\`${n}\` is assigned in cell ${c.number}, above the ${LIMITS.aboveLines} lines / ${LIMITS.aboveChars / 1000} kB a hover reads: an input here.`,
      );
    if (notes.length >= 3) break;
  }
  return notes;
}

/** Probes already made, by language and cell text: a hover asks again for the same cells above. */
const closedCache = new Map<string, boolean>();
/** Characters of cell text the cache may hold (the oldest probes go first). */
const CLOSED_CACHE_CHARS = 2_000_000;
let cachedChars = 0;

/** Does the cell end outside any bracket, string and block, so the next cell starts a statement of its own? */
function endsClosed(cell: string, fam: Family): boolean {
  const key = `${fam.lang}\u0000${cell}`;
  const hit = closedCache.get(key);
  if (hit !== undefined) return hit;
  const closed = probeClosed(cell, fam);
  for (const old of closedCache.keys()) {
    if (cachedChars + key.length <= CLOSED_CACHE_CHARS) break;
    closedCache.delete(old);
    cachedChars -= old.length;
  }
  closedCache.set(key, closed);
  cachedChars += key.length;
  return closed;
}

function probeClosed(cell: string, fam: Family): boolean {
  const probe = cell + SEPARATOR + SENTINEL;
  const stmts = splitStatements(lex(probe, fam, 0, probe.length), fam, probe);
  const last = stmts[stmts.length - 1];
  const first = stmts.find((s) => s.toks.length);
  return !!last && last.toks.length === 1 && last.toks[0].text === SENTINEL && last.depth <= (first?.depth ?? 0);
}

type Find = (text: string, lang: Lang, offset: number, opts: { line?: number; cellSpans?: JoinedCells['cells'] }) => MathAt | null;

/**
 * The math at `offset` of a notebook cell, read below the cells above it. Ranges come back in the
 * cell's own offsets. A formula in a comment or docstring is read in its cell alone (a comment block
 * does not run across cells).
 */
export function findInCell<O extends { line?: number; cells?: readonly CellAbove[] }>(
  text: string,
  lang: Lang,
  offset: number,
  opts: O,
  find: Find,
): MathAt | null {
  const own = { ...opts, cells: undefined };
  if (!familyOf(lang) || !opts.cells?.length) return find(text, lang, offset, own);
  const line = opts.line ?? lineOf(text, offset);
  const j = joinCells(text, lang, offset, opts.cells);
  if (j.start === 0 && !j.notes.length && !j.cut.length) return find(text, lang, offset, { ...own, line });
  const found = j.start ? find(j.text, lang, j.offset, { ...own, line, cellSpans: j.cells }) : undefined;
  if (found === null) return null;
  if (!found || found.kind !== 'code' || found.statement.range.start < j.start) {
    const alone = find(text, lang, offset, { ...own, line });
    if (alone && alone.kind === 'code') alone.context.notes.unshift(...j.notes, ...cutNotes(alone, j.cut));
    return alone;
  }
  const shift = (r: { start: number; end: number }) => ({ start: r.start - j.start, end: r.end - j.start });
  return {
    ...found,
    range: shift(found.range),
    statement: { ...found.statement, range: shift(found.statement.range) },
    context: { ...found.context, notes: [...j.notes, ...found.context.notes, ...cutNotes(found, j.cut)] },
  };
}

function lineOf(text: string, offset: number): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
