// `check-file PATH... [--json] [--pair OBJECTIVE:GRADIENT]... [--at POINT] [--rtol R] [--atol A]
// [--format sarif]`: finds the hand-written gradients of source files (paired with their objectives
// by the optimizer calls, struct fields, names, or --pair) and checks them component by component.
// Exit 0 when no component is wrong, 1 when one is, 2 on bad input.
import { readdirSync, readFileSync, statSync } from 'fs';
import * as path from 'path';
import { version } from '../../package.json';
import { looksLikeObjectiveC } from '../core/document/objectiveC';
import { checkPairs, listFunctions } from '../core/gradients';
import type { CheckFileResult, FileResult, ParamPoint, ParamValue } from '../core/gradients/types';
import { InputError, type Lang } from '../core/types';
import { errorMessage, parseArgs } from './args';
import { langOfFile } from './inspect';
import { CliIO, EXIT_FAIL, EXIT_OK, EXIT_USAGE } from './io';

export const CHECK_FILE_HELP = `Usage: derivative-inspector check-file PATH... [--json] [--pair OBJECTIVE:GRADIENT]... [--at POINT]
                                      [--rtol R] [--atol A] [--format sarif]

Finds hand-written gradients in source files and checks them against the derivative of their
objective, component by component. A pair is found from the optimizer or checker call that states
it (minimize(f, x0, jac=g), optim(par, fn, gr), optimize(f, g!, x0), nlopt_set_min_objective, GSL
F.f/F.df, fminunc with [f, g] outputs, …), else from names (rosen/rosen_der, f/grad_f), or from --pair.
PATH is a file or a directory (every .py .js .ts .c .h .cpp .cc .hpp .jl .m .R file under it).

Options:
  --pair OBJ:GRAD   pair these two functions (repeatable)
  --at POINT        the objective's parameters, e.g. "x=[-1.2,1.0],a=2" (arrays as JSON lists);
                    without it: the call's x0 and two deterministic random points
  --rtol R --atol A tolerances of the comparison (default rtol 1e-6, atol 0)
  --json            {"files": [{"file", "lang", "pairs": [{"objective": {"name", "line"}, "gradient": {…},
                    "pairing", "variables", "points", "ok", "components": [{"variable", "line",
                    "handwritten", "expected", "relError", "ok"}], "error"?}], "notes": [{"line", "message"}]}], "ok"}
  --format sarif    SARIF 2.1.0 for code-scanning tools

Lines are 1-based. A pair that cannot be read (a vectorized objective, a loop with unknown bounds)
has an "error" saying what and where and no verdict; it does not fail the run.
Exit code: 0 no component is wrong, 1 a component is wrong, 2 bad input.
`;

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', '__pycache__', '.venv', 'venv', 'dist', 'out', 'build', '.vscode-test']);
const CODE_LANGS: readonly Lang[] = ['python', 'javascript', 'typescript', 'c', 'cpp', 'julia', 'matlab', 'r'];

export async function runCheckFile(argv: string[], io: CliIO): Promise<number> {
  let opts: Options;
  try {
    opts = options(argv);
    if (opts.help) {
      io.stdout(CHECK_FILE_HELP);
      return EXIT_OK;
    }
  } catch (e) {
    io.stderr(`check-file: ${errorMessage(e)}\n`);
    return EXIT_USAGE;
  }
  let result: CheckFileResult;
  try {
    result = checkFiles(
      opts.paths.flatMap((p) => collect(p)),
      opts,
    );
  } catch (e) {
    io.stderr(`check-file: ${errorMessage(e)}\n`);
    return EXIT_USAGE;
  }
  if (opts.sarif) io.stdout(JSON.stringify(sarif(result), null, 2) + '\n');
  else if (opts.json) io.stdout(JSON.stringify(result) + '\n');
  else io.stdout(human(result));
  return result.ok ? EXIT_OK : EXIT_FAIL;
}

interface Options {
  paths: string[];
  json: boolean;
  sarif: boolean;
  help: boolean;
  pairs: { objective: string; gradient: string }[];
  at?: ParamPoint;
  rtol?: number;
  atol?: number;
}

