// `check`: a gradient check at a point, of hand-written partials (--grad) or of the symbolic ones,
// against Ridders-extrapolated finite differences. Exit 0 all pass, 1 any fails, 2 bad input.
import { analyze } from '../core/analyze';
import { compile, evaluate, Expr, fromMathNode, notesAt } from '../core/expr';
import { checkGradient, GradientCheck } from '../core/numeric';
import { parseExpression } from '../core/syntax';
import { InputError, Lang, Point } from '../core/types';
import { has, names } from '../core/names';
import { expressionArgument, jsonNumber, parseArgs, parseAt, parseDefinitions, parseLang, parseWrt } from './args';
import { reportError } from './diff';
import { e2, g, textTable } from './format';
import { arrayCheckJson, arrayCheckText, isArrayRequest, runArrayCheck } from './arrays';
import { CliIO, EXIT_FAIL, EXIT_OK } from './io';

export const CHECK_HELP = `Usage: derivative-inspector check "<expr>" --at x=1,y=2 [options]
       (an expression of "-" is read from standard input)

Gradient check: compares partial derivatives with Ridders-extrapolated central differences.
Without --grad, checks the symbolic partials; with --grad, checks your hand-written ones.

Options:
  --at x=1,y=2            the point (required)
  --grad "x=2*x*y;y=x^2"  hand-written partials to check (same language as the expression)
  --wrt x,y               check only these variables
  --where "t=x;u=2*x"     dependencies: check the total derivatives with respect to the root inputs
  --lang L                math (default), python, javascript, typescript, c, cpp, julia, matlab, r, latex
  --rtol R --atol A       tolerances added to the finite-difference error budget
  --json                  {"ok", "method", "components": [{"variable", "analytic", "numeric", "absError", "relError", "ok"}]}
  --shapes X=5x3,w=3      array shapes; arrays in --at are JSON lists (--at "X=[[1,2],[3,4]],w=[0.5,-1]"): each
                          array variable reports its largest relative error over its elements and the worst element

Exit code: 0 all components pass, 1 some fail, 2 bad input.
`;

export async function runCheck(argv: string[], io: CliIO): Promise<number> {
  let json = false;
  try {
    const args = parseArgs(argv, ['lang', 'at', 'grad', 'wrt', 'rtol', 'atol', 'where', 'shapes'], ['json', 'help']);
    json = args.flags.has('json');
    if (args.flags.has('help')) {
      io.stdout(CHECK_HELP);
      return EXIT_OK;
    }
    if (args.positionals.length !== 1) {
      throw new InputError(args.positionals.length ? 'give one expression (quote it)' : 'missing the expression to check');
    }
    if (args.options.at === undefined) throw new InputError('check needs a point: --at x=1,y=2');
    const lang = parseLang(args.options.lang);
    const source = await expressionArgument(args.positionals[0], io.stdin);
    if (isArrayRequest(source, lang, args.options.at, args.options.shapes)) {
      if (args.options.where !== undefined) throw new InputError('--where is not available for array checks; substitute the definitions');
      const r = runArrayCheck(source, lang, {
        at: args.options.at,
        shapes: args.options.shapes,
        wrt: parseWrt(args.options.wrt),
        grad: args.options.grad !== undefined ? parseDefinitions(args.options.grad, '--grad') : undefined,
        rtol: tolerance(args.options.rtol, '--rtol'),
        atol: tolerance(args.options.atol, '--atol'),
      });
      io.stdout(json ? JSON.stringify(arrayCheckJson(r)) + '\n' : arrayCheckText(r));
      return r.ok ? EXIT_OK : EXIT_FAIL;
    }
    const at = parseAt(args.options.at);
    const result = runGradientCheck(source, {
      lang,
      at,
      grad: args.options.grad !== undefined ? parseDefinitions(args.options.grad, '--grad') : undefined,
      where: args.options.where !== undefined ? parseDefinitions(args.options.where, '--where') : undefined,
      wrt: parseWrt(args.options.wrt),
      rtol: tolerance(args.options.rtol, '--rtol'),
      atol: tolerance(args.options.atol, '--atol'),
    });
    io.stdout(json ? JSON.stringify(checkJson(result)) + '\n' : checkText(result, at));
    return result.ok ? EXIT_OK : EXIT_FAIL;
  } catch (e) {
    return reportError(e, io, json);
  }
}

