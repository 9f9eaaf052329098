// The files a hover reads imported functions from: beside the document, inside the workspace only,
// through vscode.workspace.fs (works in untrusted and remote workspaces; never runs anything). An
// open editor's text wins over the disk (unsaved edits count). Texts are cached and forgotten when
// the file changes, which also makes the hovers that read it stale.
import * as vscode from 'vscode';
import { IMPORT_LIMITS, type FileReader } from '../core/document';
import { runWithImports, TextCache, type RoundsResult } from './importRounds';

/** One round per level of imports the core follows; reading gives up after this many ms (the hover then says so). */
export const IMPORT_READS = { rounds: IMPORT_LIMITS.depth, budgetMs: 400 } as const;
/** Files above this are not read at all (the core refuses anything above IMPORT_LIMITS.bytes, naming its size). */
const MAX_READ_BYTES = 4 * IMPORT_LIMITS.bytes;
/** What an import may name: the sources of the languages the core follows imports in. */
const WATCHED = '**/*.{js,mjs,cjs,jsx,ts,tsx,mts,cts,py,m,jl,R,r,h,hh,hpp,hxx}';

export class ImportedFiles implements vscode.Disposable {
  private readonly cache = new TextCache();
  /** URIs some hover has read: a change to one makes cached hovers stale. */
  private readonly used = new Set<string>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly onStale: () => void) {
    const watcher = vscode.workspace.createFileSystemWatcher(WATCHED);
    const changed = (uri: vscode.Uri) => this.changed(uri.toString());
    this.subscriptions.push(
      watcher,
      watcher.onDidChange(changed),
      watcher.onDidCreate(changed),
      watcher.onDidDelete(changed),
      vscode.workspace.onDidChangeTextDocument((e) => this.changed(e.document.uri.toString())),
      vscode.workspace.onDidCloseTextDocument((d) => this.changed(d.uri.toString())),
    );
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.cache.clear();
  }

  /** `run` with the files beside `document` it asks for, read between runs within the budget. */
  run<T>(document: vscode.Uri, run: (files: FileReader) => T, cancelled: () => boolean): Promise<RoundsResult<T>> {
    return runWithImports(
      run,
      (rel) => this.known(document, rel),
      (rels) => this.fetch(document, rels),
      IMPORT_READS,
      cancelled,
    );
  }

  private changed(key: string): void {
    const was = this.cache.forget(key);
    if (was || this.used.has(key)) {
      this.used.delete(key);
      this.onStale();
    }
  }

  /** The file `rel` beside `document`, if it may be read: inside a workspace folder, not beside an untitled document. */
  private target(document: vscode.Uri, rel: string): vscode.Uri | undefined {
    if (document.scheme === 'untitled') return undefined;
    const target = vscode.Uri.joinPath(document.with({ fragment: '', query: '' }), '..', rel);
    return vscode.workspace.getWorkspaceFolder(target) ? target : undefined;
  }

  /** What is known of `rel` now: its text, `{}` when it cannot be read, undefined when it must be read first. */
  private known(document: vscode.Uri, rel: string): { text?: string } | undefined {
    const uri = this.target(document, rel);
    if (!uri) return {};
    const key = uri.toString();
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
    if (open) {
      this.used.add(key);
      return { text: open.getText() };
    }
    const got = this.cache.get(key);
    if (got) this.used.add(key);
    return got;
  }

  private async fetch(document: vscode.Uri, rels: string[]): Promise<void> {
    await Promise.all(
      rels.map(async (rel) => {
        const uri = this.target(document, rel);
        if (!uri) return;
        let text: string | undefined;
        try {
          const stat = await vscode.workspace.fs.stat(uri);
          if (stat.type & vscode.FileType.File && stat.size <= MAX_READ_BYTES) {
            text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
          }
        } catch {
          text = undefined; // missing or unreadable: the hover names it
        }
        this.cache.set(uri.toString(), text);
      }),
    );
  }
}

let shared: ImportedFiles | undefined;

/** The hover's files, for commands that find math at the cursor the same way (Check Gradient from the palette). */
export function sharedImportedFiles(): ImportedFiles | undefined {
  return shared;
}

export function setSharedImportedFiles(files: ImportedFiles | undefined): void {
  shared = files;
}
