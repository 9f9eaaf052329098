// The hover as a Markdown string: what was recognised, the partials, the totals through the
// followed assignments, a Jacobian for tuple outputs, notes, the plot and command links.
// No KaTeX: code blocks in the source language and plain text.
import type { Lang } from '../types';
import { codeBlock, escapeMd, fold } from './fold';
import type { DerivativeLine, HoverLinks, HoverModel } from './model';

export interface RenderOptions {
  /** Show at most this many partials / totals; say how many more. */
  maxVariables: number;
  /** Fold a derivative longer than this many characters. Default 400. */
  maxChars?: number;
  showTotals: boolean;
  links?: HoverLinks;
}

export interface RenderedHover {
  markdown: string;
  /** Everything the Copy link copies: the derivatives in the source language, unfolded. */
  copyText: string;
}

/** Longest text a Copy link carries. */
export const MAX_COPY_CHARS = 100_000;

/** VS Code Markdown code-block language ids. */
const FENCE: Record<Lang, string> = {
  math: 'text',
  python: 'python',
  javascript: 'javascript',
  typescript: 'typescript',
  c: 'c',
  cpp: 'cpp',
  julia: 'julia',
  matlab: 'matlab',
  r: 'r',
  latex: 'latex',
  markdown: 'latex',
};

/** A number short enough for a hover. */
export function formatNumber(v: number | undefined): string {
  if (v === undefined || Number.isNaN(v)) return 'NaN';
  if (!Number.isFinite(v)) return v > 0 ? '∞' : '-∞';
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a >= 1e6 || a < 1e-4) return v.toExponential(4).replace(/\.?0+e/, 'e');
  return String(Number(v.toPrecision(6)));
}

function comment(lang: Lang): string {
  return lang === 'python' || lang === 'r' || lang === 'julia'
    ? '#'
    : lang === 'matlab' || lang === 'latex' || lang === 'markdown'
      ? '%'
      : lang === 'math'
        ? ''
        : '//';
}

function derivBlock(lines: DerivativeLine[], lang: Lang, max: number, maxChars: number, defs: string[] = []): { md: string; copy: string } {
  const shown = lines.slice(0, max);
  const c = comment(lang);
  const body: string[] = [];
  const copy: string[] = [...defs];
  for (const d of defs) body.push(fold(d, maxChars).text);
  for (const l of shown) {
    const f = fold(l.text, maxChars);
    const val = l.value !== undefined ? `   ${c ? c + ' ' : ''}= ${formatNumber(l.value)}` : '';
    body.push(`${l.label} = ${f.text}${f.folded ? '' : val}`);
  }
  for (const l of lines) copy.push(`${l.label} = ${l.text}`);
  let md = codeBlock(FENCE[lang], body.join('\n'));
  if (lines.length > shown.length)
    md += `\n\n_…and ${lines.length - shown.length} more (${lines
      .slice(max)
      .map((l) => l.variable)
      .join(', ')}); Copy has them all._`;
  return { md, copy: copy.join('\n') };
}

/** `Shapes: X (n, d) from the docstring, line 4 · w (d,) · output scalar` */
function arrayShapes(a: NonNullable<HoverModel['array']>): string {
  const shown = a.shapes.slice(0, 8).map((s) => `\`${s.name}\` ${s.shape}${s.from ? ` _(${s.from})_` : ''}`);
  const more = a.shapes.length > 8 ? ` · …and ${a.shapes.length - 8} more` : '';
  return `**Shapes**: ${shown.join(' · ')}${more} · output ${a.outputShape}`;
}

/** A URI safe inside a Markdown link: parentheses (which encodeURIComponent keeps) percent-encoded. */
export function linkTarget(uri: string): string {
  return uri.replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/ /g, '%20');
}

