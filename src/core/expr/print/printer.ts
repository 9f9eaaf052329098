// The one printer behind every language: precedence-driven, minimal parentheses, readable order
// (positive terms first, subtraction as `a - b`, negative powers as a denominator, no `1 *`).
// A Dialect supplies the spelling of numbers, symbols, calls, powers and selectors.
import { BudgetError } from '../../types';
import { Node } from '../node';
import { CONSTANTS, EULER } from '../constants';
import { has } from '../../names';

export const PREC = { COND: 0, ADD: 1, MUL: 2, NEG: 3, POW: 4, ATOM: 5 } as const;

export interface Printed {
  text: string;
  prec: number;
}

export interface Dialect {
  /** a non-negative number */
  num(v: number): string;
  sym(name: string): string;
  /** a call of a vocabulary function (after lowering); returns an atom */
  call(name: string, args: string[]): string;
  /** base^exp; base/exp already parenthesised where the dialect needs it */
  pow(base: Printed, exp: Printed): Printed;
  /** (a > b ? 1 : 0), as an atom */
  gt(a: string, b: string): string;
  /** (a op b ? then : otherwise), as an atom */
  cond(a: string, op: '>' | '<' | '>=' | '<=', b: string, then: string, otherwise: string): string;
  mulOp: string;
  divOp: string;
  paren(text: string): string;
  /** fraction p/q of two plain numbers */
  fraction?(p: string, q: string): Printed;
  /** numerator over denominator (LaTeX \frac); default `num / den` */
  over?(numerator: Printed, denominator: Printed): Printed;
  /** functions this dialect lacks, expanded before printing */
  expand: ReadonlySet<string>;
  /** JavaScript forbids `-x ** 2`: a minus before a power needs `-(x ** 2)` */
  parenPowAfterMinus?: boolean;
  /**
   * Where the dialect spells Euler's number a bare `e` (mathjs, LaTeX): the spellings to use when a
   * user variable named `e` (from code, where a bare e is a name) is printed beside it.
   */
  besideVariableE?: Partial<Dialect>;
}

/** Printed text beyond this many characters means the tree (unshared) is too big to show. */
export const MAX_PRINT_CHARS = 2_000_000;

/**
 * What one request may print in all, every derivative together (see withOutputLimit): the Hessian
 * of a 300-term cube printed 180 MB in one line before this bound.
 */
let output = { used: 0, limit: Infinity };

/** The CLI's limit per request (one `diff`, one batch line): a few megabytes of derivatives. */
export const OUTPUT_LIMIT = 4_000_000;

/** Runs `f` as one request that may print at most `limit` characters; more is a BudgetError. */
export function withOutputLimit<T>(limit: number, f: () => T): T {
  const saved = output;
  output = { used: 0, limit };
  try {
    return f();
  } finally {
    output = saved;
  }
}

function tooMuchOutput(): BudgetError {
  return new BudgetError(`output too large: the derivatives take more than ${output.limit} characters to print (the limit per request)`);
}

/** A small exact fraction p/q for a coefficient like 4/3, or null. */
export function asFraction(v: number): [number, number] | null {
  if (Number.isInteger(v)) return null;
  for (let q = 2; q <= 1000; q++) {
    const p = Math.round(v * q);
    if (Math.abs(p) < 1e9 && p / q === v) return [p, q];
  }
  return null;
}

/** Shortest readable decimal: plain for short ones, otherwise a fraction when exact. */
export function readableNumber(v: number): { p: number; q: number } | { text: string } {
  const s = String(v);
  if (s.length <= 8) return { text: s };
  const f = asFraction(v);
  return f ? { p: f[0], q: f[1] } : { text: s };
}

/** A term like 3·x or x^2 (polynomial style, printed before its constant: `2 * x + 3`). */
function isMonomial(t: Node): boolean {
  const core = t.kind === 'mul' && t.args.length === 2 && t.args[0].kind === 'num' ? t.args[1] : t;
  const base = core.kind === 'pow' && core.args[1].kind === 'num' ? core.args[0] : core;
  return base.kind === 'sym';
}

/** Print order of factors: constants pi, e; symbols (and their powers) by name; then the rest. */
function factorKey(f: Node): [number, string] {
  const base = f.kind === 'pow' && f.args[1].kind === 'num' ? f.args[0] : f;
  // the constants first, e before pi as their usual spellings sort
  if (base.kind === 'sym') return has(CONSTANTS, base.name) ? [0, base.name === EULER ? 'e' : base.name] : [1, base.name];
  return [f.kind === 'add' ? 3 : 2, ''];
}

/** Polynomial degree of a term (others count 1), so sums read `x ^ 2 + x + 1`, `w * x + b`. */
function degree(t: Node): number {
  switch (t.kind) {
    case 'num':
      return 0;
    case 'mul':
      return t.args.reduce((s, a) => s + degree(a), 0);
    case 'pow':
      if (t.args[1].kind !== 'num') return 1;
      return t.args[1].value > 0 ? degree(t.args[0]) * t.args[1].value : 0;
    default:
      return 1;
  }
}

