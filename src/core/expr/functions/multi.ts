// atan2 hypot logsumexp: functions of several arguments. logsumexp' = softmax weights.
import { add, div, fn, neg, num, pow, sub } from '../build';
import { logsumexp } from '../numeric';
import { lackedExcept, type FnRecord } from './record';

export const multi: FnRecord[] = [
  {
    name: 'atan2',
    arity: [2, 2],
    value: Math.atan2,
    rule: ([y, x]) => {
      const r2 = add(pow(x, num(2)), pow(y, num(2)));
      return [div(x, r2), neg(div(y, r2))];
    },
    print: { numpy: 'arctan2', julia: (a) => `atan(${a[0]}, ${a[1]})` },
    notes: ({ x, add: note }) => {
      if (x[0] === 0 && x[1] === 0) note('domain', `atan2 is undefined at (0, 0)`);
    },
    testDomain: [
      [0.2, 3],
      [-3, 3],
    ],
  },
  {
    // hypot(x) = |x| (build.ts); printers whose library takes two arguments nest the calls
    name: 'hypot',
    arity: [1, Infinity],
    value: (...xs) => Math.hypot(...xs),
    rule: (args, self) => args.map((a) => div(a, self)),
    expand: (args) => pow(add(...args.map((a) => pow(a, num(2)))), num(0.5)),
    print: { r: null },
    notes: ({ x, add: note }) => {
      if (x.every((v) => v === 0)) note('kink', `hypot has a kink at the origin; its derivative there is not defined`);
    },
    testDomain: [
      [0.2, 3],
      [-3, -0.2],
      [0.2, 3],
    ],
  },
  {
    name: 'logsumexp',
    arity: [1, Infinity],
    value: logsumexp,
    rule: (args, self) => args.map((a) => fn('exp', [sub(a, self)])),
    expand: (args) => fn('log', [add(...args.map((a) => fn('exp', [a])))]),
    print: {
      ...lackedExcept('numpy', 'torch'),
      numpy: (a, p) => (a.length === 2 ? `${p}logaddexp(${a[0]}, ${a[1]})` : `scipy.special.logsumexp([${a.join(', ')}])`),
      torch: (a) => (a.length === 2 ? `torch.logaddexp(${a[0]}, ${a[1]})` : `torch.logsumexp(torch.stack([${a.join(', ')}]), 0)`),
    },
    testDomain: [
      [-3, 3],
      [-3, 3],
      [-3, 3],
    ],
  },
];
