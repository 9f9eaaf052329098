// The normal distribution's cdf, pdf and their logs, and the logit, as SciPy, PyTorch, R and MATLAB
// name them: Φ(z) = (1 + erf(z/√2))/2 with z = (x − μ)/σ, so probit models and Gaussian
// likelihoods differentiate like everything else.
import type { MathNode } from '../mathjs';
import { div, half, one, sq, sub, type Composite, type ParamReader } from './composite';
import { bin, call, isConst, neg, num, sym } from './nodes';

/** (x − μ)/σ, reading μ and σ under each library's names; the standard normal stays plain x. */
function standardize(x: MathNode, p: ParamReader, loc: string, scale: string): { z: MathNode; sigma: MathNode } {
  const mu = p(1, [loc], 0);
  const sigma = p(2, [scale], 1);
  const centered = isConst(mu, 0) ? x : sub(x, mu);
  return { z: isConst(sigma, 1) ? centered : div(centered, sigma), sigma };
}

const cdf = (z: MathNode) => call('normcdf', [z]);
const pdf = (z: MathNode, sigma: MathNode) => {
  const density = div(call('exp', [neg(half(sq(z)))]), call('sqrt', [bin('*', num(2), sym('pi'))]));
  return isConst(sigma, 1) ? density : div(density, sigma);
};
const logpdf = (z: MathNode, sigma: MathNode) => {
  const out = sub(neg(half(sq(z))), half(call('log', [bin('*', num(2), sym('pi'))])));
  return isConst(sigma, 1) ? out : sub(out, call('log', [sigma]));
};

/** A normal-distribution function whose mean and standard deviation are called `loc` and `scale` (or R's, MATLAB's names). */
const normal = (loc: string, scale: string, f: (z: MathNode, sigma: MathNode) => MathNode): Composite => ({
  keywords: [loc, scale],
  maxArgs: 3,
  build: (x, p) => {
    const { z, sigma } = standardize(x, p, loc, scale);
    return f(z, sigma);
  },
});

export const DISTRIBUTIONS: Record<string, Composite> = {
  '@normCdf': normal('loc', 'scale', (z) => cdf(z)),
  '@normPdf': normal('loc', 'scale', pdf),
  '@normLogPdf': normal('loc', 'scale', logpdf),
  '@normLogCdf': normal('loc', 'scale', (z) => call('log', [cdf(z)])),
  '@pnorm': normal('mean', 'sd', (z) => cdf(z)),
  '@dnorm': normal('mean', 'sd', pdf),
  '@normcdf': normal('mu', 'sigma', (z) => cdf(z)),
  '@normpdf': normal('mu', 'sigma', pdf),
  '@ndtr': one(cdf),
  '@logNdtr': one((x) => call('log', [cdf(x)])),
  '@logit': one((p) => call('log', [div(p, sub(num(1), p))])),
};

/** Python: `scipy.stats.norm.cdf` (also `stats.norm.`, `norm.`, `st.norm.`), `scipy.special.ndtr`, `torch.special.ndtr`, logit. */
export const PYTHON_DISTRIBUTIONS: Record<string, string> = {
  'norm.cdf': '@normCdf',
  'norm.pdf': '@normPdf',
  'norm.logpdf': '@normLogPdf',
  'norm.logcdf': '@normLogCdf',
  ndtr: '@ndtr',
  log_ndtr: '@logNdtr',
  logit: '@logit',
};
/** Where `norm.cdf` may live in Python. */
export const PYTHON_STATS_MODULES = ['', 'scipy.stats', 'stats', 'st', 'sps', 'jax.scipy.stats'];

export const R_DISTRIBUTIONS: Record<string, string> = { pnorm: '@pnorm', dnorm: '@dnorm', qlogis: '@logit' };
export const MATLAB_DISTRIBUTIONS: Record<string, string> = { normcdf: '@normcdf', normpdf: '@normpdf', logit: '@logit' };
