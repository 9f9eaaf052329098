// The façade every client calls (CLI, hover, panel): source text + options → the expression, its
// partial derivatives (every name independent), total derivatives through `where` dependencies,
// the Jacobian of tuple outputs, and values at a point.
//   analyze('4*pi/3*t*x*y', { where: { t: 'x' } })
//     partials.x = 4π/3·t·y, total.x = 8π/3·x·y
import type { MathNode } from './mathjs';
import { BudgetError, InputError, Lang, Note, Point } from './types';
import { has, names, namesOf } from './names';
import { canonicalName, parseExpression, parseStatement } from './syntax';
import {
  DEFAULT_NODE_BUDGET,
  evaluate,
  Expr,
  freeVariables,
  fromMathNode,
  gradient,
  hessian,
  jacobian,
  notesAt,
  substitute,
  withBudget,
} from './expr';

export interface HelperFunction {
  params: string[];
  body: string;
  /** Other methods of the name, each of another arity (Julia dispatch, C++ overloads). */
  methods?: { params: string[]; body: string }[];
}

/** The method of a helper a call with `n` arguments takes, if one of that arity is known. */
export function methodOf(h: HelperFunction, n: number): { params: string[]; body: string } | undefined {
  return [h, ...(h.methods ?? [])].find((m) => m.params.length === n);
}

export interface AnalyzeOptions {
  lang?: Lang;
  /** Variables to differentiate with respect to (default: all free variables; for totals, the roots). */
  wrt?: string[];
  /** A point: values for the variables (for totals, values of the root inputs). */
  at?: Point;
  /** Dependencies name → expression text (same language), e.g. { t: 'x' }. */
  where?: Record<string, string>;
  /** User helper functions, inlined where they are called. */
  functions?: Record<string, HelperFunction>;
  /** Also compute the Hessian of the (first) expression with respect to `wrt`/`variables`. */
  hessian?: boolean;
  /** Node budget of the request (default DEFAULT_NODE_BUDGET; a hover has a smaller one). */
  maxNodes?: number;
}

export interface Analysis {
  lang: Lang;
  source: string;
  target?: string | string[];
  expr: Expr;
  outputs?: Expr[];
  /** Free variables of the expression (of all outputs for a tuple), every name independent. */
  variables: string[];
  /** ∂f/∂v for v in `wrt` (default: `variables`). For tuple outputs, of the first output. */
  partials: Record<string, Expr>;
  /** Value of the expression at `at`. */
  value?: number;
  /** Partials evaluated at `at` (names defined in `where` get their values from their definitions). */
  values?: Record<string, number>;
  /** df/dv after substituting the `where` dependencies (only with `where`). */
  total?: Record<string, Expr>;
  totalVariables?: string[];
  totalValues?: Record<string, number>;
  /** The expression after substituting `where` (only with `where`). */
  totalExpr?: Expr;
  /** Each `where` name with its dependencies substituted: lets printers write totals with the user's names. */
  dependencies?: Record<string, Expr>;
  /** ∂outputᵢ/∂vⱼ for tuple outputs, rows by output, columns by `wrt`/`variables`. */
  jacobian?: Expr[][];
  /** ∂²f/∂vᵢ∂vⱼ (with `hessian: true`), rows and columns by `wrt`/`variables`. */
  hessian?: Expr[][];
  hessianValues?: number[][];
  notes: Note[];
}

/** Hovers and the CLI give up on anything deeper than this many nested helper calls. */
const MAX_INLINE_DEPTH = 32;

export function analyze(source: string, opts: AnalyzeOptions = {}): Analysis {
  try {
    // One node budget for the whole request: a pathological input ends as a BudgetError, not a hang.
    return withBudget(opts.maxNodes ?? DEFAULT_NODE_BUDGET, () => run(source, opts));
  } catch (e) {
    if (e instanceof RangeError) throw new BudgetError('expression too large: nested too deeply');
    throw e;
  }
}

