// Spelling of each target language: function names, powers, selectors, constants. Functions a
// language lacks are listed in `expand` and rewritten by lower.ts before printing.
import type { Lang } from '../../types';
import { lackedBy, spelling, type PrintTarget } from '../functions';
import { Dialect, PREC, Printed } from './printer';
import { EULER, PI } from '../constants';
import { has } from '../../names';

/**
 * How a dialect spells the DAG's constants (and the non-finite values); every other symbol is the
 * user's name, printed as is. A user variable `e` stays `e` where the constant is spelled otherwise.
 */
const spell =
  (table: Record<string, string>) =>
  (n: string): string =>
    has(table, n) ? table[n] : n;

const paren = (t: string) => `(${t})`;
const atom = (p: Printed) => (p.prec < PREC.ATOM ? paren(p.text) : p.text);

function infixPow(op: string): Dialect['pow'] {
  return (b, e) => ({ text: `${atom(b)}${op}${atom(e)}`, prec: PREC.POW });
}

/** 15 significant digits: 0.8 * 3 shows as 2.4, not 2.4000000000000004. */
export const plainNum = (v: number) => String(Number(v.toPrecision(15)));

/**
 * Calls as the function records spell them for `target`: a template, a qualified name as is, a
 * plain name after `prefix` (`np.`, `std::`), or by default `prefix + name`.
 */
function caller(target: PrintTarget, prefix: string, binaryHypot = false): Dialect['call'] {
  const call: Dialect['call'] = (name, args) => {
    // hypot(a, b, c) = hypot(hypot(a, b), c) where the library's hypot takes two arguments
    if (name === 'hypot' && binaryHypot && args.length > 2) {
      return args.slice(2).reduce((acc, a) => call('hypot', [acc, a]), call('hypot', args.slice(0, 2)));
    }
    const s = spelling(target, name);
    if (typeof s === 'function') return s(args, prefix);
    const head = s === undefined ? prefix + name : /\.|::/.test(s) ? s : prefix + s;
    return `${head}(${args.join(', ')})`;
  };
  return call;
}

const VOCAB_ALL = new Set<string>();
const ternary: Dialect['cond'] = (a, op, b, t, f) => `(${a} ${op} ${b} ? ${t} : ${f})`;

/** Not in plain mathjs (or spelled differently there): expanded for `portable` text. */
export const MATHJS_MISSING = lackedBy('mathjs');

export function mathDialect(portable: boolean): Dialect {
  return {
    num: plainNum,
    // mathjs reads a bare `e` as the constant: beside a user variable `e` it is spelled exp(1)
    sym: spell({ [EULER]: 'e' }),
    besideVariableE: { sym: spell({ [EULER]: 'exp(1)' }) },
    call: caller('mathjs', ''),
    pow: infixPow(' ^ '),
    gt: (a, b) => `(${a} > ${b} ? 1 : 0)`,
    cond: ternary,
    mulOp: ' * ',
    divOp: ' / ',
    paren,
    expand: portable ? MATHJS_MISSING : VOCAB_ALL,
  };
}

function python(namespace: string): Dialect {
  const ns = namespace || 'np';
  if (ns === 'math') {
    return {
      num: plainNum,
      sym: spell({ [PI]: 'math.pi', [EULER]: 'math.e', Infinity: 'math.inf', NaN: 'math.nan' }),
      call: caller('pymath', 'math.'),
      pow: infixPow(' ** '),
      gt: (a, b) => `(1.0 if ${a} > ${b} else 0.0)`,
      cond: (a, op, b, t, f) => `(${t} if ${a} ${op} ${b} else ${f})`,
      mulOp: ' * ',
      divOp: ' / ',
      paren,
      expand: lackedBy('pymath'),
    };
  }
  if (ns === 'torch') {
    return {
      num: plainNum,
      sym: spell({ [PI]: 'math.pi', [EULER]: 'math.e', Infinity: 'math.inf', NaN: 'math.nan' }),
      call: caller('torch', 'torch.', true),
      pow: infixPow(' ** '),
      gt: (a, b) => `torch.where(${a} > ${b}, 1.0, 0.0)`,
      cond: (a, op, b, t, f) => `torch.where(${a} ${op} ${b}, ${t}, ${f})`,
      mulOp: ' * ',
      divOp: ' / ',
      paren,
      expand: lackedBy('torch'),
    };
  }
  // numpy (and any other namespace spelled like it)
  return {
    num: plainNum,
    sym: spell({ [PI]: `${ns}.pi`, [EULER]: `${ns}.e`, Infinity: `${ns}.inf`, NaN: `${ns}.nan` }),
    call: caller('numpy', `${ns}.`, true),
    pow: infixPow(' ** '),
    gt: (a, b) => `${ns}.where(${a} > ${b}, 1.0, 0.0)`,
    cond: (a, op, b, t, f) => `${ns}.where(${a} ${op} ${b}, ${t}, ${f})`,
    mulOp: ' * ',
    divOp: ' / ',
    paren,
    expand: lackedBy('numpy'),
  };
}

