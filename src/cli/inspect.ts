// `inspect FILE --line L --column C [--at x=1,y=2] [--json]`: the math at a position in a file, its
// partial derivatives (every name independent) and its total derivatives with respect to the root
// inputs after following earlier assignments, as the hover shows them.
import { readFileSync } from 'fs';
import * as path from 'path';
import { cellsBefore, externalProblem, findMathAt, type CellAbove, type MathAt } from '../core/document';
import { filesBeside } from './filesBeside';
import { lineStartOf } from '../core/document/lines';
import { codePoints, offsetOfColumn } from '../core/syntax/errors';
import { print, type Expr } from '../core/expr';
import { analyzeFound } from '../core/hover/analyzeFound';
import { InputError, type Lang, type Point } from '../core/types';
import { has, names } from '../core/names';
import { errorMessage, jsonNumber, parseArgs, parseAt } from './args';
import { reportError } from './diff';
import { arrayDiffJson, arrayDiffText, parseArrayAt, parseShapes } from './arrays';
import { analyzeFoundArray, arrayContext } from '../core/hover/arrayModel';
import { inspectArrayLine, type ArrayInspect } from './inspectArray';
import { CliIO, EXIT_OK, EXIT_USAGE } from './io';
import { readNotebook } from './ipynb';

const USAGE =
  'usage: derivative-inspector inspect FILE --line L --column C [--at x=1,y=2] [--shapes X=5x3,w=3] [--json]\n' +
  '       derivative-inspector inspect NOTEBOOK.ipynb --cell N --line L --column C [--at x=1,y=2] [--json]\n' +
  '  L and C are 1-based; the language comes from the extension (.py .js .mjs .cjs .ts .tsx .c .h .cpp .cc .hpp .jl .m .R .r .tex .md)\n' +
  '  or, in a notebook, from its metadata; N counts every cell from 1, L is the line in that cell, and the code cells above it are read\n';

const BY_EXTENSION: Record<string, Lang> = {
  '.py': 'python',
  '.js': 'javascript',
  '.mjs': 'javascript',
  '.cjs': 'javascript',
  '.jsx': 'javascript',
  '.ts': 'typescript',
  '.tsx': 'typescript',
  '.mts': 'typescript',
  '.cts': 'typescript',
  '.c': 'c',
  '.h': 'c',
  '.cpp': 'cpp',
  '.cc': 'cpp',
  '.cxx': 'cpp',
  '.hpp': 'cpp',
  '.hh': 'cpp',
  '.jl': 'julia',
  '.m': 'matlab',
  '.r': 'r',
  '.tex': 'latex',
  '.md': 'markdown',
  '.markdown': 'markdown',
};

export function langOfFile(file: string): Lang | undefined {
  return BY_EXTENSION[path.extname(file).toLowerCase()];
}

interface Position {
  line: number;
  column: number;
}

/** 1-based line/column → offset (columns count UTF-16 code units, as editors do). */
function offsetOf(text: string, line: number, column: number): number {
  let start = 0;
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf('\n', start);
    if (nl < 0) throw new InputError(`--line ${line} is past the end of the file (${l} lines)`);
    start = nl + 1;
  }
  let end = text.indexOf('\n', start);
  if (end < 0) end = text.length;
  // columns count characters as an editor shows them (𝑥 is one, not two UTF-16 units)
  const length = codePoints(text, start, end);
  if (column - 1 > length) throw new InputError(`--column ${column} is past the end of line ${line} (${length} characters)`);
  return offsetOfColumn(text, start, column);
}

function positionOf(text: string, offset: number, base: { offset: number; line: number }): Position {
  let line = base.line;
  let lineStart = lineStartOf(text, base.offset);
  if (offset >= base.offset) {
    for (let i = text.indexOf('\n', lineStart); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
      line++;
      lineStart = i + 1;
    }
  } else {
    while (lineStart > offset) {
      lineStart = lineStartOf(text, lineStart - 1);
      line--;
    }
  }
  return { line, column: codePoints(text, lineStart, offset) + 1 };
}

function positiveInt(v: string | undefined, name: string): number {
  if (v === undefined) throw new InputError(`--${name} is required`);
  if (!/^\d+$/.test(v.trim()) || Number(v) < 1) throw new InputError(`--${name} must be a positive integer, got '${v}'`);
  return Number(v);
}

