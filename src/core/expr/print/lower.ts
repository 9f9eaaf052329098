// Rewrites functions a target language lacks into ones it has (sigmoid → 1/(1 + exp(−z)) …), so
// that printed text can be pasted back and evaluated as is.
import { add, div, fn, mul, neg, num, ONE, pow, rebuild, sub, withoutRecognition, ZERO } from '../build';
import { transform } from '../graph';
import { Node } from '../node';

type Expansion = (args: Node[]) => Node;

export const EXPANSIONS: Record<string, Expansion> = {
  sigmoid: ([z]) => div(ONE, add(ONE, fn('exp', [neg(z)]))),
  softplus: ([z]) => fn('log', [add(ONE, fn('exp', [z]))]),
  relu: ([z]) => fn('max', [z, ZERO]),
  logsumexp: (args) => fn('log', [add(...args.map((a) => fn('exp', [a])))]),
  erfc: ([x]) => sub(ONE, fn('erf', [x])),
  normcdf: ([x]) => mul(num(0.5), add(ONE, fn('erf', [div(x, pow(num(2), num(0.5)))]))),
  sec: ([x]) => div(ONE, fn('cos', [x])),
  csc: ([x]) => div(ONE, fn('sin', [x])),
  cot: ([x]) => div(ONE, fn('tan', [x])),
  hypot: (args) => pow(add(...args.map((a) => pow(a, num(2)))), num(0.5)),
  log: ([x, b]) => (b === undefined ? fn('log', [x]) : div(fn('log', [x]), fn('log', [b]))),
  log2: ([x]) => div(fn('log', [x]), fn('log', [num(2)])),
  expm1: ([x]) => sub(fn('exp', [x]), ONE),
  log1p: ([x]) => fn('log', [add(ONE, x)]),
  atanh: ([x]) => mul(num(0.5), fn('log', [div(add(ONE, x), sub(ONE, x))])),
};

/**
 * Expands every function in `names` (for `log`, only the two-argument form). Expansions are
 * applied bottom-up, so their own output is already in supported terms.
 */
export function lower(e: Node, names: ReadonlySet<string>, memo?: Map<number, Node>): Node {
  if (names.size === 0) return e;
  return withoutRecognition(() =>
    transform(
      e,
      (n, args) => {
        if (n.kind === 'fn' && names.has(n.name) && !(n.name === 'log' && n.args.length === 1)) {
          return lowerOnce(n.name, args, names);
        }
        if (args.every((a, i) => a === n.args[i])) return n;
        return rebuild(n, args);
      },
      memo,
    ),
  );
}

function lowerOnce(name: string, args: Node[], names: ReadonlySet<string>): Node {
  const out = EXPANSIONS[name](args);
  // An expansion may itself use a function this language lacks (relu → max): lower that too.
  return out.kind === 'fn' && out.name !== name && names.has(out.name) ? lower(out, names) : out;
}
