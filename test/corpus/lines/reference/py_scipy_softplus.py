# scipy/scipy scipy/special/_basic.py: code in backticks in a raw docstring (`r"""`), reST style
# (``softplus(x) = log(1 + exp(x))``): code of the file's language, the right-hand side the formula
# and `softplus` its target. Doctest lines are no formulas.
from corpus import Region
from sympy import log, exp

R = Region('py_scipy_softplus', 'python', 'scipy/scipy', 'scipy/special/_basic.py',
           '3dbf660a919b1479cdf30d533176053b428d08d3', 3644, 3672, 'py')
x = R.root('x', 0.5)
R.formula(3648, 'log(1', log(1 + exp(x)), target='softplus')
R.formula(3662, 'exp(0)', exp(0) + exp(x))
R.decline(3668, 'special.softplus', 'a doctest call with a number')
R.decline(3671, 'special.softplus', 'a doctest call with a list')
R.write()
