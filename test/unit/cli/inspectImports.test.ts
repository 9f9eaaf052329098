// `inspect FILE` on a line calling a function imported from a file beside it: the CLI reads that
// file from disk (text only) and differentiates through it; a missing one is an error naming it.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { cli, tempFiles } from './inproc';

describe('inspect: functions imported from files beside the input', () => {
  const file = tempFiles('di-imports-');
  const main = file('exp.js', 'import {tpmt} from "./math.js";\n\nexport function expIn(t) {\n  return tpmt(1 - +t);\n}\n');

  it('reads ./math.js beside the input and gives the derivative through tpmt', async () => {
    file('math.js', 'export function tpmt(x) {\n  return (Math.pow(2, -10 * x) - 0.0009765625) * 1.0009775171065494;\n}\n');
    const r = await cli(['inspect', main, '--line', '4', '--column', '10', '--at', 't=0.3', '--json']);
    assert.strictEqual(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    // d/dt 1.0009775171065494 (2^(-10 (1 - t)) - c) = 1.0009775171065494 · 10 ln 2 · 2^(-7) at t = 0.3
    assert.ok(Math.abs(out.values.t - 1.0009775171065494 * 10 * Math.LN2 * 2 ** -7) < 1e-12, JSON.stringify(out.values));
    assert.ok(out.notes.includes('`tpmt` is read from math.js.'), JSON.stringify(out.notes));
  });

  it('without the file: an error naming the function, the import and the file', async () => {
    fs.rmSync(path.join(path.dirname(main), 'math.js'), { force: true });
    const r = await cli(['inspect', main, '--line', '4', '--column', '10']);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /^inspect: `tpmt` is imported from '\.\/math\.js' \(math\.js could not be read\)\./);
  });
});
