// The Check Gradient report: the expression, the point, a table per variable (symbolic value,
// central and Richardson differences, errors, verdict), the overall verdict, notes, hand-written
// derivatives with links to wrong lines, adjustable tolerances and the error-vs-step plot.
import type { GradientReport, HandwrittenCheck, PairsReport } from '../../src/core/report/types';
import { h } from '../lib/dom';
import { formatError, formatValue } from '../lib/format';
import { tex } from '../lib/math';
import { post } from '../lib/vscodeApi';
import { errorPlot } from './errorPlot';
import { pairsSection, pairsSummary } from './pairsView';

function verdict(ok: boolean): HTMLElement {
  return h('span', { class: `verdict ${ok ? 'pass' : 'fail'}` }, ok ? '✓ pass' : '✗ FAIL');
}

function pointText(point: Record<string, number>): string {
  return Object.entries(point)
    .map(([k, v]) => `${k} = ${formatValue(v)}`)
    .join(', ');
}

export function reportView(r: GradientReport): HTMLElement {
  const root = h('main', { class: 'report', 'aria-label': 'Gradient check report' });
  const passed = r.components.filter((c) => c.ok).length;
  const handBad = r.handwritten.filter((c) => !c.ok).length;
  root.append(
    h(
      'header',
      { class: 'report-head' },
      h('h1', {}, 'Check Gradient'),
      h(
        'div',
        { class: 'overall', role: 'status', 'data-role': 'overall' },
        verdict(r.ok),
        ` ${passed} of ${r.components.length} partial derivatives agree with finite differences` +
          (r.handwritten.length
            ? `; ${handBad ? `${handBad} hand-written derivative${handBad > 1 ? 's are' : ' is'} wrong` : 'hand-written derivatives agree'}`
            : ''),
      ),
    ),
    h(
      'section',
      { class: 'expression' },
      tex(`f = ${r.latex}`, true),
      h('div', { class: 'source' }, h('code', {}, r.source)),
      h('div', { class: 'at' }, `at ${pointText(r.point)}`, r.value !== null ? `, f = ${formatValue(r.value)}` : ''),
    ),
    tolerances(
      r.rtol,
      r.atol,
      `A component passes when |analytic − numeric| ≤ atol + rtol·max(|analytic|, |numeric|) + 10·(the ${r.method} difference's own error estimate + round-off ε·|f|/h).`,
    ),
    componentTable(r),
  );
  if (r.notes.length) {
    root.append(
      h(
        'section',
        { class: 'notes', 'aria-label': 'Notes' },
        h('h2', {}, 'Notes'),
        h('ul', {}, ...r.notes.map((n) => h('li', { class: `note ${n.kind}` }, h('strong', {}, `${n.kind}: `), n.message))),
      ),
    );
  }
  if (r.handwritten.length) root.append(handwrittenSection(r));
  if (r.pairs) root.append(pairsSection(r.pairs));
  if (r.errorVsStep) {
    const e = r.errorVsStep;
    root.append(
      h(
        'section',
        { class: 'error-vs-step' },
        h('h2', {}, `Error vs step size (∂f/∂${e.variable})`),
        h(
          'p',
          { class: 'hint' },
          'Forward differences lose accuracy as O(h), central as O(h²), until round-off (≈ ε/h) takes over at small h.',
        ),
        errorPlot(e),
      ),
    );
  }
  return root;
}

/** The report of a file's objective/gradient pairs alone (Check Paired Gradients, a CodeLens). */
export function pairsReportView(r: PairsReport): HTMLElement {
  return h(
    'main',
    { class: 'report', 'aria-label': 'Paired gradients report' },
    h(
      'header',
      { class: 'report-head' },
      h('h1', {}, 'Check Gradient'),
      h('div', { class: 'overall', role: 'status', 'data-role': 'overall' }, verdict(r.ok), ` ${pairsSummary(r)}`),
    ),
    tolerances(
      r.rtol,
      r.atol,
      'A hand-written component passes when it is within atol + rtol·max(|hand-written|, |derivative|) of the derivative at every point.',
    ),
    pairsSection(r, { summary: false }),
  );
}

function tolerances(rtol: number, atol: number, hint: string): HTMLElement {
  const field = (name: 'rtol' | 'atol', value: number, label: string) => {
    const input = h('input', {
      type: 'number',
      id: `tol-${name}`,
      min: 0,
      step: 'any',
      value: String(value),
      class: 'tol',
    }) as HTMLInputElement;
    return { input, el: h('label', { for: `tol-${name}` }, `${label} `, input) };
  };
  const rt = field('rtol', rtol, 'rtol');
  const at = field('atol', atol, 'atol');
  const error = h('span', { class: 'tol-error', role: 'alert' });
  const apply = () => {
    const rtol = Number(rt.input.value);
    const atol = Number(at.input.value);
    if (!(rtol >= 0 && Number.isFinite(rtol)) || !(atol >= 0 && Number.isFinite(atol))) {
      error.textContent = 'Tolerances must be numbers ≥ 0';
      return;
    }
    error.textContent = '';
    post({ type: 'setTolerances', rtol, atol });
  };
  rt.input.addEventListener('change', apply);
  at.input.addEventListener('change', apply);
  return h(
    'section',
    { class: 'tolerances', 'aria-label': 'Tolerances' },
    h('span', { class: 'hint' }, hint),
    h('div', { class: 'tol-fields' }, rt.el, at.el, error),
  );
}

