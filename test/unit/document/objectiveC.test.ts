// `.m` files: MATLAB/Octave unless they show Objective-C's own syntax (VS Code opens every `.m`
// file as Objective-C when no MATLAB extension is installed; the extension then reads it as MATLAB).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { findMathAt, looksLikeObjectiveC } from '../../../src/core/document';

const spring = fs.readFileSync(path.join(__dirname, '../../../../examples/matlab/spring.m'), 'utf8');

describe('document: .m files, MATLAB or Objective-C', () => {
  it('reads the MATLAB example as MATLAB, and finds its math', () => {
    assert.strictEqual(looksLikeObjectiveC(spring), false);
    const at = findMathAt(spring, 'matlab', spring.indexOf('0.5*k*x.^2') + 6);
    assert.ok(at && at.text.startsWith('0.5*k*x.^2'), `found ${at?.text}`);
  });

  it('recognizes Objective-C by its imports, interfaces and implementations', () => {
    assert.strictEqual(looksLikeObjectiveC('#import <Foundation/Foundation.h>\nint main() { return 0; }\n'), true);
    assert.strictEqual(looksLikeObjectiveC('// a shape\n@interface Circle : NSObject\n@property double r;\n@end\n'), true);
    assert.strictEqual(looksLikeObjectiveC('@implementation Circle\n- (double)area { return M_PI * self.r * self.r; }\n@end\n'), true);
  });

  it('MATLAB with % comments, function blocks, @(x) handles and struct fields is not Objective-C', () => {
    const m = 'function y = f(x)\n  % the energy\n  y = 0.5 * x.^2;\nend\ng = @(t) exp(-t) .* sin(t);\ns.end_time = 3;\n';
    assert.strictEqual(looksLikeObjectiveC(m), false);
  });
});
