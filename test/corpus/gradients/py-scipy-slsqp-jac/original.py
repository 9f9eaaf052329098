import numpy as np
from numpy.testing import assert_allclose

from scipy.optimize import minimize


class TestSLSQP:
    def setup_method(self):
        self.opts = {'disp': False}

    def fun(self, d, sign=1.0):
        x = d[0]
        y = d[1]
        return sign*(2*x*y + 2*x - x**2 - 2*y**2)

    def jac(self, d, sign=1.0):
        x = d[0]
        y = d[1]
        dfdx = sign*(-2*x + 2*y + 2)
        dfdy = sign*(2*x - 4*y)
        return np.array([dfdx, dfdy], float)

    def test_minimize_unbounded_given(self):
        res = minimize(self.fun, [-1.0, 1.0], args=(-1.0, ),
                       jac=self.jac, method='SLSQP', options=self.opts)
        assert_allclose(res.x, [2, 1])
