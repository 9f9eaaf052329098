// `diff`: partial (and, with --where, total) derivatives of one expression, or of JSON Lines on
// stdin with --batch (one answer line per input line, in order, streamed).
import { analyze, Analysis, AnalyzeOptions } from '../core/analyze';
import { Expr, OUTPUT_LIMIT, print as printExpr, printShared, withOutputLimit } from '../core/expr';
import { BudgetError, InputError, Lang } from '../core/types';
import { names } from '../core/names';
import { arrayDiffJson, arrayDiffText, isArrayRequest, runArrayDiff } from './arrays';
import { usesArrayOps } from '../core/array';
import {
  definitionsFromJson,
  errorMessage,
  expressionArgument,
  jsonNumber,
  parseArgs,
  ParsedArgs,
  parseAt,
  parseDefinitions,
  parseLang,
  parseWrt,
  pointFromJson,
} from './args';
import { CliIO, EXIT_OK, EXIT_USAGE } from './io';
import { jsonLines, MAX_LINE } from './jsonLines';

export const DIFF_HELP = `Usage: derivative-inspector diff "<expr>" [options]
       derivative-inspector diff - [options] < expression.txt
       derivative-inspector diff --batch < requests.jsonl

Partial derivatives of an expression (every name independent); with --where, also the total
derivatives after substituting the dependencies.

Options:
  --lang L       math (default), python, javascript, typescript, c, cpp, julia, matlab, r, latex, markdown
  --wrt x,y      differentiate with respect to these (default: every variable)
  --at x=1,y=2   also give the values at this point
  --where "t=x;u=2*x"   dependencies for total derivatives
  --hessian      also the second derivatives ∂²f/∂x∂y
  --print L      write the derivatives in language L (human output; default math, e.g. python, latex)
  --json         one JSON object: {"variables", "partials", "values", "total", "totalValues"}
  --shapes X=5x3,w=3    array shapes (symbolic: X=nxd); arrays in --at are JSON lists: --at "X=[[1,2],[3,4]],w=[0.5,-1]"
                 (array code answers with gradients in its own notation, "shapes" and nested-list "values")
  --batch        JSON Lines on stdin: {"id", "expr", "lang"?, "wrt"?, "at"?, "where"?, "hessian"?} per line
`;

/** mathjs syntax that plain mathjs parses and evaluates (sigmoid, softplus… expanded). */
const portableIn =
  (variables: readonly string[]) =>
  (e: Expr): string =>
    printExpr(e, { portable: true, variables });

/** Every name an analysis shows: a variable `e` among them changes how mathjs spells Euler's number. */
const shownNames = (a: Analysis): string[] => [...a.variables, ...(a.totalVariables ?? [])];

/** The JSON answer for one analysis (derivatives in portable mathjs syntax). */
export function diffJson(a: Analysis): Record<string, unknown> {
  const portable = portableIn(shownNames(a));
  const out: Record<string, unknown> = {};
  if (a.target !== undefined) out.target = a.target;
  out.expr = a.outputs ? a.outputs.map(portable) : portable(a.expr);
  out.variables = a.variables;
  out.partials = mapRecord(a.partials, (e) => portable(e));
  if (a.values) {
    out.value = jsonNumber(a.value);
    out.values = mapRecord(a.values, jsonNumber);
  }
  if (a.total) {
    out.totalVariables = a.totalVariables;
    out.total = mapRecord(a.total, (e) => portable(e));
    if (a.totalValues) out.totalValues = mapRecord(a.totalValues, jsonNumber);
  }
  if (a.jacobian) out.jacobian = a.jacobian.map((row) => row.map((e) => portable(e)));
  if (a.hessian) out.hessian = a.hessian.map((row) => row.map((e) => portable(e)));
  if (a.hessianValues) out.hessianValues = a.hessianValues.map((row) => row.map(jsonNumber));
  if (a.notes.length) out.notes = a.notes.map((n) => n.message);
  return out;
}

