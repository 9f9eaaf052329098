# BrianGladman/gsl randist/*.c: the comment over each distribution states its density with the
# differential on both sides, `p(x) dx = (x / sigma^2) exp(-x^2/(2 sigma^2)) dx`, factors side by
# side (mathjs implicit products). The formula is p(x) without `dx` (issue 12: the hover took only
# `(x / sigma^2)` with the target `dx`). Each region is one comment block; its prose lines
# (`for x = 0 ... +infty`) are recorded as declines.
from corpus import Region
from sympy import exp, gamma, pi, Rational as Q

GSL = ('BrianGladman/gsl', 'de1c175ee239ea0f243bf72016bad2e53338e830')


def region(name, start, end, file=None):
    return Region(f'c_gsl_{name}', 'c', GSL[0], f'randist/{file or name}.c', GSL[1], start, end, 'c',
                  note='a comment block: p(x) dx = ... dx')


R = region('rayleigh', 25, 29)
x = R.root('x', 0.7); s = R.root('sigma', 1.3)
R.formula(27, '(x / sigma', (x / s**2) * exp(-x**2 / (2 * s**2)), target='p')
R.decline(29, 'x = 0', 'the support, in prose')
R.write()

R = region('exponential', 26, 30)
x = R.root('x', 0.7); mu = R.root('mu', 1.3)
R.formula(28, 'exp(-x/mu)', exp(-x / mu) / mu, target='p', note='the factor 1/mu follows the differential: dx/mu')
R.decline(30, 'x = 0', 'the support, in prose')
R.write()

R = region('flat', 25, 30)
a = R.root('a', 0.5); b = R.root('b', 2.5)
R.formula(27, '1/(b-a)', 1 / (b - a), target='p', note='the condition `if a <= x < b` is prose after the differential')
R.decline(28, '= 0', 'the value elsewhere, "otherwise"')
R.write()

R = region('logistic', 25, 29)
x = R.root('x', 0.7); a = R.root('a', 1.3)
R.formula(27, '(1/a)', (1 / a) * exp(-x / a) / (1 + exp(-x / a))**2, target='p')
R.write()

R = region('cauchy', 26, 30)
x = R.root('x', 0.7); a = R.root('a', 1.3)
R.formula(28, '(1/(pi a))', (1 / (pi * a)) * (1 + (x / a)**2)**(-1), target='p')
R.write()

R = region('pareto', 25, 29)
x = R.root('x', 2.0); a = R.root('a', 1.5); b = R.root('b', 0.8)
R.formula(27, '(a/b)', (a / b) / (x / b)**(a + 1), target='p')
R.write()

R = region('weibull', 25, 29)
x = R.root('x', 0.7); a = R.root('a', 1.3); b = R.root('b', 1.5)
R.formula(27, '(b/a)', (b / a) * (x / a)**(b - 1) * exp(-(x / a)**b), target='p')
R.write()

R = region('beta', 27, 31)
x = R.root('x', 0.3); a = R.root('a', 2.5); b = R.root('b', 1.5)
R.formula(29, '(Gamma(a + b)', (gamma(a + b) / (gamma(a) * gamma(b))) * x**(a - 1) * (1 - x)**(b - 1), target='p',
          note='Gamma(...) is the gamma function')
R.write()

R = region('chisq', 26, 30)
x = R.root('x', 0.7); nu = R.root('nu', 3.0)
R.formula(28, '(1/(2*Gamma', (1 / (2 * gamma(nu / 2))) * (x / 2)**(nu / 2 - 1) * exp(-x / 2), target='p',
          note='Gamma(...) is the gamma function')
R.decline(30, 'x = 0', 'the support, in prose')
R.write()

R = region('rayleigh_tail', 55, 59, 'rayleigh')
x = R.root('x', 1.7); a = R.root('a', 0.5); s = R.root('sigma', 1.3)
R.formula(57, '(x / sigma', (x / s**2) * exp((a**2 - x**2) / (2 * s**2)), target='p')
R.decline(59, 'x = a', 'the support, in prose')
R.write()
