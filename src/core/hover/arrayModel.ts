// The hover on array code: decides that a found line is array code (an array operation, or a name
// the code states an array shape for), gathers the shapes the code states (document/arrayShapes),
// and asks the array engine (../array) for the gradient of a scalar line, or the backward pass of an
// array line, in the code's own syntax. What the engine cannot read comes back as an InputError
// naming the operation and column: the hover shows it, never a scalar reading of array code.
import { analyzeArray, type ArrayAnalysis, type NDArray, type Shape } from '../array';
import type { MathAt } from '../document';
import { arrayNamesAt, hasArrayOps, operandNames, reductionArgs, shapesAt, type ShapeFact } from '../document/arrayShapes';
import { InputError, type Lang } from '../types';
import { has, names } from '../names';
import type { DerivativeLine, HoverModel } from './model';
import { ARRAY_SPECS } from '../array/tables';
import { splitTopLevel } from '../report/point';

const IDS = /[\p{L}_][\p{L}\p{N}_]*/gu;

/** The shapes the code states for the names in scope, and whether the found math is array code. */
export interface ArrayContext {
  facts: Record<string, ShapeFact>;
  /** why it is array code (`uses @`, `X has shape (n, d)`), or undefined for scalar code */
  reason?: string;
  /** names the code around uses as arrays (arrayNamesAt) */
  arrays?: Set<string>;
}

/**
 * Is the found math array code? It is when the line or a definition it follows uses an array
 * operation, or uses a name the code gives an array shape (rank ≥ 1). `docText`/`offset` locate the
 * shape statements above the cursor.
 */
export function arrayContext(found: MathAt, docText: string, offset: number, line?: number): ArrayContext {
  const lang = found.lang;
  const texts = [found.parseText, ...Object.values(found.context.where)];
  const facts = factsFor(found, docText, offset, line);
  const arrays = found.kind === 'code' ? arrayNamesAt(docText, lang, offset, facts) : new Set<string>();
  if (texts.some((t) => hasArrayOps(t, lang))) return { facts, arrays, reason: 'array operations' };
  // the assigned name counts too: `h = X * theta` is array code when h is used as an array below
  const used = new Set([...texts.flatMap((t) => t.match(IDS) ?? []), ...(found.statement.target ? [found.statement.target] : [])]);
  const arr = [...used].find((n) => arrays.has(n));
  // a reduction of names none known to be arrays (`np.mean((y_hat - y) ** 2)`) keeps the line with the
  // scalar reading, whose notes say what a mean or a sum means per element
  const unexplained = texts.flatMap((t) => reductionArgs(t, lang)).some((arg) => ![...operandNames(arg)].some((n) => arrays.has(n)));
  return arr && !unexplained ? { facts, arrays, reason: `${arr} is an array` } : { facts, arrays };
}

function factsFor(found: MathAt, docText: string, offset: number, line?: number): Record<string, ShapeFact> {
  // comments and LaTeX state no code shapes; a Markdown fence is read in its own language
  if (found.kind !== 'code') return names();
  try {
    return shapesAt(docText, found.lang, offset, line);
  } catch {
    return names();
  }
}

/** `(n, d)`, `(n,)`, `scalar` */
export function showShape(s: Shape): string {
  if (!s.length) return 'scalar';
  return s.length === 1 ? `(${s[0]},)` : `(${s.join(', ')})`;
}

const HOW: Record<ShapeFact['how'], string> = {
  constructor: 'its constructor',
  literal: 'its literal',
  annotation: 'its annotation',
  comment: 'a shape comment',
  docstring: 'the docstring',
  assert: 'an assert',
};

export interface ArrayHoverOptions {
  /** Shapes given by the caller (Check Gradient's, the CLI's); the code's own come from `ctx.facts`. */
  shapes?: Record<string, Shape>;
  at?: Record<string, NDArray>;
}

/**
 * The hover model of array code: shapes, then the gradient of a scalar line or the backward pass of
 * an array line, and the totals through the followed assignments when the engine gives them.
 * Throws InputError (unsupported operation, shape mismatch) with the engine's message.
 */
