// The hover's content for a position in a document: detection (../document), analysis
// (../analyze), then the Markdown (markdown.ts) with a tangent plot (svg.ts). Plain strings, no
// vscode: the extension, the CLI and the benchmark all call `hoverAt`.
import type { Analysis } from '../analyze';
import { analyzeFound, DEFAULT_VALUE } from './analyzeFound';
import { externalProblem, findMathAt, type CellAbove, type FileReader, type MathAt } from '../document';
import { compile, print, printLatex, printShared, withOutputLimit, type Expr } from '../expr';
import { BudgetError, InputError, type Lang, type Point } from '../types';
import { has, names } from '../names';
import { renderHover } from './markdown';
import type { DerivativeLine, HoverLinks, HoverModel } from './model';
import { svgDataUri, tangentSvg, type Theme } from './svg';
import { arrayContext, arrayModel, arrayProblem, type ArrayContext } from './arrayModel';

export type { HoverModel, DerivativeLine, HoverLinks } from './model';
export { renderHover, formatNumber } from './markdown';
export { tangentSvg, svgDataUri } from './svg';
export { fold } from './fold';

export { DEFAULT_VALUE, analyzeFound, type FoundAnalysis } from './analyzeFound';

export interface HoverOptions {
  theme?: Theme;
  maxVariables?: number;
  plot?: boolean;
  showTotals?: boolean;
  comments?: boolean;
  /** 1-based line of the offset, when known (saves counting lines). */
  line?: number;
  /** In a notebook: the cells above the cursor's, in document order (the document reader's `cells`). */
  cells?: readonly CellAbove[];
  /** Other files' text by path relative to the document's folder: imported functions are read from them. */
  files?: FileReader;
  /** Values for root inputs (others default to DEFAULT_VALUE). */
  at?: Point;
  maxChars?: number;
  /** Command links for this expression; gets the arguments to embed. */
  links?: (args: LinkArgs) => HoverLinks;
}

/** What command links carry: enough to redo the analysis elsewhere (panel, Check Gradient). */
export interface LinkArgs {
  expression: string;
  lang: Lang;
  where: Record<string, string>;
  functions: Record<string, { params: string[]; body: string }>;
  at: Point;
  range: { start: number; end: number };
  line: number;
  /** Array code: every variable's shape (Check Gradient draws random arrays of these shapes). */
  shapes?: Record<string, (number | string)[]>;
}

export interface HoverResult {
  markdown: string;
  copyText: string;
  /** Document offsets the hover applies to. */
  range: { start: number; end: number };
  found: MathAt;
  model: HoverModel;
}

/** The hover at `offset`, or null when there is no math there. Never throws. */
export function hoverAt(text: string, lang: Lang, offset: number, opts: HoverOptions = {}): HoverResult | null {
  let found: MathAt | null;
  try {
    found = findMathAt(text, lang, offset, { comments: opts.comments, line: opts.line, cells: opts.cells, files: opts.files });
  } catch (e) {
    console.error('[derivative-inspector] detection failed:', e);
    return null;
  }
  if (!found) return null;
  let model: HoverModel | null;
  try {
    const ctx = arrayContext(found, text, offset, opts.line);
    model = buildModel(found, opts, ctx.reason ? { ctx, docText: text } : undefined);
  } catch (e) {
    console.error('[derivative-inspector] hover failed:', e);
    return null;
  }
  if (!model) return null;
  const point = model.point;
  const links = opts.links?.({
    expression: found.parseText,
    lang: found.lang,
    where: found.context.where,
    functions: found.context.functions,
    at: point,
    range: found.range,
    line: found.statement.line,
    ...(model.array ? { shapes: model.array.shapeOf } : {}),
  });
  // the plot panel draws scalar functions of one variable: no Open Plot for array code
  if (links && model.array) delete links.openPlot;
  const rendered = renderHover(model, {
    maxVariables: opts.maxVariables ?? 6,
    maxChars: opts.maxChars,
    showTotals: opts.showTotals ?? true,
    links,
  });
  // the hover range contains the cursor: the statement when the cursor is on its target
  const inExpr = found.range.start <= offset && offset <= found.range.end;
  const range = inExpr ? found.range : found.statement.range;
  return { markdown: rendered.markdown, copyText: rendered.copyText, range, found, model };
}

/**
 * A hover's budget, in work counters rather than time: it follows at most `followed` assignments
 * for its totals (the nearest; the cut is said), and prints at most `output` characters in all (a
 * 400-line chain printed 100 kB of shared subexpressions in 0.8 s before these bounds).
 */
export const HOVER_LIMITS = { followed: 16, output: 300_000 } as const;

/** Runs the analysis and turns it into what the hover shows; null if the text is not math after all. */
export function buildModel(found: MathAt, opts: HoverOptions = {}, array?: ArrayInput): HoverModel | null {
  return withOutputLimit(HOVER_LIMITS.output, () => modelOf(found, opts, array));
}