export class Printer {
  private memo = new Map<number, Printed>();
  constructor(
    readonly d: Dialect,
    /** nodes printed as a name (shared subexpressions) */
    readonly alias: ReadonlyMap<number, string> = new Map(),
  ) {}

  print(n: Node): string {
    const text = this.node(n, true).text;
    output.used += text.length;
    if (output.used > output.limit) throw tooMuchOutput();
    return text;
  }

  node(n: Node, top = false): Printed {
    if (!top) {
      const name = this.alias.get(n.id);
      if (name !== undefined) return { text: name, prec: PREC.ATOM };
    }
    const hit = top ? undefined : this.memo.get(n.id);
    if (hit) return hit;
    const p = this.fresh(n);
    if (p.text.length > MAX_PRINT_CHARS) {
      throw new BudgetError(`expression too large: its text exceeds ${MAX_PRINT_CHARS} characters`);
    }
    if (output.used + p.text.length > output.limit) throw tooMuchOutput();
    if (!top) this.memo.set(n.id, p);
    return p;
  }

  /** Text of `n` wrapped in parentheses when it binds looser than `min`. */
  wrap(p: Printed, min: number): string {
    return p.prec < min ? this.d.paren(p.text) : p.text;
  }

  private fresh(n: Node): Printed {
    const d = this.d;
    switch (n.kind) {
      case 'num':
        return this.number(n.value);
      case 'sym':
        return { text: d.sym(n.name), prec: PREC.ATOM };
      case 'add':
        return this.sum(n);
      case 'mul': {
        const [coef, factors] = n.args[0].kind === 'num' ? [n.args[0].value, n.args.slice(1)] : [1, n.args];
        return this.product(coef, factors);
      }
      case 'pow': {
        const e = n.args[1];
        if (e.kind === 'num' && e.value < 0) return this.product(1, [n], n);
        return this.power(n.args[0], e);
      }
      case 'gt':
        return { text: d.gt(this.node(n.args[0]).text, this.node(n.args[1]).text), prec: PREC.ATOM };
      case 'fn':
        return {
          text: d.call(
            n.name,
            n.args.map((a) => this.node(a).text),
          ),
          prec: PREC.ATOM,
        };
      case 'if': {
        // as written: c = gt(u, v) shown as u > v, v < u, v >= u (¬c) or u <= v (¬c)
        const [c, a, b] = n.args;
        const [u, v] = c.args.map((x) => this.node(x).text);
        const [ta, tb] = [this.node(a).text, this.node(b).text];
        switch (n.name) {
          case '<':
            return { text: d.cond(v, '<', u, ta, tb), prec: PREC.ATOM };
          case '>=':
            return { text: d.cond(v, '>=', u, tb, ta), prec: PREC.ATOM };
          case '<=':
            return { text: d.cond(u, '<=', v, tb, ta), prec: PREC.ATOM };
          default:
            return { text: d.cond(u, '>', v, ta, tb), prec: PREC.ATOM };
        }
      }
    }
  }

  number(v: number): Printed {
    if (v < 0) {
      const p = this.number(-v);
      return { text: '-' + this.wrap(p, PREC.POW), prec: PREC.NEG };
    }
    if (!Number.isFinite(v)) return { text: this.d.sym(Number.isNaN(v) ? 'NaN' : 'Infinity'), prec: PREC.ATOM };
    const r = readableNumber(v);
    if ('text' in r) return { text: this.d.num(v), prec: PREC.ATOM };
    return this.fraction(r.p, r.q);
  }

  private fraction(p: number, q: number): Printed {
    const d = this.d;
    if (d.fraction) return d.fraction(d.num(p), d.num(q));
    return { text: `${d.num(p)}${d.divOp}${d.num(q)}`, prec: PREC.MUL };
  }

  /** Is this term printed with a leading minus (so a sum shows it as `- term`)? */
  private static negative(t: Node): boolean {
    if (t.kind === 'num') return t.value < 0;
    return t.kind === 'mul' && t.args[0].kind === 'num' && t.args[0].value < 0;
  }

  /** The term with its sign removed (no new nodes: printed from parts). */
  private absTerm(t: Node): Printed {
    if (t.kind === 'num') return this.number(-t.value);
    return this.product(-t.args[0].value, t.args.slice(1));
  }

