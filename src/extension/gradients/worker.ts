// The worker thread that runs the gradient pairing engine, so that checking a file's pairs never
// blocks the extension host (typing, hovers). One request at a time; no 'vscode' import.
import { parentPort } from 'worker_threads';
import { checkPairs, listFunctions } from '../../core/gradients';
import type { WorkerRequest, WorkerResponse } from './protocol';

function answer(req: WorkerRequest): WorkerResponse {
  try {
    if (req.kind === 'functions') return { id: req.id, ok: true, value: listFunctions(req.text, req.lang) };
    return { id: req.id, ok: true, value: checkPairs(req.text, req.lang, req.opts) };
  } catch (e) {
    return { id: req.id, ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

parentPort?.on('message', (req: WorkerRequest) => parentPort!.postMessage(answer(req)));