/** Array code found by `arrayContext`, with the document its shape statements are read from. */
export interface ArrayInput {
  ctx: ArrayContext;
  docText: string;
}

function modelOf(found: MathAt, opts: HoverOptions, array?: ArrayInput): HoverModel | null {
  const printLang: Lang = found.kind === 'latex' ? 'latex' : found.lang;
  const target = found.statement.target ?? 'f';
  const base: HoverModel = {
    printLang,
    kind: found.kind,
    source: found.text,
    line: found.statement.line,
    target,
    parsed: found.text,
    variables: [],
    partials: [],
    point: {},
    notes: [...found.context.notes],
  };
  if (found.context.external) return { ...base, problem: externalProblem(found.context.external) };
  if (found.context.unreadable) return { ...base, problem: found.context.unreadable };
  // array code goes to the array engine: its answer, or its refusal (never a scalar reading)
  if (array) {
    const answer = arrayAnswer(found, base, array);
    if (answer) return answer;
  }
  let a: Analysis;
  let where: Record<string, string>;
  let constants: Record<string, number>;
  try {
    const r = analyzeFound(found, opts.at, { maxFollowed: HOVER_LIMITS.followed });
    if (r.cut) base.notes.push(r.cut);
    a = r.analysis;
    where = r.where;
    constants = r.constants;
    base.point = r.point;
    base.constants = r.constants;
  } catch (e) {
    if (e instanceof BudgetError) return { ...base, problem: `Derivative too large to show: ${e.message}.` };
    if (e instanceof InputError) {
      // the detector's check passed but the analysis did not: say why rather than stay silent
      return { ...base, problem: `Could not analyze this expression: ${e.message}` };
    }
    console.error('[derivative-inspector] analysis failed:', e);
    return null;
  }
  const show = (n: string) => (has(found.context.renamed, n) ? found.context.renamed[n] : n);
  const namespace = printLang === 'python' ? pythonNamespace([found.parseText, ...Object.values(found.context.where)]) : undefined;
  const p = (e: Expr) => printIn(e, printLang, namespace);
  try {
    base.parsed = p(a.expr);
    base.variables = a.variables.filter((v) => !has(constants, v));
    /** Texts with shared subexpressions named once (the user's names where given); plain when too large. */
    const named = (exprs: Expr[], given?: Record<string, Expr>): { texts: string[]; definitions: string[] } => {
      try {
        const shared = printShared(exprs, { names: given, lang: printLang, namespace });
        return { texts: shared.texts, definitions: shared.definitions.map((d) => `${show(d.name)} = ${d.text}`) };
      } catch {
        return { texts: exprs.map(p), definitions: [] };
      }
    };
    if (a.outputs && a.jacobian) {
      const outs = a.outputs.map((_, i) => `${target}[${i}]`);
      const cols = a.variables.filter((v) => !has(constants, v));
      base.jacobian = {
        outputs: outs,
        variables: cols.map(show),
        cells: a.jacobian.map((row) => cols.map((v) => p(row[a.variables.indexOf(v)]))),
      };
    } else {
      const exprs = base.variables.map((v) => a.partials[v]);
      let texts = exprs.map(p);
      // long partials name what they share once, as the totals do; short ones stay self-contained
      if (texts.reduce((n, t) => n + t.length, 0) > SHARE_PARTIALS_OVER) {
        const shared = named(exprs);
        if (shared.definitions.length) {
          texts = shared.texts;
          base.partialDefinitions = shared.definitions;
        }
      }
      base.partials = base.variables.map<DerivativeLine>((v, i) => ({
        label: `∂${target}/∂${show(v)}`,
        variable: v,
        text: texts[i],
        value: a.values?.[v],
      }));
    }
    if (a.total && a.totalVariables && opts.showTotals !== false && Object.keys(where).some((w) => !has(constants, w))) {
      try {
        const { texts, definitions } = named(
          a.totalVariables.map((v) => a.total![v]),
          sharedNames(where, a, constants),
        );
        base.totals = {
          followed: Object.entries(where)
            .filter(([k]) => !has(constants, k))
            .reverse()
            .map(([k, v]) => `${show(k)} = ${v}`),
          definitions,
          variables: a.totalVariables.map(show),
          lines: a.totalVariables.map((v, i) => ({
            label: `d${target}/d${show(v)}`,
            variable: v,
            text: texts[i],
            value: a.totalValues?.[v],
          })),
        };
      } catch (e) {
        if (!(e instanceof BudgetError)) throw e;
        // the partials stay; the totals are cut with the reason (Check Gradient computes them in full)
        base.notes.push(`total derivatives not shown: ${e.message}; Check Gradient evaluates them`);
      }
    }
    // a constant (`speed(1.0, 2.0, 2.0)`, `Math.PI / 4`): nothing to differentiate, no hover
    if (!base.variables.length && !base.totals?.lines.length && !base.jacobian?.variables.length) return null;
    base.notes.push(...a.notes.map((n) => n.message));
    if (opts.plot !== false) base.plot = plotFor(a, base.point, opts.theme ?? 'dark') ?? undefined;
  } catch (e) {
    if (e instanceof BudgetError)
      return { ...base, partials: [], totals: undefined, jacobian: undefined, problem: `Derivative too large to show: ${e.message}.` };
    throw e;
  }
  return base;
}

