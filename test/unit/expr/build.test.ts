// Hash-consing, the cheap local rewrites, input errors and budgets.
import * as assert from 'assert';
import { FunctionNode, parse, ParenthesisNode, SymbolNode } from 'mathjs';
import type { MathNode } from 'mathjs';
import { BudgetError, InputError } from '../../../src/core/types';
import {
  clearCache,
  evaluate,
  freeVariables,
  fromMathNode,
  gradient,
  hessian,
  nodeCount,
  parseMath,
  print,
  printShared,
  sym,
  num,
  withBudget,
} from '../../../src/core/expr';

const p = (t: string) => print(parseMath(t));

describe('expr building', () => {
  it('hash-conses: the same structure is the same node, commuted sums and products too', () => {
    assert.strictEqual(parseMath('x * y + sin(x)'), parseMath('sin(x) + y * x'));
    assert.strictEqual(parseMath('(x + 1) ^ 2').id, parseMath('(1 + x) ^ 2').id);
    assert.notStrictEqual(parseMath('x - y'), parseMath('y - x'));
  });

  it('folds constants and applies 0/1 identities, like terms, powers, double negation', () => {
    assert.strictEqual(p('2 * 3 + 4'), '10');
    assert.strictEqual(p('x + x'), '2 * x');
    assert.strictEqual(p('x * x'), 'x ^ 2');
    assert.strictEqual(p('3 * x + 4 * x'), '7 * x');
    assert.strictEqual(p('x * y - y * x'), '0');
    assert.strictEqual(p('--x'), 'x');
    assert.strictEqual(p('x ^ 1'), 'x');
    assert.strictEqual(p('x ^ 0'), '1');
    assert.strictEqual(p('0 * sin(x) + 1 * y'), 'y');
    assert.strictEqual(p('x / x'), '1');
    assert.strictEqual(p('x ^ 2 * x ^ 3'), 'x ^ 5');
    assert.strictEqual(p('(x ^ 2) ^ 3'), 'x ^ 6');
    assert.strictEqual(p('exp(log(x))'), 'x');
    assert.strictEqual(p('sqrt(x) * sqrt(x)'), 'x');
    assert.strictEqual(p('e ^ x'), 'exp(x)');
    assert.strictEqual(p('exp(0) + cos(0) + log(1)'), '2');
  });

  it('prints subtraction, negation and division readably', () => {
    assert.strictEqual(p('2x + 3'), '2 * x + 3');
    assert.strictEqual(p('-sin(x)'), '-sin(x)');
    assert.strictEqual(p('a - b'), 'a - b');
    assert.strictEqual(p('1 - sigmoid(z)'), '1 - sigmoid(z)');
    assert.strictEqual(p('x / (y * z)'), 'x / (y * z)');
    assert.strictEqual(p('-x / y'), '-x / y');
    assert.strictEqual(p('(-x) ^ y'), '(-x) ^ y');
    assert.strictEqual(p('-x ^ 2'), '-x ^ 2');
    assert.strictEqual(p('x ^ (n - 1)'), 'x ^ (n - 1)');
    assert.strictEqual(p('1 / sqrt(x)'), '1 / sqrt(x)');
    assert.strictEqual(p('4 / 3 * x'), '4 * x / 3');
  });

  it('after clearCache new expressions still simplify (0 and 1 survive the reset)', () => {
    const before = parseMath('x * y');
    clearCache();
    assert.strictEqual(p('x * 1 + 0 + x'), '2 * x');
    assert.notStrictEqual(parseMath('x * y'), before); // a fresh table: structure no longer shared
    assert.strictEqual(print(gradient(before, ['x'])[0]), 'y'); // old expressions keep working
  });

  it('freeVariables is sorted and leaves out pi and e', () => {
    assert.deepStrictEqual(freeVariables(parseMath('z * pi + a * e ^ b')), ['a', 'b', 'z']);
    assert.deepStrictEqual(freeVariables([sym('q'), num(2), parseMath('p + q')]), ['p', 'q']);
  });

  it('accepts mathjs nodes and mathjs aliases (pow, square, dotted operators)', () => {
    assert.strictEqual(print(fromMathNode(parse('pow(x, 3) + square(y) + a .* b ./ c'))), 'x ^ 3 + a * b / c + y ^ 2');
  });

  it('reports unknown functions and unsupported constructs as InputError', () => {
    assert.throws(
      () => parseMath('foo(x)'),
      (e: unknown) => e instanceof InputError && /unknown function 'foo'/.test(e.message),
    );
    assert.throws(
      () => parseMath('x = 2'),
      (e: unknown) => e instanceof InputError && /assignment/.test(e.message),
    );
    assert.throws(
      () => parseMath('[x, y]'),
      (e: unknown) => e instanceof InputError && /array/.test(e.message),
    );
    assert.throws(
      () => parseMath('atan2(x)'),
      (e: unknown) => e instanceof InputError && /atan2 takes 2 arguments, got 1/.test(e.message),
    );
    assert.throws(() => parseMath('"a"'), InputError);
    assert.throws(
      () => parseMath('x +'),
      (e: unknown) => e instanceof InputError && typeof e.column === 'number',
    );
  });

  it('a 50-level power tower x^x^…^x gives its derivative (shared), no hang', () => {
    const tower = parseMath(Array(50).fill('x').join('^'));
    const [g] = gradient(tower, ['x']);
    assert.ok(nodeCount(g) < 2000);
    const shared = printShared([g]);
    assert.ok(shared.definitions.length > 10);
    assert.ok(Number.isFinite(evaluate(g, { x: 1.01 })));
  });

  it('10k nested parentheses and sin(sin(…)) end with a BudgetError, never a RangeError', () => {
    for (const text of ['('.repeat(10000) + 'x' + ')'.repeat(10000), 'sin('.repeat(10000) + 'x' + ')'.repeat(10000)]) {
      assert.throws(
        () => gradient(parseMath(text), ['x']),
        (e: unknown) => e instanceof BudgetError && /expression too large/.test(e.message),
      );
    }
  });

  it('10k-deep mathjs trees from a front-end convert without recursion; the results stay usable', () => {
    let parens: MathNode = new SymbolNode('x');
    let sines: MathNode = new SymbolNode('x');
    for (let i = 0; i < 10_000; i++) {
      parens = new ParenthesisNode(parens);
      sines = new FunctionNode('sin', [sines]);
    }
    assert.strictEqual(print(fromMathNode(parens)), 'x');
    const deep = fromMathNode(sines);
    const [g] = gradient(deep, ['x']);
    assert.ok(Number.isFinite(evaluate(g, { x: 0.5 })));
    // printing 10k levels may be too deep for the stack: then a BudgetError, never a RangeError
    try {
      assert.ok(print(g).length > 10_000);
    } catch (err) {
      assert.ok(err instanceof BudgetError, String(err));
    }
  });

  it('a 100 kB sum is one flat node; its gradient is small', () => {
    const text = Array.from({ length: 8000 }, (_, i) => `x${i % 50} * y${i % 37}`).join(' + ');
    assert.ok(text.length > 75_000);
    const e = parseMath(text);
    const vars = freeVariables(e);
    assert.strictEqual(vars.length, 87);
    const g = gradient(e, vars);
    assert.ok(nodeCount(g) < 5000);
  });

  it('the node budget raises BudgetError("expression too large") instead of growing without bound', () => {
    assert.throws(
      () =>
        withBudget(100, () =>
          hessian(parseMath('sigmoid(a*b*c + sin(a*b) * exp(c*d)) ^ 3 * tanh(a + b + c + d) * softplus(a*d - b*c)'), ['a', 'b', 'c', 'd']),
        ),
      (e: unknown) => e instanceof BudgetError && /expression too large: more than 100 nodes/.test(e.message),
    );
    // the same work fits the default budget
    assert.strictEqual(
      hessian(parseMath('sigmoid(a*b*c + sin(a*b) * exp(c*d)) ^ 3 * tanh(a + b + c + d) * softplus(a*d - b*c)'), ['a', 'b', 'c', 'd'])
        .length,
      4,
    );
  });
});
