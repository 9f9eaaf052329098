// Walking the DAG without recursion (inputs can be 10k levels deep): topological order, free
// variables, node count, substitution.
import { rebuild } from './build';
import { asNode, Expr, Node } from './node';
import { has } from '../names';
import { CONSTANTS } from './constants';

/** Every node reachable from the roots once, children before parents. */
export function topoOrder(roots: readonly Node[]): Node[] {
  const order: Node[] = [];
  const seen = new Set<number>();
  // the path from the root and, for each node on it, the next argument to visit
  const nodes: Node[] = [];
  const next: number[] = [];
  for (const r of roots) {
    if (seen.has(r.id)) continue;
    seen.add(r.id);
    nodes.push(r);
    next.push(0);
    while (nodes.length) {
      const top = nodes.length - 1;
      const n = nodes[top];
      const i = next[top];
      if (i < n.args.length) {
        next[top] = i + 1;
        const c = n.args[i];
        if (!seen.has(c.id)) {
          seen.add(c.id);
          nodes.push(c);
          next.push(0);
        }
      } else {
        nodes.pop();
        next.pop();
        order.push(n);
      }
    }
  }
  return order;
}

export { CONSTANTS };

export function roots(e: Expr | Expr[]): Node[] {
  return Array.isArray(e) ? e.map(asNode) : [asNode(e)];
}

export function freeVariables(e: Expr | Expr[]): string[] {
  const names = new Set<string>();
  for (const n of topoOrder(roots(e))) {
    if (n.kind === 'sym' && !has(CONSTANTS, n.name)) names.add(n.name);
  }
  return [...names].sort();
}

export function nodeCount(e: Expr | Expr[]): number {
  return topoOrder(roots(e)).length;
}

/** Rebuilds `e` bottom-up with `map` applied to each node (memoised on the DAG). */
export function transform(e: Node, map: (n: Node, args: Node[]) => Node, done = new Map<number, Node>()): Node {
  if (done.has(e.id)) return done.get(e.id)!;
  for (const n of topoOrder([e])) {
    if (done.has(n.id)) continue;
    const args = n.args.map((a) => done.get(a.id)!);
    done.set(n.id, map(n, args));
  }
  return done.get(e.id)!;
}

export function substitute(e: Expr, defs: Record<string, Expr>): Expr {
  return transform(asNode(e), (n, args) => {
    if (n.kind === 'sym' && has(defs, n.name)) return asNode(defs[n.name]);
    return args.every((a, i) => a === n.args[i]) ? n : rebuild(n, args);
  });
}
