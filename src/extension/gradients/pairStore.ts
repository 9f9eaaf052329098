// Pairs the user made with Pair Gradient…, remembered per file in the workspace state (so they
// survive reloads and stay with the workspace), handed to the engine as `pairs`.
import * as vscode from 'vscode';

export interface UserPair {
  objective: string;
  gradient: string;
}

const KEY = 'derivativeInspector.pairs.v1';

const samePair = (a: UserPair, b: UserPair) => a.objective === b.objective && a.gradient === b.gradient;

function isPair(v: unknown): v is UserPair {
  return !!v && typeof v === 'object' && typeof (v as UserPair).objective === 'string' && typeof (v as UserPair).gradient === 'string';
}

export class PairStore {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly state: vscode.Memento) {}

  /** The pairs remembered for a file (a corrupt entry is ignored, never thrown). */
  get(uri: vscode.Uri): UserPair[] {
    const all = this.all();
    const list = all[uri.toString()];
    return Array.isArray(list) ? list.filter(isPair) : [];
  }

  async add(uri: vscode.Uri, pair: UserPair): Promise<void> {
    // One gradient per objective: pairing again replaces the earlier choice.
    const rest = this.get(uri).filter((p) => p.objective !== pair.objective && !samePair(p, pair));
    await this.put(uri, [...rest, pair]);
  }

  async forget(uri: vscode.Uri, pair: UserPair): Promise<void> {
    await this.put(
      uri,
      this.get(uri).filter((p) => !samePair(p, pair)),
    );
  }

  dispose(): void {
    this.changed.dispose();
  }

  private all(): Record<string, unknown> {
    const v = this.state.get<unknown>(KEY);
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  }

  private async put(uri: vscode.Uri, pairs: UserPair[]): Promise<void> {
    const all = { ...this.all() };
    if (pairs.length) all[uri.toString()] = pairs;
    else delete all[uri.toString()];
    await this.state.update(KEY, all);
    this.changed.fire(uri);
  }
}
