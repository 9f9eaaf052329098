// Builders for the canonical mathjs nodes the front-ends produce (no ParenthesisNode, no implicit flag).
import { math, MathNode } from '../mathjs';

export const sym = (name: string): MathNode => new math.SymbolNode(name);
export const num = (value: number): MathNode =>
  value < 0 ? neg(new math.ConstantNode(-value)) : new math.ConstantNode(value);
export const call = (name: string, args: MathNode[]): MathNode =>
  new math.FunctionNode(new math.SymbolNode(name), args);

const BINARY = { '+': 'add', '-': 'subtract', '*': 'multiply', '/': 'divide', '^': 'pow' } as const;
export type BinaryOp = keyof typeof BINARY;

export function bin(op: BinaryOp, a: MathNode, b: MathNode): MathNode {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return new (math.OperatorNode as any)(op, BINARY[op], [a, b]);
}
/** Is `n` the number `v` as written (`0`, `1.0`)? */
export function isConst(n: MathNode, v: number): boolean {
  return n.type === 'ConstantNode' && (n as unknown as { value: unknown }).value === v;
}

export type CompareOp = '<' | '>' | '<=' | '>=';
const COMPARE = { '<': 'smaller', '>': 'larger', '<=': 'smallerEq', '>=': 'largerEq' } as const;

export function compare(op: CompareOp, a: MathNode, b: MathNode): MathNode {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return new (math.OperatorNode as any)(op, COMPARE[op], [a, b]);
}

/** Is `n` a comparison built by `compare` (the only condition a conditional may have)? */
export function isComparison(n: MathNode): boolean {
  return n.type === 'OperatorNode' && Object.values(COMPARE).includes((n as unknown as { fn: never }).fn);
}

export const conditional = (c: MathNode, a: MathNode, b: MathNode): MathNode => new math.ConditionalNode(c, a, b);

export function neg(a: MathNode): MathNode {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return new (math.OperatorNode as any)('-', 'unaryMinus', [a]);
}
