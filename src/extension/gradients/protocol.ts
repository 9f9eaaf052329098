// Messages between the extension host and the gradient worker (worker.ts). No 'vscode' import.
import type { CheckPairsOptions, FileNote, FunctionSite, PairResult } from '../../core/gradients/types';
import type { Lang } from '../../core/types';

/** What checkPairs returns for one file. */
export interface PairsResult {
  pairs: PairResult[];
  notes: FileNote[];
}

export type WorkerRequest =
  | { id: number; kind: 'check'; text: string; lang: Lang; opts: CheckPairsOptions }
  | { id: number; kind: 'functions'; text: string; lang: Lang };

export type WorkerResponse = { id: number; ok: true; value: PairsResult | FunctionSite[] } | { id: number; ok: false; error: string };
