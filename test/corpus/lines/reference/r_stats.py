# R: likelihoods and activations from three repositories: `<-` and `=` assignments, element
# indexing `params[1]` (the name params_1), `length(data)` (the count length_data), sums read per
# element, R's dnorm, and an ifelse chain whose conditions compare strings (`inf_crit == "AIC"`).
import numpy as np
from corpus import Region
from sympy import log, exp, sqrt, pi

R = Region('r_willacya_maxLikelihood', 'r', 'willacya/Programming-with-R-Johns-Hopkins-', 'maxLikelihood.R',
           'd0a9f36f5f1970d4b0597b5a84e674676b97b830', 1, 15, 'R')
R.decline(3, 'set.seed', 'a commented call')
p1 = R.root('params_1', 1.2); p2 = R.root('params_2', 1.8); d = R.root('data', 0.9); n = R.root('length_data', 10)
mu = R.define('mu', p1); sigma = R.define('sigma', p2)
R.formula(11, '-0.5', -0.5 * n * log(2 * pi * sigma))
a = R.define('a', -0.5 * n * log(2 * pi * sigma))
R.formula(12, '-0.5', -0.5 * (d - mu)**2 / (sigma**2), note='sum((data-mu)^2) read per element')
b = R.define('b', -0.5 * (d - mu)**2 / (sigma**2))
R.formula(13, '-(a', -(a + b))
R.write()

R = Region('r_smlms_pguGlobals', 'r', 'SMLMS/pguCleaner', 'R/pguGlobals.R',
           'ec8119804e37f87ec1fcdf89d1d0e1f1b0bc4c08', 1, 17, 'R')
R.decline(1, 'library', 'a library call')
x = R.root('x', 0.3); mu = R.root('mu', 0.1); sigma = R.root('sigma', 1.3)
R.formula(6, '1.0/', 1.0 / (sigma * sqrt(2.0 * pi)) * exp(-1.0 * ((x - mu)**2) / (2.0 * sigma**2)))
npdf = lambda x, m, s: exp(-((x - m) / s)**2 / 2) / (s * sqrt(2 * pi))
R.reset(); x = R.root('x', 0.3); mu = R.root('mu', 0.1); sigma = R.root('sigma', 1.3)
R.formula(11, 'dnorm', npdf(x, mu, sigma))
# the log-likelihood of a sample: x is the data vector, mu and sigma scalars that dnorm recycles (an
# array line, issue #11: measured as the array corpus measures, by hand in NumPy)
npdf_np = lambda x, m, s: np.exp(-((x - m) / s)**2 / 2) / (s * np.sqrt(2 * np.pi))
R.array(12, 'sum', lambda y: np.sum(np.log(y)), dict(y=((4,), 'pos')), ['y'],
        total=dict(f=lambda x, mu, sigma: np.sum(np.log(npdf_np(x, mu, sigma))),
                   inputs=dict(x=((4,), 'normal'), mu=((), 'normal'), sigma=((), 'pos')), wrt=['x', 'mu', 'sigma']),
        numpy='np.sum(np.log(y)); total with y = norm.pdf(x, mu, sigma)')
R.decline(16, 'bbmle', 'a call of a package function')
R.write()

R = Region('r_selectnn_utils', 'r', 'andrew-mcinerney/selectnn', 'R/utils.R',
           'eaea1d98d24aa528fae33c1678afe7e8181f8e55', 1, 20, 'R')
x = R.root('x', 0.4)
R.formula(8, '1 /', 1 / (1 + exp(-x)))
R.decline(19, 'sum(c(', 'a count of weights over vectors')
R.write()

R = Region('r_selectnn_nn_functions', 'r', 'andrew-mcinerney/selectnn', 'R/nn_functions.R',
           'eaea1d98d24aa528fae33c1678afe7e8181f8e55', 78, 97, 'R', context_from=1)
R.decline(79, 'RSS <-', 'the residuals of a network prediction over a row of weights')
RSS = R.root('RSS', 4.0); n = R.root('n', 50)
R.formula(80, 'RSS /', RSS / n)
s2 = R.define('sigma2', RSS / n)
R.formula(82, '(-n', (-n / 2) * log(2 * pi * s2) - RSS / (2 * s2))
# the ifelse branches: log_likelihood is assigned in the if above (a barrier), k from outside
R.reset(); k = R.root('k', 3); ll = R.root('log_likelihood', -20.0); n = R.root('n', 50)
R.formula(89, '(2 *', 2 * (k + 1) - 2 * ll)
R.formula(91, '(log', log(n) * (k + 1) - 2 * ll)
R.formula(93, '(2 *', 2 * (k + 1) * (n / (n - (k + 1) - 1)) - 2 * ll)
R.write()
