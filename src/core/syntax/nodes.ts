// Builders for the canonical mathjs nodes the front-ends produce (no ParenthesisNode, no implicit flag).
import { math, MathNode } from '../mathjs';

export const sym = (name: string): MathNode => new math.SymbolNode(name);
export const num = (value: number): MathNode => (value < 0 ? neg(new math.ConstantNode(-value)) : new math.ConstantNode(value));
export const call = (name: string, args: MathNode[]): MathNode => new math.FunctionNode(new math.SymbolNode(name), args);

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

/**
 * The real n-th root, as MATLAB's nthroot, mathjs' nthRoot and \sqrt[n]{x} mean it: for an odd whole
 * n a negative x has one (nthroot(-8, 3) = -2), which x^(1/n) (NaN for x < 0) would lose.
 */
export function realRoot(x: MathNode, n: MathNode): MathNode {
  const k = n.type === 'ConstantNode' ? Number((n as unknown as { value: unknown }).value) : NaN;
  if (k === 1) return x;
  if (k === 2) return call('sqrt', [x]);
  if (k === 3) return call('cbrt', [x]);
  if (Number.isInteger(k) && k % 2 === 1 && k > 0) return bin('*', call('sign', [x]), bin('^', call('abs', [x]), bin('/', num(1), n)));
  return bin('^', x, bin('/', num(1), n)); // an even or non-integer n: no real root of a negative x
}
