// mathjs MathNode (in the canonical vocabulary) → expression DAG. Anything outside the vocabulary
// is an InputError naming the construct, never a guess.
import { parse } from 'mathjs';
import type { MathNode } from 'mathjs';
import { BudgetError, InputError } from '../types';
import { add, comparison, div, fn, ifElse, mul, neg, num, pow, sub, sym, type Shown } from './build';
import { isStackOverflow, Node } from './node';
import { has, names } from '../names';
import { isVocabulary } from './functions';
import { EULER } from './constants';

/** Library spellings mathjs itself produces that map directly onto the vocabulary. */
const ALIASES: Record<string, (args: Node[]) => Node> = {
  pow: ([a, b]) => pow(a, b),
  square: ([a]) => pow(a, num(2)),
  cube: ([a]) => pow(a, num(3)),
};

/**
 * Operands of a whole chain a + b - c + … (or a · b / c …) at once, with which ones are negated
 * (or inverted): a 10,000-term sum is one n-ary node, built once, not 10,000 growing ones.
 */
const chainFlags = new WeakMap<MathNode, boolean[]>();
const SUM = new Set(['add', 'subtract']);
const PRODUCT = new Set(['multiply', 'divide', 'dotMultiply', 'dotDivide']);
const SUBTRACT = new Set(['subtract']);
const DIVIDE = new Set(['divide', 'dotDivide']);

/**
 * A mathjs node read field by field: its fields differ per node type (`fn` is a string on an
 * OperatorNode, a node on a FunctionNode), which mathjs's declarations do not express. One alias,
 * so that the untyped reads are named in one place.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
type Loose = any;

function chain(root: Loose, ops: Set<string>, inverse: Set<string>): MathNode[] {
  const operands: MathNode[] = [];
  const flags: boolean[] = [];
  const todo: [Loose, boolean][] = [[root, false]];
  while (todo.length) {
    const [n, flip] = todo.pop()!;
    if (n.type === 'OperatorNode' && ops.has(n.fn) && n.args.length === 2) {
      // pushed right first so operands come out left to right
      todo.push([n.args[1], inverse.has(n.fn) ? !flip : flip], [n.args[0], flip]);
    } else {
      operands.push(n);
      flags.push(flip);
    }
  }
  chainFlags.set(root, flags);
  return operands;
}

/** The MathNode children that become arguments (front-end trees can be thousands deep: no recursion). */
function children(n: Loose): MathNode[] {
  if (n.type === 'OperatorNode' && n.args.length === 2) {
    if (SUM.has(n.fn)) return chain(n, SUM, SUBTRACT);
    if (PRODUCT.has(n.fn)) return chain(n, PRODUCT, DIVIDE);
  }
  switch (n.type) {
    case 'ParenthesisNode':
      return [n.content];
    case 'OperatorNode':
    case 'FunctionNode':
      return n.args;
    case 'ConditionalNode': {
      const c = unwrap(n.condition);
      return c.type === 'OperatorNode' && c.args.length === 2 ? [...c.args, n.trueExpr, n.falseExpr] : [];
    }
    default:
      return [];
  }
}

/** One MathNode, given its converted children. */
/** Symbols that mathjs's own parser reads as constants, by the DAG's names for them. */
const MATHJS_TEXT: Readonly<Record<string, string>> = names([['e', EULER]]);

