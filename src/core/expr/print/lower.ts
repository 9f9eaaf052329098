// Rewrites functions a target language lacks into ones it has (sigmoid → 1/(1 + exp(−z)) …), so
// that printed text can be pasted back and evaluated as is.
import { rebuild, withoutRecognition } from '../build';
import { EXPANSIONS } from '../functions';
import { transform } from '../graph';
import { Node } from '../node';

export { EXPANSIONS };

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