function options(argv: string[]): Options {
  const args = parseArgs(argv, ['pair', 'at', 'rtol', 'atol', 'format'], ['json', 'help']);
  const help = args.flags.has('help');
  if (!help && !args.positionals.length) throw new InputError('give at least one PATH (a file or a directory)');
  const format = args.options.format;
  if (format !== undefined && format !== 'sarif') throw new InputError(`--format ${format}: the only format is sarif`);
  if (format && args.flags.has('json')) throw new InputError('--json and --format sarif are two different outputs: give one');
  const pairs = (args.lists.pair ?? []).map((p) => {
    const m = /^\s*([^:\s]+)\s*:\s*([^:\s]+)\s*$/.exec(p);
    if (!m) throw new InputError(`--pair ${p}: expected OBJECTIVE:GRADIENT, e.g. --pair rosen:rosen_der`);
    return { objective: m[1], gradient: m[2] };
  });
  return {
    paths: args.positionals,
    json: args.flags.has('json'),
    sarif: format === 'sarif',
    help,
    pairs,
    ...(args.options.at !== undefined ? { at: parseParamPoint(args.options.at) } : {}),
    ...(args.options.rtol !== undefined ? { rtol: tolerance(args.options.rtol, '--rtol') } : {}),
    ...(args.options.atol !== undefined ? { atol: tolerance(args.options.atol, '--atol') } : {}),
  };
}

function tolerance(text: string, name: string): number {
  const v = Number(text);
  if (!text.trim() || !Number.isFinite(v) || v < 0) throw new InputError(`${name} ${text}: expected a non-negative number`);
  return v;
}

/** `x=[-1.2,1.0],a=2`: names and values; commas inside brackets belong to the array. */
export function parseParamPoint(text: string): ParamPoint {
  const out: ParamPoint = {};
  let depth = 0;
  let start = 0;
  const parts: { text: string; at: number }[] = [];
  for (let i = 0; i <= text.length; i++) {
    const c = text[i];
    if (c === '[') depth++;
    else if (c === ']') depth--;
    if (depth < 0) throw new InputError(`--at: unmatched ']' at column ${i + 1}`);
    if (i === text.length || (c === ',' && depth === 0)) {
      parts.push({ text: text.slice(start, i), at: start });
      start = i + 1;
    }
  }
  if (depth !== 0) throw new InputError(`--at: unclosed '[' in ${text}`);
  for (const p of parts) {
    const eq = p.text.indexOf('=');
    if (eq < 0) throw new InputError(`--at: expected name=value at column ${p.at + 1}, e.g. --at "x=[-1.2,1.0],a=2"`);
    const name = p.text.slice(0, eq).trim();
    if (!/^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name)) throw new InputError(`--at: '${name}' at column ${p.at + 1} is not a name`);
    const raw = p.text.slice(eq + 1).trim();
    let v: unknown;
    try {
      v = JSON.parse(raw);
    } catch {
      throw new InputError(`--at: the value of ${name} (column ${p.at + eq + 2}) is not a number or a JSON list: ${raw}`);
    }
    if (!isParamValue(v)) throw new InputError(`--at: the value of ${name} must be a finite number or a list of them`);
    out[name] = v;
  }
  return out;
}

function isParamValue(v: unknown): v is ParamValue {
  return (typeof v === 'number' && Number.isFinite(v)) || (Array.isArray(v) && v.length > 0 && v.every(isParamValue));
}

/** The supported files of a path: the file itself, or every one under a directory (sorted). */
function collect(p: string): { file: string; lang: Lang }[] {
  let st;
  try {
    st = statSync(p);
  } catch (e) {
    throw new InputError(`cannot read ${p}: ${(e as NodeJS.ErrnoException).code ?? errorMessage(e)}`);
  }
  if (st.isFile()) {
    const lang = langOfFile(p);
    if (!lang || !CODE_LANGS.includes(lang))
      throw new InputError(`${p}: not a supported source file (${path.extname(p) || 'no extension'})`);
    return [{ file: p, lang }];
  }
  const out: { file: string; lang: Lang }[] = [];
  const walk = (dir: string) => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) walk(full);
      } else if (e.isFile()) {
        const lang = langOfFile(full);
        if (lang && CODE_LANGS.includes(lang)) out.push({ file: full, lang });
      }
    }
  };
  walk(p);
  return out;
}

