// Incremental checking (issue #10, the diagnostics' budget): a pair's verdict depends only on the
// text it reads, so it is cached under a key made of that text. An edit re-checks only the pairs
// whose text changed. The key is deliberately wide (never a stale verdict):
//   - the pair as stated (objective, gradient, the call's words, x0, data) and the options;
//   - every definition the pair reaches by name, transitively: functions (all definitions of the
//     name, and the functions enclosing them) with their lines, since results carry lines; aliases,
//     helpers, numeric constants and type names (values named in the call, such as x0, are read
//     while pairing, so they are in the pair as stated);
//   - every statement outside all functions, with its line (calls, globals, class bodies).
// Inserting a line above a pair therefore re-checks it (its lines moved); editing inside another
// function does not.
import type { PairSpec } from './pairing';
import type { FnDef, Source } from './source';
import type { PairResult } from './types';

/** A bounded least-recently-used map from a pair's key to its result. */
export class PairCache {
  private readonly map = new Map<string, PairResult>();
  private chars = 0;
  hits = 0;
  misses = 0;

  constructor(
    private readonly maxEntries = 1000,
    private readonly maxChars = 16_000_000,
  ) {}

  get size(): number {
    return this.map.size;
  }

  get(key: string): PairResult | undefined {
    const r = this.map.get(key);
    if (r === undefined) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    // most recently used last: Map keeps insertion order
    this.map.delete(key);
    this.map.set(key, r);
    return r;
  }

  set(key: string, r: PairResult): void {
    if (this.map.has(key)) {
      this.map.delete(key);
      this.chars -= key.length;
    }
    this.map.set(key, r);
    this.chars += key.length;
    for (const k of this.map.keys()) {
      if (this.map.size <= this.maxEntries && this.chars <= this.maxChars) break;
      this.map.delete(k);
      this.chars -= k.length;
    }
  }

  clear(): void {
    this.map.clear();
    this.chars = 0;
  }
}

interface Span {
  start: number;
  end: number;
  fn: FnDef;
}

/** What every pair of one file shares in its key: function spans and the statements outside them. */
export interface FileKeyBase {
  spans: Map<FnDef, Span>;
  sorted: Span[];
  globals: string;
}

function spanOf(src: Source, f: FnDef): Span {
  const { stmts } = src;
  if (f.expr) {
    const s = stmts[f.expr.stmt];
    return { start: s.start, end: s.end, fn: f };
  }
  const last = stmts[Math.min(stmts.length - 1, Math.max(f.header, f.body[1]))];
  const end = last && last.close ? last.end : stmts[Math.max(f.header, f.body[1] - 1)].end;
  return { start: stmts[f.header].start, end, fn: f };
}

export function fileKeyBase(src: Source): FileKeyBase {
  const spans = new Map<FnDef, Span>();
  for (const defs of src.defs.values()) for (const f of defs) spans.set(f, spanOf(src, f));
  const sorted = [...spans.values()].sort((a, b) => a.start - b.start);
  // merged function spans: what is not inside one is a global statement
  const merged: [number, number][] = [];
  for (const s of sorted) {
    const m = merged[merged.length - 1];
    if (m && s.start <= m[1]) m[1] = Math.max(m[1], s.end);
    else merged.push([s.start, s.end]);
  }
  const parts: string[] = [];
  let k = 0;
  const ordered = [...src.stmts].sort((a, b) => a.start - b.start);
  for (const s of ordered) {
    while (k < merged.length && merged[k][1] <= s.start) k++;
    if (k < merged.length && merged[k][0] <= s.start) continue;
    parts.push(`${src.lineAt(s.start)}:${src.text.slice(s.start, s.end)}`);
  }
  return { spans, sorted, globals: parts.join('\n') };
}

const ID = /[\p{L}_][\p{L}\p{N}_!]*/gu;

/** The key of one pair: everything its verdict can depend on (see the top of this file). */
export function pairKey(src: Source, base: FileKeyBase, spec: PairSpec, opts: unknown): string {
  const parts: string[] = [src.lang, JSON.stringify(opts ?? {}), specText(spec), base.globals];
  const seenNames = new Set<string>();
  const seenFns = new Set<FnDef>();
  const queue: string[] = [];
  const addFn = (f: FnDef) => {
    if (seenFns.has(f)) return;
    seenFns.add(f);
    const sp = base.spans.get(f) ?? spanOf(src, f);
    parts.push(`F${src.lineAt(sp.start)}:${src.text.slice(sp.start, sp.end)}`);
    // its own tokens (nested bodies split again included) and the functions around it (closures)
    for (let i = f.header; i < Math.max(f.header + 1, f.body[1]); i++)
      for (const t of src.stmts[i].toks) if (t.kind === 'id') queue.push(t.text);
    if (f.expr) for (const t of src.stmts[f.expr.stmt].toks) if (t.kind === 'id') queue.push(t.text);
    for (const o of base.sorted) {
      if (o.start > sp.start) break;
      if (o.fn !== f && o.end >= sp.end) addFn(o.fn);
    }
  };
  addFn(spec.objective);
  addFn(spec.gradient);
  while (queue.length) {
    const name = queue.pop()!;
    if (seenNames.has(name)) continue;
    seenNames.add(name);
    for (const f of src.defs.get(name) ?? []) addFn(f);
    const alias = src.aliases.get(name);
    if (alias !== undefined) {
      parts.push(`A${name}=${alias}`);
      queue.push(alias);
    }
    if (src.constants.has(name)) parts.push(`C${name}=${src.constants.get(name)}`);
    const h = src.helpers[name];
    if (h) {
      parts.push(`H${name}=${JSON.stringify(h)}`);
      for (const m of h.body.matchAll(ID)) queue.push(m[0]);
    }
    if (src.typeNames.has(name)) parts.push(`T${name}`);
  }
  return parts.join('\u0000');
}

function specText(s: PairSpec): string {
  const fn = (f: FnDef) => ({ name: f.name, line: f.line, params: f.params, outputs: f.outputs, method: f.method, expr: !!f.expr });
  return JSON.stringify({
    o: fn(s.objective),
    g: fn(s.gradient),
    same: s.objective === s.gradient,
    combined: s.combined,
    pairing: s.pairing,
    fromCall: s.fromCall,
    xParam: s.xParam,
    x0: s.x0,
    only: s.only,
    data: s.data,
    line: s.line,
  });
}
