// sin cos tan sec csc cot and their inverses. tan' = 1 + tan² reuses the node tan(x) itself.
// sec … acot are in mathjs, Julia and MATLAB; NumPy, C, JavaScript and R lack them (expanded).
import { add, div, fn, mul, neg, num, ONE, pow, sub } from '../build';
import type { Node } from '../node';
import { lackedExcept, type FnRecord, type NoteSite } from './record';

const sq = (a: Node) => pow(a, num(2));
const inv = (a: Node) => pow(a, num(-1));
/** sec … acoth: mathjs, Julia and MATLAB have them; elsewhere they are printed expanded. */
const LACKING = lackedExcept('mathjs', 'julia', 'matlab');
const RECIPROCAL_LANGS = ['math', 'julia', 'matlab'] as const;

const pole =
  (name: string, at: (x: number) => number) =>
  ({ x, show, add: note }: NoteSite) => {
    if (Math.abs(at(x[0])) < 1e-15) note('domain', `${name} has a pole at ${show(0)} = ${x[0]}`);
  };

/** asin, acos: inside [−1, 1], infinite slope at ±1. */
const unitNotes =
  (name: string) =>
  ({ x, show, add: note }: NoteSite) => {
    if (Math.abs(x[0]) > 1) note('domain', `${name} needs ${show(0)} in [-1, 1], got ${x[0]}`);
    else if (Math.abs(x[0]) === 1) note('domain', `${name}'s derivative is infinite at ${show(0)} = ${x[0]}`);
  };

/** asec, acsc: outside (−1, 1), infinite slope at ±1. */
const outsideUnitNotes =
  (name: string) =>
  ({ x, show, add: note }: NoteSite) => {
    if (Math.abs(x[0]) < 1) note('domain', `${name} needs |${show(0)}| >= 1, got ${x[0]}`);
    else if (Math.abs(x[0]) === 1) note('domain', `${name}'s derivative is infinite at ${show(0)} = ${x[0]}`);
  };

export const trig: FnRecord[] = [
  { name: 'sin', arity: [1, 1], value: Math.sin, rule: ([x]) => [fn('cos', [x])], latex: '\\sin', testDomain: [[-4, 4]] },
  { name: 'cos', arity: [1, 1], value: Math.cos, rule: ([x]) => [neg(fn('sin', [x]))], latex: '\\cos', testDomain: [[-4, 4]] },
  {
    name: 'tan',
    arity: [1, 1],
    value: Math.tan,
    rule: (_a, self) => [add(ONE, sq(self))],
    latex: '\\tan',
    notes: pole('tan', Math.cos),
    testDomain: [[-1.3, 1.3]],
  },
  {
    name: 'sec',
    arity: [1, 1],
    value: (x) => 1 / Math.cos(x),
    rule: ([x], self) => [mul(self, fn('tan', [x]))],
    expand: ([x]) => div(ONE, fn('cos', [x])),
    print: { mathjs: null, ...LACKING },
    latex: '\\sec',
    readIn: RECIPROCAL_LANGS,
    notes: pole('sec', Math.cos),
    testDomain: [[-1.3, 1.3]],
  },
  {
    name: 'csc',
    arity: [1, 1],
    value: (x) => 1 / Math.sin(x),
    rule: ([x], self) => [neg(mul(self, fn('cot', [x])))],
    expand: ([x]) => div(ONE, fn('sin', [x])),
    print: { mathjs: null, ...LACKING },
    latex: '\\csc',
    readIn: RECIPROCAL_LANGS,
    notes: pole('csc', Math.sin),
    testDomain: [[0.2, 2.9]],
  },
  {
    name: 'cot',
    arity: [1, 1],
    value: (x) => 1 / Math.tan(x),
    rule: (_a, self) => [neg(add(ONE, sq(self)))],
    expand: ([x]) => div(ONE, fn('tan', [x])),
    print: { mathjs: null, ...LACKING },
    latex: '\\cot',
    readIn: RECIPROCAL_LANGS,
    notes: pole('cot', Math.sin),
    testDomain: [[0.2, 2.9]],
  },
  {
    name: 'asin',
    arity: [1, 1],
    value: Math.asin,
    rule: ([x]) => [pow(sub(ONE, sq(x)), num(-0.5))],
    print: { numpy: 'arcsin' },
    latex: '\\arcsin',
    notes: unitNotes('asin'),
    testDomain: [[-0.9, 0.9]],
  },
  {
    name: 'acos',
    arity: [1, 1],
    value: Math.acos,
    rule: ([x]) => [neg(pow(sub(ONE, sq(x)), num(-0.5)))],
    print: { numpy: 'arccos' },
    latex: '\\arccos',
    notes: unitNotes('acos'),
    testDomain: [[-0.9, 0.9]],
  },
  {
    name: 'atan',
    arity: [1, 1],
    value: Math.atan,
    rule: ([x]) => [div(ONE, add(ONE, sq(x)))],
    print: { numpy: 'arctan' },
    latex: '\\arctan',
    testDomain: [[-4, 4]],
  },
  {
    // asec(x) = acos(1/x), as mathjs, Julia, MATLAB and SymPy define it
    name: 'asec',
    arity: [1, 1],
    value: (x) => Math.acos(1 / x),
    rule: ([x]) => [mul(inv(sq(x)), pow(sub(ONE, inv(sq(x))), num(-0.5)))],
    expand: ([x]) => fn('acos', [inv(x)]),
    print: LACKING,
    latex: '\\operatorname{arcsec}',
    readIn: RECIPROCAL_LANGS,
    notes: outsideUnitNotes('asec'),
    testDomain: [[1.1, 5]],
  },
  {
    name: 'acsc',
    arity: [1, 1],
    value: (x) => Math.asin(1 / x),
    rule: ([x]) => [neg(mul(inv(sq(x)), pow(sub(ONE, inv(sq(x))), num(-0.5))))],
    expand: ([x]) => fn('asin', [inv(x)]),
    print: LACKING,
    latex: '\\operatorname{arccsc}',
    readIn: RECIPROCAL_LANGS,
    notes: outsideUnitNotes('acsc'),
    testDomain: [[1.1, 5]],
  },
  {
    // acot(x) = atan(1/x): values in (−π/2, π/2], a jump at 0 (mathjs, Julia, MATLAB, SymPy)
    name: 'acot',
    arity: [1, 1],
    value: (x) => Math.atan(1 / x),
    rule: ([x]) => [neg(div(ONE, add(ONE, sq(x))))],
    expand: ([x]) => fn('atan', [inv(x)]),
    print: LACKING,
    latex: '\\operatorname{arccot}',
    readIn: RECIPROCAL_LANGS,
    notes: ({ x, show, add: note }) => {
      if (x[0] === 0) note('domain', `acot jumps at ${show(0)} = 0 (from -pi/2 to pi/2): no derivative there`);
    },
    testDomain: [[0.2, 5]],
  },
];