function tolerance(text: string | undefined, name: string): number | undefined {
  if (text === undefined) return undefined;
  const v = Number(text);
  if (!Number.isFinite(v) || v < 0) throw new InputError(`${name} must be a non-negative number`);
  return v;
}

export interface CheckRequest {
  lang: Lang;
  at: Point;
  grad?: Record<string, string>;
  /** Dependencies: the check is then of the total derivatives with respect to the root inputs. */
  where?: Record<string, string>;
  wrt?: string[];
  rtol?: number;
  atol?: number;
}

/** The check itself (usable without the CLI): the function is compiled once, derivatives evaluated at `at`. */
export function runGradientCheck(source: string, req: CheckRequest): GradientCheck & { source: string; notes: string[] } {
  const a = analyze(source, { lang: req.lang, wrt: req.wrt, where: req.where });
  if (a.outputs) throw new InputError('check works on one scalar expression, not a tuple of outputs');
  const expr = a.totalExpr ?? a.expr;
  const all = a.totalVariables ?? a.variables;
  const partials = a.total ?? a.partials;
  const variables = req.wrt ?? all;
  const missing = all.filter((v) => !has(req.at, v));
  if (missing.length) throw new InputError(`no value given for ${missing.map((m) => `'${m}'`).join(', ')} in --at`);
  const inputs = Object.keys(req.at);
  const run = compile([expr], inputs);
  const f = (p: Point): number => run(inputs.map((n) => p[n]))[0];
  const analytic: Record<string, number> = names();
  if (req.grad) {
    for (const [v, text] of Object.entries(req.grad)) {
      if (!all.includes(v) && !has(req.at, v)) {
        throw new InputError(`--grad gives a derivative for '${v}', which is not a variable of the expression`);
      }
      let e: Expr;
      try {
        e = fromMathNode(parseExpression(text, req.lang));
      } catch (err) {
        if (err instanceof InputError) throw new InputError(`in --grad for ${v}: ${err.message}`, err.column);
        throw err;
      }
      analytic[v] = evaluate(e, req.at);
    }
  } else {
    for (const v of variables) analytic[v] = evaluate(partials[v], req.at);
  }
  const checked = req.grad ? Object.keys(analytic) : variables;
  // Kinks and domain edges at the point explain many disagreements (and some agreements).
  const notes = notesAt(expr, req.at).map((n) => n.message);
  return { ...checkGradient(f, req.at, analytic, { rtol: req.rtol, atol: req.atol, variables: checked }), source, notes };
}

export function checkJson(r: GradientCheck & { notes?: string[] }): Record<string, unknown> {
  return {
    ok: r.ok,
    method: r.method,
    rtol: r.rtol,
    atol: r.atol,
    components: r.components.map((c) => ({
      variable: c.variable,
      analytic: jsonNumber(c.analytic),
      numeric: jsonNumber(c.numeric),
      numericCentral: jsonNumber(c.numericCentral),
      absError: jsonNumber(c.absError),
      relError: jsonNumber(c.relError),
      ok: c.ok,
      ...(c.note ? { note: c.note } : {}),
    })),
    ...(r.notes?.length ? { notes: r.notes } : {}),
  };
}

export function checkText(r: GradientCheck & { notes?: string[] }, at: Point): string {
  const head = `gradient check at ${Object.entries(at)
    .map(([k, v]) => `${k} = ${v}`)
    .join(', ')} (${r.method}, rtol ${r.rtol < 1e-3 ? r.rtol.toExponential() : r.rtol}, atol ${r.atol})\n`;
  const rows = [
    ['', 'analytic', 'numeric', 'abs error', 'rel error', ''],
    ...r.components.map((c) => [c.variable, g(c.analytic), g(c.numeric), e2(c.absError), e2(c.relError), c.ok ? 'ok' : 'FAIL']),
  ];
  const table = textTable(rows);
  const notes =
    r.components
      .filter((c) => c.note)
      .map((c) => `  note (${c.variable}): ${c.note}\n`)
      .join('') + (r.notes ?? []).map((n) => `  note: ${n}\n`).join('');
  const failed = r.components.filter((c) => !c.ok).length;
  const verdict = failed ? `${failed} of ${r.components.length} components FAIL\n` : `all ${r.components.length} components pass\n`;
  return head + table + notes + verdict;
}
