// The side bar: the expression under the cursor, its derivatives, and a small live tangent plot,
// with a button that opens the larger plot panel beside the editor.
import type { SidebarState } from '../../src/protocol/messages';
import { h } from '../lib/dom';
import { formatValue } from '../lib/format';
import { tex } from '../lib/math';
import { post } from '../lib/vscodeApi';
import { latexName } from '../report/reportView';
import { PlotUi, plotView, PlotViewHandle } from '../plot/plotView';

export function sidebarView(st: SidebarState, ui: PlotUi, save: (ui: PlotUi) => void): { element: HTMLElement; handle?: PlotViewHandle } {
  const root = h('div', { class: 'sidebar', 'data-role': 'sidebar' });
  if (st.message || !st.source) {
    root.append(
      h('p', { class: 'hint', 'data-role': 'sidebar-message' }, st.message ?? 'Put the cursor on a formula to see its derivatives.'),
    );
    return { element: root };
  }
  root.append(
    h(
      'div',
      { class: 'source', 'data-role': 'sidebar-source' },
      h('code', {}, st.source),
      st.line !== undefined ? h('span', { class: 'hint' }, `line ${st.line + 1}`) : null,
    ),
  );
  if (st.latex) root.append(tex(st.latex, true));
  if (st.partials?.length) {
    const list = h('ul', { class: 'partials', 'aria-label': 'Partial derivatives' });
    for (const p of st.partials) {
      list.append(
        h(
          'li',
          {},
          tex(`\\frac{\\partial f}{\\partial ${latexName(p.variable)}} = ${p.latex}`),
          h('span', { class: 'value' }, p.value !== null ? ` = ${formatValue(p.value)}` : ''),
        ),
      );
    }
    root.append(list);
  }
  let handle: PlotViewHandle | undefined;
  if (st.plot && st.plot.slices.length) {
    handle = plotView(st.plot, ui, save, true);
    root.append(handle.element);
  }
  const open = h('vscode-button', { 'data-role': 'open-plot' }, 'Open plot');
  open.addEventListener('click', () => post({ type: 'openPlot' }));
  root.append(h('div', { class: 'actions' }, open));
  return { element: root, handle };
}
