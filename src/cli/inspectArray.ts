// `inspect` on array code: the statement at the line and the earlier assignments it uses (in the
// same function), read by the array engine when any of them is array code (or shapes or array
// values are given). Scalar lines keep the scalar path.
import { analyzeArray, usesArrayOps, type ArrayAnalysis } from '../core/array';
import { parseArray } from '../core/array/parse';
import { InputError, type Lang } from '../core/types';
import { parseArrayAt, parseShapes } from './arrays';

const COMMENT: Partial<Record<Lang, string>> = { python: '#', julia: '#', r: '#', matlab: '%' };
const FUNCTION_START: Partial<Record<Lang, RegExp>> = {
  python: /^\s*def\s/,
  julia: /^\s*function\s/,
  matlab: /^\s*function\s/,
  r: /<-\s*function\s*\(/,
};
const ASSIGNMENT = /^\s*(?:return\s+)?(?:([\p{L}_][\p{L}\p{N}_]*)\s*(?:=(?!=)|<-)\s*)?(.+?)\s*;?\s*$/u;

export interface ArrayInspect extends ArrayAnalysis {
  expression: string;
  target: string | null;
  where: Record<string, string>;
  line: number;
  column: number;
  /** when the expression ends on a later line */
  endLine?: number;
  endColumn: number;
}

function stripComment(line: string, lang: Lang): string {
  const mark = COMMENT[lang];
  if (!mark) return line;
  const i = line.indexOf(mark);
  return i < 0 ? line : line.slice(0, i);
}

/** The array reading of the statement on `line` (1-based), or undefined when it is scalar code. */
export function inspectArrayLine(text: string, lang: Lang, line: number, o: { at?: string; shapes?: string }): ArrayInspect | undefined {
  if (!COMMENT[lang]) return undefined;
  const lines = text.split(/\r?\n/);
  const raw = lines[line - 1];
  if (raw === undefined) return undefined;
  const m = ASSIGNMENT.exec(stripComment(raw, lang));
  if (!m || !m[2].trim()) return undefined;
  const target = m[1] ?? null;
  const expression = m[2].trim();
  // earlier assignments in the same function, nearest first
  const defs = new Map<string, { text: string; line: number }>();
  for (let i = line - 2; i >= 0; i--) {
    const l = stripComment(lines[i], lang);
    const d = /^\s*([\p{L}_][\p{L}\p{N}_]*)\s*(?:=(?!=)|<-)\s*(.+?)\s*;?\s*$/u.exec(l);
    if (d && !defs.has(d[1]) && !/\bfunction\b/.test(d[2])) defs.set(d[1], { text: d[2], line: i + 1 });
    if (FUNCTION_START[lang]?.test(l)) break;
  }
  const where: { name: string; text: string }[] = [];
  const notes: string[] = [];
  const seen = new Set<string>([...(target ? [target] : [])]);
  const follow = (t: string) => {
    for (const w of t.match(/[\p{L}_][\p{L}\p{N}_]*/gu) ?? []) {
      const d = defs.get(w);
      if (!d || seen.has(w)) continue;
      seen.add(w);
      try {
        parseArray(d.text, lang);
      } catch (e) {
        notes.push(`\`${w}\` on line ${d.line} is not read (${(e as Error).message}): an input here`);
        continue;
      }
      where.push({ name: w, text: d.text });
      follow(d.text);
    }
  };
  follow(expression);
  const arrays = usesArrayOps(expression, lang) || where.some((w) => usesArrayOps(w.text, lang));
  if (!arrays && o.shapes === undefined && !(o.at ?? '').includes('[')) return undefined;
  const a = analyzeArray(expression, lang, {
    where,
    at: o.at !== undefined ? parseArrayAt(o.at) : undefined,
    shapes: o.shapes !== undefined ? parseShapes(o.shapes) : undefined,
    lhs: target ?? undefined,
  });
  const column = raw.indexOf(expression) + 1;
  if (column < 1) throw new InputError('the statement spans several lines');
  return {
    ...a,
    notes: [...notes, ...a.notes],
    expression,
    target,
    where: Object.fromEntries(where.map((w) => [w.name, w.text])),
    line,
    column,
    endColumn: column + expression.length,
  };
}