export function arrayModel(found: MathAt, base: HoverModel, ctx: ArrayContext, opts: ArrayHoverOptions = {}): HoverModel {
  const a = analyzeFoundArray(found, ctx, base.printLang, opts);
  const where = whereOf(found);
  const lhs = found.statement.target;
  const show = (n: string) => (has(found.context.renamed, n) ? found.context.renamed[n] : n);
  const shapes = a.variables.map((v) => {
    const fact = has(ctx.facts, v) ? ctx.facts[v] : undefined;
    return { name: show(v), shape: showShape(a.shapes[v] ?? []), from: fact ? `${HOW[fact.how]}, line ${fact.line}` : undefined };
  });
  const model: HoverModel = {
    ...base,
    variables: a.variables,
    array: { shapes, shapeOf: a.shapes, outputShape: showShape(a.outputShape), elementwise: a.elementwise },
    notes: [...base.notes, ...a.notes],
  };
  const target = base.target;
  if (a.backward?.length) {
    model.array!.backward = {
      upstream: `d${lhs ?? 'out'}`,
      lines: a.backward.map((b) => ({ label: b.name, variable: b.name.replace(/^d/, ''), text: b.text })),
    };
  } else {
    model.partials = a.variables
      .filter((v) => has(a.partials, v))
      .map<DerivativeLine>((v) => ({ label: `∂${target}/∂${show(v)}`, variable: v, text: a.partials[v] }));
  }
  if (a.total && Object.keys(a.total).length) {
    const vars = Object.keys(a.total);
    model.totals = {
      definitions: [],
      variables: vars.map(show),
      followed: where.map((w) => shownDefinition(show(w.name), w.text, found.lang)),
      lines: vars.map((v) => ({ label: `d${target}/d${show(v)}`, variable: v, text: (a.totalNamed ?? a.total!)[v] })),
    };
  }
  return model;
}

/** A followed definition as the code writes it: `theta(1) = 0` for the element assignment the engine reads as a call. */
function shownDefinition(name: string, text: string, lang: Lang): string {
  const call = ARRAY_SPECS[lang]?.setIndexCall;
  if (call && text.startsWith(`${call}(`) && text.endsWith(')')) {
    const [, value, ...index] = splitTopLevel(text.slice(call.length + 1, -1)).map((p) => p.text.trim());
    if (value !== undefined && index.length) return `${name}(${index.join(', ')}) = ${value}`;
  }
  return `${name} = ${text}`;
}

/** The followed definitions in source order (the context lists them nearest first). */
function whereOf(found: MathAt): { name: string; text: string }[] {
  return Object.entries(found.context.where)
    .reverse()
    .map(([name, text]) => ({ name, text }));
}