function mapRecord<T, U>(r: Record<string, T>, f: (t: T) => U): Record<string, U> {
  return names(Object.keys(r).map((k) => [k, f(r[k])] as const));
}

function fmt(x: number | undefined): string {
  if (x === undefined) return '';
  return Number.isFinite(x) ? String(x) : String(x);
}

/**
 * Aligned lines: `∂f/∂x = …`, then totals `df/dx = …`, then the values at the point. The
 * derivatives are printed together so a subexpression they share is named once (`s = …`).
 */
export function diffText(a: Analysis, at: Record<string, number> = {}, printLang: Lang = 'math'): string {
  const f = typeof a.target === 'string' ? a.target : 'f';
  const derivs: [string, Expr][] = [];
  if (a.jacobian && a.outputs) {
    const names = Array.isArray(a.target) ? a.target : a.outputs.map((_, i) => `${f}${i + 1}`);
    const wrt = Object.keys(a.partials);
    a.jacobian.forEach((row, i) => row.forEach((e, j) => derivs.push([`∂${names[i]}/∂${wrt[j]}`, e])));
  } else {
    for (const [v, e] of Object.entries(a.partials)) derivs.push([`∂${f}/∂${v}`, e]);
  }
  if (a.hessian) {
    const wrt = Object.keys(a.partials);
    a.hessian.forEach((row, i) =>
      row.forEach((e, j) => {
        if (j >= i) derivs.push([i === j ? `∂²${f}/∂${wrt[i]}²` : `∂²${f}/∂${wrt[i]}∂${wrt[j]}`, e]);
      }),
    );
  }
  const totals: [string, Expr][] = Object.entries(a.total ?? {}).map(([v, e]) => [`d${f}/d${v}`, e]);
  const shared = printShared(
    [...derivs, ...totals].map(([, e]) => e),
    { lang: printLang, names: a.dependencies, variables: shownNames(a) },
  );
  const print = (e: Expr) => printExpr(e, { lang: printLang, variables: shownNames(a) });
  const rows: [string, string][] = [[f, a.outputs ? `(${a.outputs.map((e) => print(e)).join(', ')})` : print(a.expr)]];
  if (a.total && a.totalExpr) rows.push([`${f} (substituted)`, print(a.totalExpr)]);
  // With the user's names, a symbolic `h - y` and a substituted `tanh(w*x) - y` print alike: one name.
  const firstByText = new Map<string, string>();
  const rename = new Map<string, string>();
  const renamed = (t: string) => (rename.size ? t.replace(/[\p{L}_][\p{L}\p{N}_]*/gu, (w) => rename.get(w) ?? w) : t);
  for (const d of shared.definitions) {
    const text = renamed(d.text);
    const first = firstByText.get(text);
    if (first) rename.set(d.name, first);
    else {
      firstByText.set(text, d.name);
      rows.push([d.name, text]);
    }
  }
  [...derivs, ...totals].forEach(([label], i) => rows.push([label, renamed(shared.texts[i])]));
  let out = align(rows);
  if (a.values) {
    const where = Object.entries(at)
      .map(([k, v]) => `${k} = ${v}`)
      .join(', ');
    const vrows: [string, string][] = [[f, fmt(a.value)]];
    for (const [v, x] of Object.entries(a.values)) vrows.push([`∂${f}/∂${v}`, fmt(x)]);
    const wrt = Object.keys(a.partials);
    a.hessianValues?.forEach((row, i) =>
      row.forEach((x, j) => {
        if (j >= i) vrows.push([i === j ? `∂²${f}/∂${wrt[i]}²` : `∂²${f}/∂${wrt[i]}∂${wrt[j]}`, fmt(x)]);
      }),
    );
    for (const [v, x] of Object.entries(a.totalValues ?? {})) vrows.push([`d${f}/d${v}`, fmt(x)]);
    out += `\nat ${where}:\n` + align(vrows);
  }
  if (a.notes.length) out += '\n' + a.notes.map((n) => `note: ${n.message}`).join('\n') + '\n';
  return out;
}

