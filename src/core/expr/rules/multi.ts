// d atan2 hypot logsumexp: functions of several arguments. logsumexp' = softmax weights.
import { add, div, fn, neg, num, pow, sub } from '../build';
import type { Rule } from './rule';

export const multiRules: Record<string, Rule> = {
  atan2: ([y, x]) => {
    const r2 = add(pow(x, num(2)), pow(y, num(2)));
    return [div(x, r2), neg(div(y, r2))];
  },
  hypot: (args, self) => args.map((a) => div(a, self)),
  logsumexp: (args, self) => args.map((a) => fn('exp', [sub(a, self)])),
};