function run(source: string, options: AnalyzeOptions): Analysis {
  // Names as the front-ends spell them (x₁ → x_1, self.w → self_w), so that dependencies, the point
  // and wrt written the way the code writes them still match the parsed expression's variables.
  const opts: AnalyzeOptions = {
    ...options,
    wrt: options.wrt?.map(canonicalName),
    at: options.at && renameKeys(options.at),
    where: options.where && renameKeys(options.where),
  };
  const lang = opts.lang ?? 'math';
  const helpers = namesOf(opts.functions ?? {});
  const helperNames = Object.keys(helpers);
  const st = parseStatement(source, lang, { functions: helperNames });
  const inline = helperNames.length ? inliner(helpers, lang) : (n: MathNode) => n;
  const outputs = st.outputs?.map((n) => fromMathNode(inline(n)));
  const expr = outputs ? outputs[0] : fromMathNode(inline(st.expression));
  const variables = freeVariables(outputs ?? expr);
  const wrt = opts.wrt?.length ? unique(opts.wrt) : variables;
  const grads = gradient(expr, wrt);
  const partials = record(wrt, grads);
  const analysis: Analysis = {
    lang,
    source,
    target: st.target,
    expr,
    variables,
    partials,
    notes: (st.notes ?? []).map((message) => ({ kind: 'info', message })),
  };
  if (outputs) {
    analysis.outputs = outputs;
    analysis.jacobian = jacobian(outputs, wrt);
  }
  if (opts.hessian) analysis.hessian = hessian(expr, wrt);

  let definitions: Record<string, Expr> | undefined;
  if (opts.where && Object.keys(opts.where).length) {
    definitions = resolveDependencies(opts.where, lang, helperNames, inline);
    const totalExpr = substitute(expr, definitions);
    const totalVariables = opts.wrt?.length ? unique(opts.wrt) : freeVariables(totalExpr);
    analysis.totalExpr = totalExpr;
    analysis.dependencies = definitions;
    analysis.totalVariables = totalVariables;
    analysis.total = record(totalVariables, gradient(totalExpr, totalVariables));
  }

  if (opts.at) {
    const point = completePoint(opts.at, variables, definitions);
    const missing = variables.filter((v) => !has(point, v));
    if (missing.length) {
      throw new InputError(`no value given for ${missing.map((m) => `'${m}'`).join(', ')} in the point`);
    }
    analysis.value = evaluate(expr, point);
    analysis.values = mapValues(partials, (e) => evaluate(e, point));
    for (const e of outputs ?? [expr]) analysis.notes.push(...notesAt(e, point));
    if (analysis.hessian) analysis.hessianValues = analysis.hessian.map((row) => row.map((e) => evaluate(e, point)));
    if (analysis.total) analysis.totalValues = mapValues(analysis.total, (e) => evaluate(e, point));
    // what the followed definitions hold at the point (a conditional read from an if-chain above
    // switching here, a log of a negative in a definition) is said too, once
    if (analysis.totalExpr && analysis.totalVariables?.every((v) => has(point, v)))
      for (const n of notesAt(analysis.totalExpr, point))
        if (!analysis.notes.some((m) => m.message === n.message))
          analysis.notes.push({ ...n, message: `through the definitions above: ${n.message}` });
  }
  return analysis;
}

function renameKeys<T>(r: Record<string, T>): Record<string, T> {
  return names(Object.entries(r).map(([k, v]) => [canonicalName(k), v] as const));
}

function unique(xs: string[]): string[] {
  return [...new Set(xs.map((x) => x.trim()).filter(Boolean))];
}

function record(keys: string[], values: Expr[]): Record<string, Expr> {
  return names(keys.map((k, i) => [k, values[i]] as const));
}

function mapValues<T, U>(r: Record<string, T>, f: (t: T) => U): Record<string, U> {
  return names(Object.keys(r).map((k) => [k, f(r[k])] as const));
}

/**
 * The `where` definitions with each one's own dependencies substituted (t = x, u = t² → u = x²),
 * in dependency order; a cycle is an InputError naming it.
 */
