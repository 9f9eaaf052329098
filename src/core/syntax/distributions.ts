// The normal distribution's cdf, pdf and their logs, and the logit, as SciPy, PyTorch, R and MATLAB
// name them: Φ(z) = (1 + erf(z/√2))/2 with z = (x − μ)/σ, so probit models and Gaussian
// likelihoods differentiate like everything else.
import type { MathNode } from '../mathjs';
import { div, half, one, sub, type Composite, type ParamReader } from './composite';
import { bin, call, neg, num, sym } from './nodes';


/** (x − μ)/σ, reading μ and σ under each library's names; the standard normal stays plain x. */
function standardize(x: MathNode, p: ParamReader, loc: string[], scale: string[]): { z: MathNode; sigma: MathNode } {
  const mu = p(1, loc, 0);
  const sigma = p(2, scale, 1);
  const centered = isNum(mu, 0) ? x : sub(x, mu);
  return { z: isNum(sigma, 1) ? centered : div(centered, sigma), sigma };
}

const cdf = (z: MathNode) => call('normcdf', [z]);
const pdf = (z: MathNode, sigma: MathNode) => {
  const density = div(call('exp', [neg(half(bin('^', z, num(2))))]), call('sqrt', [bin('*', num(2), sym('pi'))]));
  return isNum(sigma, 1) ? density : div(density, sigma);
};
const logpdf = (z: MathNode, sigma: MathNode) => {
  const out = sub(neg(half(bin('^', z, num(2)))), half(call('log', [bin('*', num(2), sym('pi'))])));
  return isNum(sigma, 1) ? out : sub(out, call('log', [sigma]));
};

const normal = (loc: string[], scale: string[], f: (z: MathNode, sigma: MathNode) => MathNode): Composite => ({
  keywords: [...loc, ...scale], maxArgs: 3,
  build: (x, p) => { const { z, sigma } = standardize(x, p, loc, scale); return f(z, sigma); },
});

const SCIPY = [['loc'], ['scale']] as const;
const R = [['mean'], ['sd']] as const;
const MATLAB = [['mu'], ['sigma']] as const;

export const DISTRIBUTIONS: Record<string, Composite> = {
  '@normCdf': normal([...SCIPY[0]], [...SCIPY[1]], (z) => cdf(z)),
  '@normPdf': normal([...SCIPY[0]], [...SCIPY[1]], pdf),
  '@normLogPdf': normal([...SCIPY[0]], [...SCIPY[1]], logpdf),
  '@normLogCdf': normal([...SCIPY[0]], [...SCIPY[1]], (z) => call('log', [cdf(z)])),
  '@pnorm': normal([...R[0]], [...R[1]], (z) => cdf(z)),
  '@dnorm': normal([...R[0]], [...R[1]], pdf),
  '@normcdf': normal([...MATLAB[0]], [...MATLAB[1]], (z) => cdf(z)),
  '@normpdf': normal([...MATLAB[0]], [...MATLAB[1]], pdf),
  '@ndtr': one(cdf),
  '@logNdtr': one((x) => call('log', [cdf(x)])),
  '@logit': one((p) => call('log', [div(p, sub(num(1), p))])),
};

function isNum(n: MathNode, v: number): boolean {
  return n.type === 'ConstantNode' && (n as unknown as { value: unknown }).value === v;
}

/** Python: `scipy.stats.norm.cdf` (also `stats.norm.`, `norm.`, `st.norm.`), `scipy.special.ndtr`, `torch.special.ndtr`, logit. */
export const PYTHON_DISTRIBUTIONS: Record<string, string> = {
  'norm.cdf': '@normCdf', 'norm.pdf': '@normPdf', 'norm.logpdf': '@normLogPdf', 'norm.logcdf': '@normLogCdf',
  ndtr: '@ndtr', log_ndtr: '@logNdtr', logit: '@logit',
};
/** Where `norm.cdf` may live in Python. */
export const PYTHON_STATS_MODULES = ['', 'scipy.stats', 'stats', 'st', 'sps', 'jax.scipy.stats'];

export const R_DISTRIBUTIONS: Record<string, string> = { pnorm: '@pnorm', dnorm: '@dnorm', qlogis: '@logit' };
export const MATLAB_DISTRIBUTIONS: Record<string, string> = { normcdf: '@normcdf', normpdf: '@normpdf', logit: '@logit' };
