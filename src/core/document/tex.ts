// Math regions in LaTeX and Markdown: `$…$`, `$$…$$`, `\(…\)`, `\[…\]` and the equation-like
// environments; within an align-like region the row under the cursor (`\\` separates rows, `&`
// aligns). Markdown fenced code blocks are reported so detection can hand them to the code
// scanner of their language. Only the window around the cursor is scanned.
import type { Lang } from '../types';
import { lineStartOf } from './lines';

export interface TexRegion {
  /** Offsets of the region's content (inside the delimiters). */
  start: number;
  end: number;
}

export interface Fence {
  lang: Lang;
  /** Offsets of the code inside the fence (after the opening line, before the closing one). */
  start: number;
  end: number;
}

const ENVS = 'equation|align|alignat|gather|multline|eqnarray|flalign|displaymath|math|split|aligned|gathered|dmath';
const BEGIN = new RegExp(`\\\\begin\\{(${ENVS})(\\*?)\\}(\\{[^}]*\\})?`, 'y');

const FENCE_LANGS: Record<string, Lang> = {
  python: 'python',
  py: 'python',
  javascript: 'javascript',
  js: 'javascript',
  typescript: 'typescript',
  ts: 'typescript',
  c: 'c',
  cpp: 'cpp',
  'c++': 'cpp',
  julia: 'julia',
  jl: 'julia',
  matlab: 'matlab',
  octave: 'matlab',
  r: 'r',
  latex: 'latex',
  tex: 'latex',
  math: 'latex',
};

/**
 * The math region (or Markdown code fence) containing `offset`, scanning [from, to) from a line
 * start. `markdown` skips inline code spans and recognises fences.
 */
export function texRegionAt(
  text: string,
  from: number,
  to: number,
  offset: number,
  markdown: boolean,
): { region?: TexRegion; fence?: Fence } {
  let i = from;
  while (i < to) {
    const c = text[i];
    if (c === '\\' && text[i + 1] !== '[' && text[i + 1] !== '(' && !text.startsWith('\\begin{', i)) {
      i += 2;
      continue;
    }
    if (!markdown && c === '%') {
      const e = text.indexOf('\n', i);
      i = e < 0 ? to : e;
      continue;
    }
    if (markdown && c === '`') {
      const atLineStart = lineStartOf(text, i);
      if (text.startsWith('```', i) && /^\s*$/.test(text.slice(atLineStart, i))) {
        const eol = lineEndOf(text, i, to);
        const info = text
          .slice(i + 3, eol)
          .trim()
          .split(/[\s{,]/)[0]
          .toLowerCase();
        let close = text.indexOf('\n```', eol);
        if (close < 0 || close > to) close = to;
        if (offset > eol && offset <= close) {
          const lang = FENCE_LANGS[info];
          return lang ? { fence: { lang, start: eol + 1, end: close } } : {};
        }
        i = close + 4;
        continue;
      }
      // inline code span: skip to the matching run of backticks on the line
      let n = 1;
      while (text[i + n] === '`') n++;
      const e = text.indexOf('`'.repeat(n), i + n);
      const eol = lineEndOf(text, i, to);
      if (e >= 0 && e < eol) {
        if (offset >= i && offset < e + n) return {};
        i = e + n;
      } else i += n;
      continue;
    }
    let open = '';
    let close = '';
    if (text.startsWith('$$', i)) {
      open = '$$';
      close = '$$';
    } else if (c === '$') {
      open = '$';
      close = '$';
    } else if (text.startsWith('\\[', i)) {
      open = '\\[';
      close = '\\]';
    } else if (text.startsWith('\\(', i)) {
      open = '\\(';
      close = '\\)';
    } else if (text.startsWith('\\begin{', i)) {
      BEGIN.lastIndex = i;
      const m = BEGIN.exec(text);
      if (!m) {
        i += 7;
        continue;
      }
      open = m[0];
      close = `\\end{${m[1]}${m[2]}}`;
    }
    if (!open) {
      i++;
      continue;
    }
    const s = i + open.length;
    const e = findClose(text, s, to, close);
    // a lone `$` (a price in prose) with no closing on the same paragraph is not math
    if (e < 0) {
      i = s;
      continue;
    }
    if (offset >= s && offset <= e) return { region: { start: s, end: e } };
    if (offset >= i && offset < e + close.length) return {}; // on a delimiter
    i = e + close.length;
    if (i > offset) return {};
  }
  return {};
}

function lineEndOf(text: string, i: number, to: number): number {
  const e = text.indexOf('\n', i);
  return e < 0 || e > to ? to : e;
}

function findClose(text: string, s: number, to: number, close: string): number {
  let j = s;
  while (j < to) {
    if (text[j] === '\\' && !text.startsWith(close, j)) {
      j += 2;
      continue;
    }
    if (text.startsWith(close, j)) return j;
    // inline `$…$` stays within a paragraph
    if (close === '$' && text[j] === '\n' && text[j + 1] === '\n') return -1;
    j++;
  }
  return -1;
}

export interface TexRow {
  start: number;
  end: number;
  /** Cleaned text: `&`, `\label{…}`, `\nonumber`, `\tag{…}` and trailing punctuation removed. */
  text: string;
}

/** The row of a region containing `offset` (rows split at top-level `\\`). */
export function rowAt(text: string, region: TexRegion, offset: number): TexRow {
  let start = region.start;
  let d = 0;
  for (let j = region.start; j < region.end; j++) {
    const c = text[j];
    // an inner environment (cases) keeps its own rows
    if (c === '\\' && (text.startsWith('\\begin{', j) || text.startsWith('\\end{', j))) {
      d += text[j + 1] === 'b' ? 1 : -1;
      j++;
    } else if (c === '{') d++;
    else if (c === '}') d--;
    else if (c === '\\' && text[j + 1] === '\\' && d === 0) {
      if (offset <= j) return clean(text, start, j);
      start = j + 2;
      j++;
    } else if (c === '\\') j++;
  }
  return clean(text, start, region.end);
}

function clean(text: string, start: number, end: number): TexRow {
  const raw = text.slice(start, end);
  const cleaned = alignmentToSpaces(raw)
    .replace(/\\(label|tag|eqref|ref)\*?\{[^}]*\}/g, (m) => ' '.repeat(m.length))
    .replace(/\\(nonumber|notag|displaystyle)\b/g, (m) => ' '.repeat(m.length))
    .replace(/%[^\n]*/g, (m) => ' '.repeat(m.length))
    .replace(/[\s,.;]*(\\[,;!]\s*)*[,.;]?\s*$/, '');
  return { start, end, text: cleaned };
}

