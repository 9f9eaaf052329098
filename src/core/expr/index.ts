// The derivative engine's public API. Expressions are hash-consed DAG nodes; every entry point
// runs under a node budget and turns a stack overflow from very deep input into a BudgetError.
import type { MathNode } from 'mathjs';
import { InputError, Note, Point } from '../types';
import * as b from './build';
import { compileNodes, type Compiled } from './compile';
import * as conv from './from-mathjs';
import * as g from './graph';
import { asNode, Expr, guarded, Node, onTableReset } from './node';
import * as notes from './notes';
import * as printing from './print';
import { gradientNodes } from './reverse';

export type { Expr } from './node';
export type { PrintOptions, SharedPrint } from './print';
export { withBudget, nodesUsed, clearCache, DEFAULT_NODE_BUDGET, tableSize, TABLE_BYTES, TABLE_LIMIT } from './node';
/** LaTeX for a variable or shared name: theta0 → \theta_{0}, w11 → w_{11}. */
export { latexSymbol } from './print/latex';
export { withOutputLimit, OUTPUT_LIMIT } from './print/printer';

export function fromMathNode(node: MathNode): Expr {
  return guarded(() => conv.fromMathNode(node));
}

export function parseMath(text: string): Expr {
  return guarded(() => conv.parseMath(text));
}

export function sym(name: string): Expr {
  return guarded(() => b.sym(name));
}

export function num(v: number): Expr {
  return guarded(() => b.num(v));
}

/** Building blocks for callers that assemble expressions directly. */
export const build = {
  add: (...xs: Expr[]) => guarded(() => b.add(...xs.map(asNode))),
  mul: (...xs: Expr[]) => guarded(() => b.mul(...xs.map(asNode))),
  sub: (x: Expr, y: Expr) => guarded(() => b.sub(asNode(x), asNode(y))),
  div: (x: Expr, y: Expr) => guarded(() => b.div(asNode(x), asNode(y))),
  pow: (x: Expr, y: Expr) => guarded(() => b.pow(asNode(x), asNode(y))),
  neg: (x: Expr) => guarded(() => b.neg(asNode(x))),
  call: (name: string, args: Expr[]) => guarded(() => b.fn(name, args.map(asNode))),
};

export function freeVariables(e: Expr | Expr[]): string[] {
  return guarded(() => g.freeVariables(e));
}

export function nodeCount(e: Expr | Expr[]): number {
  return guarded(() => g.nodeCount(e));
}

export function gradient(e: Expr, wrt: string[]): Expr[] {
  return guarded(() => gradientNodes(asNode(e), wrt));
}

export function substitute(e: Expr, defs: Record<string, Expr>): Expr {
  return guarded(() => g.substitute(e, defs));
}

export function jacobian(outputs: Expr[], wrt: string[]): Expr[][] {
  return guarded(() => outputs.map((o) => gradientNodes(asNode(o), wrt)));
}

/** Gradient of each gradient component (reverse-over-reverse); the matrix is symmetric. */
export function hessian(e: Expr, wrt: string[]): Expr[][] {
  return guarded(() => {
    const grad = gradientNodes(asNode(e), wrt);
    const rows = grad.map((gi, i) => gradientNodes(gi, wrt.slice(i)));
    return wrt.map((_, i) => wrt.map((__, j) => (j >= i ? rows[i][j - i] : rows[j][i - j])));
  });
}

export function directional(e: Expr, wrt: string[], dir: number[]): Expr {
  if (dir.length !== wrt.length) throw new InputError(`direction has ${dir.length} components for ${wrt.length} variables`);
  return guarded(() => {
    const grad = gradientNodes(asNode(e), wrt);
    return b.add(...grad.map((gi, i) => b.mul(b.num(dir[i]), gi)));
  });
}

/** f(a) + ∇f(a)·(x − a) + ½ (x − a)ᵀ H(a) (x − a), with the coefficients evaluated at `at`. */
export function taylor2(e: Expr, wrt: string[], at: Point): Expr {
  return guarded(() => {
    const f = asNode(e);
    const grad = gradientNodes(f, wrt);
    const hess = grad.map((gi, i) => gradientNodes(gi, wrt.slice(i)));
    const vars = Object.keys(at);
    const values = compileNodes([f, ...grad, ...hess.flat()], vars)(vars.map((v) => at[v]));
    const dx = wrt.map((v) => b.sub(b.sym(v), b.num(at[v] ?? 0)));
    const terms: Node[] = [b.num(values[0])];
    wrt.forEach((_, i) => terms.push(b.mul(b.num(values[1 + i]), dx[i])));
    let k = 1 + wrt.length;
    for (let i = 0; i < wrt.length; i++) {
      for (let j = i; j < wrt.length; j++) {
        const h = values[k++];
        // Off-diagonal terms appear twice in the quadratic form: ½·2·h = h.
        terms.push(b.mul(b.num(i === j ? h / 2 : h), dx[i], dx[j]));
      }
    }
    return b.add(...terms);
  });
}

/** Compiles to a flat tape; the returned function evaluates all `es` at once for `values[i]` of `vars[i]`. */
export function compile(es: Expr[], vars: string[]): (values: ArrayLike<number>) => number[] {
  return guarded(() => compileNodes(es.map(asNode), vars));
}

/**
 * Recently compiled single expressions (ids are never reused, so entries cannot go stale), bounded
 * by entries and by tape slots in total (a tape keeps its nodes alive), emptied with the node table.
 */
const compiled = new Map<string, Compiled>();
const COMPILED_ENTRIES = 256;
export const COMPILED_SLOTS = 1_000_000;
let compiledSlots = 0;
onTableReset(() => {
  compiled.clear();
  compiledSlots = 0;
});

/** Tape slots held by the evaluation cache (for tests and the benchmark). */
export function compiledCacheSize(): number {
  return compiledSlots;
}

export function evaluate(e: Expr, point: Point): number {
  const vars = Object.keys(point);
  return guarded(() => {
    const key = `${asNode(e).id}|${vars.join(',')}`;
    let f = compiled.get(key);
    if (!f) {
      f = compileNodes([asNode(e)], vars);
      while (compiled.size && (compiled.size >= COMPILED_ENTRIES || compiledSlots + f.size > COMPILED_SLOTS)) {
        const [oldest, g] = compiled.entries().next().value!;
        compiled.delete(oldest);
        compiledSlots -= g.size;
      }
      if (f.size <= COMPILED_SLOTS) {
        compiled.set(key, f);
        compiledSlots += f.size;
      }
    }
    return f(vars.map((v) => point[v]))[0];
  });
}

export function notesAt(e: Expr, point: Point): Note[] {
  return guarded(() => notes.notesAt(e, point));
}

export function print(e: Expr, opts?: printing.PrintOptions): string {
  return guarded(() => printing.print(e, opts));
}

export function printLatex(e: Expr, variables?: readonly string[]): string {
  return guarded(() => printing.printLatex(e, variables));
}

export function printShared(es: Expr[], opts?: printing.PrintOptions & { names?: Record<string, Expr> }): printing.SharedPrint {
  return guarded(() => printing.printShared(es, opts));
}
