// How the extension presents the engine's objective/gradient pairs (src/core/gradients): the
// CodeLens title above a gradient, the diagnostics of a file, the pairs section of the report.
// Pure, so the words users read are unit-tested without VS Code.
import type { ComponentResult, FileNote, PairResult, ParamPoint, ParamValue } from '../gradients/types';
import type { PairsReport } from './types';

/** A number as people write it in code: up to 6 significant digits (180, -1.2, 0.000123, 1.5e+08). */
export function shortNumber(v: number | null | undefined): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return 'not finite';
  return String(Number(v.toPrecision(6)));
}

export function formatParamValue(v: ParamValue): string {
  return Array.isArray(v) ? `[${v.map(formatParamValue).join(', ')}]` : shortNumber(v);
}

/** `x = [-1.2, 1], a = 2` */
export function formatParamPoint(p: ParamPoint): string {
  return Object.entries(p)
    .map(([k, v]) => `${k} = ${formatParamValue(v)}`)
    .join(', ');
}

/** The title of the CodeLens above a paired gradient. */
export function pairLensTitle(pair: PairResult): string {
  const wrong = pair.components.map((c, k) => ({ c, k })).filter(({ c }) => !c.ok);
  if (wrong.length === 1) return `✗ component ${wrong[0].k + 1} (${wrong[0].c.variable}) is wrong`;
  if (wrong.length > 1) {
    const shown = wrong
      .slice(0, 4)
      .map(({ c, k }) => `${k + 1} (${c.variable})`)
      .join(', ');
    return `✗ components ${shown}${wrong.length > 4 ? ` and ${wrong.length - 4} more` : ''} are wrong`;
  }
  if (pair.error) return `⚠ ${pair.gradient.name} not checked against ${pair.objective.name}: ${pair.error}`;
  if (!pair.components.length) return `⚠ ${pair.gradient.name}: no component to check against ${pair.objective.name}`;
  const n = pair.points.length;
  return `✓ matches ${pair.objective.name} at ${n} point${n === 1 ? '' : 's'}`;
}

/** The sentence of a wrong component's warning: the engine's own, else one built from its numbers. */
export function componentMessage(pair: PairResult, c: ComponentResult): string {
  if (c.message) return c.message;
  const at = c.point !== undefined && pair.points[c.point] ? ` at ${formatParamPoint(pair.points[c.point])}` : '';
  return `∂${pair.objective.name}/∂${c.variable} written here is ${shortNumber(c.handwritten)}, the derivative is ${shortNumber(c.expected)}${at}`;
}

export interface PairDiagnostic {
  /** 0-based line, as VS Code counts. */
  line: number;
  severity: 'warning' | 'information';
  message: string;
  /** 0-based line of the objective the component was compared with (related information). */
  objectiveLine?: number;
}

/**
 * The diagnostics of a file: a warning on the line of each wrong hand-written component, and an
 * information note (never a warning) on a gradient that could not be checked and on what the
 * pairing could not read (an optimizer call naming a function the file does not define), saying why.
 */
export function pairDiagnostics(result: { pairs: PairResult[]; notes: FileNote[] }): PairDiagnostic[] {
  const out: PairDiagnostic[] = result.notes.map((n) => ({
    line: Math.max(0, n.line - 1),
    severity: 'information' as const,
    message: n.message,
  }));
  for (const pair of result.pairs) {
    for (const c of pair.components) {
      if (c.ok) continue;
      out.push({
        line: Math.max(0, c.line - 1),
        severity: 'warning',
        message: componentMessage(pair, c),
        objectiveLine: pair.objective.line - 1,
      });
    }
    if (pair.error) {
      out.push({
        line: Math.max(0, pair.gradient.line - 1),
        severity: 'information',
        message: `${pair.gradient.name} (gradient of ${pair.objective.name}) could not be fully checked: ${pair.error}`,
        objectiveLine: pair.objective.line - 1,
      });
    }
  }
  return out;
}

/** The index of the pair a CodeLens or link names (by objective and gradient names), if any. */
export function findPair(pairs: PairResult[], objective?: string, gradient?: string): number | undefined {
  const k = pairs.findIndex(
    (p) => (objective === undefined || p.objective.name === objective) && (gradient === undefined || p.gradient.name === gradient),
  );
  return k >= 0 ? k : undefined;
}

/** The model of the report's pairs section. */
export function buildPairsReport(
  uri: string,
  file: string,
  result: { pairs: PairResult[]; notes: FileNote[] },
  opts: { rtol: number; atol: number; focus?: number },
): PairsReport {
  return {
    uri,
    file,
    pairs: result.pairs,
    notes: result.notes,
    rtol: opts.rtol,
    atol: opts.atol,
    ok: result.pairs.every((p) => p.ok),
    ...(opts.focus !== undefined ? { focus: opts.focus } : {}),
  };
}