export function checkFiles(
  files: { file: string; lang: Lang }[],
  opts: Partial<Pick<Options, 'pairs' | 'at' | 'rtol' | 'atol'>>,
): CheckFileResult {
  const results: FileResult[] = [];
  const used = new Set<{ objective: string; gradient: string }>();
  for (const { file, lang } of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      results.push({ file, lang, pairs: [], notes: [{ line: 1, message: `cannot read: ${errorMessage(e)}` }] });
      continue;
    }
    if (lang === 'matlab' && looksLikeObjectiveC(text)) continue;
    // --pair names functions of whichever file defines them both
    const defined = new Set(listFunctions(text, lang).map((f) => f.name));
    const pairs = (opts.pairs ?? []).filter((p) => defined.has(p.objective) && defined.has(p.gradient));
    pairs.forEach((p) => used.add(p));
    const r = checkPairs(text, lang, { ...opts, pairs });
    results.push({ file, lang, pairs: r.pairs, notes: r.notes });
  }
  const unused = (opts.pairs ?? []).filter((p) => !used.has(p));
  if (unused.length) throw new InputError(`--pair ${unused[0].objective}:${unused[0].gradient}: no file given defines both functions`);
  const ok = results.every((f) => f.pairs.every((p) => p.error !== undefined || p.components.every((c) => c.ok)));
  return { files: results, ok };
}

function human(r: CheckFileResult): string {
  const lines: string[] = [];
  let pairs = 0;
  let wrong = 0;
  let unread = 0;
  for (const f of r.files) {
    for (const p of f.pairs) {
      pairs++;
      const head = `${f.file}:${p.gradient.line}: ${p.gradient.name} for ${p.objective.name} (${p.pairing})`;
      if (p.error !== undefined) {
        unread++;
        lines.push(`${head}: not checked: ${p.error}`);
        continue;
      }
      if (p.ok) {
        lines.push(`${head}: ✓ matches at ${p.points.length} point${p.points.length === 1 ? '' : 's'}`);
        continue;
      }
      wrong++;
      lines.push(`${head}: ✗`);
      for (const c of p.components.filter((x) => !x.ok))
        lines.push(`  ${f.file}:${c.line}: ${c.message ?? `∂${p.objective.name}/∂${c.variable} is wrong`}`);
    }
    for (const n of f.notes) lines.push(`${f.file}:${n.line}: note: ${n.message}`);
  }
  lines.push(
    `${r.files.length} file${r.files.length === 1 ? '' : 's'}, ${pairs} pair${pairs === 1 ? '' : 's'}: ${pairs - wrong - unread} match, ${wrong} wrong, ${unread} not checked`,
  );
  return lines.join('\n') + '\n';
}

/** SARIF 2.1.0: one result per wrong component (error), per pair not checked and per note (note). */
export function sarif(r: CheckFileResult): Record<string, unknown> {
  const results: Record<string, unknown>[] = [];
  const loc = (file: string, line: number) => [
    { physicalLocation: { artifactLocation: { uri: file.split(path.sep).join('/') }, region: { startLine: Math.max(1, line) } } },
  ];
  for (const f of r.files) {
    for (const p of f.pairs) {
      if (p.error !== undefined) {
        results.push({
          ruleId: 'gradient-pair-not-checked',
          level: 'note',
          message: { text: `${p.gradient.name} for ${p.objective.name} not checked: ${p.error}` },
          locations: loc(f.file, p.gradient.line),
        });
        continue;
      }
      for (const c of p.components.filter((x) => !x.ok)) {
        results.push({
          ruleId: 'gradient-component-wrong',
          level: 'error',
          message: { text: c.message ?? `∂${p.objective.name}/∂${c.variable} written in ${p.gradient.name} is wrong` },
          locations: loc(f.file, c.line),
          properties: {
            objective: p.objective.name,
            gradient: p.gradient.name,
            variable: c.variable,
            handwritten: c.handwritten,
            expected: c.expected,
            relError: c.relError,
            pairing: p.pairing,
          },
        });
      }
    }
    for (const n of f.notes)
      results.push({ ruleId: 'gradient-note', level: 'note', message: { text: n.message }, locations: loc(f.file, n.line) });
  }
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'derivative-inspector',
            version,
            informationUri: 'https://github.com/derivative-inspector/derivative-inspector',
            rules: [
              {
                id: 'gradient-component-wrong',
                name: 'WrongGradientComponent',
                shortDescription: { text: 'A hand-written gradient component differs from the derivative of its objective' },
                defaultConfiguration: { level: 'error' },
              },
              {
                id: 'gradient-pair-not-checked',
                name: 'GradientPairNotChecked',
                shortDescription: { text: 'A gradient pair was found but could not be read fully' },
                defaultConfiguration: { level: 'note' },
              },
              {
                id: 'gradient-note',
                name: 'GradientNote',
                shortDescription: { text: 'Something about gradient pairing the user should know' },
                defaultConfiguration: { level: 'note' },
              },
            ],
          },
        },
        results,
      },
    ],
  };
}