export function renderHover(m: HoverModel, o: RenderOptions): RenderedHover {
  const maxChars = o.maxChars ?? 400;
  const out: string[] = [];
  const copy: string[] = [];
  const where = m.kind === 'comment' ? 'comment' : m.kind === 'latex' ? 'math' : 'code';
  out.push(`**Derivative Inspector** · ${where}, line ${m.line}`);
  out.push(
    `Recognized: \`${fold(m.parsed, maxChars).text.replace(/`/g, "'")}\`` +
      (m.variables.length ? ` · variables: ${m.variables.map((v) => `\`${v}\``).join(', ')}` : ' · no variables'),
  );
  if (m.problem) {
    out.push(`⚠ ${escapeMd(m.problem)}`);
  } else {
    if (m.jacobian) {
      const { outputs, variables, cells } = m.jacobian;
      const vs = variables.slice(0, o.maxVariables);
      const rows = outputs.map(
        (out_, i) =>
          `| \`${out_}\` | ${vs.map((_, j) => `\`${fold(cells[i][j], 80).text.replace(/[`|]/g, (ch) => (ch === '|' ? '\\|' : "'"))}\``).join(' | ')} |`,
      );
      out.push(
        `**Jacobian** (rows: outputs, columns: ∂/∂${vs.join(', ∂/∂')})\n\n| | ${vs.map((v) => `∂/∂${v}`).join(' | ')} |\n|---|${vs.map(() => '---').join('|')}|\n${rows.join('\n')}`,
      );
      if (variables.length > vs.length) out.push(`_…and ${variables.length - vs.length} more variables._`);
      copy.push(...outputs.flatMap((out_, i) => variables.map((v, j) => `∂${out_}/∂${v} = ${cells[i][j]}`)));
    }
    if (m.array) out.push(arrayShapes(m.array));
    if (m.array?.backward) {
      const b = derivBlock(m.array.backward.lines, m.printLang, o.maxVariables, maxChars);
      out.push(`**Backward pass** with the upstream gradient \`${m.array.backward.upstream}\` (shaped like \`${m.target}\`)\n\n${b.md}`);
      copy.push(b.copy);
    }
    if (m.partials.length) {
      const b = derivBlock(m.partials, m.printLang, o.maxVariables, maxChars, m.partialDefinitions);
      out.push(
        `**${m.array ? 'Gradients** (arrays, shaped like their variables)' : 'Partial derivatives** (each name independent)'}\n\n${b.md}`,
      );
      copy.push(b.copy);
    }
    if (o.showTotals && m.totals && m.totals.lines.length) {
      const b = derivBlock(m.totals.lines, m.printLang, o.maxVariables, maxChars, m.totals.definitions);
      const fw = m.totals.followed ?? [];
      const through = fw.length
        ? ` through ${fw
            .slice(0, 6)
            .map((f) => `\`${fold(f, 80).text.replace(/`/g, "'")}\``)
            .join(', ')}${fw.length > 6 ? ` and ${fw.length - 6} more` : ''}`
        : ' (through the assignments above)';
      out.push(
        `**Total derivatives** with respect to the inputs ${m.totals.variables.map((v) => `\`${v}\``).join(', ')}${through}\n\n${b.md}`,
      );
      copy.push(b.copy);
    }
    const pt = Object.entries(m.point);
    if (pt.length)
      out.push(
        `Values at ${pt
          .slice(0, 12)
          .map(([k, v]) => `${k} = ${formatNumber(v)}`)
          .join(', ')}${pt.length > 12 ? ', …' : ''}.`,
      );
    const cs = Object.entries(m.constants ?? {});
    if (cs.length)
      out.push(
        `Constants (assigned above): ${cs
          .slice(0, 12)
          .map(([k, v]) => `${k} = ${formatNumber(v)}`)
          .join(', ')}.`,
      );
  }
  if (m.notes.length)
    out.push(
      m.notes
        .slice(0, 6)
        .map((n) => `- ${n}`)
        .join('\n') + (m.notes.length > 6 ? `\n- …and ${m.notes.length - 6} more notes` : ''),
    );
  const copyText = copy.filter(Boolean).join('\n');
  const links: string[] = [];
  if (o.links?.checkGradient) links.push(`[Check Gradient](${linkTarget(o.links.checkGradient)} "Compare with finite differences")`);
  if (o.links?.openPlot) links.push(`[Open Plot](${linkTarget(o.links.openPlot)} "Plot in a panel")`);
  if (o.links?.copyDerivativeCommand && copyText) {
    // the text travels inside the link: a derivative of megabytes would make the hover itself huge
    const text = copyText.length > MAX_COPY_CHARS ? copyText.slice(0, MAX_COPY_CHARS) : copyText;
    const title = copyText.length > MAX_COPY_CHARS ? `Copy the first ${MAX_COPY_CHARS} characters` : 'Copy the derivatives';
    links.push(`[Copy](${linkTarget(`${o.links.copyDerivativeCommand}?${encodeURIComponent(JSON.stringify([{ text }]))}`)} "${title}")`);
  }
  if (links.length) out.push(links.join(' · '));
  // the plot last: links stay visible without scrolling the hover
  if (m.plot) out.push(`![tangent plot](${m.plot})`);
  return { markdown: out.join('\n\n'), copyText };
}
