// Reverse mode over array nodes: one backward sweep from an output with a given upstream gradient
// gives the adjoint of every variable, built as array nodes (so they print and evaluate).
import * as B from './build';
import { ANode, sameShape, topo } from './node';
import { OPS } from './ops';
import { InputError } from '../types';

/** Adjoints of the variables `wrt` (undefined where the output does not depend on it). */
export function adjoints(out: ANode, seed: ANode, wrt: readonly string[]): Record<string, ANode | undefined> {
  const order = topo([out]);
  // contributions per node, summed when the node is reached, in the order of the source (first user first)
  const parts = new Map<number, ANode[]>([[out.id, [seed]]]);
  const adj = new Map<number, ANode>();
  const total = (id: number): ANode | undefined => {
    const list = parts.get(id);
    if (!list) return undefined;
    const g = list.reduceRight((acc: ANode | undefined, c) => (acc ? B.add(acc, c) : c), undefined);
    if (g) adj.set(id, g);
    return g;
  };
  for (let i = order.length - 1; i >= 0; i--) {
    const n = order[i];
    const g = total(n.id);
    if (!g || n.op === 'var' || n.args.length === 0) continue;
    const def = OPS[n.op];
    if (!def.adjoint) continue; // a size or a mask: no derivative flows through it
    const contributions = def.adjoint(g, n);
    n.args.forEach((a, k) => {
      let c = contributions[k];
      if (!c) return;
      if (def.elementwise) c = B.unbroadcast(c, a.shape);
      if (!sameShape(c.shape, a.shape)) c = B.broadcastLike(c, a);
      if (!sameShape(c.shape, a.shape)) throw new InputError(`internal: the gradient of ${n.op} has shape (${c.shape}) for (${a.shape})`);
      const list = parts.get(a.id);
      if (list) list.push(c);
      else parts.set(a.id, [c]);
    });
  }
  const byName = new Map(order.filter((n) => n.op === 'var').map((n) => [n.attr.name!, n]));
  return Object.fromEntries(wrt.map((v) => [v, byName.has(v) ? adj.get(byName.get(v)!.id) : undefined]));
}
