// The HTML shell of every webview page, with its strict Content Security Policy. Pure (no
// 'vscode' import) so that the page test in Chromium serves exactly what the extension serves.
import type { ViewKind } from '../../protocol/messages';

export interface PageOptions {
  view: ViewKind;
  /** `webview.cspSource`: the origin the webview loads local resources from. */
  cspSource: string;
  nonce: string;
  /** URIs (as strings) of the page script, its stylesheet and the on-demand Plotly bundle. */
  scriptUri: string;
  styleUri: string;
  plotlyUri?: string;
  title: string;
}

/** The CSP: no eval, no inline script; styles only from our files or elements carrying the nonce. */
export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    `default-src 'none'`,
    `script-src 'nonce-${nonce}'`,
    `style-src ${cspSource} 'nonce-${nonce}'`,
    `img-src ${cspSource} data:`,
    `font-src ${cspSource}`,
  ].join('; ');
}

/** A fresh nonce for each page load (32 characters from a CSPRNG when available). */
export function makeNonce(random: (n: number) => Uint8Array = defaultRandom): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  return Array.from(random(32), (b) => chars[b % chars.length]).join('');
}

function defaultRandom(n: number): Uint8Array {
  const out = new Uint8Array(n);
  globalThis.crypto.getRandomValues(out);
  return out;
}

const escapeAttr = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function pageHtml(o: PageOptions): string {
  const plotly = o.plotlyUri ? ` data-plotly="${escapeAttr(o.plotlyUri)}"` : '';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttr(contentSecurityPolicy(o.cspSource, o.nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeAttr(o.styleUri)}">
<style id="plotly.js-style-global" nonce="${o.nonce}"></style>
<title>${escapeAttr(o.title)}</title>
</head>
<body data-view="${o.view}"${plotly}>
<div id="app"></div>
<script nonce="${o.nonce}" src="${escapeAttr(o.scriptUri)}"></script>
</body>
</html>`;
}