  private sum(n: Node): Printed {
    // Order independent of node ids (which depend on what was built before): positive terms,
    // then negative ones (`a - b`), each by descending degree then text; constants last, except
    // `1 - s` / `1 + exp(-z)` style when one non-polynomial term goes with a positive constant.
    const keyed = n.args.map((t) => ({ t, neg: Printer.negative(t), deg: degree(t), key: this.sortText(t) }));
    const byKey = (a: (typeof keyed)[0], b: (typeof keyed)[0]) => b.deg - a.deg || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
    const consts = keyed.filter((k) => k.t.kind === 'num');
    const pos = keyed.filter((k) => k.t.kind !== 'num' && !k.neg).sort(byKey);
    const negs = keyed.filter((k) => k.t.kind !== 'num' && k.neg).sort(byKey);
    const others = [...pos, ...negs];
    const constFirst = consts.length > 0 && consts[0].t.value > 0 && others.length === 1 && !isMonomial(others[0].t);
    const ordered = (pos.length === 0 || constFirst ? [...consts, ...others] : [...others, ...consts]).map((k) => k.t);
    let text = '';
    ordered.forEach((t, i) => {
      const neg = Printer.negative(t);
      if (i === 0) text = this.wrap(this.node(t), PREC.ADD);
      else if (neg) text += ' - ' + this.wrap(this.absTerm(t), PREC.MUL);
      else text += ' + ' + this.wrap(this.node(t), PREC.ADD + 0.5);
    });
    return { text, prec: PREC.ADD };
  }

  /** A term's text without its sign and numeric coefficient: the tie-break of the print order. */
  private sortText(t: Node): string {
    if (t.kind === 'mul' && t.args[0].kind === 'num') return this.product(1, t.args.slice(1)).text;
    return this.node(t).text;
  }

  /** coef · factors, with negative powers as a denominator. */
  product(coef: number, factors: readonly Node[], self?: Node): Printed {
    const d = this.d;
    const negative = coef < 0;
    const c = Math.abs(coef);
    const numer: Printed[] = [];
    const denom: Printed[] = [];
    if (c !== 1) {
      // 1/q reads best as a division (x ^ 2 / 2, w / 5); other short decimals stay (0.4 * w)
      const q = Math.round(1 / c);
      const r = q >= 2 && q <= 10 && 1 / q === c ? { p: 1, q } : readableNumber(c);
      if ('text' in r) numer.push({ text: d.num(c), prec: PREC.ATOM });
      else {
        if (r.p !== 1) numer.push({ text: d.num(r.p), prec: PREC.ATOM });
        denom.push({ text: d.num(r.q), prec: PREC.ATOM });
      }
    }
    for (const f of this.sortFactors(factors)) {
      // `self`: the aliased node being defined prints as its body (1/…), not as its own name
      if (f.kind === 'pow' && f.args[1].kind === 'num' && f.args[1].value < 0 && (!this.alias.has(f.id) || f === self)) {
        const k = -f.args[1].value;
        denom.push(k === 1 ? this.node(f.args[0]) : this.powerOf(f.args[0], k));
      } else numer.push(this.node(f));
    }
    if (d.over && denom.length) {
      const top = numer.length ? this.joinFactors(numer) : { text: d.num(1), prec: PREC.ATOM };
      const p = d.over(top, this.joinFactors(denom));
      return negative ? { text: '-' + p.text, prec: PREC.NEG } : p;
    }
    let text: string;
    let prec: number;
    if (numer.length === 0) {
      text = d.num(1);
      prec = PREC.ATOM;
    } else {
      const j = this.joinFactors(numer);
      text = j.text;
      prec = j.prec;
    }
    if (denom.length) {
      const den = this.joinFactors(denom);
      text = `${this.wrap({ text, prec }, PREC.MUL)}${d.divOp}${this.wrap(den, PREC.NEG)}`;
      prec = PREC.MUL;
    }
    if (negative) {
      const powFirst = d.parenPowAfterMinus && (numer[0] ?? { prec: PREC.ATOM }).prec === PREC.POW;
      text = '-' + (powFirst ? d.paren(text) : this.wrap({ text, prec }, PREC.MUL));
      prec = Math.min(prec, PREC.NEG);
    }
    return { text, prec };
  }

  private sortFactors(factors: readonly Node[]): Node[] {
    if (factors.length < 2) return [...factors];
    const keyed = factors.map((f) => {
      const [rank, name] = factorKey(f);
      // a denominator factor x^-k is keyed by x (printing x^-k itself would come back here)
      const inverse = f.kind === 'pow' && f.args[1].kind === 'num' && f.args[1].value < 0;
      return { f, rank, key: rank < 2 ? name : this.node(inverse ? f.args[0] : f).text };
    });
    keyed.sort((a, b) => a.rank - b.rank || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    return keyed.map((k) => k.f);
  }

  private joinFactors(fs: Printed[]): Printed {
    if (fs.length === 1) return fs[0];
    return { text: fs.map((f) => this.wrap(f, PREC.MUL + 0.5)).join(this.d.mulOp), prec: PREC.MUL };
  }

  private powerOf(base: Node, k: number): Printed {
    if (k === 0.5) return { text: this.d.call('sqrt', [this.node(base).text]), prec: PREC.ATOM };
    return this.d.pow(this.node(base), this.number(k));
  }

  private power(base: Node, e: Node): Printed {
    if (e.kind === 'num') return this.powerOf(base, e.value);
    return this.d.pow(this.node(base), this.node(e));
  }
}
