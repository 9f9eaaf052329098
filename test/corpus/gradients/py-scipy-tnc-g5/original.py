from scipy import optimize
import numpy as np
from math import pow


class TestTnc:
    def setup_method(self):
        self.opts = {'disp': False, 'maxiter': 200}

    def f5(self, x):
        return np.sin(x[0] + x[1]) + pow(x[0] - x[1], 2) - \
                1.5 * x[0] + 2.5 * x[1] + 1.0

    def g5(self, x):
        dif = [0, 0]
        v1 = np.cos(x[0] + x[1])
        v2 = 2.0*(x[0] - x[1])

        dif[0] = v1 + v2 - 1.5
        dif[1] = v1 - v2 + 2.5
        return dif

    def test_minimize_tnc5(self):
        x0, bnds = [0, 0], [(-1.5, 4), (-3, 3)]
        x = optimize.minimize(self.f5, x0, method='TNC',
                              jac=self.g5, bounds=bnds,
                              options=self.opts).x
        assert x is not None
