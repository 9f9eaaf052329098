// The host's side of the gradient worker: requests as promises, a time limit after which the worker
// is stopped (and a fresh one started for the next request), so a pathological file can neither
// block nor hang the extension. No 'vscode' import, so it is unit-tested with the real worker.
import { Worker } from 'worker_threads';
import type { CheckPairsOptions, FunctionSite } from '../../core/gradients/types';
import type { Lang } from '../../core/types';
import type { PairsResult, WorkerRequest, WorkerResponse } from './protocol';

interface Pending {
  resolve: (v: unknown) => void;
  reject: (e: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

type Request = WorkerRequest extends infer R ? (R extends WorkerRequest ? Omit<R, 'id'> : never) : never;

export class GradientWorker {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  /** `script`: the worker's file (dist/gradientsWorker.js in the extension). */
  constructor(private readonly script: string, private readonly timeoutMs = 10_000) {}

  check(text: string, lang: Lang, opts: CheckPairsOptions = {}): Promise<PairsResult> {
    return this.request({ kind: 'check', text, lang, opts }) as Promise<PairsResult>;
  }

  functions(text: string, lang: Lang): Promise<FunctionSite[]> {
    return this.request({ kind: 'functions', text, lang }) as Promise<FunctionSite[]>;
  }

  dispose(): void {
    this.stop(new Error('the gradient checker was shut down'));
  }

  private request(req: Request): Promise<unknown> {
    const worker = this.start();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        // Requests run one after another: everything queued behind a stuck one fails with it.
        this.stop(new Error(`checking the gradients took longer than ${this.timeoutMs / 1000} s and was stopped`));
      }, this.timeoutMs);
      this.pending.set(id, { resolve, reject, timer });
      worker.postMessage({ ...req, id } as WorkerRequest);
    });
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const w = new Worker(this.script);
    w.on('message', (m: WorkerResponse) => {
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      clearTimeout(p.timer);
      if (m.ok) p.resolve(m.value);
      else p.reject(new Error(m.error));
    });
    w.on('error', (e) => { if (this.worker === w) this.stop(e instanceof Error ? e : new Error(String(e))); });
    w.on('exit', (code) => { if (this.worker === w) this.stop(new Error(`the gradient checker stopped (exit code ${code})`)); });
    // An idle worker must not keep a process (the CLI, a test run) alive.
    w.unref();
    this.worker = w;
    return w;
  }

  private stop(reason: Error): void {
    const w = this.worker;
    this.worker = undefined;
    for (const [id, p] of this.pending) {
      clearTimeout(p.timer);
      p.reject(reason);
      this.pending.delete(id);
    }
    if (w) void w.terminate();
  }
}
