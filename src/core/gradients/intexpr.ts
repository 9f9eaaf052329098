// Integer arithmetic of indices and loop bounds (`i + 1`, `n - 1`, `2*k`, `len(x)`), read from
// tokens with the loop counters and integer constants known at that point. Anything else is
// undefined: the caller says what could not be read.
import type { Token } from '../document/lex';

/** Evaluates tokens [a, b) as an integer expression; `lookup` gives names (and `len(x)`-like forms). */
export function evalInt(
  toks: Token[],
  a: number,
  b: number,
  lookup: (name: string, k: number) => { value: number; next: number } | undefined,
): number | undefined {
  let k = a;
  const peek = () => (k < b ? toks[k] : undefined);
  const isOp = (t: Token | undefined, s: string) => !!t && (t.kind === 'op' || t.kind === 'open' || t.kind === 'close') && t.text === s;
  const primary = (): number | undefined => {
    const t = peek();
    if (!t) return undefined;
    if (isOp(t, '-')) {
      k++;
      const v = primary();
      return v === undefined ? undefined : -v;
    }
    if (isOp(t, '+')) {
      k++;
      return primary();
    }
    if (isOp(t, '(')) {
      k++;
      const v = sum();
      if (!isOp(peek(), ')')) return undefined;
      k++;
      return v;
    }
    if (t.kind === 'num') {
      const v = Number(t.text.replace(/_/g, '').replace(/[uUlL]+$/, ''));
      k++;
      return Number.isInteger(v) ? v : undefined;
    }
    if (t.kind === 'id') {
      const r = lookup(t.text, k);
      if (!r) return undefined;
      k = r.next;
      return r.value;
    }
    return undefined;
  };
  const product = (): number | undefined => {
    let v = primary();
    while (v !== undefined) {
      const t = peek();
      if (isOp(t, '*')) {
        k++;
        const r = primary();
        v = r === undefined ? undefined : v * r;
      } else if (isOp(t, '//') || isOp(t, '÷')) {
        k++;
        const r = primary();
        v = r ? Math.floor(v / r) : undefined;
      } else if (isOp(t, '/')) {
        k++;
        const r = primary();
        v = r && v % r === 0 ? v / r : r ? Math.trunc(v / r) : undefined;
      } else if (isOp(t, '%') || isOp(t, '%%')) {
        k++;
        const r = primary();
        v = r ? ((v % r) + r) % r : undefined;
      } else break;
    }
    return v;
  };
  const sum = (): number | undefined => {
    let v = product();
    while (v !== undefined) {
      const t = peek();
      if (isOp(t, '+')) {
        k++;
        const r = product();
        v = r === undefined ? undefined : v + r;
      } else if (isOp(t, '-')) {
        k++;
        const r = product();
        v = r === undefined ? undefined : v - r;
      } else break;
    }
    return v;
  };
  const v = sum();
  return k === b && v !== undefined && Number.isSafeInteger(v) ? v : undefined;
}
