// print / printLatex / printShared: the public printing API.
import type { Lang } from '../../types';
import { freeVariables, topoOrder } from '../graph';
import { asNode, Expr, Node } from '../node';
import { dialectFor, mathDialect } from './dialects';
import { latexDialect, latexSymbol as latexNameOf } from './latex';
import { lower } from './lower';
import { Dialect, Printer } from './printer';

export interface PrintOptions {
  lang?: Lang;
  /** Python: 'np' (default), 'math' or 'torch' */
  namespace?: string;
  /** math only: use only functions plain mathjs evaluates (expand sigmoid, softplus, …) */
  portable?: boolean;
  /** the names of everything shown beside this text (a variable `e` changes how mathjs/LaTeX spell the constant) */
  variables?: readonly string[];
}

function resolve(opts: PrintOptions = {}, es: Expr[] = []): Dialect {
  const d = dialectFor(opts.lang ?? 'math', opts.namespace, opts.portable);
  return besideVariableE(d === 'latex' ? latexDialect : d, es, opts.variables);
}

/**
 * A dialect that spells Euler's number a bare `e` spells it apart when a user variable `e` (a name
 * in code) is printed in the same text, so neither reads as the other.
 */
function besideVariableE(d: Dialect, es: Expr[], variables: readonly string[] = []): Dialect {
  if (!d.besideVariableE || !(variables.includes('e') || freeVariables(es.map(asNode)).includes('e'))) return d;
  return { ...d, ...d.besideVariableE };
}

export function print(e: Expr, opts?: PrintOptions): string {
  const d = resolve(opts, [e]);
  return new Printer(d).print(lower(asNode(e), d.expand));
}

/** LaTeX; `variables`: the names of the whole report or hover the text is shown in. */
export function printLatex(e: Expr, variables?: readonly string[]): string {
  return new Printer(besideVariableE(latexDialect, [e], variables)).print(asNode(e));
}

export interface SharedPrint {
  definitions: { name: string; text: string; latex: string }[];
  texts: string[];
  latex: string[];
}

/** Shared subexpressions worth a name: calls, or anything larger than a couple of leaves. */
function worthNaming(n: Node): boolean {
  if (n.kind === 'num' || n.kind === 'sym') return false;
  if (n.kind === 'fn' || n.kind === 'gt' || n.kind === 'if') return true;
  // c·f for one factor f reads as short as a name would (-s4, 2 * s1)
  if (n.kind === 'mul' && n.args.length === 2 && n.args[0].kind === 'num') return false;
  // so does c ± f(u) (1 - s), which keeps σ' as s * (1 - s)
  if (n.kind === 'add' && n.args.length === 2 && n.args.some((a) => a.kind === 'num')) {
    const f = n.args.find((a) => a.kind !== 'num')!;
    const g = f.kind === 'mul' && f.args.length === 2 && f.args[0].kind === 'num' ? f.args[1] : f;
    if (g.kind === 'fn') return false;
  }
  return n.args.some((a) => a.kind !== 'num' && a.kind !== 'sym');
}

/**
 * Names each non-trivial subexpression used more than once across `es` (or the caller's own
 * name for it, from `names`), and prints the results in terms of those names.
 */
export function printShared(es: Expr[], opts: PrintOptions & { names?: Record<string, Expr> } = {}): SharedPrint {
  const d = resolve(opts, es);
  // The plan (what gets a name) is made on the expressions as built; the text for a language
  // that lacks some functions prints their lowered forms under the same names.
  const roots = es.map(asNode);
  const order = topoOrder(roots);
  const uses = new Map<number, number>();
  for (const n of order) {
    // a conditional prints its condition's two sides (x > 0 ? …), never the condition node itself
    const used = n.kind === 'if' ? [...n.args[0].args, n.args[1], n.args[2]] : n.args;
    for (const a of new Set(used)) uses.set(a.id, (uses.get(a.id) ?? 0) + 1);
  }
  for (const r of roots) uses.set(r.id, (uses.get(r.id) ?? 0) + 1);

  const alias = new Map<number, string>();
  const taken = new Set(freeVariables(roots));
  const inGraph = new Set(order.map((n) => n.id));
  for (const [name, e] of Object.entries(opts.names ?? {})) {
    const n = asNode(e);
    taken.add(name);
    if (n.kind === 'num' || n.kind === 'sym' || alias.has(n.id) || !inGraph.has(n.id)) continue;
    alias.set(n.id, name);
  }
  // Numbered bottom-up (by height), ties by text, so names do not depend on node ids. The
  // text used for ordering already uses the names given so far, so it stays short.
  const height = new Map<number, number>();
  for (const n of order)
    height.set(
      n.id,
      n.args.reduce((h, a) => Math.max(h, height.get(a.id)! + 1), 0),
    );
  const candidates = order.filter((n) => !alias.has(n.id) && (uses.get(n.id) ?? 0) >= 2 && worthNaming(n));
  const total = candidates.length;
  let k = 0;
  const fresh = (): string => {
    for (;;) {
      const name = total === 1 && k === 0 ? 's' : `s${k + 1}`;
      k++;
      if (!taken.has(name)) return name;
    }
  };
  const sortAlias = new Map<number, string>(alias);
  const sorter = new Printer(mathDialect(false), sortAlias);
  const groups = new Map<number, Node[]>();
  for (const n of candidates) {
    const h = height.get(n.id)!;
    if (!groups.has(h)) groups.set(h, []);
    groups.get(h)!.push(n);
  }
  for (const h of [...groups.keys()].sort((a, b) => a - b)) {
    const group = groups.get(h)!.map((n) => ({ n, text: sorter.print(n) }));
    group.sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
    for (const { n } of group) {
      const name = fresh();
      alias.set(n.id, name);
      sortAlias.set(n.id, name);
    }
  }

  const memo = new Map<number, Node>();
  const lowered = (n: Node) => lower(n, d.expand, memo);
  const textAlias = new Map<number, string>();
  const byId = new Map(order.map((n) => [n.id, n]));
  for (const [id, name] of alias) textAlias.set(lowered(byId.get(id)!).id, name);
  const textP = new Printer(d, textAlias);
  const latexP = new Printer(
    besideVariableE(latexDialect, es, opts.variables),
    new Map([...alias].map(([id, name]) => [id, latexNameOf(name)])),
  );
  const rank = new Map([...alias.keys()].map((id, i) => [id, i])); // insertion order: user names, then s1, s2…
  // Definitions come after every name they use: by height in the printed (lowered) form first,
  // since lowering can make a node taller (logsumexp(x, x) → log(2 * exp(x))).
  const lowHeight = new Map<number, number>();
  for (const n of topoOrder(order.filter((m) => alias.has(m.id)).map(lowered))) {
    lowHeight.set(
      n.id,
      n.args.reduce((h, a) => Math.max(h, lowHeight.get(a.id)! + 1), 0),
    );
  }
  const lh = (n: Node) => lowHeight.get(lowered(n).id)!;
  const named = order
    .filter((n) => alias.has(n.id))
    .sort((a, b) => lh(a) - lh(b) || height.get(a.id)! - height.get(b.id)! || rank.get(a.id)! - rank.get(b.id)!);
  return {
    definitions: named.map((n) => ({ name: alias.get(n.id)!, text: textP.print(lowered(n)), latex: latexP.print(n) })),
    texts: roots.map((r) => (alias.has(r.id) ? alias.get(r.id)! : textP.print(lowered(r)))),
    latex: roots.map((r) => (alias.has(r.id) ? latexNameOf(alias.get(r.id)!) : latexP.print(r))),
  };
}
