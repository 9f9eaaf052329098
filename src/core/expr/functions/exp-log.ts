// exp, log (natural and base b), log2, log10, log1p, expm1, sqrt, cbrt.
import { add, div, fn, mul, neg, num, ONE, pow, sub } from '../build';
import type { Node } from '../node';
import type { FnRecord, NoteSite } from './record';

const ln = (a: Node) => fn('log', [a]);

/** log, log2, log10: the argument must be positive (and log's base positive and not 1). */
const logNotes =
  (name: string) =>
  ({ x, show, add: note }: NoteSite) => {
    if (x[0] <= 0) note('domain', `${name} of a non-positive number: ${show(0)} = ${x[0]}`);
    if (x.length > 1 && (x[1] <= 0 || x[1] === 1)) note('domain', `log base ${show(1)} = ${x[1]} is not a valid base`);
  };

export const expLog: FnRecord[] = [
  {
    name: 'exp',
    arity: [1, 1],
    value: Math.exp,
    rule: (_a, self) => [self],
    latex: (a) => `e^{${a[0]}}`,
    testDomain: [[-3, 3]],
  },
  {
    name: 'log',
    arity: [1, 2],
    value: (x, b) => (b === undefined ? Math.log(x) : Math.log(x) / Math.log(b)),
    rule: ([x, b]) =>
      b === undefined
        ? [div(ONE, x)]
        : // log_b x = ln x / ln b
          [div(ONE, mul(x, ln(b))), neg(div(ln(x), mul(b, pow(ln(b), num(2)))))],
    // only the two-argument form is ever expanded (lower.ts)
    expand: ([x, b]) => (b === undefined ? ln(x) : div(ln(x), ln(b))),
    print: { numpy: null, torch: null, js: null, c: null, cpp: null, julia: null, matlab: null },
    latex: (a) => (a.length === 2 ? `\\log_{${a[1]}}\\left(${a[0]}\\right)` : `\\ln\\left(${a[0]}\\right)`),
    notes: logNotes('log'),
    testDomain: [
      [0.2, 5],
      [1.5, 6],
    ],
  },
  {
    name: 'log2',
    arity: [1, 1],
    value: Math.log2,
    rule: ([x]) => [div(ONE, mul(x, ln(num(2))))],
    expand: ([x]) => div(ln(x), ln(num(2))),
    latex: (a) => `\\log_{2}\\left(${a[0]}\\right)`,
    notes: logNotes('log2'),
    testDomain: [[0.2, 5]],
  },
  {
    name: 'log10',
    arity: [1, 1],
    value: Math.log10,
    rule: ([x]) => [div(ONE, mul(x, ln(num(10))))],
    latex: (a) => `\\log_{10}\\left(${a[0]}\\right)`,
    notes: logNotes('log10'),
    testDomain: [[0.2, 5]],
  },
  {
    name: 'log1p',
    arity: [1, 1],
    value: Math.log1p,
    rule: ([x]) => [div(ONE, add(ONE, x))],
    expand: ([x]) => ln(add(ONE, x)),
    notes: ({ x, show, add: note }) => {
      if (x[0] <= -1) note('domain', `log1p needs ${show(0)} > -1, got ${x[0]}`);
    },
    testDomain: [[-0.8, 4]],
  },
  {
    name: 'expm1',
    arity: [1, 1],
    value: Math.expm1,
    rule: ([x]) => [fn('exp', [x])],
    expand: ([x]) => sub(fn('exp', [x]), ONE),
    testDomain: [[-3, 3]],
  },
  {
    // built as x^0.5 (build.ts): the record gives its value, spelling and a rule for completeness
    name: 'sqrt',
    arity: [1, 1],
    value: Math.sqrt,
    rule: ([x]) => [div(num(0.5), pow(x, num(0.5)))],
    latex: (a) => `\\sqrt{${a[0]}}`,
    testDomain: [[0.1, 5]],
  },
  {
    name: 'cbrt',
    arity: [1, 1],
    value: Math.cbrt,
    rule: (_a, self) => [div(ONE, mul(num(3), pow(self, num(2))))],
    print: {
      torch: (a) => `(torch.sign(${a[0]}) * torch.abs(${a[0]}) ** (1 / 3))`,
      matlab: (a) => `nthroot(${a[0]}, 3)`,
      r: (a) => `(sign(${a[0]}) * abs(${a[0]})^(1/3))`,
    },
    latex: (a) => `\\sqrt[3]{${a[0]}}`,
    notes: ({ x, show, add: note }) => {
      if (x[0] === 0) note('domain', `cbrt has an infinite slope at ${show(0)} = 0`);
    },
    testDomain: [[0.2, 5]],
  },
];
