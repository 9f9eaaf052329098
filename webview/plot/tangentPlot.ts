// The one-variable plot: the function, its tangent line at the point, the point itself, and
// optionally the second-order Taylor parabola; a slider moves the point along the sampled grid.
// Only the tangent, parabola and point are redrawn when the slider moves (the curve is static),
// which keeps a redraw far below one frame.
import type { Slice } from '../../src/core/report/types';
import { h, s } from '../lib/dom';
import { formatTick, formatValue } from '../lib/format';
import { linear, robustRange, Scale } from '../lib/scale';

export interface TangentPlotOptions {
  width?: number;
  height?: number;
  /** Show the Taylor toggle (the side bar hides it to stay small). */
  taylorToggle?: boolean;
  taylor?: boolean;
  onChange?: (index: number, taylor: boolean) => void;
}

let uid = 0;

export class TangentPlot {
  readonly element: HTMLElement;
  readonly slider: HTMLInputElement;
  private readonly svg: SVGSVGElement;
  private readonly tangent: SVGLineElement;
  private readonly parabola: SVGPathElement;
  private readonly dot: SVGCircleElement;
  private readonly readout: HTMLElement;
  private readonly x: Scale;
  private readonly y: Scale;
  private index: number;
  private taylor: boolean;

  constructor(
    private readonly slice: Slice,
    private readonly opts: TangentPlotOptions = {},
  ) {
    const W = opts.width ?? 560;
    const H = opts.height ?? 300;
    const m = { l: 48, r: 12, t: 10, b: 28 };
    const xs = slice.xs;
    this.x = linear(xs[0], xs[xs.length - 1], m.l, W - m.r);
    const [y0, y1] = robustRange(slice.f);
    this.y = linear(y0, y1, H - m.b, m.t);
    this.index = clampIndex(slice.index, xs.length);
    this.taylor = opts.taylor ?? false;

    const clipId = `plot-clip-${++uid}`;
    this.svg = s('svg', {
      class: 'plot tangent-plot',
      viewBox: `0 0 ${W} ${H}`,
      role: 'img',
      'aria-label': `Plot of the function along ${slice.variable} with its tangent line`,
    });
    this.svg.append(
      s('defs', {}, s('clipPath', { id: clipId }, s('rect', { x: m.l, y: m.t, width: W - m.l - m.r, height: H - m.t - m.b }))),
      this.axes(W, H, m),
    );
    const plotArea = s('g', { 'clip-path': `url(#${clipId})` });
    plotArea.append(s('path', { class: 'fn', d: this.curvePath(), 'data-role': 'function' }));
    this.parabola = s('path', { class: 'taylor', 'data-role': 'taylor' });
    this.tangent = s('line', { class: 'tangent', 'data-role': 'tangent' });
    this.dot = s('circle', { class: 'point', r: 4, 'data-role': 'point' });
    plotArea.append(this.parabola, this.tangent, this.dot);
    this.svg.append(plotArea);

    this.slider = h('input', {
      type: 'range',
      class: 'slider',
      min: 0,
      max: xs.length - 1,
      step: 1,
      value: this.index,
      'aria-label': `Point: ${slice.variable}`,
    }) as HTMLInputElement;
    this.slider.addEventListener('input', () => this.setIndex(Number(this.slider.value)));
    this.readout = h('div', { class: 'readout', 'aria-live': 'polite' });

    const controls = h(
      'div',
      { class: 'controls' },
      h('label', { class: 'slider-label' }, h('span', {}, `${slice.variable} =`), this.slider),
    );
    if (opts.taylorToggle !== false) {
      const box = h('vscode-checkbox', { label: 'Second-order Taylor parabola', class: 'taylor-toggle' }) as HTMLElement & {
        checked: boolean;
      };
      box.checked = this.taylor;
      box.addEventListener('change', () => this.setTaylor(Boolean(box.checked)));
      controls.append(box);
    }
    this.element = h('div', { class: 'tangent-plot-wrap' }, this.svg, controls, this.readout);
    this.draw();
  }

  get currentIndex(): number {
    return this.index;
  }

  setIndex(i: number): void {
    i = clampIndex(i, this.slice.xs.length);
    if (i === this.index) return;
    this.index = i;
    if (Number(this.slider.value) !== i) this.slider.value = String(i);
    this.draw();
    this.opts.onChange?.(this.index, this.taylor);
  }

