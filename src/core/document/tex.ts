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
  /** The environment (`multline`, `align`…), when the region is one. */
  env?: string;
}

export interface Fence {
  lang: Lang;
  /** Offsets of the code inside the fence (after the opening line, before the closing one). */
  start: number;
  end: number;
}

const ENVS = 'equation|align|alignat|gather|multline|eqnarray|flalign|displaymath|math|split|aligned|gathered|dmath';
const BEGIN = new RegExp(`\\\\begin\\{(${ENVS})(\\*?)\\}(\\{[^}]*\\})?`, 'y');
/**
 * Alignment environments nested in a display (`equation` + `split`, `\left\{ aligned`): their rows
 * are the display's rows, so their markers neither nest nor belong to a formula.
 */
const INNER_ALIGN = /^\\(?:begin|end)\{(?:split|aligned|alignedat|gathered|multlined)\}(?:\{\d+\})?/;
/** Environments whose rows are one formula broken over lines, not one formula each. */
const ONE_FORMULA = new Set(['multline', 'multlined']);

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
    let env: string | undefined;
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
      env = m[1];
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
    if (offset >= s && offset <= e) return { region: { start: s, end: e, env } };
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

/** The rows of a region: the spans between top-level `\\` (an inner `split`/`aligned` is transparent). */
function rowBounds(text: string, region: TexRegion): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = region.start;
  let d = 0;
  for (let j = region.start; j < region.end; j++) {
    const c = text[j];
    if (c === '{') d++;
    else if (c === '}') d--;
    else if (c === '\\') {
      const inner = INNER_ALIGN.exec(text.slice(j, j + 40));
      if (inner) j += inner[0].length - 1;
      // an inner environment (cases) keeps its own rows
      else if (text.startsWith('\\begin{', j) || text.startsWith('\\end{', j)) {
        d += text[j + 1] === 'b' ? 1 : -1;
        j++;
      } else if (text[j + 1] === '\\' && d === 0) {
        out.push({ start, end: j });
        start = j + 2;
        j++;
      } else j++;
    }
  }
  out.push({ start, end: region.end });
  return out;
}

/**
 * The row of a region containing `offset` (rows split at top-level `\\`). A formula broken over
 * rows is one row: every row of `multline`, and in other environments a row that begins with an
 * operator (`& \quad + c`) or follows one ending with an operator or an open `\left(`.
 */
export function rowAt(text: string, region: TexRegion, offset: number): TexRow {
  const rows = rowBounds(text, region);
  let k = rows.findIndex((r) => offset <= r.end);
  if (k < 0) k = rows.length - 1;
  let a = k;
  let b = k;
  if (ONE_FORMULA.has(region.env ?? '')) {
    a = 0;
    b = rows.length - 1;
  } else {
    const row = (i: number) => clean(text, rows[i].start, rows[i].end).text;
    while (a > 0 && continues(row(a - 1), row(a))) a--;
    while (b < rows.length - 1 && continues(row(b), row(b + 1))) b++;
  }
  return clean(text, rows[a].start, rows[b].end);
}

