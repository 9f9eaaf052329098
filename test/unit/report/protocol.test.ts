import * as assert from 'assert';
import { parseFromWebview, parseToWebview } from '../../../src/protocol/messages';
import { contentSecurityPolicy, makeNonce, pageHtml } from '../../../src/extension/panel/html';

describe('panel protocol', () => {
  it('accepts well-formed messages from the webview', () => {
    assert.deepStrictEqual(parseFromWebview({ type: 'reveal', uri: 'file:///a.py', line: 3 }), {
      ok: true,
      message: { type: 'reveal', uri: 'file:///a.py', line: 3 },
    });
    assert.ok(parseFromWebview({ type: 'setTolerances', rtol: 1e-6, atol: 0 }).ok);
    assert.ok(parseFromWebview({ type: 'ready' }).ok);
  });

  it('rejects malformed messages, naming the bad field', () => {
    const bad: [unknown, RegExp][] = [
      [null, /message should be an object/],
      [{ type: 'explode' }, /message.type should be one of/],
      [{ type: 'reveal', uri: 'x', line: -1 }, /message.line should be ≥ 0/],
      [{ type: 'reveal', uri: 'x', line: 1.5 }, /message.line should be an integer/],
      [{ type: 'setTolerances', rtol: 'big', atol: 0 }, /message.rtol should be a finite number/],
      [{ type: 'setTolerances', rtol: 1e-5, atol: -1 }, /message.atol should be ≥ 0/],
    ];
    for (const [m, re] of bad) {
      const r = parseFromWebview(m);
      assert.ok(!r.ok && re.test(r.error), `${JSON.stringify(m)} → ${JSON.stringify(r)}`);
    }
  });

  it('validates reports deeply: a NaN smuggled into a table cell is rejected', () => {
    const report = {
      source: 'x*y',
      expression: 'x * y',
      latex: 'x y',
      variables: ['x'],
      point: { x: 1 },
      value: 1,
      partialsLatex: { x: 'y' },
      rtol: 1e-5,
      atol: 1e-8,
      method: 'richardson',
      ok: true,
      notes: [],
      handwritten: [],
      errorVsStep: null,
      components: [{ variable: 'x', analytic: 1, numericCentral: 1, numeric: 1, absError: 0, relError: 0, ok: true }],
    };
    assert.ok(parseToWebview({ type: 'report', report }).ok);
    const broken = { ...report, components: [{ ...report.components[0], analytic: NaN }] };
    const r = parseToWebview({ type: 'report', report: broken });
    assert.ok(!r.ok && /components\[0\]\.analytic should be a finite number/.test(r.error));
    assert.ok(!parseToWebview({ type: 'sidebar', state: { line: 'two' } }).ok);
  });

  it('builds a page with a strict CSP: nonce scripts only, no eval, no inline styles without the nonce', () => {
    const nonce = makeNonce();
    assert.match(nonce, /^[A-Za-z0-9]{32}$/);
    const csp = contentSecurityPolicy('https://x.vscode-cdn.net', nonce);
    assert.strictEqual(
      csp,
      `default-src 'none'; script-src 'nonce-${nonce}'; style-src https://x.vscode-cdn.net 'nonce-${nonce}'; img-src https://x.vscode-cdn.net data:; font-src https://x.vscode-cdn.net`,
    );
    const html = pageHtml({
      view: 'report',
      cspSource: 'https://x',
      nonce,
      scriptUri: 'https://x/p.js',
      styleUri: 'https://x/p.css',
      title: 'T',
    });
    assert.ok(html.includes(`<script nonce="${nonce}" src="https://x/p.js">`));
    assert.ok(!/unsafe-(eval|inline)/.test(html));
  });
});
