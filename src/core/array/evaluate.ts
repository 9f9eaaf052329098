// Numeric evaluation of array nodes on tensors, every shared node computed once.
import { InputError } from '../types';
import { ANode, topo } from './node';
import { OPS, type EvalEnv } from './ops';
import type { Tensor } from './tensor';

export function evaluateNodes(roots: readonly ANode[], vars: Record<string, Tensor>, env: EvalEnv = { ints: {} }): Tensor[] {
  const values = new Map<number, Tensor>();
  for (const n of topo(roots)) {
    let v: Tensor;
    if (n.op === 'var') {
      const x = vars[n.attr.name!];
      if (!x) throw new InputError(`no value for ${n.attr.name}`);
      v = x;
    } else
      v = OPS[n.op].eval(
        n.args.map((a) => values.get(a.id)!),
        n.attr,
        env,
      );
    values.set(n.id, v);
  }
  return roots.map((r) => values.get(r.id)!);
}
