// The gradient checks of open files: one result per (document version, user pairs, tolerances),
// computed in the worker after edits settle (debounced, off the typing path), shared by the
// diagnostics, the CodeLens and the report. Listeners hear when a document's result lands.
import * as vscode from 'vscode';
import type { Lang } from '../../core/types';
import { getSettings, languageOf } from '../config';
import type { GradientWorker } from './client';
import type { PairStore } from './pairStore';
import type { PairsResult } from './protocol';

/** How long the text must stay still before its gradients are checked again. */
export const SETTLE_MS = 250;
/** Languages without functions to pair (their math is checked by Check Gradient instead). */
const NO_FUNCTIONS: readonly Lang[] = ['latex', 'markdown', 'math'];
/** Documents that are not the user's files (a diff's old side, output): no warnings there. */
const OTHER_SCHEMES = ['git', 'output', 'vscode-scm'];

export interface Tolerances {
  rtol: number;
  atol: number;
}

export interface FileCheck {
  version: number;
  key: string;
  result?: PairsResult;
  /** Why the file could not be checked at all (the worker failed or timed out). */
  error?: string;
}

export class GradientChecks implements vscode.Disposable {
  private readonly checks = new Map<string, FileCheck>();
  private readonly running = new Map<string, Promise<FileCheck>>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly checked = new vscode.EventEmitter<vscode.TextDocument>();
  /** A scheduled check of a document finished (its result is the one for its current version). */
  readonly onDidCheck = this.checked.event;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly worker: GradientWorker,
    private readonly store: PairStore,
    private readonly wanted: (d: vscode.TextDocument) => boolean,
  ) {
    this.subscriptions.push(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length) this.schedule(e.document);
      }),
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d, 0)),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri)),
      store.onDidChange((uri) => {
        const d = this.open(uri);
        if (d) this.schedule(d, 0);
      }),
    );
  }

  /** The engine's language for a document it can pair in, else undefined. */
  static langOf(document: vscode.TextDocument): Lang | undefined {
    if (OTHER_SCHEMES.includes(document.uri.scheme)) return undefined;
    const lang = languageOf(document);
    return lang && !NO_FUNCTIONS.includes(lang) ? lang : undefined;
  }

  /** Checks every open document again (settings changed, the worker restarted). */
  recheckAll(): void {
    for (const d of vscode.workspace.textDocuments) this.schedule(d, 0);
  }

  /** Checks a document once its text has been still for `delay` ms. */
  schedule(document: vscode.TextDocument, delay = SETTLE_MS): void {
    const id = document.uri.toString();
    clearTimeout(this.timers.get(id));
    this.timers.delete(id);
    if (!this.wanted(document) || !GradientChecks.langOf(document)) return;
    this.timers.set(
      id,
      setTimeout(() => {
        this.timers.delete(id);
        if (document.isClosed) return;
        // Listeners hear of every scheduled check, also one answered from the cache (a setting came back on).
        void this.current(document).then((c) => {
          if (c && !document.isClosed && c.key === this.key(document)) this.checked.fire(document);
        });
      }, delay),
    );
  }

  /** The last finished check of a document, if it is for its current text. */
  latest(document: vscode.TextDocument): FileCheck | undefined {
    const c = this.checks.get(document.uri.toString());
    return c && c.key === this.key(document) ? c : undefined;
  }

  /** The check of the document's current text (running it now if needed), undefined when it has no pairs to check. */
  async current(document: vscode.TextDocument): Promise<FileCheck | undefined> {
    const lang = GradientChecks.langOf(document);
    if (!lang) return undefined;
    const id = document.uri.toString();
    const key = this.key(document);
    const done = this.checks.get(id);
    if (done?.key === key) return done;
    const running = this.running.get(id);
    if (running) {
      const r = await running;
      // An edit during the run: check the newer text (its own run, started by whoever asks next).
      if (r.key === key) return r;
      return this.current(document);
    }
    const { rtol, atol } = getSettings(document).gradientCheck;
    const job = this.run(document, lang, key, { rtol, atol });
    this.running.set(id, job);
    try {
      const r = await job;
      if (!document.isClosed) this.checks.set(id, r);
      return r;
    } finally {
      this.running.delete(id);
    }
  }

  /** The document's pairs checked with other tolerances (the report's tolerance fields), not cached. */
  async withTolerances(document: vscode.TextDocument, tol: Tolerances): Promise<PairsResult | undefined> {
    const lang = GradientChecks.langOf(document);
    if (!lang) return undefined;
    // Only plain data crosses to the worker (a caller's object may carry documents and functions).
    return this.worker.check(document.getText(), lang, { rtol: tol.rtol, atol: tol.atol, pairs: this.store.get(document.uri) });
  }

  private async run(document: vscode.TextDocument, lang: Lang, key: string, tol: Tolerances): Promise<FileCheck> {
    try {
      const result = await this.worker.check(document.getText(), lang, {
        rtol: tol.rtol,
        atol: tol.atol,
        pairs: this.store.get(document.uri),
      });
      return { version: document.version, key, result };
    } catch (e) {
      console.error('[derivative-inspector] gradient check failed:', e);
      return { version: document.version, key, error: e instanceof Error ? e.message : String(e) };
    }
  }

  /** What a result depends on: the text's version, the user's pairs and the tolerances. */
  private key(document: vscode.TextDocument): string {
    const { rtol, atol } = getSettings(document).gradientCheck;
    return JSON.stringify([document.version, this.store.get(document.uri), rtol, atol]);
  }

  private open(uri: vscode.Uri): vscode.TextDocument | undefined {
    return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  }

  private forget(uri: vscode.Uri): void {
    const id = uri.toString();
    clearTimeout(this.timers.get(id));
    this.timers.delete(id);
    this.checks.delete(id);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    this.checked.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
