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
  let h = mix(mix(2166136261, kind), name); // = mix over kind + name (+ value), without building the string
  if (kind === 'num') h = mix(h, String(value));
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
 * estimate: wide products cost in proportion to their arguments, so a count alone let 150 products
 * of 300 factors keep 931 MiB).
 */
export const TABLE_LIMIT = 300_000;
export const TABLE_BYTES = 64 * 2 ** 20;

/**
 * The hash-consing table, keyed by a 32-bit hash of (kind, value or name, argument ids) with the
 * rare collisions in `overflow`: a string key per lookup (built, hashed, kept) was a third of the
 * time of a small gradient.
 */
const table = new Map<number, Node>();
const overflow = new Map<number, Node[]>();
let tableCount = 0;
let tableBytes = 0;

/**
 * Estimated heap bytes a node keeps alive: the object, its argument array (with growth slack), its
 * name and the table entry. Calibrated on products of 300 sines (heap after GC about 1.4 times the sum).
 */
function nodeBytes(node: Node): number {
  return 200 + 40 * node.args.length + 2 * node.name.length;
}
let nextId = 1;
let budget = DEFAULT_NODE_BUDGET;
let used = 0;
let depth = 0;

/** Nodes that survive a table reset (module constants such as 0 and 1). */
const pinned: Node[] = [];

export function pin(node: Node): Node {
  pinned.push(node);
  return node;
}

/** Caches that hold nodes (compiled tapes): emptied with the table, so they cannot keep it alive. */
const dependents: (() => void)[] = [];

export function onTableReset(clear: () => void): void {
  dependents.push(clear);
}

function resetTable(): void {
  table.clear();
  overflow.clear();
  tableCount = 0;
  tableBytes = 0;
  for (const clear of dependents) clear();
  for (const n of pinned) insert(keyHash(n.kind, n.args, n.value, n.name), n);
}

function overLimit(): boolean {
  return tableCount > TABLE_LIMIT || tableBytes > TABLE_BYTES;
}

/** Size of the node table (for tests and the benchmark: it must stay bounded across requests). */
export function tableSize(): { nodes: number; bytes: number } {
  return { nodes: tableCount, bytes: tableBytes };
}

/**
 * Forgets every node (except pinned constants), e.g. between benchmark runs so each run builds
 * from scratch. Expressions built before keep working but no longer share nodes with new ones.
 */
export function clearCache(): void {
  resetTable();
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

function keyHash(kind: Kind, args: readonly Node[], value: number, name: string): number {
  let h = Math.imul(kind.charCodeAt(0), 0x9e3779b1); // the kinds' first letters differ
  if (kind === 'num') {
    f64[0] = value === value ? value : NaN; // one NaN, whatever its bits
    h = Math.imul(h ^ u32[0], 16777619);
    h = Math.imul(h ^ u32[1], 16777619);
  } else h = mix(h, name);
  for (let i = 0; i < args.length; i++) h = Math.imul(h ^ args[i].id, 16777619);
  return (h ^ (h >>> 30)) & 0x3fffffff; // a small integer: V8 keeps it unboxed
}

/** Is `n` the node these fields describe? (Arguments by identity; all NaNs are one value.) */
function same(n: Node, kind: Kind, args: readonly Node[], value: number, name: string): boolean {
  if (n.kind !== kind || n.name !== name || n.args.length !== args.length) return false;
  if (n.value !== value && !(n.value !== n.value && value !== value)) return false;
  for (let i = 0; i < args.length; i++) if (n.args[i] !== args[i]) return false;
  return true;
}

function insert(key: number, node: Node, taken = table.has(key)): void {
  tableCount++;
  tableBytes += nodeBytes(node);
  if (!taken) table.set(key, node);
  else {
    const list = overflow.get(key);
    if (list) list.push(node);
    else overflow.set(key, [node]);
  }
}

export function intern(kind: Kind, args: readonly Node[], value: number, name: string): Node {
  const key = keyHash(kind, args, value, name);
  const hit = table.get(key);
  if (hit) {
    if (same(hit, kind, args, value, name)) return hit;
    for (const n of overflow.get(key) ?? []) if (same(n, kind, args, value, name)) return n;
  }
  // Wide nodes (sums, products of thousands of terms) cost in proportion to their size.
  used += 1 + (args.length >> 4);
  if (used > budget) {
    throw new BudgetError(`expression too large: more than ${budget} nodes`);
  }
  const node = new Node(nextId++, kind, args, value, name, structuralHash(kind, args, value, name));
  insert(key, node, hit !== undefined);
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
