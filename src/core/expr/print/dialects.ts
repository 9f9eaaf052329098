// Spelling of each target language: function names, powers, selectors, constants. Functions a
// language lacks are listed in `expand` and rewritten by lower.ts before printing.
import type { Lang } from '../../types';
import { Dialect, PREC, Printed } from './printer';

const paren = (t: string) => `(${t})`;
const atom = (p: Printed) => (p.prec < PREC.ATOM ? paren(p.text) : p.text);

function infixPow(op: string): Dialect['pow'] {
  return (b, e) => ({ text: `${atom(b)}${op}${atom(e)}`, prec: PREC.POW });
}

/** 15 significant digits: 0.8 * 3 shows as 2.4, not 2.4000000000000004. */
export const plainNum = (v: number) => String(Number(v.toPrecision(15)));

/** Calls spelled `prefix + name`, with some renamed and some given as templates. */
function caller(prefix: string, rename: Record<string, string | ((a: string[]) => string)> = {}, binaryHypot = false): Dialect['call'] {
  const call: Dialect['call'] = (name, args) => {
    // hypot(a, b, c) = hypot(hypot(a, b), c) where the library's hypot takes two arguments
    if (name === 'hypot' && binaryHypot && args.length > 2) {
      return args.slice(2).reduce((acc, a) => call('hypot', [acc, a]), call('hypot', args.slice(0, 2)));
    }
    const r = rename[name];
    if (typeof r === 'function') return r(args);
    return `${r ?? prefix + name}(${args.join(', ')})`;
  };
  return call;
}

const VOCAB_ALL = new Set<string>();
const ternary: Dialect['cond'] = (a, op, b, t, f) => `(${a} ${op} ${b} ? ${t} : ${f})`;
const set = (...xs: string[]) => new Set(xs);

/** Not in plain mathjs (or spelled differently there): expanded for `portable` text. */
export const MATHJS_MISSING = set('sigmoid', 'softplus', 'relu', 'logsumexp', 'erfc', 'sec', 'csc', 'cot', 'normcdf');

export function mathDialect(portable: boolean): Dialect {
  return {
    num: plainNum,
    sym: (n) => n,
    call: caller(''),
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
      sym: (n) => (n === 'pi' || n === 'e' ? `math.${n}` : n === 'Infinity' ? 'math.inf' : n === 'NaN' ? 'math.nan' : n),
      call: caller('math.', {
        abs: 'abs',
        max: 'max',
        min: 'min',
        digamma: 'scipy.special.digamma',
        polygamma: 'scipy.special.polygamma',
        normcdf: 'scipy.special.ndtr',
        sign: ([x]) => `((${x} > 0) - (${x} < 0))`,
      }),
      pow: infixPow(' ** '),
      gt: (a, b) => `(1.0 if ${a} > ${b} else 0.0)`,
      cond: (a, op, b, t, f) => `(${t} if ${a} ${op} ${b} else ${f})`,
      mulOp: ' * ',
      divOp: ' / ',
      paren,
      expand: set('sigmoid', 'softplus', 'relu', 'logsumexp', 'sec', 'csc', 'cot'),
    };
  }
  if (ns === 'torch') {
    return {
      num: plainNum,
      sym: (n) => (n === 'pi' || n === 'e' ? `math.${n}` : n === 'Infinity' ? 'math.inf' : n === 'NaN' ? 'math.nan' : n),
      call: caller(
        'torch.',
        {
          softplus: 'torch.nn.functional.softplus',
          max: 'torch.maximum',
          min: 'torch.minimum',
          gamma: ([x]) => `torch.exp(torch.lgamma(${x}))`,
          normcdf: 'torch.special.ndtr',
          cbrt: ([x]) => `(torch.sign(${x}) * torch.abs(${x}) ** (1 / 3))`,
          log: ([x]) => `torch.log(${x})`,
          logsumexp: (a) => (a.length === 2 ? `torch.logaddexp(${a[0]}, ${a[1]})` : `torch.logsumexp(torch.stack([${a.join(', ')}]), 0)`),
        },
        true,
      ),
      pow: infixPow(' ** '),
      gt: (a, b) => `torch.where(${a} > ${b}, 1.0, 0.0)`,
      cond: (a, op, b, t, f) => `torch.where(${a} ${op} ${b}, ${t}, ${f})`,
      mulOp: ' * ',
      divOp: ' / ',
      paren,
      expand: set('sec', 'csc', 'cot', 'log'),
    };
  }
  // numpy (and any other namespace spelled like it)
  return {
    num: plainNum,
    sym: (n) => (n === 'pi' || n === 'e' ? `${ns}.${n}` : n === 'Infinity' ? `${ns}.inf` : n === 'NaN' ? `${ns}.nan` : n),
    call: caller(
      `${ns}.`,
      {
        asin: `${ns}.arcsin`,
        acos: `${ns}.arccos`,
        atan: `${ns}.arctan`,
        atan2: `${ns}.arctan2`,
        asinh: `${ns}.arcsinh`,
        acosh: `${ns}.arccosh`,
        atanh: `${ns}.arctanh`,
        max: `${ns}.maximum`,
        min: `${ns}.minimum`,
        erf: 'scipy.special.erf',
        erfc: 'scipy.special.erfc',
        lgamma: 'scipy.special.gammaln',
        gamma: 'scipy.special.gamma',
        digamma: 'scipy.special.digamma',
        polygamma: 'scipy.special.polygamma',
        normcdf: 'scipy.special.ndtr',
        logsumexp: (a) => (a.length === 2 ? `${ns}.logaddexp(${a[0]}, ${a[1]})` : `scipy.special.logsumexp([${a.join(', ')}])`),
      },
      true,
    ),
    pow: infixPow(' ** '),
    gt: (a, b) => `${ns}.where(${a} > ${b}, 1.0, 0.0)`,
    cond: (a, op, b, t, f) => `${ns}.where(${a} ${op} ${b}, ${t}, ${f})`,
    mulOp: ' * ',
    divOp: ' / ',
    paren,
    expand: set('sigmoid', 'softplus', 'relu', 'sec', 'csc', 'cot', 'log'),
  };
}

