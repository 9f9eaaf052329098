// Log-log plot of the finite-difference error against the step h: forward (slope 1) and central
// (slope 2) differences, reference lines for O(h) and O(h²), the round-off floor and the step the
// check used.
import type { ErrorVsStep } from '../../src/core/report/types';
import { s } from '../lib/dom';
import { formatError } from '../lib/format';
import { log10 } from '../lib/scale';

type Scale = ReturnType<typeof log10>;
interface Frame {
  W: number;
  H: number;
  m: { l: number; r: number; t: number; b: number };
  x: Scale;
  y: Scale;
}

export function errorPlot(e: ErrorVsStep, W = 600, H = 320): SVGSVGElement {
  const m = { l: 56, r: 168, t: 12, b: 36 };
  const positive = (arr: (number | null)[]) => arr.filter((v): v is number => v !== null && v > 0);
  const errs = [...positive(e.forward), ...positive(e.central)];
  const svg = s('svg', {
    class: 'plot error-plot',
    viewBox: `0 0 ${W} ${H}`,
    role: 'img',
    'aria-label':
      `Error of finite differences against the step h, for ${e.variable}` +
      (e.slopeForward !== null ? `; forward slope ${e.slopeForward.toFixed(2)}` : '') +
      (e.slopeCentral !== null ? `, central slope ${e.slopeCentral.toFixed(2)}` : ''),
  });
  if (!errs.length || e.h.length < 2) {
    svg.append(
      s('text', { class: 'tick', x: W / 2, y: H / 2, 'text-anchor': 'middle' }, 'The finite differences are exact here: no error to plot'),
    );
    return svg;
  }
  const eMin = Math.max(1e-18, Math.min(...errs)) / 3;
  const eMax = Math.max(...errs) * 3;
  const f: Frame = { W, H, m, x: log10(Math.min(...e.h), Math.max(...e.h), m.l, W - m.r), y: log10(eMin, eMax, H - m.b, m.t) };
  const clipId = 'error-plot-clip';
  svg.append(s('defs', {}, s('clipPath', { id: clipId }, s('rect', { x: m.l, y: m.t, width: W - m.l - m.r, height: H - m.t - m.b }))));
  svg.append(axes(f));
  const area = s('g', { 'clip-path': `url(#${clipId})` });
  area.append(...references(e, f));
  area.append(s('line', { class: 'chosen', 'data-role': 'chosen-h', x1: f.x(e.chosenH), x2: f.x(e.chosenH), y1: m.t, y2: H - m.b }));
  area.append(series(e, f, e.forward, 'series forward', 'forward'), series(e, f, e.central, 'series central', 'central'));
  svg.append(area);
  svg.append(legend(e, f));
  return svg;
}

/** Grid, ticks, frame and axis labels. */
function axes({ W, H, m, x, y }: Frame): SVGElement {
  const g = s('g', { class: 'axes', 'aria-hidden': 'true' });
  for (const t of x.ticks(8)) {
    g.append(s('line', { class: 'grid', x1: x(t), x2: x(t), y1: m.t, y2: H - m.b }));
    g.append(s('text', { class: 'tick', x: x(t), y: H - m.b + 15, 'text-anchor': 'middle' }, formatError(t).replace('1.00e', '1e')));
  }
  for (const t of y.ticks(6)) {
    g.append(s('line', { class: 'grid', x1: m.l, x2: W - m.r, y1: y(t), y2: y(t) }));
    g.append(s('text', { class: 'tick', x: m.l - 6, y: y(t) + 4, 'text-anchor': 'end' }, formatError(t).replace('1.00e', '1e')));
  }
  g.append(s('rect', { class: 'frame', x: m.l, y: m.t, width: W - m.l - m.r, height: H - m.t - m.b }));
  g.append(s('text', { class: 'axis-label', x: (m.l + W - m.r) / 2, y: H - 4, 'text-anchor': 'middle' }, 'step h'));
  g.append(
    s(
      'text',
      { class: 'axis-label', x: 12, y: (m.t + H - m.b) / 2, 'text-anchor': 'middle', transform: `rotate(-90 12 ${(m.t + H - m.b) / 2})` },
      'absolute error',
    ),
  );
  return g;
}

