// The host's side of the gradient worker: requests as promises, a time limit after which the worker
// is stopped (and a fresh one started for the next request), so a pathological file can neither
// block nor hang the extension, nor make the files queued behind it fail. No 'vscode' import, so it
// is unit-tested with the real worker.
import { Worker } from 'worker_threads';
import type { CheckPairsOptions, FunctionSite } from '../../core/gradients/types';
import type { Lang } from '../../core/types';
import type { PairsResult, WorkerRequest, WorkerResponse } from './protocol';

interface Job {
  req: Request;
  resolve: (v: unknown) => void;
  reject: (e: Error) => void;
}

type Request = WorkerRequest extends infer R ? (R extends WorkerRequest ? Omit<R, 'id'> : never) : never;

export class GradientWorker {
  private worker: Worker | undefined;
  /** Requests go one at a time, so each one's time limit counts its own work, not the queue's. */
  private readonly queue: Job[] = [];
  private active: (Job & { id: number; timer: ReturnType<typeof setTimeout> }) | undefined;
  private nextId = 1;

  /** `script`: the worker's file (dist/gradientsWorker.js in the extension). */
  constructor(
    private readonly script: string,
    private readonly timeoutMs = 10_000,
  ) {}

  check(text: string, lang: Lang, opts: CheckPairsOptions = {}): Promise<PairsResult> {
    return this.request({ kind: 'check', text, lang, opts }) as Promise<PairsResult>;
  }

  functions(text: string, lang: Lang): Promise<FunctionSite[]> {
    return this.request({ kind: 'functions', text, lang }) as Promise<FunctionSite[]>;
  }

  dispose(): void {
    const reason = new Error('the gradient checker was shut down');
    for (const job of this.queue.splice(0)) job.reject(reason);
    this.stop(reason);
  }

  private request(req: Request): Promise<unknown> {
    return new Promise((resolve, reject) => {
      this.queue.push({ req, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    if (this.active) return;
    const job = this.queue.shift();
    if (!job) return;
    const worker = this.start();
    const id = this.nextId++;
    const timer = setTimeout(() => {
      this.stop(new Error(`checking the gradients took longer than ${this.timeoutMs / 1000} s and was stopped`));
    }, this.timeoutMs);
    this.active = { ...job, id, timer };
    worker.postMessage({ ...job.req, id } as WorkerRequest);
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const w = new Worker(this.script);
    w.on('message', (m: WorkerResponse) => {
      const job = this.active;
      if (!job || m.id !== job.id) return;
      clearTimeout(job.timer);
      this.active = undefined;
      if (m.ok) job.resolve(m.value);
      else job.reject(new Error(m.error));
      this.pump();
    });
    w.on('error', (e) => {
      if (this.worker === w) this.stop(e instanceof Error ? e : new Error(String(e)));
    });
    w.on('exit', (code) => {
      if (this.worker === w) this.stop(new Error(`the gradient checker stopped (exit code ${code})`));
    });
    // An idle worker must not keep a process (a test run) alive.
    w.unref();
    this.worker = w;
    return w;
  }

  /** Fails the running request and ends its worker; the queued ones go on in a fresh worker. */
  private stop(reason: Error): void {
    const w = this.worker;
    this.worker = undefined;
    const job = this.active;
    this.active = undefined;
    if (job) {
      clearTimeout(job.timer);
      job.reject(reason);
    }
    if (w) void w.terminate();
    this.pump();
  }
}