const javascript: Dialect = {
  num: plainNum,
  sym: (n) => (n === 'pi' ? 'Math.PI' : n === 'e' ? 'Math.E' : n),
  // no erf or gamma family in Math: the names a helper library (or the user) provides
  call: caller('Math.', { erf: 'erf', lgamma: 'lgamma', gamma: 'gamma', digamma: 'digamma', polygamma: 'polygamma' }),
  pow: infixPow(' ** '),
  gt: (a, b) => `(${a} > ${b} ? 1 : 0)`,
  cond: ternary,
  mulOp: ' * ',
  divOp: ' / ',
  paren,
  expand: set('sigmoid', 'softplus', 'relu', 'logsumexp', 'erfc', 'sec', 'csc', 'cot', 'log', 'normcdf'),
  parenPowAfterMinus: true,
};

/** C doubles: integer literals get `.0` only where they could divide as integers (p / q). */
function cLike(std: string): Dialect {
  return {
    num: plainNum,
    sym: (n) => (n === 'pi' ? 'M_PI' : n === 'e' ? 'M_E' : n === 'Infinity' ? 'INFINITY' : n === 'NaN' ? 'NAN' : n),
    call: caller(
      std,
      {
        abs: `${std}fabs`,
        max: `${std}fmax`,
        min: `${std}fmin`,
        gamma: `${std}tgamma`,
        // C++: Boost.Math has the polygamma functions; C has none (a helper's name)
        digamma: std ? 'boost::math::digamma' : 'digamma',
        polygamma: std ? 'boost::math::polygamma' : 'polygamma',
        sign: ([x]) => `((${x} > 0) - (${x} < 0))`,
      },
      true,
    ),
    pow: (b, e) => ({ text: `${std}pow(${b.text}, ${e.text})`, prec: PREC.ATOM }),
    gt: (a, b) => `(${a} > ${b} ? 1.0 : 0.0)`,
    cond: ternary,
    fraction: (p, q) => ({ text: `${p}.0 / ${q}.0`, prec: PREC.MUL }),
    mulOp: ' * ',
    divOp: ' / ',
    paren,
    expand: set('sigmoid', 'softplus', 'relu', 'logsumexp', 'sec', 'csc', 'cot', 'log', 'normcdf'),
  };
}

const julia: Dialect = {
  num: plainNum,
  sym: (n) => (n === 'e' ? 'exp(1)' : n === 'Infinity' ? 'Inf' : n),
  call: caller('', { atan2: ([y, x]) => `atan(${y}, ${x})`, lgamma: 'loggamma' }),
  pow: infixPow(' ^ '),
  gt: (a, b) => `(${a} > ${b} ? 1.0 : 0.0)`,
  cond: ternary,
  mulOp: ' * ',
  divOp: ' / ',
  paren,
  expand: set('sigmoid', 'softplus', 'relu', 'logsumexp', 'log', 'normcdf'),
};

const matlab: Dialect = {
  num: plainNum,
  sym: (n) => (n === 'e' ? 'exp(1)' : n === 'Infinity' ? 'Inf' : n),
  call: caller(
    '',
    {
      cbrt: ([x]) => `nthroot(${x}, 3)`,
      max: ([a, b]) => `max(${a}, ${b})`,
      lgamma: 'gammaln',
      digamma: 'psi',
      polygamma: 'psi',
    },
    true,
  ),
  pow: infixPow(' .^ '),
  gt: (a, b) => `double(${a} > ${b})`,
  // MATLAB has no conditional expression: a sum of masked branches (a NaN in the other branch shows)
  cond: (a, op, b, t, f) => `((${a} ${op} ${b}) .* (${t}) + ~(${a} ${op} ${b}) .* (${f}))`,
  mulOp: ' .* ',
  divOp: ' ./ ',
  paren,
  expand: set('sigmoid', 'softplus', 'relu', 'logsumexp', 'log'),
};

const r: Dialect = {
  num: plainNum,
  sym: (n) => (n === 'e' ? 'exp(1)' : n === 'Infinity' ? 'Inf' : n),
  call: caller('', {
    cbrt: ([x]) => `(sign(${x}) * abs(${x})^(1/3))`,
    erf: ([x]) => `(2 * pnorm(${x} * sqrt(2)) - 1)`,
    erfc: ([x]) => `(2 * pnorm(-(${x}) * sqrt(2)))`,
    max: 'pmax',
    min: 'pmin',
    normcdf: 'pnorm',
    polygamma: ([n, x]) => `psigamma(${x}, ${n})`,
  }),
  pow: infixPow(' ^ '),
  gt: (a, b) => `as.numeric(${a} > ${b})`,
  cond: (a, op, b, t, f) => `ifelse(${a} ${op} ${b}, ${t}, ${f})`,
  mulOp: ' * ',
  divOp: ' / ',
  paren,
  expand: set('sigmoid', 'softplus', 'relu', 'logsumexp', 'sec', 'csc', 'cot', 'hypot'),
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
      return cLike('');
    case 'cpp':
      return cLike('std::');
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