export function resolveDependencies(
  where: Record<string, string>,
  lang: Lang,
  helperNames: string[] = [],
  inline: (n: MathNode) => MathNode = (n) => n,
): Record<string, Expr> {
  const raw: Record<string, Expr> = names();
  for (const [name, text] of Object.entries(where)) {
    if (!/^[\p{L}_$][\p{L}\p{N}_$]*$/u.test(name)) throw new InputError(`'${name}' is not a variable name`);
    try {
      raw[name] = fromMathNode(inline(parseExpression(text, lang, { functions: helperNames })));
    } catch (e) {
      if (e instanceof InputError) throw new InputError(`in the definition of ${name}: ${e.message}`, e.column, e.line);
      throw e;
    }
  }
  const resolved: Record<string, Expr> = names();
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (name: string, path: string[]): Expr => {
    if (state.get(name) === 'done') return resolved[name];
    if (state.get(name) === 'visiting') {
      const cycle = [...path.slice(path.indexOf(name)), name].join(' → ');
      throw new InputError(`circular definitions: ${cycle}`);
    }
    state.set(name, 'visiting');
    const deps: Record<string, Expr> = names();
    for (const v of freeVariables(raw[name])) {
      if (has(raw, v)) deps[v] = visit(v, [...path, name]);
    }
    resolved[name] = Object.keys(deps).length ? substitute(raw[name], deps) : raw[name];
    state.set(name, 'done');
    return resolved[name];
  };
  for (const name of Object.keys(raw)) visit(name, []);
  return resolved;
}

/** The point plus the values of defined names the point lacks (t from t = x at x = 2). */
function completePoint(at: Point, variables: string[], definitions?: Record<string, Expr>): Point {
  const point: Point = namesOf(at);
  if (!definitions) return point;
  for (const v of variables) {
    if (has(point, v) || !has(definitions, v)) continue;
    const needs = freeVariables(definitions[v]);
    if (needs.every((n) => has(at, n))) point[v] = evaluate(definitions[v], at);
  }
  return point;
}

/** Replaces calls to helper functions by their bodies, arguments substituted for parameters. */
export function inlineHelpers(helpers: Record<string, HelperFunction>, lang: Lang): (n: MathNode) => MathNode {
  return inliner(helpers, lang);
}

function inliner(helpers: Record<string, HelperFunction>, lang: Lang): (n: MathNode) => MathNode {
  const names = Object.keys(helpers);
  const bodies = new Map<string, MathNode>();
  const body = (name: string, def: { params: string[]; body: string }): MathNode => {
    const key = `${name}/${def.params.length}`;
    let b = bodies.get(key);
    if (!b) {
      try {
        b = parseExpression(def.body, lang, { functions: names });
      } catch (e) {
        if (e instanceof InputError) throw new InputError(`in helper function ${name}: ${e.message}`, e.column, e.line);
        throw e;
      }
      bodies.set(key, b);
    }
    return b;
  };
  const inline = (n: MathNode, stack: string[]): MathNode => {
    const mapped = n.map((child) => inline(child, stack));
    const f = mapped as MathNode & { fn?: { name?: string }; args?: MathNode[] };
    const name = f.type === 'FunctionNode' ? f.fn?.name : undefined;
    if (!name || !has(helpers, name)) return mapped;
    const args = f.args ?? [];
    const def = methodOf(helpers[name], args.length);
    if (!def) {
      const arities = [helpers[name], ...(helpers[name].methods ?? [])].map((m) => m.params.length);
      throw new InputError(
        `helper function '${name}' takes ${arities.join(' or ')} argument${arities.length === 1 && arities[0] === 1 ? '' : 's'} but got ${args.length}`,
      );
    }
    const { params } = def;
    // a method is one name and one arity: `normpdf(z)` inside `normpdf(μ, σ, x)` is no recursion
    const key = helpers[name].methods ? `${name}/${params.length}` : name;
    if (stack.includes(key)) {
      const cycle = [...stack.slice(stack.indexOf(key)), key].map((k) => k.replace(/\/\d+$/, ''));
      throw new InputError(
        cycle.length === 2
          ? `helper function '${name}' calls itself (recursion cannot be inlined)`
          : `helper functions call each other in a cycle, ${cycle.map((c) => `'${c}'`).join(' → ')} (recursion cannot be inlined)`,
      );
    }
    if (stack.length >= MAX_INLINE_DEPTH) {
      throw new InputError(
        `helper functions nested more than ${MAX_INLINE_DEPTH} calls deep (${stack[0].replace(/\/\d+$/, '')} → … → ${name}): too deep to inline`,
      );
    }
    const byParam = new Map(params.map((p, i) => [p, args[i]] as const));
    const substituted = body(name, def).transform((node) => {
      const s = node as MathNode & { name?: string };
      return s.type === 'SymbolNode' && byParam.has(s.name as string) ? byParam.get(s.name as string)!.cloneDeep() : node;
    });
    return inline(substituted, [...stack, key]);
  };
  return (n) => inline(n, []);
}