function combine(node: MathNode, args: Node[], constants: Readonly<Record<string, string>>): Node {
  const n = node as MathNode & Record<string, Loose>;
  switch (n.type) {
    case 'ConstantNode': {
      const v = n.value;
      if (typeof v === 'number') return num(v);
      if (typeof v === 'bigint') return num(Number(v));
      if (v && typeof v === 'object' && typeof v.toNumber === 'function') return num(v.toNumber());
      throw new InputError(`unsupported constant ${JSON.stringify(v)}: only numbers are differentiable`);
    }
    case 'SymbolNode':
      return sym(has(constants, n.name) ? constants[n.name] : n.name);
    case 'ParenthesisNode':
      return args[0];
    case 'OperatorNode': {
      const flags = chainFlags.get(n);
      if (flags && SUM.has(n.fn)) return add(...args.map((a, i) => (flags[i] ? neg(a) : a)));
      if (flags) return mul(...args.map((a, i) => (flags[i] ? pow(a, num(-1)) : a)));
      switch (n.fn) {
        case 'add':
          return add(...args);
        case 'subtract':
          return sub(args[0], args[1]);
        case 'multiply':
        case 'dotMultiply':
          return mul(...args);
        case 'divide':
        case 'dotDivide':
          return div(args[0], args[1]);
        case 'pow':
        case 'dotPow':
          return pow(args[0], args[1]);
        case 'unaryMinus':
          return neg(args[0]);
        case 'unaryPlus':
          return args[0];
      }
      throw new InputError(`unsupported operator '${n.op}'`);
    }
    case 'FunctionNode': {
      const name: string = n.fn?.name ?? n.name;
      if (n.fn?.type !== 'SymbolNode') throw new InputError('unsupported call: only named functions');
      if (isVocabulary(name)) return fn(name, args);
      const alias = has(ALIASES, name) ? ALIASES[name] : undefined;
      if (alias) {
        const want = name === 'pow' ? 2 : 1;
        if (args.length !== want) throw new InputError(`${name} takes ${want} argument${want > 1 ? 's' : ''}, got ${args.length}`);
        return alias(args);
      }
      throw new InputError(`unknown function '${name}'`);
    }
    case 'ConditionalNode': {
      const sel = args.length === 4 ? selector(n, args[0], args[1]) : null;
      if (sel) return sel;
      const cond = args.length === 4 ? condition(n, args[0], args[1]) : null;
      if (cond) return cond.negated ? ifElse(cond.step, args[3], args[2], cond.shown) : ifElse(cond.step, args[2], args[3], cond.shown);
    }
  }
  const what =
    n.type === 'AssignmentNode'
      ? 'assignment'
      : n.type === 'ConditionalNode'
        ? 'conditional (?:)'
        : n.type === 'ArrayNode'
          ? 'array'
          : n.type === 'AccessorNode'
            ? 'indexing'
            : n.type === 'FunctionAssignmentNode'
              ? 'function definition'
              : n.type === 'RelationalNode'
                ? 'comparison'
                : n.type;
  throw new InputError(`unsupported construct: ${what}`);
}

/** Post-order conversion with an explicit stack. */
export function convert(root: MathNode, constants: Readonly<Record<string, string>> = {}): Node {
  const stack: { node: MathNode; kids: MathNode[]; done: Node[] }[] = [{ node: root, kids: children(root), done: [] }];
  let result: Node | undefined;
  while (stack.length) {
    const top = stack[stack.length - 1];
    if (top.done.length < top.kids.length) {
      const k = top.kids[top.done.length];
      stack.push({ node: k, kids: children(k), done: [] });
      continue;
    }
    stack.pop();
    const value = combine(top.node, top.done, constants);
    if (stack.length) stack[stack.length - 1].done.push(value);
    else result = value;
  }
  return result!;
}

const unwrap = (n: Loose): Loose => (n.type === 'ParenthesisNode' ? unwrap(n.content) : n);
const isConst = (n: Loose, v: number) => {
  const u = unwrap(n);
  return u.type === 'ConstantNode' && Number(u.value) === v;
};

/**
 * `(a > b ? 1 : 0)` and its mirror forms: the step selectors our derivatives print (relu', max'),
 * so that printed derivatives parse back. Other conditionals are not differentiable input.
 */
function selector(n: Loose, a: Node, b: Node): Node | null {
  const cond = condition(n, a, b);
  if (!cond) return null;
  const { step, negated } = cond;
  // `a >= b ? 1 : 0` stays a conditional: as 1 − (b > a) it would read 1 where a or b is NaN
  if (negated) return null;
  if (isConst(n.trueExpr, 1) && isConst(n.falseExpr, 0)) return step;
  if (isConst(n.trueExpr, 0) && isConst(n.falseExpr, 1)) return sub(num(1), step);
  return null;
}

/** The condition a > b, a < b, a >= b, a <= b as a step b > a or its negation. */
function condition(n: Loose, a: Node, b: Node): { step: Node; negated: boolean; shown: Shown } | null {
  switch (unwrap(n.condition).fn) {
    case 'larger':
      return { step: comparison(a, b), negated: false, shown: '>' };
    case 'smaller':
      return { step: comparison(b, a), negated: false, shown: '<' };
    // a >= b as not (b > a), shown '>=' so evaluation follows the written test on NaN (takesFirst)
    case 'largerEq':
      return { step: comparison(b, a), negated: true, shown: '>=' };
    case 'smallerEq':
      return { step: comparison(a, b), negated: true, shown: '<=' };
    default:
      return null;
  }
}

export function fromMathNode(node: MathNode): Node {
  return convert(node);
}

export function parseMath(text: string): Node {
  let tree: MathNode;
  try {
    tree = parse(text);
  } catch (err) {
    if (isStackOverflow(err)) throw new BudgetError('expression too large: nested too deeply');
    const e = err as Error & { char?: number };
    const msg = String(e.message).replace(/\s*\(char \d+\)\s*$/, '');
    // mathjs counts UTF-16 units; columns count characters as an editor does
    throw new InputError(msg, typeof e.char === 'number' ? [...text.slice(0, e.char)].length + 1 : undefined);
  }
  // in mathjs text a bare `e` is Euler's number, which the DAG calls EULER (a bare e there is a name)
  return convert(tree, MATHJS_TEXT);
}