/** The array engine's analysis of found array code: the code's shapes, the caller's over them. */
export function analyzeFoundArray(found: MathAt, ctx: ArrayContext, print: Lang, opts: ArrayHoverOptions = {}): ArrayAnalysis {
  const stated = names(Object.entries(ctx.facts).map(([k, f]) => [k, f.shape] as const));
  // a constructor (`W = rand(2, 5)`) gives a shape, not a formula to follow: W stays an input
  let where = whereOf(found).filter((w) => !(has(ctx.facts, w.name) && DATA.has(ctx.facts[w.name].how)));
  const run = (hints: Record<string, Shape>) =>
    analyzeArray(found.parseText, found.lang, {
      shapes: { ...hints, ...stated, ...(opts.shapes ?? {}) },
      at: opts.at,
      where: where.length ? where : undefined,
      print,
      lhs: found.statement.target,
    });
  let first: ArrayAnalysis;
  const cut: string[] = [];
  try {
    first = run({});
  } catch (e) {
    // a definition above it cannot read: the line alone (its error, if any, is then the line's own)
    if (!where.length || !(e instanceof InputError)) throw e;
    const failed = where.find((w) => failsAlone(w.text, found.lang));
    where = [];
    first = run({});
    cut.push(`totals not followed: ${failed ? `\`${failed.name} = ${failed.text}\`: ` : ''}${e.message}`);
  }
  if (cut.length) first = { ...first, notes: [...cut, ...first.notes] };
  moduleAsArray(found.parseText, first.variables);
  // names the code uses as arrays that nothing in this line shapes: vectors of one symbolic length,
  // said in a note (the engine would read them as scalars)
  // numbers assigned in scope and numeric parameter defaults (`lam=0.1`) are scalars
  const given = { ...stated, ...(opts.shapes ?? {}), ...(opts.at ?? {}), ...found.context.constants, ...(found.context.defaults ?? {}) };
  // an assigned name the code uses as an array, computed per element from names nothing shapes
  // (`losses = jnp.square(targets - predictions)` above `jnp.mean(losses)`): its operands are arrays
  const target = found.statement.target;
  // (not when the line already reduces arrays to its scalar: `J = lambda/2 * sum(theta .^ 2)` keeps lambda a scalar)
  const arrayOut =
    !!target && !!ctx.arrays?.has(target) && !first.outputShape.length && first.variables.every((v) => !first.shapes[v]?.length);
  const vectors = first.variables.filter((v) => !first.shapes[v]?.length && (arrayOut || ctx.arrays?.has(v)) && !has(given, v));
  if (!vectors.length) return first;
  let again: ArrayAnalysis;
  try {
    again = run(names(vectors.map((v) => [v, [VECTOR_DIM]] as const)));
  } catch {
    return first;
  }
  const list = vectors.map((v) => `\`${v}\``).join(', ');
  return {
    ...again,
    notes: [
      `${list} ${vectors.length > 1 ? 'are' : 'is'} used as ${vectors.length > 1 ? 'arrays' : 'an array'} in the code around and taken as ${vectors.length > 1 ? 'vectors' : 'a vector'} of length ${VECTOR_DIM}; a shape comment (\`# (n, d)\`) says otherwise`,
      ...again.notes,
    ],
  };
}

/**
 * `f.softmax(scores, dim=-1)` with `f` an alias of torch.nn.functional: read as a method of an array
 * `f`, it would be differentiated by `f`, a confident wrong answer. A function of the module form
 * called on a name with a positional name argument is refused, naming the alias and its column.
 */
const MODULE_FORM =
  /(?<![\w.])([A-Za-z_]\w*)\.(softmax|log_softmax|relu|sigmoid|tanh|gelu|softplus|exp|log|sqrt|abs|square|logsumexp)\(\s*[A-Za-z_]/g;

function moduleAsArray(text: string, variables: string[]): void {
  for (const m of text.matchAll(MODULE_FORM)) {
    if (variables.includes(m[1]))
      throw new InputError(
        `\`${m[1]}.${m[2]}(…)\`: \`${m[1]}\` is not a module this version knows (an alias of torch.nn.functional?), so it cannot be read`,
        m.index! + 1,
      );
  }
}

/** Shape statements that are data (a constructor, a literal), not formulas. */
const DATA = new Set<ShapeFact['how']>(['constructor', 'literal']);

function failsAlone(text: string, lang: Lang): boolean {
  try {
    analyzeArray(text, lang, {});
    return false;
  } catch {
    return true;
  }
}

/** The symbolic length of an array the code uses but states no shape for. */
const VECTOR_DIM = 'n';

/** The problem line for an array line the engine refuses: its message, placed in the file when possible. */
export function arrayProblem(e: InputError, found: MathAt, docText?: string): string {
  let where = '';
  // the column is relative to the text parsed; it is the file's when that text is the line as written
  if (e.column !== undefined && docText !== undefined && found.parseText === found.text) {
    const at = found.range.start + e.column - 1;
    const lineStart = docText.lastIndexOf('\n', at - 1) + 1;
    where = ` (line ${found.statement.line + countNewlines(docText, found.statement.range.start, lineStart)}, column ${at - lineStart + 1} in the file)`;
  } else if (e.column === undefined) where = ` (line ${found.statement.line})`;
  return `Array code this version cannot differentiate: ${e.message}${where}. Nothing is read as scalars here.`;
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
