import * as assert from 'assert';
import { codeConstants, formatPoint, parsePoint, prefillPoint } from '../../../src/core/report/point';
import { InputError } from '../../../src/core/types';

describe('report: the point of a check', () => {
  it('parses named and positional values, constants included', () => {
    assert.deepStrictEqual({ ...parsePoint('x = 1.5, y = -2', ['x', 'y']) }, { x: 1.5, y: -2 });
    assert.deepStrictEqual({ ...parsePoint('1e-3; 2', ['a', 'b']) }, { a: 1e-3, b: 2 });
    const p = parsePoint('t = pi/4', ['t']);
    assert.ok(Math.abs(p.t - Math.PI / 4) < 1e-15);
  });

  it('says what is wrong and where', () => {
    assert.throws(
      () => parsePoint('x = 1, z = 2', ['x', 'y']),
      (e: unknown) => e instanceof InputError && /unknown variable 'z' at column 7/.test(e.message) && e.column === 7,
    );
    assert.throws(() => parsePoint('x = 1', ['x', 'y']), /no value for y/);
    assert.throws(
      () => parsePoint('x = foo', ['x']),
      (e: unknown) => e instanceof InputError && /'foo' at column 5/.test(e.message),
    );
    assert.throws(() => parsePoint('1, 2, 3', ['x', 'y']), /expected 2 values \(x, y\), got 3/);
    assert.throws(() => parsePoint('x = 1/0', ['x']), /not a finite number/);
  });

  it('prefills remembered values, then constants from the code, then 0.5', () => {
    const consts = codeConstants('x = 2.0\nw = -0.25;\nconst b = 3\nz = x*y\nx = 7\n', 'x = 2.0\nw = -0.25;\nconst b = 3\n'.length);
    assert.deepStrictEqual({ ...consts }, { x: 2, w: -0.25, b: 3 });
    assert.deepStrictEqual({ ...prefillPoint(['x', 'w', 'y'], { w: 1 }, consts) }, { x: 2, w: 1, y: 0.5 });
    assert.strictEqual(formatPoint({ x: 2, y: 0.5 }), 'x = 2, y = 0.5');
  });
});
