// The report page may only reveal lines of the document its report was made for.
import * as assert from 'assert';
import { parseFromWebview } from '../../../src/protocol/messages';
import { revealable } from '../../../src/extension/panel/reveal';

const scope = { uri: 'file:///work/examples/gradcheck.py', lineCount: 20 };

/** A message as the page posts it, through the protocol's validation, then the reveal check. */
function ask(message: unknown) {
  const parsed = parseFromWebview(message);
  if (!parsed.ok) return { refused: parsed.error };
  assert.strictEqual(parsed.message.type, 'reveal');
  const m = parsed.message as { uri: string; line: number };
  return revealable(scope, m.uri, m.line);
}

describe('report panel: what a page may reveal', () => {
  it("a line of the report's own document", () => {
    assert.deepStrictEqual(ask({ type: 'reveal', uri: scope.uri, line: 7 }), { line: 7 });
    assert.deepStrictEqual(ask({ type: 'reveal', uri: scope.uri, line: 0 }), { line: 0 });
    assert.deepStrictEqual(ask({ type: 'reveal', uri: scope.uri, line: 19 }), { line: 19 });
  });

  for (const uri of [
    'file:///etc/passwd',
    'command:workbench.action.terminal.new',
    'file:///work/examples/gradcheck.py/../../../etc/passwd',
    'FILE:///work/examples/gradcheck.py',
    'untitled:Untitled-1',
    'https://example.com/x.py',
    '',
  ]) {
    it(`refuses another resource: ${JSON.stringify(uri)}`, () => {
      const r = ask({ type: 'reveal', uri, line: 1 });
      assert.ok('refused' in r, JSON.stringify(r));
    });
  }

  for (const line of [20, 1e300, 2 ** 53, -1, 0.5, NaN, Infinity]) {
    it(`refuses line ${line} outside the document`, () => {
      const r = ask({ type: 'reveal', uri: scope.uri, line });
      assert.ok('refused' in r, JSON.stringify(r));
    });
  }

  it('refuses everything when the report has no document (a typed expression)', () => {
    assert.ok('refused' in revealable(undefined, scope.uri, 1));
  });
});