/** One error curve: a path through its positive values (broken where there is none) and a dot per step. */
function series(e: ErrorVsStep, { x, y }: Frame, vals: (number | null)[], cls: string, role: string): SVGElement {
  let d = '';
  let pen = false;
  const g = s('g', { class: cls, 'data-role': role });
  e.h.forEach((hh, i) => {
    const v = vals[i];
    if (v === null || !(v > 0)) {
      pen = false;
      return;
    }
    d += `${pen ? 'L' : 'M'}${x(hh).toFixed(1)},${y(v).toFixed(1)}`;
    pen = true;
    g.append(s('circle', { cx: x(hh).toFixed(1), cy: y(v).toFixed(1), r: 2.5 }));
  });
  g.prepend(s('path', { d }));
  return g;
}

/** Reference slopes O(h) and O(h²) through the error at the largest step (the truncation regime), the round-off line and the floor. */
function references(e: ErrorVsStep, { W, m, x, y }: Frame): SVGElement[] {
  const out: SVGElement[] = [];
  const hMin = Math.min(...e.h);
  const hMax = Math.max(...e.h);
  const ref = (vals: (number | null)[], order: number, cls: string, role: string) => {
    const v = vals[e.h.indexOf(hMax)];
    if (v === null || !(v > 0)) return;
    const v0 = v * (hMin / hMax) ** order;
    out.push(s('line', { class: `ref ${cls}`, 'data-role': role, x1: x(hMax), y1: y(v), x2: x(hMin), y2: y(Math.max(v0, 1e-300)) }));
  };
  ref(e.forward, 1, 'ref-forward', 'ref-h');
  ref(e.central, 2, 'ref-central', 'ref-h2');
  // Round-off: ε·|f|/h, the line the curves climb along at small h.
  if (e.roundOff !== null && e.roundOff > 0) {
    const r0 = e.roundOff / hMin;
    const r1 = e.roundOff / hMax;
    out.push(
      s('line', {
        class: 'ref ref-roundoff',
        'data-role': 'ref-roundoff',
        x1: x(hMin),
        y1: y(r0),
        x2: x(hMax),
        y2: y(Math.max(r1, 1e-300)),
      }),
    );
  }
  if (e.floor !== null && e.floor > 0) {
    out.push(s('line', { class: 'floor', 'data-role': 'floor', x1: m.l, x2: W - m.r, y1: y(e.floor), y2: y(e.floor) }));
  }
  return out;
}

/** What each line is, with the measured slopes and the chosen step. */
function legend(e: ErrorVsStep, { W, m }: Frame): SVGElement {
  const g = s('g', { class: 'legend', transform: `translate(${W - m.r + 10},${m.t + 6})` });
  const items: [string, string][] = [
    ['series forward', `forward${e.slopeForward !== null ? ` (slope ${e.slopeForward.toFixed(2)})` : ''}`],
    ['series central', `central${e.slopeCentral !== null ? ` (slope ${e.slopeCentral.toFixed(2)})` : ''}`],
    ['ref ref-forward', 'O(h)'],
    ['ref ref-central', 'O(h²)'],
    ...(e.roundOff !== null && e.roundOff > 0 ? [['ref ref-roundoff', 'round-off ε·|f|/h'] as [string, string]] : []),
    ['floor', 'floor (smallest error)'],
    ['chosen', `chosen h = ${formatError(e.chosenH)}`],
  ];
  items.forEach(([cls, label], i) => {
    const yy = i * 18;
    g.append(s('line', { class: cls, x1: 0, x2: 16, y1: yy, y2: yy }), s('text', { class: 'tick', x: 20, y: yy + 4 }, label));
  });
  return g;
}
