// The worker thread that runs the gradient pairing engine, so that checking a file's pairs never
// blocks the extension host (typing, hovers). One request at a time; no 'vscode' import.
import { parentPort } from 'worker_threads';
import { checkPairs, listFunctions, PairCache } from '../../core/gradients';
import type { WorkerRequest, WorkerResponse } from './protocol';

// Kept across requests: after an edit settles only the pairs whose text changed are checked again
// (the key holds every text a pair reads, so documents can share one bounded cache).
const cache = new PairCache();

function answer(req: WorkerRequest): WorkerResponse {
  try {
    if (req.kind === 'functions') return { id: req.id, ok: true, value: listFunctions(req.text, req.lang) };
    return { id: req.id, ok: true, value: checkPairs(req.text, req.lang, req.opts, cache) };
  } catch (e) {
    return { id: req.id, ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

parentPort?.on('message', (req: WorkerRequest) => parentPort!.postMessage(answer(req)));