/** The alignment `&` of align-like rows become spaces; those inside an inner environment (cases) stay. */
function alignmentToSpaces(row: string): string {
  let d = 0;
  let out = '';
  for (let j = 0; j < row.length; j++) {
    if (row.startsWith('\\begin{', j)) d++;
    else if (row.startsWith('\\end{', j)) d--;
    out += row[j] === '&' && d === 0 ? ' ' : row[j];
  }
  return out;
}

/** Splits a row at top-level `=` (outside braces): `[lhs, …, rhs]` with their offsets in the row text. */
const RELATIONS = new Set(['approx', 'triangleq', 'equiv', 'coloneqq', 'doteq', 'simeq', 'eqqcolon']);

/**
 * Where a formula ends before a clause that qualifies it: `, \quad i = j`, `\textrm{ for } x > 0`,
 * `\textnormal{ if $|r|<1$}`, `, \text{where } …` (outside braces and environments).
 */
export function clauseStart(text: string): number {
  let d = 0;
  for (let j = 0; j < text.length; j++) {
    const c = text[j];
    if (c === '{' || c === '(' || c === '[') d++;
    else if (c === '}' || c === ')' || c === ']') d--;
    else if (d === 0 && text.startsWith('\\begin', j)) d += 100;
    else if (text.startsWith('\\end', j)) d -= 100;
    if (d !== 0) continue;
    const rest = text.slice(j);
    // (spacing followed by an operator is still inside the formula: `a \quad + b`)
    if (
      /^,?\s*\\(?:quad|qquad|text|textrm|textnormal|textit|mbox|hspace|mathrm\{\s*(?:where|for|if|with)\b)/.test(rest) &&
      j > 0 &&
      !/^\s*\\q?quad\s*[-+*/^=]/.test(rest)
    )
      return j;
  }
  return text.length;
}

export function splitEquals(row: string): { text: string; at: number }[] {
  const out: { text: string; at: number }[] = [];
  let d = 0;
  let s = 0;
  for (let j = 0; j < row.length; j++) {
    const c = row[j];
    if (c === '{' || c === '(' || c === '[') d++;
    else if (c === '}' || c === ')' || c === ']') d--;
    else if (c === '\\') {
      // \approx, \triangleq, \equiv, \coloneqq: relations like `=` (`n! \approx \sqrt{2\pi n}…`)
      const m = /^\\([A-Za-z]+)/.exec(row.slice(j, j + 20));
      if (m && d === 0 && RELATIONS.has(m[1])) {
        out.push({ text: row.slice(s, j), at: s });
        s = j + m[0].length;
      }
      j += m ? m[0].length - 1 : 1;
    } else if (c === '=' && d === 0 && row[j - 1] !== '<' && row[j - 1] !== '>' && row[j - 1] !== '!') {
      out.push({ text: row.slice(s, j), at: s });
      s = j + 1;
    }
  }
  out.push({ text: row.slice(s), at: s });
  return out;
}
