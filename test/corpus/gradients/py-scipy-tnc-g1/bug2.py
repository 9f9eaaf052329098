from scipy import optimize
import numpy as np
from math import pow


class TestTnc:
    def setup_method(self):
        self.opts = {'disp': False, 'maxiter': 200}

    def f1(self, x, a=100.0):
        return a * pow((x[1] - pow(x[0], 2)), 2) + pow(1.0 - x[0], 2)

    def g1(self, x, a=100.0):
        dif = [0, 0]
        dif[1] = 2 * a * (x[1] - pow(x[0], 2))
        dif[0] = -(x[0] * (dif[1] - 1.0) + 1.0)
        return dif

    def test_minimize_tnc1(self):
        x0, bnds = [-2, 1], ([-np.inf, None], [-1.5, None])
        res = optimize.minimize(self.f1, x0, method='TNC', jac=self.g1,
                                bounds=bnds, options=self.opts)
        assert res.success
