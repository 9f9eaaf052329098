// abs sign relu max min: piecewise functions. At a kink the derivative takes a conventional value
// (abs'(0) = sign(0) = 0, relu'(0) = 0, max picks its second argument at a tie); their notes tell
// the user. The selectors are conditionals (s ? 1 : 0), not 0/1 factors: the chain rule then moves
// the outer factor into the branch taken, so sqrt(max(x, 0)) at x = −1 has derivative 0 rather
// than 0 · ∞ = NaN from the branch not taken.
import { fn, gt, ifElse, ONE, ZERO } from '../build';
import type { Node } from '../node';
import { sign } from '../numeric';
import { bare, lackedExcept, type FnRecord, type NoteSite } from './record';

const select = (s: Node): [Node, Node] => [ifElse(s, ONE, ZERO), ifElse(s, ZERO, ONE)];

const tie =
  (name: string) =>
  ({ x, show, add: note }: NoteSite) => {
    if (x.length === 2 && x[0] === x[1]) {
      note('kink', `${name} has a kink where its arguments tie (${show(0)} = ${show(1)}); the derivative follows the second argument`);
    }
  };

export const piecewise: FnRecord[] = [
  {
    name: 'abs',
    arity: [1, 1],
    value: Math.abs,
    rule: ([x]) => [fn('sign', [x])],
    print: { pymath: bare('abs'), c: 'fabs', cpp: 'fabs' },
    latex: (a) => `\\left|${a[0]}\\right|`,
    foldsExactly: true,
    notes: ({ x, show, add: note }) => {
      if (x[0] === 0) note('kink', `abs has a kink where ${show(0)} = 0; its derivative there is taken as sign(0) = 0`);
    },
    testDomain: [[0.1, 4]],
  },
  {
    name: 'sign',
    arity: [1, 1],
    value: sign,
    rule: () => [ZERO],
    print: {
      pymath: (a) => `((${a[0]} > 0) - (${a[0]} < 0))`,
      c: (a) => `((${a[0]} > 0) - (${a[0]} < 0))`,
      cpp: (a) => `((${a[0]} > 0) - (${a[0]} < 0))`,
    },
    latex: '\\operatorname{sgn}',
    foldsExactly: true,
    notes: ({ x, show, add: note }) => {
      if (x[0] === 0) note('kink', `sign jumps where ${show(0)} = 0; its derivative is 0 on either side`);
    },
    testDomain: [[0.1, 4]],
  },
  {
    name: 'relu',
    arity: [1, 1],
    value: (x) => (x > 0 ? x : Number.isNaN(x) ? NaN : 0),
    rule: ([x]) => [select(gt(x, ZERO))[0]],
    expand: ([z]) => fn('max', [z, ZERO]),
    print: lackedExcept('torch'),
    latex: '\\operatorname{ReLU}',
    foldsExactly: true,
    notes: ({ x, show, add: note }) => {
      if (x[0] === 0) note('kink', `relu has a kink where ${show(0)} = 0; its derivative there is taken as 0`);
    },
    testDomain: [[0.1, 4]],
  },
  {
    // max(x) = x; max(a, b, c) = max(max(a, b), c): binary nodes keep the selectors simple
    name: 'max',
    arity: [1, Infinity],
    value: (...xs) => Math.max(...xs),
    rule: ([a, b]) => select(gt(a, b)),
    print: { pymath: bare('max'), torch: 'maximum', numpy: 'maximum', c: 'fmax', cpp: 'fmax', r: 'pmax' },
    latex: '\\max',
    foldsExactly: true,
    nestsBinary: true,
    notes: tie('max'),
    // apart, so that no numerical step crosses the kink where they tie
    testDomain: [
      [-3, 0],
      [0.5, 3],
    ],
  },
  {
    name: 'min',
    arity: [1, Infinity],
    value: (...xs) => Math.min(...xs),
    rule: ([a, b]) => select(gt(b, a)),
    print: { pymath: bare('min'), torch: 'minimum', numpy: 'minimum', c: 'fmin', cpp: 'fmin', r: 'pmin' },
    latex: '\\min',
    foldsExactly: true,
    nestsBinary: true,
    notes: tie('min'),
    testDomain: [
      [0.5, 3],
      [-3, 0],
    ],
  },
];
