// The hover reads imported files asynchronously (vscode.workspace.fs) while the core asks for them
// synchronously: run the core with what is known, read what it asked for, run again (imports of
// imports need another round), within a time budget. No vscode import, so it is unit-tested in Node.
import type { FileReader } from '../core/document';

export interface RoundsOptions {
  /** Rounds of reading (one per level of imports). */
  rounds: number;
  /** Give up reading after this many ms: the core then says the file could not be read. */
  budgetMs: number;
}

/** What a run used: its result, and whether every file it asked for was answered (a cacheable result). */
export interface RoundsResult<T> {
  result: T;
  complete: boolean;
}

/**
 * `run(files)` with `known(path)` answering from a cache (undefined: not known yet, asked for) and
 * `fetch(paths)` filling that cache; the last run's result once nothing new is asked for, the rounds
 * are used up, or the budget is over. `cancelled` stops early (the hover is gone).
 */
export async function runWithImports<T>(
  run: (files: FileReader) => T,
  known: (path: string) => { text?: string } | undefined,
  fetch: (paths: string[]) => Promise<void>,
  opts: RoundsOptions,
  cancelled: () => boolean = () => false,
): Promise<RoundsResult<T>> {
  const start = Date.now();
  for (let round = 0; ; round++) {
    const asked = new Set<string>();
    const result = run((p) => {
      const k = known(p);
      if (!k) asked.add(p);
      return k?.text;
    });
    const left = opts.budgetMs - (Date.now() - start);
    if (!asked.size) return { result, complete: true };
    if (round >= opts.rounds || left <= 0 || cancelled()) return { result, complete: false };
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), left)));
    // a slow read goes on filling the cache for the next hover; this one does not wait for it
    const done = await Promise.race([
      fetch([...asked]).then(
        () => 'read' as const,
        () => 'read' as const,
      ),
      late,
    ]);
    clearTimeout(timer);
    if (done === 'late') return { result: run((p) => known(p)?.text), complete: false };
  }
}

/** Texts of other files by key (a URI), bounded, the oldest dropped first; `undefined` text: could not be read. */
export class TextCache {
  private readonly map = new Map<string, { text?: string }>();
  constructor(private readonly max = 64) {}

  get(key: string): { text?: string } | undefined {
    return this.map.get(key);
  }

  set(key: string, text: string | undefined): void {
    this.map.delete(key);
    this.map.set(key, { text });
    if (this.map.size > this.max) this.map.delete(this.map.keys().next().value as string);
  }

  /** Forgets `key`; true when it was cached (the hovers that read it are stale). */
  forget(key: string): boolean {
    return this.map.delete(key);
  }

  clear(): void {
    this.map.clear();
  }
}
