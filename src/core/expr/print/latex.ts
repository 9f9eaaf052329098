// LaTeX for KaTeX: \frac, \sqrt, \cdot, Greek letters and subscripts for names like theta0 or w11.
import { has } from '../../names';
import { FUNCTIONS } from '../functions';
import { EULER } from '../constants';
import { Dialect, PREC } from './printer';

const GREEK = new Set([
  'alpha',
  'beta',
  'gamma',
  'delta',
  'epsilon',
  'varepsilon',
  'zeta',
  'eta',
  'theta',
  'vartheta',
  'iota',
  'kappa',
  'lambda',
  'mu',
  'nu',
  'xi',
  'pi',
  'rho',
  'sigma',
  'tau',
  'upsilon',
  'phi',
  'varphi',
  'chi',
  'psi',
  'omega',
  'Gamma',
  'Delta',
  'Theta',
  'Lambda',
  'Xi',
  'Pi',
  'Sigma',
  'Phi',
  'Psi',
  'Omega',
]);

function escapeText(s: string): string {
  // `_` and `$` (mathjs allows `$` in names) are special in TeX
  return s.replace(/[_$]/g, (c) => `\\${c}`);
}

/** theta0 → \theta_{0}, w11 → w_{11}, x_i → x_{i}, loss → \mathrm{loss}. */
export function latexSymbol(name: string): string {
  if (name === 'Infinity') return '\\infty';
  if (name === 'NaN') return '\\mathrm{NaN}';
  const m = /^([A-Za-z]+)(?:_?(\d+)|_([A-Za-z0-9]+))?$/.exec(name);
  if (!m) return `\\mathrm{${escapeText(name)}}`;
  const [, head, digits, sub] = m;
  const base = GREEK.has(head) ? `\\${head}` : head.length === 1 ? head : `\\mathrm{${head}}`;
  const s = digits ?? sub;
  return s ? `${base}_{${s}}` : base;
}

const lr = (t: string) => `\\left(${t}\\right)`;

const TEX_CMP = { '>': '>', '<': '<', '>=': '\\ge', '<=': '\\le' } as const;

/** The record's spelling: a template, or a head before the parenthesised arguments. */
function latexCall(name: string, args: string[]): string {
  const l = has(FUNCTIONS, name) ? FUNCTIONS[name].latex : undefined;
  if (typeof l === 'function') return l(args);
  return `${l ?? `\\operatorname{${name}}`}${lr(args.join(', '))}`;
}

export const latexDialect: Dialect = {
  num: (v) => {
    const s = String(Number(v.toPrecision(15)));
    const m = /^(-?[\d.]+)e([+-]?\d+)$/.exec(s);
    return m ? `${m[1]} \\cdot 10^{${Number(m[2])}}` : s;
  },
  sym: (n) => (n === EULER ? 'e' : latexSymbol(n)),
  call: latexCall,
  // beside a user variable `e`: the constant upright (ISO 80000-2) and exp spelled out, never e^{…}
  besideVariableE: {
    sym: (n) => (n === EULER ? '\\mathrm{e}' : latexSymbol(n)),
    call: (name, args) => (name === 'exp' ? `\\exp${lr(args[0])}` : latexCall(name, args)),
  },
  pow: (b, e) => {
    const base = b.prec < PREC.ATOM || /^e\^|\^/.test(b.text) ? lr(b.text) : b.text;
    return { text: `{${base}}^{${e.text}}`, prec: PREC.POW };
  },
  gt: (a, b) => `\\mathbf{1}_{${a} > ${b}}`,
  cond: (a, op, b, t, f) => `\\begin{cases} ${t} & ${a} ${TEX_CMP[op]} ${b} \\\\ ${f} & \\text{otherwise} \\end{cases}`,
  mulOp: ' \\cdot ',
  divOp: ' / ',
  paren: lr,
  fraction: (p, q) => ({ text: `\\frac{${p}}{${q}}`, prec: PREC.ATOM }),
  over: (n, d) => ({ text: `\\frac{${n.text}}{${d.text}}`, prec: PREC.ATOM }),
  expand: new Set(),
};
