// Formulas written in comments and docstrings, in mathjs syntax: `# E = x^2 * y + sin(x*y)`.
// A comment line is prose with maybe a formula in it; the formula is the run of math around the
// cursor, cut where two words stand side by side ("the energy E = …", "… where x is"), since
// mathjs would read "compute the loss" as a product of three symbols.

import { densityNote } from './differential';

export interface CommentFormula {
  /** Offsets of the formula's right-hand side in the document. */
  start: number;
  end: number;
  text: string;
  /** The name on the left of `=`, when there is one. */
  target?: string;
  /** `f(x, y) = …`: parameters of the left-hand side. */
  params?: string[];
  /** What the reading assumed (a differential dropped). */
  notes?: string[];
}

// Characters a formula is made of; anything else (`:`, `;`, `?`, quotes, backticks) ends it.
const MATH_CHAR = /[\p{L}\p{N}_.+\-*/^()[\],=!' \t]/u;
// A hyphenated compound ("least-squares", "cross-entropy") is one prose word, not a subtraction.
const WORD = /\p{L}{2,}(?:-\p{L}{2,})+|[\p{L}_][\p{L}\p{N}_]*(?:\.[\p{L}_][\p{L}\p{N}_]*)*|\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\S/uy;

interface Lexeme {
  text: string;
  start: number;
  end: number;
  kind: 'word' | 'num' | 'sym';
}

function lexemes(s: string, base: number): Lexeme[] {
  const out: Lexeme[] = [];
  let i = 0;
  while (i < s.length) {
    if (/\s/.test(s[i])) {
      i++;
      continue;
    }
    WORD.lastIndex = i;
    const m = WORD.exec(s)!;
    const t = m[0];
    out.push({ text: t, start: base + i, end: base + i + t.length, kind: /^[\p{L}_]/u.test(t) ? 'word' : /^\d/.test(t) ? 'num' : 'sym' });
    i += t.length;
  }
  return out;
}

/**
 * The formula around `offset` in one line of comment text (`line` starts at document offset
 * `lineStart`; comment markers already blanked out), or null when the cursor is on prose.
 */
export function formulaInLine(line: string, lineStart: number, offset: number): CommentFormula | null {
  const rel = offset - lineStart;
  if (rel < 0 || rel > line.length) return null;
  // the run of math characters around the cursor
  let a = rel;
  let b = rel;
  if (a < line.length && !MATH_CHAR.test(line[a])) return null;
  while (a > 0 && MATH_CHAR.test(line[a - 1])) a--;
  while (b < line.length && MATH_CHAR.test(line[b])) b++;
  const lx = lexemes(line.slice(a, b), lineStart + a);
  const dens = densityForm(lx, line, lineStart, offset);
  if (dens !== undefined) return dens;
  // chunks: cut between two side-by-side operands separated by a space (prose)
  const chunks: Lexeme[][] = [];
  let cur: Lexeme[] = [];
  for (const t of lx) {
    const p = cur[cur.length - 1];
    const operandEnd = p && (p.kind === 'word' || p.kind === 'num' || p.text === ')' || p.text === ']');
    const gap = p && t.start > p.end;
    if (p && operandEnd && gap && (t.kind === 'word' || t.kind === 'num')) {
      chunks.push(cur);
      cur = [];
    }
    cur.push(t);
  }
  if (cur.length) chunks.push(cur);
  const chunk = chunks.find((c) => c[0].start <= offset && offset <= c[c.length - 1].end);
  if (!chunk) return null;
  // right-hand side: after the last top-level `=`
  let eq = -1;
  let d = 0;
  for (let k = 0; k < chunk.length; k++) {
    const t = chunk[k].text;
    if (t === '(' || t === '[') d++;
    else if (t === ')' || t === ']') d--;
    else if (t === '=' && d === 0) eq = k;
  }
  let rhs = eq >= 0 ? chunk.slice(eq + 1) : chunk;
  // a top-level comma ends a formula in prose ("… / g, zero at 45 degrees"): keep the cursor's piece
  {
    let depth = 0;
    let from = 0;
    const pieces: Lexeme[][] = [];
    rhs.forEach((t, k) => {
      if (t.text === '(' || t.text === '[') depth++;
      else if (t.text === ')' || t.text === ']') depth--;
      else if (t.text === ',' && depth === 0) {
        pieces.push(rhs.slice(from, k));
        from = k + 1;
      }
    });
    pieces.push(rhs.slice(from));
    if (pieces.length > 1) rhs = pieces.find((p) => p.length && p[0].start <= offset && offset <= p[p.length - 1].end) ?? pieces[0];
  }
  // trailing punctuation of a sentence
  while (rhs.length && /^[.,=]$/.test(rhs[rhs.length - 1].text)) rhs = rhs.slice(0, -1);
  while (rhs.length && /^[,=]$/.test(rhs[0].text)) rhs = rhs.slice(1);
  if (!rhs.length) return null;
  const hasOp = rhs.some((t, k) => /^[-+*/^]$/.test(t.text) || (t.kind === 'word' && rhs[k + 1]?.text === '('));
  const hasVar = rhs.some((t, k) => t.kind === 'word' && rhs[k + 1]?.text !== '(');
  if (!hasOp || !hasVar) return null;
  // without `=`, one operator between names is more likely a unit or notation (N/m, dloss/dw1)
  if (eq < 0) {
    const ops = rhs.filter((t) => /^[-+*/^]$/.test(t.text)).length;
    const strong = rhs.some(
      (t, k) => t.text === '^' || (t.text === '*' && rhs[k + 1]?.text === '*') || (t.kind === 'word' && rhs[k + 1]?.text === '('),
    );
    if (!strong && ops < 2) return null;
    // a parenthesised list of ratios is notation ("(df/dx, df/dy)"), not a formula
    if (!rhs.some((t, k) => t.kind === 'word' && rhs[k + 1]?.text === '(') && rhs.some((t) => t.text === ',')) return null;
  }
  const start = rhs[0].start;
  const end = rhs[rhs.length - 1].end;
  const f: CommentFormula = { start, end, text: line.slice(start - lineStart, end - lineStart) };
  if (eq >= 0) {
    // the name just before `=` (E in "the energy E = …"), or f(x, y)
    const lastTop = chunk.slice(0, eq);
    if (lastTop.length === 1 && lastTop[0].kind === 'word') f.target = lastTop[0].text;
    else if (lastTop.length >= 3 && lastTop[0].kind === 'word' && lastTop[1].text === '(' && lastTop[lastTop.length - 1].text === ')') {
      f.target = lastTop[0].text;
      f.params = lastTop
        .slice(2, -1)
        .filter((t) => t.kind === 'word')
        .map((t) => t.text);
    }
  }
  return f;
}

const OPERAND = (t: Lexeme | undefined) => !!t && (t.kind === 'word' || t.kind === 'num' || t.text === ')' || t.text === ']');

/**
 * `p(x) dx = (x / sigma^2) exp(-x^2/(2 sigma^2)) dx`: a density with its differential on both sides
 * (see differential.ts). The formula is everything between `=` and the same differential, factors
 * side by side included (here they are products, not prose), and an operator after it goes on
 * (`exp(-x/mu) dx/mu`). `undefined` when the run is not of this form; null when the cursor is on
 * the form but off its formula.
 */
function densityForm(lx: Lexeme[], line: string, lineStart: number, offset: number): CommentFormula | null | undefined {
  const eq = lx.findIndex((t) => t.text === '=');
  const dv = lx[eq - 1];
  if (eq < 2 || dv.kind !== 'word' || !/^d\p{L}$/u.test(dv.text) || !OPERAND(lx[eq - 2])) return undefined;
  let depth = 0;
  let at = -1;
  for (let k = eq + 1; k < lx.length && at < 0; k++) {
    const t = lx[k].text;
    if (t === '(' || t === '[') depth++;
    else if (t === ')' || t === ']') depth--;
    else if (depth === 0 && t === dv.text && OPERAND(lx[k - 1]) && k > eq + 1) at = k;
  }
  if (at < 0) return undefined;
  // `dx/mu`, `dx / (2 a)`: the product goes on after the differential
  let end = at + 1;
  while (/^[*/]$/.test(lx[end]?.text ?? '') && lx[end + 1]) {
    let k = end + 1;
    if (lx[k].text === '(') {
      for (let d = 0; k < lx.length; k++) {
        if (lx[k].text === '(') d++;
        else if (lx[k].text === ')' && --d === 0) break;
      }
    }
    end = Math.min(k, lx.length - 1) + 1;
  }
  // the left side: `p(x)` or a name, after any prose
  let l = eq - 2;
  const params: string[] = [];
  if (lx[l].text === ')') {
    while (l > 0 && lx[l].text !== '(') {
      if (lx[l].kind === 'word') params.unshift(lx[l].text);
      l--;
    }
    l--;
  }
  const name = lx[l];
  if (!name || name.kind !== 'word') return undefined;
  if (offset < name.start || offset > lx[end - 1].end) return undefined;
  const rhs = [...lx.slice(eq + 1, at), ...lx.slice(at + 1, end)];
  if (!rhs.length) return null;
  const start = rhs[0].start;
  const stop = rhs[rhs.length - 1].end;
  const blank = (s: string) => s.slice(0, dv.start - start) + ' '.repeat(dv.text.length) + s.slice(dv.end - start);
  const raw = line.slice(start - lineStart, stop - lineStart);
  const text = lx[at].end <= stop ? blank(raw).trimEnd() : raw;
  return {
    start,
    end: start + text.length,
    text,
    target: name.text,
    params: lx[eq - 2].text === ')' ? params : undefined,
    notes: [densityNote(dv.text.slice(1), name.text)],
  };
}

/**
 * Code in backticks around `offset` in a comment or docstring line (`` Computes `exp(-x**2 / 2)`. ``):
 * code of the file's language, not prose; with `name = …` the right-hand side and its target.
 */
export function codeSpanInLine(line: string, lineStart: number, offset: number): CommentFormula | null {
  const rel = offset - lineStart;
  for (const m of line.matchAll(/(`+)([^`]+)\1/g)) {
    const a = m.index! + m[1].length;
    const b = a + m[2].length;
    if (rel < a || rel > b) continue;
    // `y = …` or `f(x, y) = …`: the right-hand side, with its target (and parameters)
    const assign = /^(\s*([\p{L}_][\p{L}\p{N}_]*)\s*(?:\(([^()]*)\))?\s*=(?!=))/u.exec(m[2]);
    const from = a + (assign ? assign[1].length : 0);
    const body = line.slice(from, b);
    const lead = body.length - body.trimStart().length;
    const text = body.trim();
    if (!text) return null;
    const params = assign?.[3]
      ?.split(',')
      .map((p) => p.trim())
      .filter(Boolean);
    return {
      start: lineStart + from + lead,
      end: lineStart + from + lead + text.length,
      text,
      target: assign?.[2],
      ...(params && { params }),
    };
  }
  return null;
}

/** Blanks comment markers (`#`, `//`, `%`, `/*`, `*`, `"""`) so columns stay where they were. */
export function stripMarkers(line: string): string {
  return line
    .replace(/^(\s*)(\/\/+|\/\*+|\*+\/?|#=|=#|#+|%\{|%\}|%+|"""|'''|\*)/, (_m, ws: string, mk: string) => ws + ' '.repeat(mk.length))
    .replace(/(\*\/|=#|"""|''')\s*$/, (m) => ' '.repeat(m.length));
}
