// Whether a branch runs when the optimizer asks for the gradient: `if grad.size > 0`, `if (grad)`,
// `if length(G) > 0`, `if nargout > 1`, `if (jacobians != NULL && jacobians[0] != NULL)` run;
// `if (jacobians == NULL) return 1;`, `if grad is None`, `isempty(g)` do not. The condition is
// evaluated with the outputs present (non-null, of positive size) and nargout at its largest;
// a condition on anything else is no guard (undefined).
import type { Token } from '../document/lex';

/** Words that test an output's presence or size, and what they give when it is present. */
const PRESENT_CALLS: Record<string, number> = {
  len: 2,
  length: 2,
  numel: 2,
  size: 2,
  isempty: 0,
  isnothing: 0,
  'is.null': 0,
  missing: 0,
  ismissing: 0,
  isnull: 0,
};
const NULLS = new Set(['NULL', 'nullptr', 'None', 'nothing', 'null', 'undefined', 'NA']);

export function guardValue(t: Token[], a: number, b: number, outputs: ReadonlySet<string>, nargout: number): boolean | undefined {
  // translate to a small language of numbers, comparisons and logic
  const out: string[] = [];
  let sawOutput = false;
  for (let k = a; k < b; k++) {
    const x = t[k];
    const tx = x.text;
    if (x.kind === 'str') return undefined;
    if (x.kind === 'id') {
      if (outputs.has(tx)) {
        sawOutput = true;
        // grad.size, grad.length, grad[0], grad.shape[0]: present → a positive size
        let e = k + 1;
        let value = '2';
        for (;;) {
          if (t[e]?.text === '.' && t[e + 1]?.kind === 'id' && e + 1 < b) {
            // grad.empty(), grad.size(), grad.length(): a method of a present output
            const m = t[e + 1].text;
            e += 2;
            if (t[e]?.text === '(' && t[e + 1]?.text === ')') {
              e += 2;
              value = /^(empty|isEmpty|is_empty|isempty)$/.test(m) ? '0' : '2';
            }
            continue;
          }
          if (t[e]?.text === '[' && e < b) {
            let d = 0;
            for (; e < b; e++) {
              if (t[e].text === '[') d++;
              else if (t[e].text === ']' && --d === 0) {
                e++;
                break;
              }
            }
            continue;
          }
          break;
        }
        out.push(value);
        k = e - 1;
        continue;
      }
      if (tx === 'nargout') {
        sawOutput = true;
        out.push(String(nargout));
        continue;
      }
      if (NULLS.has(tx)) {
        out.push('0');
        continue;
      }
      if (tx in PRESENT_CALLS && t[k + 1]?.text === '(') {
        // len(grad), isempty(g): the value for a present output; the argument must be an output
        let d = 0;
        let e = k + 1;
        for (; e < b; e++) {
          if (t[e].text === '(') d++;
          else if (t[e].text === ')' && --d === 0) break;
        }
        const inner = t.slice(k + 2, e).filter((y) => y.kind === 'id');
        if (!inner.length || !outputs.has(inner[0].text)) return undefined;
        sawOutput = true;
        out.push(String(PRESENT_CALLS[tx]));
        k = e;
        continue;
      }
      if (tx === 'and') {
        out.push('&&');
        continue;
      }
      if (tx === 'or') {
        out.push('||');
        continue;
      }
      if (tx === 'not') {
        out.push('!');
        continue;
      }
      if (tx === 'is') {
        if (t[k + 1]?.text === 'not') {
          out.push('!=');
          k++;
        } else out.push('==');
        continue;
      }
      return undefined;
    }
    if (x.kind === 'num') {
      out.push(String(Number(tx)));
      continue;
    }
    const op = ({ '===': '==', '!==': '!=', '~=': '!=', '~': '!', '&': '&&', '|': '||' } as Record<string, string>)[tx] ?? tx;
    if (!['==', '!=', '<', '>', '<=', '>=', '&&', '||', '!', '(', ')'].includes(op)) return undefined;
    out.push(op);
  }
  if (!sawOutput) return undefined;
  const v = evaluate(out);
  return v === undefined ? undefined : v !== 0;
}

function evaluate(toks: string[]): number | undefined {
  let k = 0;
  const or = (): number | undefined => {
    let v = and();
    while (v !== undefined && toks[k] === '||') {
      k++;
      const r = and();
      v = r === undefined ? undefined : v || r ? 1 : 0;
    }
    return v;
  };
  const and = (): number | undefined => {
    let v = cmp();
    while (v !== undefined && toks[k] === '&&') {
      k++;
      const r = cmp();
      v = r === undefined ? undefined : v && r ? 1 : 0;
    }
    return v;
  };
  const cmp = (): number | undefined => {
    const l = unary();
    const op = toks[k];
    if (l === undefined || !['==', '!=', '<', '>', '<=', '>='].includes(op)) return l;
    k++;
    const r = unary();
    if (r === undefined) return undefined;
    const res = op === '==' ? l === r : op === '!=' ? l !== r : op === '<' ? l < r : op === '>' ? l > r : op === '<=' ? l <= r : l >= r;
    return res ? 1 : 0;
  };
  const unary = (): number | undefined => {
    const x = toks[k];
    if (x === '!') {
      k++;
      const v = unary();
      return v === undefined ? undefined : v ? 0 : 1;
    }
    if (x === '(') {
      k++;
      const v = or();
      if (toks[k] !== ')') return undefined;
      k++;
      return v;
    }
    if (x !== undefined && /^-?\d/.test(x)) {
      k++;
      return Number(x);
    }
    return undefined;
  };
  const v = or();
  return k === toks.length ? v : undefined;
}
