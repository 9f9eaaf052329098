// mathjs MathNode (in the canonical vocabulary) → expression DAG. Anything outside the vocabulary
// is an InputError naming the construct, never a guess.
import { parse } from 'mathjs';
import type { MathNode } from 'mathjs';
import { BudgetError, InputError } from '../types';
import { add, div, fn, mul, neg, num, pow, sub, sym } from './build';
import { isStackOverflow, Node } from './node';
import { isVocabulary } from './numeric';

/** Library spellings mathjs itself produces that map directly onto the vocabulary. */
const ALIASES: Record<string, (args: Node[]) => Node> = {
  pow: ([a, b]) => pow(a, b),
  square: ([a]) => pow(a, num(2)),
  cube: ([a]) => pow(a, num(3)),
};

export function convert(node: MathNode): Node {
  const n = node as MathNode & Record<string, any>;
  switch (n.type) {
    case 'ConstantNode': {
      const v = n.value;
      if (typeof v === 'number') return num(v);
      if (typeof v === 'bigint') return num(Number(v));
      if (v && typeof v === 'object' && typeof v.toNumber === 'function') return num(v.toNumber());
      throw new InputError(`unsupported constant ${JSON.stringify(v)}: only numbers are differentiable`);
    }
    case 'SymbolNode':
      return sym(n.name);
    case 'ParenthesisNode':
      return convert(n.content);
    case 'OperatorNode': {
      const args: Node[] = n.args.map(convert);
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
      const args: Node[] = n.args.map(convert);
      if (isVocabulary(name)) return fn(name, args);
      const alias = ALIASES[name];
      if (alias) {
        const want = name === 'pow' ? 2 : 1;
        if (args.length !== want) throw new InputError(`${name} takes ${want} argument${want > 1 ? 's' : ''}, got ${args.length}`);
        return alias(args);
      }
      throw new InputError(`unknown function '${name}'`);
    }
  }
  const what = n.type === 'AssignmentNode' ? 'assignment' : n.type === 'ConditionalNode' ? 'conditional (?:)'
    : n.type === 'ArrayNode' ? 'array' : n.type === 'AccessorNode' ? 'indexing' : n.type === 'FunctionAssignmentNode'
    ? 'function definition' : n.type === 'RelationalNode' ? 'comparison' : n.type;
  throw new InputError(`unsupported construct: ${what}`);
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
    throw new InputError(msg, typeof e.char === 'number' ? e.char + 1 : undefined);
  }
  return convert(tree);
}
