// Reverse mode: one backward sweep over the topological order accumulates the adjoint of every
// node, giving all partials at once with shared subexpressions (backpropagation, symbolically).
import { add, fn, ifElse, mul, num, ONE, pow, sub, ZERO, type Shown } from './build';
import { topoOrder } from './graph';
import { Node } from './node';
import { RULES } from './rules';

/** ∂node/∂arg_i for each argument of a node (symbolic local partials). */
function localPartial(n: Node, i: number): Node {
  switch (n.kind) {
    case 'add':
      return num(1);
    case 'mul':
      return mul(...n.args.filter((_, j) => j !== i));
    case 'pow': {
      const [b, e] = n.args;
      if (i === 0) return e.kind === 'num' ? mul(e, pow(b, num(e.value - 1))) : mul(e, pow(b, sub(e, num(1))));
      // 0^e is 0 wherever it is finite and e > 0, so its slope in e is 0 (not 0 · log 0 = NaN)
      if (b.kind === 'num' && b.value === 0) return ZERO;
      return mul(n, fn('log', [b]));
    }
    case 'gt':
      return ZERO; // a step: derivative 0 almost everywhere
    case 'if': // the branch taken passes the adjoint through; the condition is a step
      return i === 0 ? ZERO : ifElse(n.args[0], i === 1 ? ONE : ZERO, i === 1 ? ZERO : ONE, n.name as Shown);
    case 'fn': {
      const rule = RULES[n.name];
      if (!rule) throw new Error(`no derivative rule for ${n.name}`);
      return rule(n.args, n)[i];
    }
    default:
      return ZERO;
  }
}

/**
 * a·b + a·c → a·(b + c) for factors common to every term (by identity: cheap). Applied where the
 * adjoint contributions of a node are summed, so product-rule results read x^x·(1 + log x) and
 * e^(−x)·(1 − x) instead of repeating the shared factor.
 */
export function factorCommon(n: Node): Node {
  if (n.kind !== 'add') return n;
  const lists: Node[][] = [];
  for (const t of n.args) {
    if (t.kind === 'num') return n;
    lists.push(t.kind === 'mul' ? t.args.filter((a) => a.kind !== 'num') : [t]);
  }
  let common = new Set(lists[0].map((a) => a.id));
  for (const l of lists.slice(1)) common = new Set(l.filter((a) => common.has(a.id)).map((a) => a.id));
  if (common.size === 0) return n;
  const shared = lists[0].filter((a) => common.has(a.id));
  const rest = n.args.map((t) => {
    if (t.kind !== 'mul') return num(1);
    return mul(...t.args.filter((a) => !common.has(a.id)));
  });
  return mul(...shared, add(...rest));
}

export function gradientNodes(e: Node, wrt: readonly string[]): Node[] {
  const order = topoOrder([e]);
  const targets = new Set(wrt);
  // Only nodes that depend on a wanted variable take part in the sweep.
  const dep = new Set<number>();
  for (const n of order) {
    if (n.kind === 'sym' ? targets.has(n.name) : n.args.some((a) => dep.has(a.id))) dep.add(n.id);
  }
  const parts = new Map<number, Node[]>();
  const adjoint = new Map<number, Node>();
  parts.set(e.id, [num(1)]);
  for (let k = order.length - 1; k >= 0; k--) {
    const n = order[k];
    if (!dep.has(n.id)) continue;
    const contributions = parts.get(n.id);
    if (!contributions) continue;
    parts.delete(n.id);
    const adj = contributions.length > 1 ? factorCommon(add(...contributions)) : contributions[0];
    adjoint.set(n.id, adj);
    if (adj.kind === 'num' && adj.value === 0) continue;
    if (n.kind === 'fn' && RULES[n.name]) {
      const locals = RULES[n.name](n.args, n);
      n.args.forEach((a, i) => pushPart(a, locals[i]));
    } else {
      n.args.forEach((a, i) => {
        if (dep.has(a.id)) pushPart(a, localPartial(n, i));
      });
    }
    function pushPart(a: Node, local: Node) {
      if (!dep.has(a.id) || (local.kind === 'num' && local.value === 0)) return;
      const list = parts.get(a.id);
      const c = mul(adj, local);
      if (list) list.push(c);
      else parts.set(a.id, [c]);
    }
  }
  // By name, not by sym(v): an expression built before a table reset holds its own symbol nodes.
  const byName = new Map<string, Node[]>();
  for (const n of order) {
    if (n.kind === 'sym' && targets.has(n.name) && adjoint.has(n.id)) {
      if (!byName.has(n.name)) byName.set(n.name, []);
      byName.get(n.name)!.push(adjoint.get(n.id)!);
    }
  }
  return wrt.map((v) => {
    const parts = byName.get(v);
    return parts ? add(...parts) : ZERO;
  });
}
