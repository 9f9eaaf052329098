// Array expression nodes: hash-consed (same op, attributes and arguments → same object), each with
// its shape, so shared subexpressions are one node and printing and evaluation reuse them.
import type { Shape } from './types';

/** Op-specific attributes (kept small and JSON-serialisable: they are part of the node's key). */
export interface Attr {
  /** `var`: the name; `fn`: the scalar vocabulary function */
  name?: string;
  /** `const`, `fill`: the value */
  value?: number;
  /** reductions: the axes (null = all); `expand`: where size-1 axes are inserted */
  axes?: number[] | null;
  keepdims?: boolean;
  /** `select`: the comparison */
  cmp?: '>' | '<' | '>=' | '<=';
  /** `index`/`unindex`: one entry per leading axis */
  index?: IndexEntry[];
  /** `reshape`, `var`: a shape */
  shape?: Shape;
}

/** An integer (the axis goes away) or a slice start:stop:step (null = open end). */
export type IndexEntry = { int: number } | { name: string; offset: number } | { start: number | null; stop: number | null; step: number };

export class ANode {
  constructor(
    readonly id: number,
    readonly op: string,
    readonly args: readonly ANode[],
    readonly attr: Readonly<Attr>,
    readonly shape: Shape,
  ) {}
}

let nextId = 1;
let table = new Map<string, ANode>();

/** The node for (op, args, attr), created once. */
export function intern(op: string, args: readonly ANode[], attr: Attr, shape: Shape): ANode {
  // the shape follows from the arguments and attributes, except for variables
  let key = op;
  for (const a of args) key += ',' + a.id;
  if (op === 'var' || op === 'const' || Object.keys(attr).length) key += '|' + JSON.stringify(attr);
  if (op === 'var') key += '|' + shape.join('x');
  let n = table.get(key);
  if (!n) {
    n = new ANode(nextId++, op, args, attr, shape);
    table.set(key, n);
  }
  return n;
}

/** Drops the table between requests (nodes already built keep working). */
export function resetTable(): void {
  if (table.size > 100_000) table = new Map();
}

export const isScalar = (n: ANode): boolean => n.shape.length === 0;
export const sameShape = (a: Shape, b: Shape): boolean => a.length === b.length && a.every((d, i) => d === b[i]);
export const showShape = (s: Shape): string => `(${s.join(', ')}${s.length === 1 ? ',' : ''})`;

/** Nodes reachable from `roots`, arguments before users. */
export function topo(roots: readonly ANode[]): ANode[] {
  const seen = new Set<number>();
  const out: ANode[] = [];
  const stack: [ANode, number][] = roots.map((r) => [r, 0]);
  while (stack.length) {
    const top = stack[stack.length - 1];
    const [n, i] = top;
    if (i === 0 && seen.has(n.id)) {
      stack.pop();
      continue;
    }
    if (i < n.args.length) {
      top[1]++;
      if (!seen.has(n.args[i].id)) stack.push([n.args[i], 0]);
      continue;
    }
    stack.pop();
    if (!seen.has(n.id)) {
      seen.add(n.id);
      out.push(n);
    }
  }
  return out;
}
