// The objective/gradient pairs of a file in the Check Gradient report: for each pair the objective,
// the gradient, how they were paired, the points, and per component the hand-written value against
// the derivative, with links (through the host's validated `reveal` message) to the lines.
import type { PairResult } from '../../src/core/gradients/types';
import { formatParamPoint } from '../../src/core/report/pairs';
import type { PairsReport } from '../../src/core/report/types';
import { h } from '../lib/dom';
import { formatError, formatValue } from '../lib/format';
import { post } from '../lib/vscodeApi';

function verdict(ok: boolean): HTMLElement {
  return h('span', { class: `verdict ${ok ? 'pass' : 'fail'}` }, ok ? '✓ pass' : '✗ FAIL');
}

/** A link to a 1-based line of the file (the host's `reveal` takes 0-based lines). */
function lineLink(uri: string, line: number, text = `line ${line}`): HTMLElement {
  const a = h('a', { href: '#', class: 'line-link', 'data-line': line }, text);
  a.addEventListener('click', (ev) => {
    ev.preventDefault();
    post({ type: 'reveal', uri, line: Math.max(0, line - 1) });
  });
  return a;
}

/** One sentence for the whole file: how many pairs, how many wrong. */
export function pairsSummary(r: PairsReport): string {
  if (!r.pairs.length) return `No objective/gradient pairs found in ${r.file}`;
  const wrong = r.pairs.filter((p) => p.components.some((c) => !c.ok)).length;
  const unchecked = r.pairs.filter((p) => p.error && p.components.every((c) => c.ok)).length;
  const n = r.pairs.length;
  const problems = [wrong ? `${wrong} with a wrong component` : '', unchecked ? `${unchecked} not fully checked` : ''].filter(Boolean);
  const all = n > 1 ? 'all match their objectives' : 'it matches its objective';
  return `${n} paired gradient${n > 1 ? 's' : ''} in ${r.file}: ${problems.length ? problems.join(', ') : all}`;
}

/** The pairs section (inside a Check Gradient report, or the whole page for Check Paired Gradients). */
export function pairsSection(r: PairsReport, { summary = true } = {}): HTMLElement {
  const sec = h(
    'section',
    { class: 'pairs', 'aria-label': 'Paired gradients', 'data-role': 'pairs' },
    h('h2', {}, `Paired gradients in ${r.file}`),
    // (a page of pairs alone says it in its header already)
    summary ? h('p', { class: 'hint', 'data-role': 'pairs-summary' }, pairsSummary(r)) : null,
  );
  if (!r.pairs.length) {
    sec.append(
      h('p', { class: 'hint' }, 'Pair an objective with its gradient by hand with the command Derivative Inspector: Pair Gradient…'),
    );
  }
  // The pair the user asked about comes first.
  const order = r.pairs.map((_, k) => k);
  if (r.focus !== undefined && r.pairs[r.focus]) order.sort((a, b) => Number(b === r.focus) - Number(a === r.focus));
  for (const k of order) sec.append(pairView(r, r.pairs[k], k === r.focus));
  if (r.notes.length) {
    sec.append(
      h('h3', {}, 'What could not be read'),
      h(
        'ul',
        { class: 'pair-notes', 'data-role': 'pair-notes' },
        ...r.notes.map((n) => h('li', {}, lineLink(r.uri, n.line), ': ', n.message)),
      ),
    );
  }
  return sec;
}

function pairView(r: PairsReport, p: PairResult, focused: boolean): HTMLElement {
  const wrong = p.components.some((c) => !c.ok);
  const state = wrong || !p.error ? verdict(!wrong) : h('span', { class: 'verdict unchecked' }, '⚠ not checked');
  const head = h(
    'h3',
    {},
    state,
    ' ',
    h('code', {}, p.gradient.name),
    ' ',
    lineLink(r.uri, p.gradient.line),
    ' is the gradient of ',
    h('code', {}, p.objective.name),
    ' ',
    lineLink(r.uri, p.objective.line),
  );
  const el = h(
    'div',
    { class: `pair${focused ? ' focused' : ''}`, 'data-objective': p.objective.name, 'data-gradient': p.gradient.name },
    head,
    h('div', { class: 'pairing hint' }, `paired by ${p.pairing}`),
    p.points.length
      ? h(
          'div',
          { class: 'pair-points hint' },
          `checked at ${p.points.length} point${p.points.length > 1 ? 's' : ''}: `,
          ...p.points.slice(0, 4).flatMap((pt, i) => [i ? '; ' : '', h('code', {}, formatParamPoint(pt))]),
          p.points.length > 4 ? ` and ${p.points.length - 4} more` : '',
        )
      : null,
  );
  if (p.error) el.append(h('p', { class: 'hw-error', role: 'note' }, p.error));
  if (!p.components.length) return el;
  const th = (text: string) => h('th', { scope: 'col' }, text);
  const table = h(
    'table',
    { class: 'pair-table', 'data-role': 'pair-components' },
    h('caption', {}, `${p.gradient.name} against the derivative of ${p.objective.name}`),
    // The verdict and the line come first, so a narrow panel beside the editor shows them.
    h(
      'thead',
      {},
      h('tr', {}, th('component'), th('hand-written'), th('derivative'), th('verdict'), th('line'), th('relative error'), th('at')),
    ),
  );
  const body = h('tbody');
  p.components.forEach((c, k) => {
    const at = c.point !== undefined ? p.points[c.point] : undefined;
    body.append(
      h(
        'tr',
        { class: c.ok ? 'pass' : 'fail', 'data-variable': c.variable },
        h('th', { scope: 'row' }, `${k + 1}: ∂${p.objective.name}/∂${c.variable}`),
        h('td', { class: 'num' }, formatValue(c.handwritten)),
        h('td', { class: 'num' }, formatValue(c.expected)),
        h('td', {}, verdict(c.ok)),
        h('td', {}, lineLink(r.uri, c.line)),
        h('td', { class: 'num' }, formatError(c.relError)),
        h('td', { class: 'at' }, at ? formatParamPoint(at) : ''),
      ),
    );
  });
  table.append(body);
  el.append(h('div', { class: 'table-wrap' }, table));
  return el;
}
