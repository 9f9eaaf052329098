// sinh cosh tanh sech csch coth and their inverses. tanh' = 1 − tanh², reusing the node tanh(x).
// sech … acoth are in mathjs, Julia and MATLAB; NumPy, C, JavaScript and R lack them (expanded).
import { add, div, fn, mul, neg, num, ONE, pow, sub } from '../build';
import type { Node } from '../node';
import { lackedExcept, type FnRecord } from './record';

const sq = (a: Node) => pow(a, num(2));
const inv = (a: Node) => pow(a, num(-1));
/** sec … acoth: mathjs, Julia and MATLAB have them; elsewhere they are printed expanded. */
const LACKING = lackedExcept('mathjs', 'julia', 'matlab');
const RECIPROCAL_LANGS = ['math', 'julia', 'matlab'] as const;

export const hyperbolic: FnRecord[] = [
  { name: 'sinh', arity: [1, 1], value: Math.sinh, rule: ([x]) => [fn('cosh', [x])], latex: '\\sinh', testDomain: [[-3, 3]] },
  { name: 'cosh', arity: [1, 1], value: Math.cosh, rule: ([x]) => [fn('sinh', [x])], latex: '\\cosh', testDomain: [[-3, 3]] },
  { name: 'tanh', arity: [1, 1], value: Math.tanh, rule: (_a, self) => [sub(ONE, sq(self))], latex: '\\tanh', testDomain: [[-3, 3]] },
  {
    name: 'asinh',
    arity: [1, 1],
    value: Math.asinh,
    rule: ([x]) => [pow(add(sq(x), ONE), num(-0.5))],
    print: { numpy: 'arcsinh' },
    testDomain: [[-4, 4]],
  },
  {
    name: 'acosh',
    arity: [1, 1],
    value: Math.acosh,
    rule: ([x]) => [pow(sub(sq(x), ONE), num(-0.5))],
    print: { numpy: 'arccosh' },
    notes: ({ x, show, add: note }) => {
      if (x[0] < 1) note('domain', `acosh needs ${show(0)} >= 1, got ${x[0]}`);
    },
    testDomain: [[1.1, 5]],
  },
  {
    name: 'atanh',
    arity: [1, 1],
    value: Math.atanh,
    rule: ([x]) => [div(ONE, sub(ONE, sq(x)))],
    expand: ([x]) => mul(num(0.5), fn('log', [div(add(ONE, x), sub(ONE, x))])),
    print: { numpy: 'arctanh' },
    notes: ({ x, show, add: note }) => {
      if (Math.abs(x[0]) >= 1) note('domain', `atanh needs ${show(0)} in (-1, 1), got ${x[0]}`);
    },
    testDomain: [[-0.9, 0.9]],
  },
  {
    name: 'sech',
    arity: [1, 1],
    value: (x) => 1 / Math.cosh(x),
    rule: ([x], self) => [neg(mul(self, fn('tanh', [x])))],
    expand: ([x]) => div(ONE, fn('cosh', [x])),
    print: LACKING,
    readIn: RECIPROCAL_LANGS,
    testDomain: [[-3, 3]],
  },
  {
    name: 'csch',
    arity: [1, 1],
    value: (x) => 1 / Math.sinh(x),
    rule: ([x], self) => [neg(mul(self, fn('coth', [x])))],
    expand: ([x]) => div(ONE, fn('sinh', [x])),
    print: LACKING,
    readIn: RECIPROCAL_LANGS,
    notes: ({ x, show, add: note }) => {
      if (x[0] === 0) note('domain', `csch has a pole at ${show(0)} = 0`);
    },
    testDomain: [[0.2, 3]],
  },
  {
    name: 'coth',
    arity: [1, 1],
    value: (x) => 1 / Math.tanh(x),
    rule: (_a, self) => [sub(ONE, sq(self))],
    expand: ([x]) => div(ONE, fn('tanh', [x])),
    print: LACKING,
    latex: '\\coth',
    readIn: RECIPROCAL_LANGS,
    notes: ({ x, show, add: note }) => {
      if (x[0] === 0) note('domain', `coth has a pole at ${show(0)} = 0`);
    },
    testDomain: [[0.2, 3]],
  },
  {
    // asech(x) = acosh(1/x) on (0, 1]
    name: 'asech',
    arity: [1, 1],
    value: (x) => Math.acosh(1 / x),
    rule: ([x]) => [neg(div(ONE, mul(x, pow(sub(ONE, sq(x)), num(0.5)))))],
    expand: ([x]) => fn('acosh', [inv(x)]),
    print: LACKING,
    readIn: RECIPROCAL_LANGS,
    notes: ({ x, show, add: note }) => {
      if (!(x[0] > 0 && x[0] <= 1)) note('domain', `asech needs ${show(0)} in (0, 1], got ${x[0]}`);
      else if (x[0] === 1) note('domain', `asech's derivative is infinite at ${show(0)} = 1`);
    },
    testDomain: [[0.1, 0.9]],
  },
  {
    // acsch(x) = asinh(1/x), x ≠ 0
    name: 'acsch',
    arity: [1, 1],
    value: (x) => Math.asinh(1 / x),
    rule: ([x]) => [neg(mul(inv(sq(x)), pow(add(ONE, inv(sq(x))), num(-0.5))))],
    expand: ([x]) => fn('asinh', [inv(x)]),
    print: LACKING,
    readIn: RECIPROCAL_LANGS,
    notes: ({ x, show, add: note }) => {
      if (x[0] === 0) note('domain', `acsch has a pole at ${show(0)} = 0`);
    },
    testDomain: [[0.2, 4]],
  },
  {
    // acoth(x) = atanh(1/x) for |x| > 1
    name: 'acoth',
    arity: [1, 1],
    value: (x) => Math.atanh(1 / x),
    rule: ([x]) => [div(ONE, sub(ONE, sq(x)))],
    expand: ([x]) => fn('atanh', [inv(x)]),
    print: LACKING,
    readIn: RECIPROCAL_LANGS,
    notes: ({ x, show, add: note }) => {
      if (Math.abs(x[0]) <= 1) note('domain', `acoth needs |${show(0)}| > 1, got ${x[0]}`);
    },
    testDomain: [[1.2, 5]],
  },
];