const javascript: Dialect = {
  num: plainNum,
  sym: spell({ [PI]: 'Math.PI', [EULER]: 'Math.E' }),
  call: caller('js', 'Math.'),
  pow: infixPow(' ** '),
  gt: (a, b) => `(${a} > ${b} ? 1 : 0)`,
  cond: ternary,
  mulOp: ' * ',
  divOp: ' / ',
  paren,
  expand: lackedBy('js'),
  parenPowAfterMinus: true,
};

/** C doubles: integer literals get `.0` only where they could divide as integers (p / q). */
function cLike(target: 'c' | 'cpp', std: string): Dialect {
  return {
    num: plainNum,
    sym: spell({ [PI]: 'M_PI', [EULER]: 'M_E', Infinity: 'INFINITY', NaN: 'NAN' }),
    call: caller(target, std, true),
    pow: (b, e) => ({ text: `${std}pow(${b.text}, ${e.text})`, prec: PREC.ATOM }),
    gt: (a, b) => `(${a} > ${b} ? 1.0 : 0.0)`,
    cond: ternary,
    fraction: (p, q) => ({ text: `${p}.0 / ${q}.0`, prec: PREC.MUL }),
    mulOp: ' * ',
    divOp: ' / ',
    paren,
    expand: lackedBy(target),
  };
}

const julia: Dialect = {
  num: plainNum,
  sym: spell({ [EULER]: 'exp(1)', Infinity: 'Inf' }),
  call: caller('julia', ''),
  pow: infixPow(' ^ '),
  gt: (a, b) => `(${a} > ${b} ? 1.0 : 0.0)`,
  cond: ternary,
  mulOp: ' * ',
  divOp: ' / ',
  paren,
  expand: lackedBy('julia'),
};

const matlab: Dialect = {
  num: plainNum,
  sym: spell({ [EULER]: 'exp(1)', Infinity: 'Inf' }),
  call: caller('matlab', '', true),
  pow: infixPow(' .^ '),
  gt: (a, b) => `double(${a} > ${b})`,
  // MATLAB has no conditional expression: a sum of masked branches (a NaN in the other branch shows)
  cond: (a, op, b, t, f) => `((${a} ${op} ${b}) .* (${t}) + ~(${a} ${op} ${b}) .* (${f}))`,
  mulOp: ' .* ',
  divOp: ' ./ ',
  paren,
  expand: lackedBy('matlab'),
};

const r: Dialect = {
  num: plainNum,
  sym: spell({ [EULER]: 'exp(1)', Infinity: 'Inf' }),
  call: caller('r', ''),
  pow: infixPow(' ^ '),
  gt: (a, b) => `as.numeric(${a} > ${b})`,
  cond: (a, op, b, t, f) => `ifelse(${a} ${op} ${b}, ${t}, ${f})`,
  mulOp: ' * ',
  divOp: ' / ',
  paren,
  expand: lackedBy('r'),
};

export function dialectFor(lang: Lang, namespace?: string, portable = false): Dialect | 'latex' {
  switch (lang) {
    case 'math':
      return mathDialect(portable);
    case 'python':
      return python(namespace ?? 'np');
    case 'javascript':
    case 'typescript':
      return javascript;
    case 'c':
      return cLike('c', '');
    case 'cpp':
      return cLike('cpp', 'std::');
    case 'julia':
      return julia;
    case 'matlab':
      return matlab;
    case 'r':
      return r;
    case 'latex':
    case 'markdown':
      return 'latex';
  }
}
