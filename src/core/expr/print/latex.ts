// LaTeX for KaTeX: \frac, \sqrt, \cdot, Greek letters and subscripts for names like theta0 or w11.
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
  return s.replace(/_/g, '\\_');
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

const NAMED: Record<string, string> = {
  sin: '\\sin',
  cos: '\\cos',
  tan: '\\tan',
  sec: '\\sec',
  csc: '\\csc',
  cot: '\\cot',
  asin: '\\arcsin',
  acos: '\\arccos',
  atan: '\\arctan',
  sinh: '\\sinh',
  cosh: '\\cosh',
  tanh: '\\tanh',
  log: '\\ln',
  log2: '\\log_{2}',
  log10: '\\log_{10}',
  max: '\\max',
  min: '\\min',
  sigmoid: '\\sigma',
};

const lr = (t: string) => `\\left(${t}\\right)`;

const TEX_CMP = { '>': '>', '<': '<', '>=': '\\ge', '<=': '\\le' } as const;

export const latexDialect: Dialect = {
  num: (v) => {
    const s = String(Number(v.toPrecision(15)));
    const m = /^(-?[\d.]+)e([+-]?\d+)$/.exec(s);
    return m ? `${m[1]} \\cdot 10^{${Number(m[2])}}` : s;
  },
  sym: latexSymbol,
  call: (name, args) => {
    switch (name) {
      case 'exp':
        return `e^{${args[0]}}`;
      case 'sqrt':
        return `\\sqrt{${args[0]}}`;
      case 'cbrt':
        return `\\sqrt[3]{${args[0]}}`;
      case 'abs':
        return `\\left|${args[0]}\\right|`;
      case 'log':
        return args.length === 2 ? `\\log_{${args[1]}}${lr(args[0])}` : `\\ln${lr(args[0])}`;
      case 'normcdf':
        return `\\Phi${lr(args[0])}`;
      case 'lgamma':
        return `\\ln\\Gamma${lr(args[0])}`;
      case 'gamma':
        return `\\Gamma${lr(args[0])}`;
      case 'digamma':
        return `\\psi${lr(args[0])}`;
      case 'polygamma':
        return `\\psi^{(${args[0]})}${lr(args[1])}`;
    }
    const head = NAMED[name] ?? `\\operatorname{${name === 'sign' ? 'sgn' : name === 'relu' ? 'ReLU' : name}}`;
    return `${head}${lr(args.join(', '))}`;
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
