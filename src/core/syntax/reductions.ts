// Reductions over array elements (`np.mean(e)`, `torch.sum(e)`, `sum(e)`, `(e).mean()`) are read one
// element at a time: on a scalar they are the identity, as NumPy's are, so values and derivatives
// are exact for scalar inputs. What that means for arrays is said in notes: per element where the
// reduction enters linearly (a loss that sums or averages per-element terms), and a warning where
// it sits inside a nonlinear function (log-sum-exp couples the elements).
import type { MathNode } from '../mathjs';
import { REDUCED } from './calls';

type AnyNode = MathNode & { fn?: string; args?: MathNode[]; content?: MathNode; name?: string; type: string };

function kids(n: AnyNode): MathNode[] {
  if (n.type === 'ParenthesisNode') return [n.content!];
  if (n.type === 'ConditionalNode') {
    const c = n as unknown as { condition: MathNode; trueExpr: MathNode; falseExpr: MathNode };
    return [c.condition, c.trueExpr, c.falseExpr];
  }
  return n.args ?? [];
}

function describe(n: AnyNode): string {
  if (n.type === 'FunctionNode') return `${(n as unknown as { fn: { name: string } }).fn.name}(…)`;
  if (n.type === 'ConditionalNode') return 'a conditional';
  if (n.fn === 'pow') return 'a power';
  if (n.fn === 'divide') return 'a denominator';
  return 'a product of reductions';
}

/** Notes on the reductions in `root` (none when it has none). */
export function reductionNotes(root: MathNode): string[] {
  const has = new Map<MathNode, boolean>();
  const contains = (n: MathNode): boolean => {
    let h = has.get(n);
    if (h === undefined) {
      h = REDUCED.has(n) || kids(n as AnyNode).some(contains);
      has.set(n, h);
    }
    return h;
  };
  if (!contains(root)) return [];
  const linear = new Set<string>();
  const coupled: string[] = [];
  const visit = (node: MathNode, lin: boolean, outer: string) => {
    const n = node as AnyNode;
    const name = REDUCED.get(node);
    if (name) {
      if (lin) linear.add(name);
      else
        coupled.push(
          `\`${name}\` inside ${outer} couples the elements of an array: there its derivative is not per element (log-sum-exp's is a softmax); the values here hold for one element.`,
        );
    }
    if (!kids(n).some(contains)) return;
    const args = kids(n);
    if (n.type === 'ParenthesisNode' || (n.type === 'OperatorNode' && ['add', 'subtract', 'unaryMinus', 'unaryPlus'].includes(n.fn!))) {
      args.forEach((a) => visit(a, lin, outer));
    } else if (n.type === 'OperatorNode' && n.fn === 'multiply') {
      args.forEach((a, i) => visit(a, lin && !args.some((b, j) => j !== i && contains(b)), describe(n)));
    } else if (n.type === 'OperatorNode' && n.fn === 'divide') {
      visit(args[0], lin && !contains(args[1]), describe(n));
      visit(args[1], false, 'a denominator');
    } else args.forEach((a) => visit(a, false, describe(n)));
  };
  visit(root, true, '');
  const notes: string[] = [];
  if (linear.size) {
    const names = [...linear].map((s) => `\`${s}\``).join(', ');
    const many = linear.size > 1;
    const mean = [...linear].some((s) => /mean/.test(s));
    notes.push(
      `${names} ${many ? 'are' : 'is'} read one element at a time (on a scalar ${many ? 'they are' : 'it is'} the identity): ` +
        "these are the derivatives of one element's term. " +
        (mean
          ? 'For an element of an array input, a mean also divides them by the number of elements; for a parameter shared by every element, average them over the elements.'
          : 'For an element of an array input they hold as they are; for a parameter shared by every element, sum them over the elements.'),
    );
  }
  return [...notes, ...coupled];
}
