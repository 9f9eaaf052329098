// `diff --batch` framing: one record per '\n'-ended line. A bare '\r' inside a record is JSON
// whitespace, a UTF-8 byte-order mark may open the stream, a '\r\n' ending is fine.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as path from 'path';
import { jsonLines, MAX_LINE } from '../../../src/cli/jsonLines';

const root = path.resolve(__dirname, '../../../..');
const cli = path.join(root, 'dist', 'cli.js');

function batch(input: Buffer | string): Record<string, unknown>[] {
  const r = spawnSync(process.execPath, [cli, 'diff', '--batch'], { cwd: root, input, encoding: 'utf8', maxBuffer: 64 << 20 });
  assert.strictEqual(r.status, 0, r.stderr);
  return r.stdout
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
}

async function collect(chunks: string[]): Promise<string[]> {
  const out: string[] = [];
  for await (const l of jsonLines(chunks)) out.push(l);
  return out;
}

describe('diff --batch framing', function () {
  this.timeout(60_000);

  it('a bare carriage return inside a record is whitespace, not a line break', () => {
    const out = batch('{"id": 1, "expr":\r"x^2"\r}\n{"id": 2,\r\r"expr": "y"}\n');
    assert.deepStrictEqual(
      out.map((o) => o.id),
      [1, 2],
    );
    assert.deepStrictEqual(out[0].partials, { x: '2 * x' });
    assert.ok(
      out.every((o) => !('error' in o)),
      JSON.stringify(out),
    );
  });

  it('a UTF-8 byte-order mark before the first record is dropped; CRLF endings work', () => {
    const out = batch(
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"id": 1, "expr": "x"}\r\n{"id": 2, "expr": "2*y"}\r\n')]),
    );
    assert.deepStrictEqual(out, [
      { id: 1, expr: 'x', variables: ['x'], partials: { x: '1' } },
      { id: 2, expr: '2 * y', variables: ['y'], partials: { y: '2' } },
    ]);
  });

  it('lines split across chunks, a CRLF split between chunks, a last line without newline', async () => {
    assert.deepStrictEqual(await collect(['\ufeff{"a"', ':1}\r', '\n{"b":\r2}\n', '{"c":3}']), ['{"a":1}', '{"b":\r2}', '{"c":3}']);
  });

  it('an endless line is cut and answered as too long, the next line still answered', async () => {
    const long = 'x'.repeat(MAX_LINE + 10);
    const lines = await collect([long.slice(0, 600_000), long.slice(600_000), '\n{"id":2,"expr":"x"}\n']);
    assert.strictEqual(lines.length, 2);
    assert.ok(lines[0].length <= MAX_LINE + 1);
    const out = batch(`${'{"id":1,"expr":"' + 'x+'.repeat(MAX_LINE / 2) + 'x"}'}\n{"id":2,"expr":"x"}\n`);
    assert.match(String(out[0].error), /line too long \(more than 1000000 characters\)/);
    assert.strictEqual(out[1].id, 2);
  });
});