function componentTable(r: GradientReport): HTMLElement {
  const th = (text: string) => h('th', { scope: 'col' }, text);
  const table = h(
    'table',
    { class: 'components', 'data-role': 'components' },
    h('caption', {}, 'Partial derivatives: symbolic against finite differences'),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        // The columns that decide the verdict come first, so a narrow panel beside the editor shows them.
        th('variable'),
        th('analytic (symbolic)'),
        th('Richardson'),
        th('verdict'),
        th('relative error'),
        th('absolute error'),
        th('central difference'),
      ),
    ),
  );
  const body = h('tbody');
  for (const c of r.components) {
    const row = h(
      'tr',
      { class: c.ok ? 'pass' : 'fail', 'data-variable': c.variable },
      h('th', { scope: 'row' }, tex(`\\frac{\\partial f}{\\partial ${latexName(c.variable)}}`)),
      h('td', { class: 'num' }, formatValue(c.analytic)),
      h('td', { class: 'num' }, formatValue(c.numeric)),
      h('td', {}, verdict(c.ok), c.note ? h('div', { class: 'cell-note' }, c.note) : null),
      h('td', { class: 'num' }, formatError(c.relError)),
      h('td', { class: 'num' }, formatError(c.absError)),
      h('td', { class: 'num' }, formatValue(c.numericCentral)),
    );
    body.append(row);
  }
  table.append(body);
  return h('section', { class: 'table-wrap' }, table);
}

function handwrittenSection(r: GradientReport): HTMLElement {
  const sec = h('section', { class: 'handwritten', 'aria-label': 'Hand-written derivatives' }, h('h2', {}, 'Hand-written derivatives'));
  for (const hw of r.handwritten) sec.append(handwrittenTable(r, hw));
  return sec;
}

function lineLink(r: GradientReport, line: number, text: string): HTMLElement {
  if (!r.location) return h('span', {}, text);
  const uri = r.location.uri;
  const a = h('a', { href: '#', class: 'line-link', 'data-line': line }, text);
  a.addEventListener('click', (ev) => {
    ev.preventDefault();
    post({ type: 'reveal', uri, line });
  });
  return a;
}

function handwrittenTable(r: GradientReport, hw: HandwrittenCheck): HTMLElement {
  const head = h('h3', {}, h('code', {}, hw.name), ' ', lineLink(r, hw.line, `line ${hw.line + 1}`), ' ', verdict(hw.ok));
  if (hw.error) return h('div', { class: 'hw' }, head, h('p', { class: 'hw-error' }, hw.error));
  const th = (text: string) => h('th', { scope: 'col' }, text);
  const table = h(
    'table',
    { class: 'hw-table', 'data-role': 'handwritten' },
    h('caption', {}, `${hw.name} against the symbolic derivative`),
    h(
      'thead',
      {},
      h('tr', {}, th('component'), th('value'), th('expected'), th('verdict'), th('relative error'), th('line'), th('hand-written')),
    ),
  );
  const body = h('tbody');
  for (const c of hw.components) {
    body.append(
      h(
        'tr',
        { class: c.ok ? 'pass' : 'fail' },
        h('th', { scope: 'row' }, `∂f/∂${c.variable}`),
        h('td', { class: 'num' }, formatValue(c.value)),
        h('td', { class: 'num' }, formatValue(c.expected)),
        h('td', {}, verdict(c.ok)),
        h('td', { class: 'num' }, formatError(c.relError)),
        h('td', {}, lineLink(r, c.line, `line ${c.line + 1}`)),
        h('td', {}, h('code', {}, c.text)),
      ),
    );
  }
  table.append(body);
  return h('div', { class: 'hw' }, head, table);
}

/** Variable names as LaTeX: `x1` → `x_{1}`, `w_out` → `w_{out}`, Greek names kept as words. */
export function latexName(v: string): string {
  const m = /^([A-Za-z]+)_?(\d+)$/.exec(v) ?? /^([A-Za-z]+)_([A-Za-z0-9]+)$/.exec(v);
  const esc = (t: string) => (t.length > 1 ? `\\mathrm{${t}}` : t);
  return m ? `${esc(m[1])}_{${m[2]}}` : esc(v.replace(/_/g, '\\_'));
}