const OPENS_WITH_OPERATOR = /^(?:\s|\\q?quad\b|\\[,;:!])*(?:[-+*/]|\\cdot\b|\\times\b)/;
const ENDS_WITH_OPERATOR = /(?:[-+*/=([]|\\cdot|\\times|\\left\s*(?:[([.|]|\\\{))\s*$/;

/**
 * Row `next` carries on the formula of row `prev`: an open `\left`, a row ending with `=`, or an
 * operator at the break when `next` is no equation of its own (`-\log p &= …` begins one).
 */
function continues(prev: string, next: string): boolean {
  if (!next.trim() || !prev.trim()) return false;
  const opens = (prev.match(/\\left\b/g) ?? []).length - (prev.match(/\\right\b/g) ?? []).length;
  if (opens > 0 || /=\s*$/.test(prev)) return true;
  return (ENDS_WITH_OPERATOR.test(prev) || OPENS_WITH_OPERATOR.test(next)) && splitEquals(next).length === 1;
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

/**
 * Alignment marks become spaces (so offsets stay): `&`, the `\\` between rows of one formula and
 * the markers of an inner `split`/`aligned`; those inside an inner environment (cases) stay.
 */
function alignmentToSpaces(row: string): string {
  let d = 0;
  let out = '';
  for (let j = 0; j < row.length; j++) {
    const inner = row[j] === '\\' ? INNER_ALIGN.exec(row.slice(j, j + 40)) : null;
    if (inner) {
      out += ' '.repeat(inner[0].length);
      j += inner[0].length - 1;
      continue;
    }
    if (row.startsWith('\\begin{', j)) d++;
    else if (row.startsWith('\\end{', j)) d--;
    if (d === 0 && row.startsWith('\\\\', j)) {
      out += '  ';
      j++;
      continue;
    }
    if (row[j] === '\\' && j + 1 < row.length) {
      out += row[j] + row[j + 1];
      j++;
      continue;
    }
    out += row[j] === '&' && d === 0 ? ' ' : row[j];
  }
  return out;
}

/** Relations read like `=` (`n! \approx \sqrt{2\pi n}…`): where a row splits and where a clause begins. */
const RELATIONS = new Set(['approx', 'triangleq', 'equiv', 'coloneqq', 'doteq', 'simeq', 'eqqcolon']);

/** The command at `j` (`\approx`), if the text has one there. */
const commandAt = (text: string, j: number): string | undefined => /^\\[A-Za-z]+/.exec(text.slice(j, j + 20))?.[0];
const isRelation = (cmd: string | undefined): cmd is string => !!cmd && RELATIONS.has(cmd.slice(1));
/** An `=` at `j` that is no part of `<=`, `>=`, `!=`. */
const isEquals = (text: string, j: number): boolean => text[j] === '=' && !'<>!'.includes(text[j - 1]);

/** A clause of a row: one formula, with its offset in the row text. */
export interface Clause {
  text: string;
  at: number;
}

/** Words in `\text{…}` that qualify a formula rather than name a quantity (`\text{Var}(X)`). */
const CONNECTIVE = /^\s*(?:where|for|if|with|and|when|otherwise|s\.t\.|since|as)\s*$|\s/;
const TEXT_CMD = /^,?\s*\\(?:text|textrm|textnormal|textit|mbox|hspace|intertext|mathrm)\s*\{([^{}]*)\}/;
/** `\quad`, `\implies`… between two formulas (spacing followed by an operator is still inside: `a \quad + b`). */
const BETWEEN = /^,?\s*\\(?:q?quad|implies|impliedby|iff|Rightarrow|Longrightarrow|Leftrightarrow|Longleftrightarrow)\b(?!\s*[-+*/^=])/;

/**
 * The clauses of a row, each its own formula: prose and spacing between them (`, \quad i = j`,
 * `\textrm{ for } x > 0`, `\text{where } R = …`, `\implies`) belong to none, and a top-level comma
 * before another `name = …` begins one (`\theta=\log\mu, Z=\dfrac{1}{1-\mu}`).
 */
export function clauses(text: string): Clause[] {
  const out: Clause[] = [];
  let from = 0;
  const cut = (end: number, next: number) => {
    out.push({ text: text.slice(from, end), at: from });
    from = next;
  };
  let d = 0;
  for (let j = 0; j < text.length; j++) {
    const c = text[j];
    if (c === '{' || c === '(' || c === '[') d++;
    else if (c === '}' || c === ')' || c === ']') d--;
    else if (d === 0 && text.startsWith('\\begin', j)) d += 100;
    else if (text.startsWith('\\end', j)) d -= 100;
    if (d !== 0 || (c !== ',' && c !== ';' && c !== '\\')) continue;
    const rest = text.slice(j);
    const words = TEXT_CMD.exec(rest);
    // `\mathrm{d}`, `\text{Var}`: a name; `\text{ where }`, `\mathrm{for}`: prose
    // a word called like a function (`\text{Var}(X)`) is a function name, not prose
    const prose =
      words &&
      !/^\s*(?:\\left)?\(/.test(rest.slice(words[0].length)) &&
      (/^,?\s*\\(?:hspace|intertext)/.test(rest) ||
        CONNECTIVE.test(words[1]) ||
        (j > 0 && !/\\mathrm/.test(words[0]) && words[1].trim().length > 1));
    const between = BETWEEN.exec(rest);
    if (prose || between) {
      const m = (prose ? words : between)!;
      cut(j, j + m[0].length);
      j += m[0].length - 1;
      continue;
    }
    // `\,` is spacing, not a comma
    if (c === '\\') j++;
    // `, Z = …`: a comma (or semicolon) before another relation ends this clause
    else if (relationAhead(text, j + 1)) cut(j, j + 1);
  }
  out.push({ text: text.slice(from), at: from });
  return out;
}

/** A top-level `=` after `from` before the next top-level comma. */
function relationAhead(text: string, from: number): boolean {
  let d = 0;
  for (let j = from; j < text.length; j++) {
    const c = text[j];
    if (c === '{' || c === '(' || c === '[') d++;
    else if (c === '}' || c === ')' || c === ']') d--;
    else if (d === 0 && (c === ',' || c === ';')) return false;
    else if (d === 0 && isEquals(text, j)) return true;
    else if (d === 0 && c === '\\' && isRelation(commandAt(text, j))) return true;
  }
  return false;
}

/** Splits a row at top-level `=` and relations (outside braces): `[lhs, …, rhs]` with their offsets in the row text. */
export function splitEquals(row: string): { text: string; at: number }[] {
  const out: { text: string; at: number }[] = [];
  let d = 0;
  let s = 0;
  for (let j = 0; j < row.length; j++) {
    const c = row[j];
    if (c === '{' || c === '(' || c === '[') d++;
    else if (c === '}' || c === ')' || c === ']') d--;
    else if (c === '\\') {
      const cmd = commandAt(row, j);
      if (d === 0 && isRelation(cmd)) {
        out.push({ text: row.slice(s, j), at: s });
        s = j + cmd.length;
      }
      j += cmd ? cmd.length - 1 : 1;
    } else if (d === 0 && isEquals(row, j)) {
      out.push({ text: row.slice(s, j), at: s });
      s = j + 1;
    }
  }
  out.push({ text: row.slice(s), at: s });
  return out;
}
