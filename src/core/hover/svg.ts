// The hover's small plot: a function and its tangent line at a point, as an SVG string colored for
// the editor's theme. Pure string building: no DOM, so it runs in the extension host and the CLI.

export type Theme = 'light' | 'dark';

export interface TangentPlot {
  /** The function of one variable (other variables fixed); may return NaN/±Infinity. */
  f: (x: number) => number;
  x0: number;
  /** Slope at x0 (the derivative along the plotted variable). */
  slope: number;
  variable: string;
  theme: Theme;
  width?: number;
  height?: number;
}

const COLORS: Record<Theme, { fn: string; tangent: string; axis: string; text: string; point: string }> = {
  light: { fn: '#0b62c4', tangent: '#c4314b', axis: '#8a8a8a', text: '#3b3b3b', point: '#c4314b' },
  dark: { fn: '#4fc1ff', tangent: '#f48771', axis: '#858585', text: '#cccccc', point: '#f48771' },
};

const fmt = (v: number) => (Math.round(v * 100) / 100).toString();

/** An SVG (string) of f over x0 ± r with its tangent at x0, or null when f is not finite there. */
export function tangentSvg(p: TangentPlot): string | null {
  const W = p.width ?? 240;
  const H = p.height ?? 100;
  const pad = 6;
  const y0 = p.f(p.x0);
  if (!Number.isFinite(y0) || !Number.isFinite(p.slope)) return null;
  const r = Math.max(1, Math.abs(p.x0) * 0.75);
  const a = p.x0 - r;
  const b = p.x0 + r;
  const N = 96;
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = 0; i <= N; i++) {
    const x = a + ((b - a) * i) / N;
    let y: number;
    try {
      y = p.f(x);
    } catch {
      y = NaN;
    }
    xs.push(x);
    ys.push(y);
  }
  // y-range from the finite samples around the point, so one pole does not flatten the rest
  const finite = ys.filter(Number.isFinite).sort((u, v) => u - v);
  if (finite.length < 4) return null;
  let lo = finite[Math.floor(finite.length * 0.05)];
  let hi = finite[Math.ceil(finite.length * 0.95) - 1];
  lo = Math.min(lo, y0);
  hi = Math.max(hi, y0);
  if (hi - lo < 1e-9) {
    lo -= 1;
    hi += 1;
  }
  const m = (hi - lo) * 0.1;
  lo -= m;
  hi += m;
  const X = (x: number) => pad + ((x - a) / (b - a)) * (W - 2 * pad);
  const Y = (y: number) => H - pad - ((y - lo) / (hi - lo)) * (H - 2 * pad);
  const c = COLORS[p.theme];
  let path = '';
  let pen = false;
  for (let i = 0; i <= N; i++) {
    const y = ys[i];
    if (!Number.isFinite(y) || y < lo - (hi - lo) * 2 || y > hi + (hi - lo) * 2) {
      pen = false;
      continue;
    }
    path += `${pen ? 'L' : 'M'}${X(xs[i]).toFixed(1)} ${Y(y).toFixed(1)}`;
    pen = true;
  }
  const t = (x: number) => y0 + p.slope * (x - p.x0);
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">`,
    `<defs><clipPath id="c"><rect x="0" y="0" width="${W}" height="${H}"/></clipPath></defs>`,
    `<g clip-path="url(#c)" fill="none" stroke-linecap="round">`,
    lo < 0 && hi > 0
      ? `<line x1="${pad}" y1="${Y(0).toFixed(1)}" x2="${W - pad}" y2="${Y(0).toFixed(1)}" stroke="${c.axis}" stroke-width="0.6"/>`
      : '',
    a < 0 && b > 0
      ? `<line x1="${X(0).toFixed(1)}" y1="${pad}" x2="${X(0).toFixed(1)}" y2="${H - pad}" stroke="${c.axis}" stroke-width="0.6"/>`
      : '',
    `<path d="${path}" stroke="${c.fn}" stroke-width="1.8"/>`,
    `<line x1="${X(a).toFixed(1)}" y1="${Y(t(a)).toFixed(1)}" x2="${X(b).toFixed(1)}" y2="${Y(t(b)).toFixed(1)}" stroke="${c.tangent}" stroke-width="1.2" stroke-dasharray="4 3"/>`,
    `<circle cx="${X(p.x0).toFixed(1)}" cy="${Y(y0).toFixed(1)}" r="3" fill="${c.point}"/>`,
    `</g>`,
    `<text x="${W - pad}" y="${H - pad - 2}" font-family="sans-serif" font-size="10" fill="${c.text}" text-anchor="end">${escapeXml(p.variable)} = ${fmt(p.x0)}, slope ${fmt(p.slope)}</text>`,
    `</svg>`,
  ];
  return parts.join('');
}

/** The SVG as a `data:` URI for a Markdown image. */
export function svgDataUri(svg: string): string {
  return `data:image/svg+xml;base64,${base64(new TextEncoder().encode(svg))}`;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 of bytes, without Node's Buffer (src/core also runs in the webview). */
export function base64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i];
    const b = i + 1 < bytes.length ? bytes[i + 1] : 0;
    const c = i + 2 < bytes.length ? bytes[i + 2] : 0;
    const n = (a << 16) | (b << 8) | c;
    out +=
      B64[(n >> 18) & 63] +
      B64[(n >> 12) & 63] +
      (i + 1 < bytes.length ? B64[(n >> 6) & 63] : '=') +
      (i + 2 < bytes.length ? B64[n & 63] : '=');
  }
  return out;
}

function escapeXml(s: string): string {
  return s.replace(/[<>&"]/g, (ch) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[ch]!);
}