  setTaylor(on: boolean): void {
    this.taylor = on;
    this.draw();
    this.opts.onChange?.(this.index, this.taylor);
  }

  private axes(W: number, H: number, m: { l: number; r: number; t: number; b: number }): SVGGElement {
    const g = s('g', { class: 'axes', 'aria-hidden': 'true' });
    for (const t of this.x.ticks(6)) {
      const px = this.x(t);
      g.append(s('line', { class: 'grid', x1: px, x2: px, y1: m.t, y2: H - m.b }));
      g.append(s('text', { class: 'tick', x: px, y: H - m.b + 16, 'text-anchor': 'middle' }, formatTick(t)));
    }
    for (const t of this.y.ticks(5)) {
      const py = this.y(t);
      g.append(s('line', { class: 'grid', x1: m.l, x2: W - m.r, y1: py, y2: py }));
      g.append(s('text', { class: 'tick', x: m.l - 6, y: py + 4, 'text-anchor': 'end' }, formatTick(t)));
    }
    g.append(s('rect', { class: 'frame', x: m.l, y: m.t, width: W - m.l - m.r, height: H - m.t - m.b }));
    return g;
  }

  /** The curve, broken where it is not finite or jumps across a pole. */
  private curvePath(): string {
    const { xs, f } = this.slice;
    const [lo, hi] = this.y.domain;
    const span = hi - lo;
    let d = '';
    let pen = false;
    for (let i = 0; i < xs.length; i++) {
      const v = f[i];
      if (v === null || v < lo - 50 * span || v > hi + 50 * span) {
        pen = false;
        continue;
      }
      d += `${pen ? 'L' : 'M'}${this.x(xs[i]).toFixed(1)},${this.y(v).toFixed(1)}`;
      pen = true;
    }
    return d;
  }

  private draw(): void {
    const { xs, f, df, d2f, variable } = this.slice;
    const i = this.index;
    const x0 = xs[i];
    const f0 = f[i];
    const g0 = df[i];
    const [a, b] = this.x.domain;
    if (f0 === null) {
      this.dot.setAttribute('visibility', 'hidden');
      this.tangent.setAttribute('visibility', 'hidden');
      this.parabola.setAttribute('d', '');
      this.readout.textContent = `${variable} = ${formatValue(x0)}: the function is not finite here`;
      this.slider.setAttribute('aria-valuetext', `${variable} = ${formatValue(x0)}`);
      return;
    }
    this.dot.setAttribute('visibility', 'visible');
    this.dot.setAttribute('cx', this.x(x0).toFixed(1));
    this.dot.setAttribute('cy', this.y(f0).toFixed(1));
    if (g0 === null) {
      this.tangent.setAttribute('visibility', 'hidden');
    } else {
      this.tangent.setAttribute('visibility', 'visible');
      this.tangent.setAttribute('x1', this.x(a).toFixed(1));
      this.tangent.setAttribute('y1', this.y(f0 + g0 * (a - x0)).toFixed(1));
      this.tangent.setAttribute('x2', this.x(b).toFixed(1));
      this.tangent.setAttribute('y2', this.y(f0 + g0 * (b - x0)).toFixed(1));
    }
    const c0 = d2f[i];
    if (this.taylor && g0 !== null && c0 !== null) {
      let d = '';
      const n = 64;
      for (let k = 0; k <= n; k++) {
        const x = a + ((b - a) * k) / n;
        const dx = x - x0;
        d += `${k ? 'L' : 'M'}${this.x(x).toFixed(1)},${this.y(f0 + g0 * dx + 0.5 * c0 * dx * dx).toFixed(1)}`;
      }
      this.parabola.setAttribute('d', d);
    } else {
      this.parabola.setAttribute('d', '');
    }
    const text =
      `${variable} = ${formatValue(x0)}   f = ${formatValue(f0)}   ∂f/∂${variable} = ${formatValue(g0)}` +
      (this.taylor ? `   ∂²f/∂${variable}² = ${formatValue(c0)}` : '');
    this.readout.textContent = text;
    this.slider.setAttribute('aria-valuetext', `${variable} = ${formatValue(x0)}, slope ${formatValue(g0)}`);
  }
}

function clampIndex(i: number, n: number): number {
  return Math.max(0, Math.min(n - 1, Math.round(Number.isFinite(i) ? i : 0)));
}