export async function runInspect(argv: string[], io: CliIO): Promise<number> {
  let file: string;
  let text: string;
  let lang: Lang;
  let line: number;
  let column: number;
  let at: Point | undefined;
  let atText: string | undefined;
  let shapes: string | undefined;
  /** In a notebook: the cell (1-based) and the cells above it. */
  let notebook: { cell: number; above: CellAbove[] } | undefined;
  /** The input's path on disk (a notebook's too): imported files are read beside it. */
  let source: string;
  // known before the arguments are read, so that every error, even a bad --column, is JSON with --json
  const json = argv.includes('--json');
  try {
    const args = parseArgs(argv, ['line', 'column', 'at', 'shapes', 'cell'], ['json', 'help']);
    if (args.flags.has('help')) {
      io.stdout(USAGE);
      return EXIT_OK;
    }
    if (args.positionals.length !== 1) throw new InputError('expected one FILE');
    file = args.positionals[0];
    source = file;
    const isNotebook = path.extname(file).toLowerCase() === '.ipynb';
    const l = isNotebook ? 'python' : langOfFile(file);
    if (!l) throw new InputError(`unknown file type '${path.extname(file) || file}'`);
    if (!isNotebook && args.options.cell !== undefined) throw new InputError('--cell is for .ipynb notebooks');
    lang = l;
    const cell = isNotebook ? positiveInt(args.options.cell, 'cell') : 0;
    line = positiveInt(args.options.line, 'line');
    column = positiveInt(args.options.column, 'column');
    atText = args.options.at;
    shapes = args.options.shapes;
    // array values (JSON lists) are read by the array path below
    at = atText !== undefined && !atText.includes('[') ? parseAt(atText) : undefined;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      throw new InputError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? errorMessage(e)}`);
    }
    if (isNotebook) {
      const nb = readNotebook(text, file);
      if (cell > nb.cells.length) throw new InputError(`--cell ${cell} is past the last cell (${nb.cells.length} cells)`);
      const c = nb.cells[cell - 1];
      if (c.lang !== nb.lang && c.lang !== 'markdown') throw new InputError(`cell ${cell} is a ${c.lang} cell, neither code nor Markdown`);
      lang = c.lang as Lang;
      text = c.text;
      notebook = { cell, above: cellsBefore(nb.cells, cell - 1) };
      file = `${file}[cell ${cell}]`;
    }
  } catch (e) {
    if (json) return reportError(e, io, true);
    io.stderr(`inspect: ${errorMessage(e)}\n${USAGE}`);
    return EXIT_USAGE;
  }
  try {
    const offset = offsetOf(text, line, column);
    const found = findMathAt(text, lang, offset, { line, cells: notebook?.above, files: filesBeside(source) });
    // array code is read as the hover reads it (the shapes the code states, its dataflow); the
    // line-based reader covers statements the document reader does not find
    const arrays = (found && arrayFound(text, offset, found, atText, shapes)) ?? inspectArrayLine(text, lang, line, { at: atText, shapes });
    if (arrays) {
      io.stdout(json ? JSON.stringify(arrayInspectJson(lang, arrays), null, 2) + '\n' : arrayInspectText(file, lang, arrays));
      return EXIT_OK;
    }
    if (atText !== undefined && at === undefined) at = parseAt(atText);
    if (!found) {
      if (json) io.stdout(JSON.stringify({ lang, expression: null }) + '\n');
      else io.stdout(`No math at ${file}:${line}:${column}.\n`);
      return EXIT_OK;
    }
    // a function of another file whose definition could not be read: said, naming it and the file
    if (found.context.external) throw new InputError(externalProblem(found.context.external));
    const report = inspectFound(found, at);
    const base = { offset, line };
    const range = { start: positionOf(text, found.range.start, base), end: positionOf(text, found.range.end, base) };
    if (json) {
      io.stdout(
        JSON.stringify({ lang, ...(notebook ? { cell: notebook.cell } : {}), expression: found.text, range, ...report }, null, 2) + '\n',
      );
    } else {
      io.stdout(human(file, lang, found, range, report));
    }
    return EXIT_OK;
  } catch (e) {
    if (json) return reportError(e, io, true);
    io.stderr(`inspect: ${errorMessage(e)}\n`);
    return EXIT_USAGE;
  }
}

export interface InspectReport {
  target: string | null;
  kind: MathAt['kind'];
  variables: string[];
  partials: Record<string, string>;
  values: Record<string, number | null>;
  /** Root inputs and the follow-up definitions used (name → expression text). */
  where: Record<string, string>;
  totalVariables: string[];
  total: Record<string, string>;
  totalValues: Record<string, number | null>;
  at: Point;
  notes: string[];
}

/** The analysis of a found expression, derivatives printed in mathjs syntax. */
export function inspectFound(found: MathAt, at?: Point): InspectReport {
  const { analysis: a, point, where, constants } = analyzeFound(found, at);
  const own = a.variables.filter((v) => !has(constants, v));
  const p = (e: Expr) => print(e, { lang: 'math', variables: [...a.variables, ...(a.totalVariables ?? [])] });
  const rec = <T>(keys: string[], f: (k: string) => T) => names(keys.map((k) => [k, f(k)] as const));
  const totalVariables = a.totalVariables ?? own;
  return {
    target: found.statement.target ?? null,
    kind: found.kind,
    variables: own,
    partials: rec(own, (v) => p(a.partials[v])),
    values: rec(own, (v) => jsonNumber(a.values?.[v])),
    where,
    totalVariables,
    total: a.total ? rec(totalVariables, (v) => p(a.total![v])) : rec(own, (v) => p(a.partials[v])),
    totalValues: a.total ? rec(totalVariables, (v) => jsonNumber(a.totalValues?.[v])) : rec(own, (v) => jsonNumber(a.values?.[v])),
    at: point,
    notes: [...found.context.notes, ...a.notes.map((n) => n.message)],
  };
}

/**
 * The hover's array reading of found code (undefined for scalar code, or when the engine reads every
 * name as a scalar: the scalar reading then says more).
 */
function arrayFound(text: string, offset: number, found: MathAt, atText?: string, shapes?: string): ArrayInspect | undefined {
  if (found.kind !== 'code') return undefined;
  const ctx = arrayContext(found, text, offset, found.statement.line);
  const given = shapes !== undefined || (atText ?? '').includes('[');
  if (!ctx.reason && !given) return undefined;
  const a = analyzeFoundArray(found, ctx, found.lang, {
    at: atText !== undefined ? parseArrayAt(atText) : undefined,
    shapes: shapes !== undefined ? parseShapes(shapes) : undefined,
  });
  if (!given && a.outputShape.length === 0 && Object.values(a.shapes).every((s) => s.length === 0)) return undefined;
  const base = { offset, line: found.statement.line };
  const start = positionOf(text, found.range.start, base);
  const end = positionOf(text, found.range.end, base);
  return {
    ...a,
    expression: found.text,
    target: found.statement.target ?? null,
    where: { ...found.context.where },
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
  };
}

function arrayInspectJson(lang: Lang, a: ArrayInspect): Record<string, unknown> {
  const range = { start: { line: a.line, column: a.column }, end: { line: a.endLine ?? a.line, column: a.endColumn } };
  const out: Record<string, unknown> = { lang, expression: a.expression, range, ...arrayDiffJson(a, a.target ?? undefined) };
  out.target = a.target;
  out.kind = 'code';
  out.where = a.where;
  return out;
}

function arrayInspectText(file: string, lang: Lang, a: ArrayInspect): string {
  return (
    `${file}:${a.line}:${a.column} (${lang}, array code)\n  ${a.target ?? 'f'} = ${a.expression}\n` +
    (Object.keys(a.where).length
      ? 'following:\n' +
        Object.entries(a.where)
          .map(([k, v]) => `  ${k} = ${v}\n`)
          .join('')
      : '') +
    arrayDiffText(a, a.target ?? undefined)
  );
}

function human(file: string, lang: Lang, found: MathAt, range: { start: Position; end: Position }, r: InspectReport): string {
  const f = r.target ?? 'f';
  const out: string[] = [];
  out.push(`${file}:${range.start.line}:${range.start.column} (${lang}, ${found.kind})`);
  out.push(`  ${f} = ${found.text}`);
  const fmt = (v: number | null) => (v === null ? 'undefined' : String(Number(v.toPrecision(10))));
  out.push(
    `partial derivatives (each name independent) at ${Object.entries(r.at)
      .map(([k, v]) => `${k}=${v}`)
      .join(', ')}:`,
  );
  for (const v of r.variables) out.push(`  ∂${f}/∂${v} = ${r.partials[v]}  = ${fmt(r.values[v])}`);
  if (Object.keys(r.where).length) {
    out.push('following:');
    for (const [k, v] of Object.entries(r.where)) out.push(`  ${k} = ${v}`);
    out.push(`total derivatives with respect to ${r.totalVariables.join(', ')}:`);
    for (const v of r.totalVariables) out.push(`  d${f}/d${v} = ${r.total[v]}  = ${fmt(r.totalValues[v])}`);
  }
  for (const n of r.notes) out.push(`note: ${n}`);
  return out.join('\n') + '\n';
}