function align(rows: [string, string][]): string {
  const width = Math.max(...rows.map(([l]) => [...l].length));
  return rows.map(([l, r]) => `${l}${' '.repeat(width - [...l].length)} = ${r}\n`).join('');
}

export async function runDiff(argv: string[], io: CliIO): Promise<number> {
  let args;
  try {
    args = parseArgs(argv, ['lang', 'wrt', 'at', 'where', 'print', 'shapes'], ['json', 'batch', 'help', 'hessian']);
  } catch (e) {
    io.stderr(`error: ${errorMessage(e)}\n`);
    return EXIT_USAGE;
  }
  if (args.flags.has('help')) {
    io.stdout(DIFF_HELP);
    return EXIT_OK;
  }
  if (args.flags.has('batch')) return runBatch(io, args.options.lang);
  const json = args.flags.has('json');
  try {
    if (args.positionals.length !== 1) {
      throw new InputError(args.positionals.length ? 'give one expression (quote it)' : 'missing the expression to differentiate');
    }
    const lang = parseLang(args.options.lang);
    const source = await expressionArgument(args.positionals[0], io.stdin);
    // array code (or array values, or shapes) is answered by the array engine, never read as scalars
    if (isArrayRequest(source, lang, args.options.at, args.options.shapes)) return arrayDiff(source, lang, args, json, io);
    return scalarDiff(source, lang, args, json, io);
  } catch (e) {
    return reportError(e, io, json);
  }
}

/** Array code: gradients in the code's own notation, shapes, nested-list values. */
function arrayDiff(source: string, lang: Lang, args: ParsedArgs, json: boolean, io: CliIO): number {
  if (args.flags.has('hessian')) throw new InputError('--hessian is not available for array expressions');
  const print = args.options.print === undefined ? undefined : parseLang(args.options.print);
  const where = args.options.where !== undefined ? parseDefinitions(args.options.where, '--where') : undefined;
  io.stdout(
    withOutputLimit(OUTPUT_LIMIT, () => {
      const a = runArrayDiff(source, lang, {
        at: args.options.at,
        shapes: args.options.shapes,
        wrt: parseWrt(args.options.wrt),
        where,
        print,
      });
      return json ? JSON.stringify(arrayDiffJson(a, a.target)) + '\n' : arrayDiffText(a, a.target);
    }),
  );
  return EXIT_OK;
}

function scalarDiff(source: string, lang: Lang, args: ParsedArgs, json: boolean, io: CliIO): number {
  try {
    const opts: AnalyzeOptions = {
      lang,
      wrt: parseWrt(args.options.wrt),
      hessian: args.flags.has('hessian'),
    };
    if (args.options.at !== undefined) opts.at = parseAt(args.options.at);
    if (args.options.where !== undefined) opts.where = parseDefinitions(args.options.where, '--where');
    const printLang = args.options.print === undefined ? 'math' : parseLang(args.options.print);
    io.stdout(
      withOutputLimit(OUTPUT_LIMIT, () => {
        const a = analyze(source, opts);
        return json ? JSON.stringify(diffJson(a)) + '\n' : diffText(a, opts.at, printLang);
      }),
    );
    return EXIT_OK;
  } catch (e) {
    return reportError(e, io, json);
  }
}

export function reportError(e: unknown, io: CliIO, json: boolean): number {
  if (!(e instanceof InputError || e instanceof BudgetError)) {
    // A bug, not bad input: still a clean message, never a stack trace on stdout.
    const msg = `internal error: ${errorMessage(e)}`;
    if (json) io.stdout(JSON.stringify({ error: msg }) + '\n');
    else io.stderr(`error: ${msg}\n`);
    return EXIT_USAGE;
  }
  if (json) io.stdout(JSON.stringify(errorJson(e)) + '\n');
  else io.stderr(`error: ${e.message}\n`);
  return EXIT_USAGE;
}