/** The array engine's answer; undefined when it reads every name as a scalar (the scalar reading says more). */
function arrayAnswer(found: MathAt, base: HoverModel, array: ArrayInput): HoverModel | undefined {
  try {
    const m = arrayModel(found, base, array.ctx);
    const shaped = m.array && (m.array.outputShape !== 'scalar' || m.array.shapes.some((s) => s.shape !== 'scalar'));
    if (!shaped) return undefined;
    // an array value computed element by element (no product, reduction or index): the derivatives
    // of one element, the scalar reading, say exactly what the backward pass would, and more plainly
    if (m.array!.elementwise && m.array!.outputShape !== 'scalar' && PER_ELEMENT_SPELLED.has(found.lang)) {
      const arrays = m.array!.shapes.filter((s) => s.shape !== 'scalar').map((s) => `${s.name} ${s.shape}`);
      base.notes.push(
        `read element by element (${arrays.join(', ')}): these are the derivatives of one element of ${base.target ?? 'the result'}`,
      );
      return undefined;
    }
    return m;
  } catch (e) {
    if (e instanceof InputError) return { ...base, problem: arrayProblem(e, found, array.docText) };
    if (e instanceof BudgetError) return { ...base, problem: `Derivative too large to show: ${e.message}.` };
    throw e;
  }
}

/**
 * Languages where an elementwise line reads best per element: MATLAB and Julia spell per-element
 * operations themselves (`.*`, `.^`), R's statistics code (densities, likelihood terms) is written
 * per element; in NumPy/torch code the backward pass is the idiom people write.
 */
const PER_ELEMENT_SPELLED = new Set<Lang>(['matlab', 'julia', 'r']);

/** Printed partials longer than this (all together) name their shared subexpressions. */
const SHARE_PARTIALS_OVER = 240;

function printIn(e: Expr, lang: Lang, namespace?: string): string {
  return lang === 'latex' || lang === 'markdown' ? printLatex(e) : print(e, { lang, namespace });
}

/**
 * The library the user's Python is written against, so derivatives paste back into it: `torch.`
 * (or `F.`) code gets torch calls, `math.` code math calls, `jnp.` code jnp calls; NumPy otherwise.
 */
export function pythonNamespace(texts: string[]): string {
  const count = (re: RegExp) => texts.reduce((n, t) => n + (t.match(re)?.length ?? 0), 0);
  const votes: [string, number][] = [
    ['torch', count(/\b(?:torch|F)\./g)],
    ['jnp', count(/\bjnp\./g)],
    ['math', count(/\bmath\./g)],
    ['np', count(/\b(?:np|numpy)\./g)],
  ];
  const best = votes.reduce((a, b) => (b[1] > a[1] ? b : a));
  return best[1] > 0 ? best[0] : 'np';
}

/**
 * The user's intermediate names with their resolved expressions (helpers inlined exactly as the
 * analysis did: its own dependencies, not one analysis per name), so totals are printed with them.
 */
function sharedNames(where: Record<string, string>, a: Analysis, constants: Record<string, number>): Record<string, Expr> {
  const deps = a.dependencies ?? names<Expr>();
  return names(
    Object.keys(where)
      .filter((k) => !has(constants, k) && has(deps, k))
      .slice(0, 24)
      .map((k) => [k, deps[k]] as const),
  );
}

/** The function (after dataflow) along its first variable, with its tangent, as a data: URI. */
function plotFor(a: Analysis, point: Point, theme: Theme): string | null {
  const e = a.totalExpr ?? a.expr;
  const vars = a.totalVariables ?? a.variables;
  if (!vars.length || a.outputs) return null;
  const v = vars[0];
  const slope = a.total ? a.totalValues?.[v] : a.values?.[v];
  if (slope === undefined) return null;
  const f = compile([e], vars);
  const input = vars.map((n) => point[n] ?? DEFAULT_VALUE);
  const k = vars.indexOf(v);
  const svg = tangentSvg({
    f: (x) => {
      input[k] = x;
      return f(input)[0];
    },
    x0: point[v] ?? DEFAULT_VALUE,
    slope,
    variable: v,
    theme,
  });
  return svg ? svgDataUri(svg) : null;
}
