// Entry of every Derivative Inspector webview page. The host sets <body data-view> to report, plot
// or sidebar; this script renders the last validated message and keeps it in vscode state, so the
// page comes back after a reload (or a restart, through the panel serializer) without the host.
import '@vscode-elements/elements/dist/vscode-button/index.js';
import '@vscode-elements/elements/dist/vscode-checkbox/index.js';
import '@vscode-elements/elements/dist/vscode-single-select/index.js';
import '@vscode-elements/elements/dist/vscode-option/index.js';
import 'katex/dist/katex.min.css';
import './panel.css';
import type { ToWebview } from '../src/protocol/messages';
import { h } from './lib/dom';
import { onThemeChange } from './lib/theme';
import { getState, onMessage, post, setState } from './lib/vscodeApi';
import { PlotUi, plotView, PlotViewHandle } from './plot/plotView';
import { pairsReportView, reportView } from './report/reportView';
import { sidebarView } from './sidebar/sidebarView';

const app = document.getElementById('app') ?? document.body.appendChild(h('div', { id: 'app' }));
let state = getState();
let handle: PlotViewHandle | undefined;

function saveUi(ui: PlotUi): void {
  state = { ...state, ui: { ...ui } };
  setState(state);
}

function render(message: ToWebview): void {
  handle?.dispose();
  handle = undefined;
  const ui = (state.ui ?? {}) as PlotUi;
  switch (message.type) {
    case 'report':
      app.replaceChildren(reportView(message.report));
      break;
    case 'pairs':
      app.replaceChildren(pairsReportView(message.report));
      break;
    case 'plot':
      handle = plotView(message.plot, ui, saveUi);
      app.replaceChildren(handle.element);
      break;
    case 'sidebar': {
      const v = sidebarView(message.state, ui, saveUi);
      handle = v.handle;
      app.replaceChildren(v.element);
      break;
    }
    case 'error':
      app.replaceChildren(h('p', { class: 'error', role: 'alert' }, message.message));
      break;
  }
  document.body.dataset.rendered = message.type;
}

onMessage((message) => {
  const sameContent = JSON.stringify(state.last) === JSON.stringify(message);
  // A new expression starts with its own point; the same one keeps the user's slider position.
  if (!sameContent && state.last && message.type !== 'error') state = { ...state, ui: keepVariable(state.ui) };
  state = { ...state, last: message };
  setState(state);
  render(message);
});

function keepVariable(ui: Record<string, unknown> | undefined): Record<string, unknown> {
  return ui && typeof ui.variable === 'string' ? { variable: ui.variable, taylor: ui.taylor } : {};
}

onThemeChange(() => handle?.rethemed());

if (state.last) render(state.last);
else
  app.replaceChildren(
    h(
      'p',
      { class: 'hint' },
      document.body.dataset.view === 'sidebar' ? 'Put the cursor on a formula to see its derivatives.' : 'Loading…',
    ),
  );
post({ type: 'ready' });