/** `{"error": message}` plus the 1-based column (and line) when the error has one. */
export function errorJson(e: InputError | BudgetError): Record<string, unknown> {
  const out: Record<string, unknown> = { error: e.message };
  if (e instanceof InputError && e.column !== undefined) out.column = e.column;
  if (e instanceof InputError && e.line !== undefined && e.line > 1) out.line = e.line;
  return out;
}

/** One batch line → one JSON answer line (never throws). */
export function answerLine(line: string, defaultLang?: string): string {
  let id: unknown = null;
  try {
    let req: unknown;
    if (line.length > MAX_LINE) throw new InputError(`line too long (more than ${MAX_LINE} characters)`);
    try {
      req = JSON.parse(line);
    } catch {
      throw new InputError(line.trim() ? 'line is not valid JSON' : 'empty line');
    }
    if (typeof req !== 'object' || req === null || Array.isArray(req)) throw new InputError('not a JSON object');
    const r = req as Record<string, unknown>;
    id = r.id ?? null;
    if (typeof r.expr !== 'string') throw new InputError('"expr" must be a string');
    const lang = parseLang(typeof r.lang === 'string' ? r.lang : defaultLang);
    if (typeof r.expr === 'string' && isArrayBatch(r, lang)) {
      const expr = r.expr;
      return withOutputLimit(OUTPUT_LIMIT, () => {
        const a = runArrayDiff(expr, lang, {
          at: arrayAtText(r.at),
          shapes: typeof r.shapes === 'string' ? r.shapes : shapesText(r.shapes),
          wrt: parseWrt(r.wrt),
          where: definitionsFromJson(r.where),
        });
        return JSON.stringify({ id, ...arrayDiffJson(a, a.target) });
      });
    }
    const opts = { lang, wrt: parseWrt(r.wrt), at: pointFromJson(r.at), where: definitionsFromJson(r.where), hessian: r.hessian === true };
    const expr = r.expr;
    return withOutputLimit(OUTPUT_LIMIT, () => JSON.stringify({ id, ...diffJson(analyze(expr, opts)) }));
  } catch (e) {
    if (e instanceof InputError || e instanceof BudgetError) return JSON.stringify({ id, ...errorJson(e) });
    return JSON.stringify({ id, error: `internal error: ${errorMessage(e)}` });
  }
}

/** A batch line about array code: array values, shapes, or array operations in the text. */
function isArrayBatch(r: Record<string, unknown>, lang: Lang): boolean {
  const atArrays = typeof r.at === 'object' && r.at !== null && Object.values(r.at).some(Array.isArray);
  return r.shapes !== undefined || atArrays || usesArrayOps(r.expr as string, lang);
}

/** A JSON "at" object of numbers and nested lists → the --at text the array reader takes. */
function arrayAtText(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string') return v;
  if (typeof v !== 'object' || Array.isArray(v)) throw new InputError('"at" must be an object of numbers and nested lists');
  return Object.entries(v as Record<string, unknown>)
    .map(([k, x]) => `${k}=${JSON.stringify(x)}`)
    .join(',');
}

/** A JSON "shapes" object ({"X": [5, 3]}) → the --shapes text. */
function shapesText(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'object' || Array.isArray(v))
    throw new InputError('"shapes" must be an object such as {"X": [5, 3]} or a string "X=5x3"');
  return Object.entries(v as Record<string, unknown>)
    .map(([k, s]) => {
      if (!Array.isArray(s)) throw new InputError(`"shapes.${k}" must be a list of sizes`);
      return `${k}=${s.join('x')}`;
    })
    .join(',');
}

async function runBatch(io: CliIO, defaultLang?: string): Promise<number> {
  if (io.lines) {
    for await (const line of io.lines()) {
      if (io.stdout(answerLine(line, defaultLang) + '\n') === false && io.drain) await io.drain();
    }
    return EXIT_OK;
  }
  if (!io.stdin) {
    io.stderr('error: --batch needs standard input\n');
    return EXIT_USAGE;
  }
  for await (const line of jsonLines([await io.stdin()])) io.stdout(answerLine(line, defaultLang) + '\n');
  return EXIT_OK;
}
