// Two variables: the surface with its tangent plane at the point (3D, rotatable) and a contour map
// with the gradient arrow at the point. Plotly's colors come from the theme's computed CSS variables
// and are re-applied when the theme changes.
import type { Surface } from '../../src/core/report/types';
import { h } from '../lib/dom';
import { formatValue } from '../lib/format';
import { themeColors, ThemeColors } from '../lib/theme';
import { loadPlotly, PlotlyApi } from './plotly';

export class SurfacePlot {
  readonly element: HTMLElement;
  private readonly surface3d: HTMLElement;
  private readonly contour: HTMLElement;
  private readonly status: HTMLElement;
  private plotly?: PlotlyApi;

  constructor(
    private readonly s: Surface,
    private readonly f: string,
  ) {
    this.surface3d = h('div', {
      class: 'plotly-3d',
      'data-role': 'surface',
      role: 'img',
      'aria-label': `Surface of f over ${s.x} and ${s.y} with the tangent plane at the point`,
    });
    this.contour = h('div', {
      class: 'plotly-contour',
      'data-role': 'contour',
      role: 'img',
      'aria-label': `Contour map of f with the gradient arrow at the point`,
    });
    this.status = h('p', { class: 'hint', 'aria-live': 'polite' }, 'Loading the 3D plot…');
    this.element = h('div', { class: 'surface-wrap' }, this.status, h('div', { class: 'surface-row' }, this.surface3d, this.contour));
    void this.draw();
  }

  async draw(): Promise<void> {
    try {
      this.plotly ??= await loadPlotly();
    } catch (e) {
      this.status.textContent = String((e as Error).message ?? e);
      return;
    }
    const c = themeColors();
    const { s } = this;
    const x0 = s.xs[s.i];
    const y0 = s.ys[s.j];
    const z0 = s.z[s.j][s.i] ?? 0;
    const gx = s.gx[s.j][s.i] ?? 0;
    const gy = s.gy[s.j][s.i] ?? 0;
    const plane = s.ys.map((y) => s.xs.map((x) => z0 + gx * (x - x0) + gy * (y - y0)));
    const layout3d = {
      ...baseLayout(c),
      scene: {
        xaxis: axis3d(c, s.x),
        yaxis: axis3d(c, s.y),
        zaxis: axis3d(c, 'f'),
        bgcolor: c.background,
      },
    };
    await this.plotly.react(
      this.surface3d,
      [
        { type: 'surface', x: s.xs, y: s.ys, z: s.z, colorscale: 'Viridis', showscale: false, name: 'f', opacity: 0.95 },
        {
          type: 'surface',
          x: s.xs,
          y: s.ys,
          z: plane,
          showscale: false,
          opacity: 0.55,
          name: 'tangent plane',
          colorscale: [
            [0, c.orange],
            [1, c.orange],
          ],
        },
        { type: 'scatter3d', mode: 'markers', x: [x0], y: [y0], z: [z0], marker: { size: 4, color: c.red }, name: 'point' },
      ],
      layout3d,
      { displaylogo: false, responsive: true },
    );
    // Arrow length: the gradient scaled to a fifth of the plot's width, direction kept.
    const norm = Math.hypot(gx, gy) || 1;
    const span = Math.min(s.xs[s.xs.length - 1] - s.xs[0], s.ys[s.ys.length - 1] - s.ys[0]) / 5;
    const ax = x0 + (gx / norm) * span;
    const ay = y0 + (gy / norm) * span;
    await this.plotly.react(
      this.contour,
      [
        {
          type: 'contour',
          x: s.xs,
          y: s.ys,
          z: s.z,
          colorscale: 'Viridis',
          showscale: false,
          contours: { coloring: 'lines' },
          line: { width: 1.5 },
          name: 'f',
        },
        { type: 'scatter', mode: 'markers', x: [x0], y: [y0], marker: { size: 8, color: c.red }, name: 'point' },
      ],
      {
        ...baseLayout(c),
        xaxis: axis2d(c, s.x),
        yaxis: { ...axis2d(c, s.y), scaleanchor: 'x' },
        annotations: [
          {
            x: ax,
            y: ay,
            ax: x0,
            ay: y0,
            xref: 'x',
            yref: 'y',
            axref: 'x',
            ayref: 'y',
            showarrow: true,
            arrowhead: 3,
            arrowwidth: 2,
            arrowcolor: c.red,
            text: '',
          },
          {
            x: ax,
            y: ay,
            xref: 'x',
            yref: 'y',
            showarrow: false,
            yshift: 12,
            text: `∇f = (${formatValue(gx)}, ${formatValue(gy)})`,
            font: { color: c.foreground },
          },
        ],
      },
      { displaylogo: false, responsive: true },
    );
    this.status.textContent = `${this.f} at (${s.x}, ${s.y}) = (${formatValue(x0)}, ${formatValue(y0)}): drag the 3D view to rotate it.`;
  }

  dispose(): void {
    this.plotly?.purge(this.surface3d);
    this.plotly?.purge(this.contour);
  }
}

function baseLayout(c: ThemeColors) {
  return {
    paper_bgcolor: c.background,
    plot_bgcolor: c.background,
    font: { color: c.foreground, family: c.font, size: 12 },
    margin: { l: 40, r: 10, t: 10, b: 40 },
    showlegend: false,
    height: 340,
  };
}

function axis3d(c: ThemeColors, title: string) {
  return { title: { text: title }, color: c.foreground, gridcolor: c.grid, zerolinecolor: c.muted, backgroundcolor: c.background };
}

function axis2d(c: ThemeColors, title: string) {
  return { title: { text: title }, color: c.foreground, gridcolor: c.grid, zerolinecolor: c.muted, linecolor: c.muted };
}
