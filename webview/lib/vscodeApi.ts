// The webview's side of the protocol: typed posts to the host, validated messages from it, and the
// state VS Code keeps across reloads (vscode.setState), which restores the page without the host.
import { FromWebview, parseToWebview, ToWebview } from '../../src/protocol/messages';

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

const api: VsCodeApi = acquireVsCodeApi();

export function post(message: FromWebview): void {
  api.postMessage(message);
}

/** Persisted page state: the last message shown plus UI choices (slider, toggles, variable). */
export interface PageState {
  last?: ToWebview;
  ui?: Record<string, unknown>;
}

export function getState(): PageState {
  const s = api.getState();
  if (!s || typeof s !== 'object') return {};
  const st = s as PageState;
  // A stale or corrupted state must not break the page: validate it like a message.
  if (st.last !== undefined && !parseToWebview(st.last).ok) return { ui: st.ui };
  return st;
}

export function setState(state: PageState): void {
  api.setState(state);
}

/** Listens to host messages; malformed ones are rejected with a console error and never applied. */
export function onMessage(handler: (message: ToWebview) => void): void {
  window.addEventListener('message', (event: MessageEvent) => {
    const parsed = parseToWebview(event.data);
    if (!parsed.ok) {
      console.error(`[derivative-inspector] rejected a malformed message: ${parsed.error}`);
      return;
    }
    handler(parsed.message);
  });
}
