// The expression DAG: hash-consed nodes, so that the same structure is always the same object (and
// id). Identity makes like-term collection, memoisation and shared-subexpression naming cheap.
import { BudgetError } from '../types';

/** Public, opaque view of a node. */
export interface Expr {
  readonly id: number;
}

/** `if` is a conditional (c ? a : b) whose condition c is a `gt` node: it selects, never multiplies. */
export type Kind = 'num' | 'sym' | 'add' | 'mul' | 'pow' | 'fn' | 'gt' | 'if';

export class Node implements Expr {
  constructor(
    readonly id: number,
    readonly kind: Kind,
    readonly args: readonly Node[],
    /** numeric value of a `num` node (0 otherwise) */
    readonly value: number,
    /** symbol name of a `sym` node, function name of a `fn` node ('' otherwise) */
    readonly name: string,
    /**
     * Structural hash, the same in every run (ids depend on what was built before): the order of
     * the terms of a sum or the arguments of logsumexp follows it, so output is reproducible.
     */
    readonly hash: number,
  ) {}
}

function mix(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

function structuralHash(kind: Kind, args: readonly Node[], value: number, name: string): number {
  let h = mix(2166136261, kind + name + (kind === 'num' ? String(value) : ''));
  for (const a of args) h = Math.imul(h ^ a.hash, 16777619) >>> 0;
  return h;
}

/** Deterministic order: by structural hash, then (only on a hash collision) by id. */
export function byHash(a: Node, b: Node): number {
  return a.hash - b.hash || a.id - b.id;
}

/** Default node budget per request (new nodes created by one top-level call). */
export const DEFAULT_NODE_BUDGET = 200_000;
/**
 * Memory bound of the hash-consing table, the engine's one long-lived cache (the extension host runs
 * for days): it is cleared between requests once it holds this many nodes or this many bytes (an
 * estimate: wide products and their keys cost in proportion to their arguments, so a count alone
 * let 150 products of 300 factors keep 931 MiB).
 */
export const TABLE_LIMIT = 300_000;
export const TABLE_BYTES = 64 * 2 ** 20;

const table = new Map<string, Node>();
let tableBytes = 0;

/**
 * Estimated heap bytes a node keeps alive: the object, its argument array (with growth slack), its
 * key and the table entry. Calibrated on products of 300 sines: the heap after GC is about 1.4
 * times the sum.
 */
function nodeBytes(key: string, arity: number): number {
  return 200 + 32 * arity + 2 * key.length;
}
let nextId = 1;
let budget = DEFAULT_NODE_BUDGET;
let used = 0;
let depth = 0;

/** Nodes that survive a table reset (module constants such as 0 and 1). */
const pinned: [string, Node][] = [];

export function pin(node: Node): Node {
  pinned.push([keyOf(node.kind, node.args, node.value, node.name), node]);
  return node;
}

/** Caches that hold nodes (compiled tapes): emptied with the table, so they cannot keep it alive. */
const dependents: (() => void)[] = [];

export function onTableReset(clear: () => void): void {
  dependents.push(clear);
}

function resetTable(): void {
  table.clear();
  tableBytes = 0;
  for (const clear of dependents) clear();
  for (const [k, n] of pinned) {
    table.set(k, n);
    tableBytes += nodeBytes(k, n.args.length);
  }
}

function overLimit(): boolean {
  return table.size > TABLE_LIMIT || tableBytes > TABLE_BYTES;
}

/** Size of the node table (for tests and the benchmark: it must stay bounded across requests). */
export function tableSize(): { nodes: number; bytes: number } {
  return { nodes: table.size, bytes: tableBytes };
}

/**
 * Forgets every node (except pinned constants), e.g. between benchmark runs so each run builds
 * from scratch. Expressions built before keep working but no longer share nodes with new ones.
 */
export function clearCache(): void {
  resetTable();
}

function keyOf(kind: Kind, args: readonly Node[], value: number, name: string): string {
  let key: string;
  if (kind === 'num') key = 'n' + value;
  else if (kind === 'sym') key = 's' + name;
  else {
    key = kind + name;
    for (const a of args) key += ',' + a.id;
  }
  return key;
}

export function intern(kind: Kind, args: readonly Node[], value: number, name: string): Node {
  const key = keyOf(kind, args, value, name);
  const hit = table.get(key);
  if (hit) return hit;
  // Wide nodes (sums, products of thousands of terms) cost in proportion to their size.
  used += 1 + (args.length >> 4);
  if (used > budget) {
    throw new BudgetError(`expression too large: more than ${budget} nodes`);
  }
  const node = new Node(nextId++, kind, args, value, name, structuralHash(kind, args, value, name));
  table.set(key, node);
  tableBytes += nodeBytes(key, args.length);
  return node;
}

/** Is this a JavaScript stack overflow (from recursion over a very deep expression)? */
export function isStackOverflow(err: unknown): boolean {
  return err instanceof RangeError && /call stack/i.test(err.message);
}

/**
 * Runs one top-level engine call. The outermost call starts a fresh node budget (unless inside
 * `withBudget`), and a stack overflow from very deep input becomes a BudgetError, never a RangeError.
 */
export function guarded<T>(f: () => T): T {
  if (depth === 0) {
    used = 0;
    if (overLimit()) resetTable();
  }
  depth++;
  try {
    return stackSafe(f);
  } finally {
    depth--;
  }
}

/** Runs `f`, turning a JavaScript stack overflow (deep nesting) into the engine's "too large" message. */
function stackSafe<T>(f: () => T): T {
  try {
    return f();
  } catch (err) {
    if (isStackOverflow(err)) throw new BudgetError('expression too large: nested too deeply');
    throw err;
  }
}

/**
 * Runs `f` as one request with its own node budget: every engine call inside shares `maxNodes`.
 * Callers (the analysis façade) wrap a whole hover or CLI request in this.
 */
export function withBudget<T>(maxNodes: number, f: () => T): T {
  const saved = { budget, used, depth };
  if (depth === 0 && overLimit()) resetTable();
  budget = maxNodes;
  used = 0;
  depth++;
  try {
    return stackSafe(f);
  } finally {
    budget = saved.budget;
    used = saved.used;
    depth = saved.depth;
  }
}

/** Nodes created so far by the current request (for tests and the benchmark). */
export function nodesUsed(): number {
  return used;
}

export function asNode(e: Expr): Node {
  if (!(e instanceof Node)) throw new TypeError('not an expression built by src/core/expr');
  return e;
}
