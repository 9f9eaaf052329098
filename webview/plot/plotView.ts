// The plot page: f and its derivatives typeset, the tangent plot along one variable (slider, Taylor
// toggle), a variable picker when there are several (the others stay fixed at the point), and for
// two variables the surface with its tangent plane and the contour map with the gradient.
import type { PlotData } from '../../src/core/report/types';
import { h } from '../lib/dom';
import { formatValue } from '../lib/format';
import { tex } from '../lib/math';
import { latexName } from '../report/reportView';
import { SurfacePlot } from './surfacePlot';
import { TangentPlot } from './tangentPlot';

export interface PlotUi {
  variable?: string;
  index?: number;
  taylor?: boolean;
}

export interface PlotViewHandle {
  element: HTMLElement;
  rethemed(): void;
  dispose(): void;
}

export function plotView(p: PlotData, ui: PlotUi, save: (ui: PlotUi) => void, compact = false): PlotViewHandle {
  const root = h('div', { class: `plot-view${compact ? ' compact' : ''}` });
  const state: PlotUi = { ...ui };
  let variable = p.slices.some((s) => s.variable === ui.variable) ? ui.variable! : p.slices[0]?.variable;
  if (!compact) root.append(h('h1', {}, 'Tangent plot'));
  root.append(tex(`f = ${p.latex}`, true, 'math fn-tex'));
  const others =
    p.variables.length > 1
      ? h('div', { class: 'at' }, 'at ', p.variables.map((v) => `${v} = ${formatValue(p.point[v])}`).join(', '))
      : null;
  if (others) root.append(others);

  const derivBox = h('div', { class: 'derivatives' });
  const plotBox = h('div', { class: 'slice' });
  let plot: TangentPlot | undefined;

  const showSlice = (v: string, index?: number) => {
    const slice = p.slices.find((s) => s.variable === v);
    if (!slice) return;
    variable = v;
    // The side bar (compact) already lists every partial with its value.
    derivBox.replaceChildren(
      ...(compact
        ? []
        : [
            tex(`\\frac{\\partial f}{\\partial ${latexName(v)}} = ${slice.dfLatex}`, true),
            tex(`\\frac{\\partial^2 f}{\\partial ${latexName(v)}^2} = ${slice.d2fLatex}`, true),
          ]),
    );
    plot = new TangentPlot(
      { ...slice, index: index ?? slice.index },
      {
        width: compact ? 320 : 560,
        height: compact ? 200 : 300,
        taylorToggle: true,
        taylor: state.taylor,
        onChange: (i, taylor) => {
          state.index = i;
          state.taylor = taylor;
          save(state);
        },
      },
    );
    plotBox.replaceChildren(
      h('h2', {}, p.variables.length > 1 ? `Slice along ${v} (the other variables fixed at the point)` : `f and its tangent line`),
      plot.element,
    );
    state.variable = v;
    save(state);
  };

  if (p.slices.length > 1) {
    const select = h('vscode-single-select', { 'aria-label': 'Variable to move along', class: 'variable-select' }) as HTMLElement & {
      value: string;
    };
    for (const s of p.slices) select.append(h('vscode-option', { value: s.variable }, s.variable));
    select.addEventListener('change', () => {
      state.index = undefined;
      showSlice(select.value);
    });
    queueMicrotask(() => {
      select.value = variable;
    });
    root.append(h('label', { class: 'variable-pick' }, 'Move along ', select));
  }
  root.append(derivBox, plotBox);
  if (variable) showSlice(variable, ui.variable === variable ? ui.index : undefined);

  let surface: SurfacePlot | undefined;
  if (p.surface && !compact) {
    surface = new SurfacePlot(p.surface, 'f');
    root.append(h('section', { class: 'surface' }, h('h2', {}, `Surface and tangent plane, contours and gradient`), surface.element));
  }
  if (p.notes.length) {
    root.append(h('ul', { class: 'notes' }, ...p.notes.map((n) => h('li', { class: `note ${n.kind}` }, n.message))));
  }
  return {
    element: root,
    rethemed: () => void surface?.draw(),
    dispose: () => surface?.dispose(),
  };
}
